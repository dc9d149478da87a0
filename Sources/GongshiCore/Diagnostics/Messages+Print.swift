/// Messages about printing: `print:` in site.yaml, `gongshi print` and `gongshi print cards`.
extension Messages {
    // MARK: site.yaml print:

    public static func invalidPaper(_ text: String) -> String {
        "print.paper 的值“\(text)”无效：应为 \(PrintSettings.Paper.allCases.map(\.rawValue).joined(separator: " 或 "))"
    }
    public static func invalidOrientation(_ text: String) -> String {
        "print.orientation 的值“\(text)”无效：应为 portrait（纵向）或 landscape（横向）"
    }
    public static func invalidFontSize(_ text: String) -> String {
        let range = PrintSettings.fontSizes
        return "print.font_size 的值“\(text)”无效：应为 \(range.lowerBound)pt 到 \(range.upperBound)pt 之间的整数磅值，例如 16pt（公开栏张贴的字号不宜小于 \(range.lowerBound)pt）"
    }
}
