/// A government document's 信息公开 fields, from its front matter: what a county's disclosure
/// catalogue lists for every document (索引号, 文号, 发布机构, 来源, 成文日期, 有效性).
public struct DocumentRecord: Sendable, Equatable {
    /// `index_no`: 索引号 (`11410829MB1234567X/2024-00012`).
    public var indexNumber: String?
    /// `doc_no`: 文号, in the usual form `焦民〔2022〕12号`.
    public var documentNumber: String?
    /// `issuer`: 发布机构.
    public var issuer: String?
    /// `source`: 来源 (the office or publication it came from).
    public var source: String?
    /// `written`: 成文日期.
    public var written: ContentDate?
    /// `status`: 有效性.
    public var status: DocumentStatus?
    /// `status_date`: since when a 失效 or 废止 document no longer applies.
    public var statusDate: ContentDate?

    public init() {}

    public var isEmpty: Bool {
        indexNumber == nil && documentNumber == nil && issuer == nil && source == nil && written == nil && status == nil
    }

    /// The texts as written, for the privacy guard.
    var texts: [String] { [indexNumber, documentNumber, issuer, source].compactMap { $0 } }
}

/// 有效性: whether a policy document still applies. A 失效 or 废止 document stays published (it is
/// part of the record) and is marked so on its page and in every list.
public enum DocumentStatus: String, Sendable, CaseIterable {
    case valid = "有效"
    case expired = "失效"
    case repealed = "废止"

    /// No longer applies.
    public var isWithdrawn: Bool { self != .valid }
}

/// 文号: 机关代字, the year in 六角括号 〔〕, the number and 号 (`焦民〔2022〕12号`, `云政文〔2023〕88号`).
public enum DocumentNumberForm {
    public static func isValid(_ text: String) -> Bool {
        guard let open = text.firstIndex(of: "〔"), let close = text.firstIndex(of: "〕"), open < close else { return false }
        let agency = text[..<open]
        let year = text[text.index(after: open)..<close]
        let rest = text[text.index(after: close)...]
        guard !agency.isEmpty, !agency.contains(where: { $0.isWhitespace || $0 == "〔" || $0 == "〕" }),
              year.count == 4, year.allSatisfy({ $0.isASCII && $0.isNumber }), year.hasPrefix("19") || year.hasPrefix("20"),
              rest.hasSuffix("号"), rest.count >= 2
        else { return false }
        let number = rest.dropLast()
        return number.allSatisfy { $0.isASCII && $0.isNumber } && number.first != "0"
    }
}
