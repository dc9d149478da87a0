import Foundation

/// Where a clerk or a theme author can put a value, and how it is written there.
enum FuzzPlace: String, CaseIterable, Sendable {
    case articleMarkdown, articleHTMLBlock, frontMatterTitle, frontMatterSummary, frontMatterUnknownKey
    case happinessNotice, siteTitle, monthAddress, regionName
    case themeTemplate, themeTextAsset, themeCSSAsset, pngAsset, jpegAsset

    static let article = "content/articles/fuzz.md"
    static let notice = "content/notices/fuzz.md"
    static let link = "https://mz.example.gov.cn/cx?q="

    var syntax: FuzzSyntax {
        switch self {
        case .articleMarkdown, .happinessNotice: .markdown
        case .articleHTMLBlock, .themeTemplate: .html
        case .frontMatterTitle, .frontMatterSummary, .frontMatterUnknownKey, .siteTitle, .monthAddress: .yaml
        case .regionName: .csv
        case .themeTextAsset: .text
        case .themeCSSAsset: .css
        case .pngAsset, .jpegAsset: .binary
        }
    }

    var assetName: String? {
        switch self {
        case .themeTextAsset: "x.txt"
        case .themeCSSAsset: "x.css"
        case .pngAsset: "x.png"
        case .jpegAsset: "x.jpg"
        default: nil
        }
    }

    /// What standard error must name.
    var namedFiles: [String] {
        let anyOutput = ProbeRunner.outputLabel
        switch self {
        // Titles, summaries and bodies also show in lists and the feed: any output file will do.
        case .articleMarkdown, .articleHTMLBlock, .frontMatterTitle, .frontMatterSummary: return [Self.article, anyOutput]
        // No template shows an unknown key: only the source check can name it.
        case .frontMatterUnknownKey: return [Self.article]
        case .happinessNotice: return [Self.notice, anyOutput]
        case .siteTitle: return ["site.yaml", anyOutput]
        case .monthAddress: return [FuzzBaseSite.month, anyOutput]
        case .regionName: return [FuzzBaseSite.regions, anyOutput]
        case .themeTemplate: return [FuzzBaseSite.footer, anyOutput]
        case .themeTextAsset, .themeCSSAsset, .pngAsset, .jpegAsset:
            let name = assetName ?? ""
            return ["themes/default/assets/" + name, anyOutput + "assets/" + name]
        }
    }

    /// The files that hold `rendering` (with `label` before it) in this place.
    func plant(_ rendering: FuzzRendering, label: String, using random: inout FuzzRandom) -> [String: ProbeFile] {
        let value = label + rendering.text
        switch self {
        case .articleMarkdown:
            return [Self.article: .text("---\ntitle: 办理说明\ndate: 2024-01-07\n---\n\n第一段。\n\n\(Self.markdown(rendering, label: label))\n")]
        case .happinessNotice:
            return [Self.notice: .text("---\ntitle: 幸福清单公示\ndate: 2024-06-28\ntype: 幸福清单\nregion: \"410829000000\"\n---\n\n本清单公布如下。\n\n\(Self.markdown(rendering, label: label))\n")]
        case .articleHTMLBlock:
            return [Self.article: .text("---\ntitle: 办理说明\ndate: 2024-01-07\n---\n\n第一段。\n\n\(Self.html(rendering, label: label))\n\n最后一段。\n")]
        case .frontMatterTitle:
            return [Self.article: .text("---\ntitle: \"说明\(value)\"\ndate: 2024-01-07\n---\n\n正文。\n")]
        case .frontMatterSummary:
            return [Self.article: .text("---\ntitle: 说明\ndate: 2024-01-07\nsummary: \"\(value)\"\n---\n\n正文。\n")]
        case .frontMatterUnknownKey:
            return [Self.article: .text("---\ntitle: 说明\ndate: 2024-01-07\napplicant: \"\(value)\"\n---\n\n正文。\n")]
        case .siteTitle:
            let text = FuzzBaseSite.siteYAML.replacingOccurrences(of: "title: 测试县低保公示", with: "title: \"测试县低保公示\(value)\"")
            return ["site.yaml": .text(text)]
        case .monthAddress:
            let text = FuzzBaseSite.monthText.replacingOccurrences(
                of: "address: 云台县人民路88号民政局社会救助股", with: "address: \"云台县人民路88号民政局社会救助股\(value)\"")
            return [FuzzBaseSite.month: .text(text)]
        case .regionName:
            let text = RosterSite.regions.replacingOccurrences(of: "410829101202,杨庄村,", with: "410829101202,\"杨庄村\(value)\",")
            return [FuzzBaseSite.regions: .text(text)]
        case .themeTemplate:
            let text = FuzzBaseSite.text(FuzzBaseSite.footer).replacingOccurrences(
                of: "</div>\n</footer>", with: Self.html(rendering, label: label) + "\n</div>\n</footer>")
            return [FuzzBaseSite.footer: .text(text)]
        case .themeTextAsset:
            return ["themes/default/assets/x.txt": .text("联系方式\n\(value)\n")]
        case .themeCSSAsset:
            let stringOnly = rendering.steps.contains { $0.hasPrefix("css-escapes") || $0.hasPrefix("split") }
            if !stringOnly, !value.contains("*/"), random.chance(0.4) {
                return ["themes/default/assets/x.css": .text("/* 联系方式 \(value) */\n.contact { color: #333; }\n")]
            }
            return ["themes/default/assets/x.css": .text(".contact::after { content: \"\(value)\"; }\n")]
        case .pngAsset:
            return ["themes/default/assets/x.png": .bytes(ProbeBinaryFiles.png(comment: value))]
        case .jpegAsset:
            return ["themes/default/assets/x.jpg": .bytes(ProbeBinaryFiles.jpeg(comment: value))]
        }
    }

    /// A Markdown paragraph (or an HTML table block, or a link) holding the value.
    static func markdown(_ rendering: FuzzRendering, label: String) -> String {
        if rendering.asURL { return "经核实，\(label)详见[查询结果](\(link)\(rendering.text))。" }
        if rendering.inTable { return "<table><tr><td>\(label)</td><td>\(rendering.text)</td></tr></table>" }
        return "经核实，\(label)\(rendering.text)，特此说明。"
    }

    /// An HTML fragment (a block of raw HTML in Markdown, or template text) holding the value.
    static func html(_ rendering: FuzzRendering, label: String) -> String {
        if rendering.asURL { return "<div class=\"note\">\n<p>经核实，\(label)<a href=\"\(link)\(rendering.text)\">查询结果</a></p>\n</div>" }
        if rendering.inTable { return "<table>\n<tr><td>\(label)</td><td>\(rendering.text)</td></tr>\n</table>" }
        return "<div class=\"note\">\n<p>经核实，\(label)\(rendering.text)，特此说明。</p>\n</div>"
    }
}
