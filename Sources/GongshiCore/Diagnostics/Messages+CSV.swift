// Messages for CSV rosters (CSVReader, TextEncodingDetector) and money amounts (Fen).

extension Messages {
    // MARK: CSV syntax

    public static let csvUnterminatedQuote = Message(.csvUnterminatedQuote,
        "引号没有结束：从这里开始的带引号字段一直到文件末尾都没有结束引号", hint: "请补上结束引号 \"")
    public static let csvQuoteInUnquotedField = Message(.csvQuoteInUnquotedField,
        "字段中间出现了引号 \"",
        hint: "含有引号的字段应整个用引号括起来，字段内的引号写成两个 \"\"（用 Excel 或 WPS 另存为 CSV 会自动这样处理）")
    public static let csvTextAfterClosingQuote = Message(.csvTextAfterClosingQuote,
        "结束引号后面还有文字",
        hint: "带引号的字段在结束引号后应紧跟逗号或换行；字段内的引号应写成两个 \"\"")

    // MARK: CSV encodings

    /// The file was read as UTF-8 and is not; `looksLikeGB18030` when the same bytes decode as GB18030.
    public static func csvNotUTF8(looksLikeGB18030: Bool) -> Message {
        if looksLikeGB18030 {
            return Message(.csvNotUTF8, "文件不是 UTF-8 编码（看起来是 GB18030/GBK，Excel 中文版另存的 CSV 常是这种编码）",
                           hint: "请在该月的 _month.yaml 或 site.yaml 中设置 encoding: gb18030，或用 UTF-8 另存此文件")
        }
        return Message(.csvNotUTF8, "文件不是 UTF-8 编码", hint: "请用 UTF-8 另存此文件（Excel 或 WPS “另存为”时选择“CSV UTF-8”）")
    }
    public static let csvNotGB18030 = Message(.csvNotGB18030, "文件不是 GB18030/GBK 编码，按 encoding: gb18030 无法读取",
        hint: "请检查该月的 _month.yaml 或 site.yaml 中的 encoding 设置，或用 UTF-8 另存此文件")

    // MARK: Money

    public static let yuanAcceptedForms =
        "金额应为不带单位和千位分隔符的数字，最多两位小数，例如 600、600.5、600.50"
}
