import GongshiCore

/// A document's 信息公开 fields as its page, its lists and the feed show them: the rows of the
/// table at the top of its page (only those with a value), its 有效性, and the note a 失效 or
/// 废止 document carries.
struct DocumentRecordView {
    static let rowSchema = ViewSchema("record_row", [ViewField("name", .text), ViewField("value", .text)])

    let document: Document

    /// 索引号, 发布机构, 文号, 来源, 成文日期, 发布日期, 有效性: the ones with a value, in the order
    /// the disclosure catalogue gives them; none when the document has no 信息公开 field.
    var rows: [(name: String, value: String)] {
        let record = document.record
        guard !record.isEmpty else { return [] }
        var rows: [(String, String?)] = [
            ("索引号", record.indexNumber), ("发布机构", record.issuer), ("文号", record.documentNumber),
            ("来源", record.source), ("成文日期", record.written?.chineseDisplay), ("发布日期", document.date?.chineseDisplay),
        ]
        rows.append(("有效性", statusText))
        return rows.compactMap { row in row.1.map { (row.0, $0) } }
    }

    /// `有效`, `废止（2025年1月1日起）`; nil when the document does not say.
    var statusText: String? {
        guard let status = document.record.status else { return nil }
        guard status.isWithdrawn, let since = document.record.statusDate else { return status.rawValue }
        return "\(status.rawValue)（\(since.chineseDisplay)起）"
    }

    /// `已废止`, `已失效` for a document that no longer applies.
    var withdrawnLabel: String? {
        guard let status = document.record.status, status.isWithdrawn else { return nil }
        return "已" + status.rawValue
    }

    /// The note at the top of a withdrawn document's page.
    var withdrawnNote: String? {
        guard let status = document.record.status, status.isWithdrawn else { return nil }
        let since = document.record.statusDate.map { "已于\($0.chineseDisplay)" } ?? "已"
        return "本文件\(since)\(status.rawValue)，不再执行，仅供查阅。"
    }

    /// One line for the feed's summary: `〔已废止〕文号：…；发布机构：…；成文日期：…`.
    var feedLine: String? {
        let fields = rows.filter { $0.name != "发布日期" && $0.name != "索引号" && $0.name != "有效性" }
        guard !fields.isEmpty || withdrawnLabel != nil else { return nil }
        return (withdrawnLabel.map { "〔\($0)〕" } ?? "") + fields.map { "\($0.name)：\($0.value)" }.joined(separator: "；")
    }

    var rowObjects: [TemplateValue] {
        rows.map { .object(TemplateObject(Self.rowSchema, [.text($0.name), .text($0.value)])) }
    }
}
