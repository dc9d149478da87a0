/// What a roster cell holds, and for each kind: how the build reads it (strictly: a value that is
/// not in its form is an error naming the cell), how `gongshi import` cleans a raw export's value
/// into that form first (full-width digits, `1,200.00元`, `2024年1月`), and the error.
package enum RosterValueKind: Sendable {
    case recordID
    case regionCode
    case maskedName
    case count
    case category
    case careMode
    case amount
    case month
    case note

    /// 供养方式's closed list.
    static let careModes = ["分散", "集中"]

    /// The value of a non-empty, trimmed cell, or nil when it is not of this kind.
    func parse(_ text: String) -> RosterCellValue? {
        switch self {
        case .recordID, .maskedName, .note: return .text(text)
        case .regionCode: return RegionCode(text).map(RosterCellValue.region)
        case .count: return RosterValueKind.positiveInteger(text).map(RosterCellValue.number)
        case .category: return BenefitCategory.allCases.first { RosterValueKind.sameText($0.rawValue, text) }.map(RosterCellValue.category)
        case .careMode: return RosterValueKind.careModes.contains { RosterValueKind.sameText($0, text) } ? .text(text) : nil
        case .amount: return Fen.parseYuan(text).map(RosterCellValue.amount)
        case .month: return YearMonth(text).map(RosterCellValue.month)
        }
    }

    /// A raw export's value in the form `parse` reads (nil: it cannot be put in that form).
    func cleaned(_ raw: String) -> String? {
        let text = RawValueNormalizer.asciiDigits(raw)
        switch self {
        case .count: return RawValueNormalizer.count(text).map(String.init)
        case .amount: return RawValueNormalizer.amount(text)?.yuanPlain
        case .month: return RawValueNormalizer.month(text)?.description
        default: return text
        }
    }

    /// The error for a cell of this kind that `parse` refused; it quotes the value only where
    /// `HarmlessEcho` allows.
    func invalid(header: String, _ text: String, line: Int) -> Message {
        switch self {
        case .regionCode: Messages.invalidRegionCode(header: header, text, line: line)
        case .count: Messages.invalidPersons(header: header, text, line: line)
        case .category: Messages.invalidCategory(header: header, line: line)
        case .careMode: Messages.invalidCareMode(header: header, line: line)
        case .amount: Messages.invalidAmount(header: header, text, line: line)
        case .month: Messages.invalidStartMonth(header: header, text, line: line)
        case .recordID, .maskedName, .note: Messages.emptyCell(header)  // text of any form: never refused by its form
        }
    }

    /// `a == b` (canonical equivalence), without its slow path for the texts of roster cells.
    static func sameText(_ a: String, _ b: String) -> Bool {
        a.utf8Equals(b) || (!(a.isCanonicallyPlain && b.isCanonicallyPlain) && a == b)
    }

    /// ASCII digits only, at least 1 (`0`, `1.5`, `abc`, `２` are refused).
    static func positiveInteger(_ text: String) -> Int? {
        guard !text.isEmpty, text.utf8.count <= 6, text.utf8.allSatisfy({ $0 >= 48 && $0 <= 57 }),
              let value = Int(text), value >= 1
        else { return nil }
        return value
    }
}

/// A parsed roster cell.
package enum RosterCellValue: Sendable, Hashable {
    case text(String)
    case region(RegionCode)
    case number(Int)
    case category(BenefitCategory)
    case amount(Fen)
    case month(YearMonth)

    var text: String? { if case .text(let value) = self { value } else { nil } }
    var region: RegionCode? { if case .region(let value) = self { value } else { nil } }
    var number: Int? { if case .number(let value) = self { value } else { nil } }
    var category: BenefitCategory? { if case .category(let value) = self { value } else { nil } }
    var amount: Fen? { if case .amount(let value) = self { value } else { nil } }
    var month: YearMonth? { if case .month(let value) = self { value } else { nil } }

    /// As a roster CSV writes it.
    var csvText: String {
        switch self {
        case .text(let value): value
        case .region(let code): code.digits
        case .number(let value): String(value)
        case .category(let category): category.rawValue
        case .amount(let fen): fen.yuanPlain
        case .month(let month): month.description
        }
    }
}
