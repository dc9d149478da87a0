/// Messages about printing: `print:` in site.yaml, `gongshi print` and `gongshi print cards`.
extension Messages {
    // MARK: site.yaml print:

    // Values of a closed list are never quoted: what is not on the list is unclassified.
    public static let invalidPaper = Message(.invalidPaper, "print.paper 的值不在允许的纸张中，已隐去",
        hint: "应为 \(PrintSettings.Paper.allCases.map(\.rawValue).joined(separator: " 或 "))")
    public static let invalidOrientation = Message(.invalidOrientation, "print.orientation 的值无效，已隐去",
        hint: "应为 portrait（纵向）或 landscape（横向）")
    /// The size is quoted only when it is a number (`12pt`).
    public static func invalidFontSize(_ text: String) -> Message {
        let range = PrintSettings.fontSizes
        let expected = "应为 \(range.lowerBound)pt 到 \(range.upperBound)pt 之间的整数磅值，例如 16pt（公开栏张贴的字号不宜小于 \(range.lowerBound)pt）"
        guard let shown = HarmlessEcho.number(text) else { return Message(.invalidFontSize, "print.font_size 的值不是磅值，已隐去", hint: expected) }
        return Message(.invalidFontSize, "print.font_size 的值“\(shown)”无效", hint: expected)
    }
}

extension Messages {
    // MARK: gongshi print

    public static func printMonthMissing(_ month: String) -> Message {
        Message(.printMonthMissing, "\(month) 没有名册（找不到 content/rosters/\(month)/）", hint: "请检查 --month")
    }
    public static func printNamesWithdrawn(_ month: String, namesMonths: Int) -> Message {
        Message(.printNamesWithdrawn, "\(month) 的名单已过保留期限（retention.names_months: \(namesMonths)），不再打印公示或明白卡",
                hint: "保留期限内的月份可以打印；如确需延长，请修改 site.yaml 的 retention.names_months")
    }
    public static func printRegionMissing(_ code: String, month: String) -> Message {
        Message(.printRegionMissing, "\(month) 的名册中没有区划代码 \(code) 或其下属的村（社区）", hint: "请检查 --region")
    }
    public static let printCardsNeedRegion = Message(.printCardsNeedRegion, "打印明白卡需要 --region（村、乡镇或县的区划代码）",
        hint: "例如 --region 410829101201")
    public static func printSummary(pages: Int, folder: String, warnings: Int) -> Message {
        Message(.printSummary, "已生成 \(pages) 个打印页面，写入 \(folder)，\(warnings) 个警告")
    }
    public static func printPDFWritten(_ path: String) -> Message { Message(.printPDFWritten, "已生成 PDF：\(path)") }
    public static func printOpenHint(_ path: String) -> Message { Message(.printOpenHint, "用浏览器打开 \(path) 即可打印（纸张与页码已设置好）") }
    public static let chromiumMissing = Message(.chromiumMissing,
        "找不到 Chromium，无法生成 PDF（打印页面已经写好，可以用浏览器打开后打印）",
        hint: "安装方法（Debian/Ubuntu）：sudo apt-get install chromium fonts-wqy-microhei；也可以用环境变量 GONGSHI_CHROMIUM 指定浏览器程序的路径")
    public static func chromiumFailed(_ html: String, detail: String) -> Message {
        Message(.chromiumFailed, "Chromium 未能把 \(html) 转为 PDF：\(detail)")
    }
    /// A township's PDF is its villages' PDFs joined, each numbered on its own.
    public static let pdfUniteMissing = Message(.pdfUniteMissing,
        "找不到 pdfunite，无法生成乡镇 PDF（乡镇 PDF 由各村 PDF 合并而成，页码按村分别编排；打印页面已经写好）",
        hint: "安装方法（Debian/Ubuntu）：sudo apt-get install poppler-utils；也可以用村的区划代码作 --region，或不写 --region，每村生成一个 PDF")
    public static func pdfJoinFailed(_ pdf: String, detail: String) -> Message {
        Message(.pdfJoinFailed, "pdfunite 未能把各村 PDF 合并为 \(pdf)：\(detail)")
    }
    public static func printWriteFailed(_ path: String, _ reason: String) -> Message { Message(.printWriteFailed, "无法写入 \(path)：\(reason)") }
}

extension Messages {
    public static func printFailed(errors: Int, warnings: Int) -> Message {
        Message(.printFailed, "打印失败：\(errors) 个错误，\(warnings) 个警告；未写入任何打印文件")
    }
}
