/// Hexo tags (`{% asset_img a.jpg %}`) and Hugo shortcodes (`{{< figure src="a.jpg" >}}`,
/// `{{% notice %}}`) in a document's body: no Markdown renderer reads them, so a page would show
/// them as written. Each one outside code is an error naming the tag and what to write instead.
enum ShortcodeScanner {
    struct Found: Equatable {
        /// 1-based line and column (in characters) within the body.
        let line: Int
        let column: Int
        /// The tag's name (`asset_img`, `figure`), or nil when it is not a plain name.
        let name: String?
        let hugo: Bool
    }

    static func scan(_ body: String) -> [Found] {
        guard body.contains("{%") || body.contains("{{<") || body.contains("{{%") else { return [] }
        var found: [Found] = []
        var fence: Character?
        for (index, line) in body.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let trimmed = line.drop { $0 == " " }
            if let marker = trimmed.first, marker == "`" || marker == "~", trimmed.hasPrefix(String(repeating: marker, count: 3)) {
                fence = fence == nil ? marker : (fence == marker ? nil : fence)
                continue
            }
            guard fence == nil else { continue }
            var column = 1
            var inCode = false
            var rest = Substring(line)
            while let first = rest.first {
                if first == "`" { inCode.toggle() }
                if !inCode, let (name, hugo) = opening(rest) {
                    found.append(Found(line: index + 1, column: column, name: name, hugo: hugo))
                }
                rest = rest.dropFirst()
                column += 1
            }
        }
        return found
    }

    /// The tag at the start of `text`, if one opens there: its name and whether it is Hugo's.
    private static func opening(_ text: Substring) -> (String?, Bool)? {
        let hugo: Bool
        let after: Substring
        if text.hasPrefix("{{<") || text.hasPrefix("{{%") {
            hugo = true
            after = text.dropFirst(3)
        } else if text.hasPrefix("{%") {
            hugo = false
            after = text.dropFirst(2)
        } else {
            return nil
        }
        var name = after.drop { $0 == " " || $0 == "-" }
        if name.first == "/" { name = name.dropFirst().drop { $0 == " " } }
        let word = name.prefix { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_" || $0 == "-") }
        guard !word.isEmpty else { return nil }
        return (HarmlessEcho.identifier(String(word)), hugo)
    }

    /// What to write instead, for the tags offices use most.
    static func replacement(for name: String?) -> String {
        switch name {
        case "asset_img", "img", "image", "figure": return "![说明](图片文件名.jpg)"
        case "asset_link", "asset_path", "post_link", "post_path", "ref", "relref": return "[链接文字](文件名.md) 或 [附件](附件.pdf)"
        case "youtube", "bilibili", "video", "iframe", "vimeo": return "[视频标题](https://视频地址)（本站不嵌入外部播放器）"
        case "codeblock", "code", "highlight", "include_code": return "```（围栏代码块）"
        case "blockquote", "quote", "pullquote", "note", "notice", "alert", "admonition": return "> 引用的文字"
        default: return "普通的 Markdown"
        }
    }
}
