/// What Gongshi knows about one roster column, in one place: the headers a clerk may write (and
/// the names the national system's exports give it), whether it is required, what its value is
/// (`RosterValueKind`: how it is parsed, how an import cleans it, what its error says), and one
/// line of help. The CSV parser, `gongshi import`, the privacy check of headers and README's
/// column table all read this table.
///
/// What it does not hold is where a household keeps the value: `Household` packs its fields for
/// province scale, so a new column also gets its field there (`RosterRowValues` maps columns to
/// fields) and in its templates.
package struct RosterColumnSpec: Sendable {
    package enum Requirement: Sendable {
        case required
        case optional
        /// Required unless the file is named by a village code (which gives it); required in an import.
        case unlessFileNamesVillage
    }

    /// The column; its raw value is the header Gongshi writes (and the sample rosters use).
    package let column: RosterColumn
    package let englishHeader: String
    /// Other spellings the build accepts (full-width parentheses, without the unit).
    package let otherHeaders: [String]
    /// Names in raw exports that `gongshi import` maps to this column.
    package let importAliases: [String]
    package let requirement: Requirement
    package let kind: RosterValueKind
    package let help: String

    /// Every header the build reads as this column.
    package var acceptedHeaders: [String] { [column.rawValue] + otherHeaders + [englishHeader] }

    /// The table, in `RosterColumn.allCases` order (the order `gongshi import` writes columns in).
    package static let all: [RosterColumnSpec] = [
        RosterColumnSpec(column: .recordID, englishHeader: "record_id", otherHeaders: [],
                         importAliases: ["编号", "家庭编号", "户编号"], requirement: .required, kind: .recordID,
                         help: "opaque household id, stable across months; unique in the month (never an ID number)"),
        RosterColumnSpec(column: .divisionCode, englishHeader: "division_code", otherHeaders: [],
                         importAliases: ["村社区代码", "村(社区)代码", "村（社区）代码", "行政区划代码"],
                         requirement: .unlessFileNamesVillage, kind: .regionCode,
                         help: "village code, 12 digits; required unless the file is named by the code"),
        RosterColumnSpec(column: .headName, englishHeader: "head_name", otherHeaders: [],
                         importAliases: ["姓名", "户主"], requirement: .required, kind: .maskedName,
                         help: "masked name (张*丰); `gongshi import` masks full names"),
        RosterColumnSpec(column: .persons, englishHeader: "persons", otherHeaders: [],
                         importAliases: ["保障人口", "保障人口数", "享受人数"], requirement: .required, kind: .count,
                         help: "persons covered, integer ≥ 1"),
        RosterColumnSpec(column: .householdSize, englishHeader: "household_size", otherHeaders: [],
                         importAliases: ["家庭人口数", "家庭人数"], requirement: .optional, kind: .count,
                         help: "household size, integer ≥ persons"),
        RosterColumnSpec(column: .category, englishHeader: "category", otherHeaders: [],
                         importAliases: ["救助类别", "保障类型"], requirement: .required, kind: .category,
                         help: "one of " + BenefitCategory.allCases.map(\.rawValue).joined(separator: ", ")),
        RosterColumnSpec(column: .careMode, englishHeader: "care_mode", otherHeaders: [],
                         importAliases: [], requirement: .optional, kind: .careMode,
                         help: "分散 or 集中, 特困 only"),
        RosterColumnSpec(column: .amount, englishHeader: "monthly_amount",
                         otherHeaders: ["月保障金额（元）", "月保障金额"],
                         importAliases: ["月保障金", "月保障金（元）", "月保障金(元)", "保障金额", "月发放金额", "月救助金额"],
                         requirement: .required, kind: .amount, help: "yuan: `600`, `600.5`, `600.50`; stored as integer fen"),
        RosterColumnSpec(column: .startMonth, englishHeader: "start_month", otherHeaders: [],
                         importAliases: ["享受起始年月", "起始年月", "纳入时间"], requirement: .optional, kind: .month,
                         help: "`YYYY-MM`; after the roster month is a warning"),
        RosterColumnSpec(column: .note, englishHeader: "note", otherHeaders: [],
                         importAliases: [], requirement: .optional, kind: .note,
                         help: "one of `disclosure.notes`; free text is refused"),
    ]

    /// README's table of columns, generated from `all` (see `RosterColumnSpecTests`).
    package static func markdownTable() -> String {
        var lines = ["| header | also read | required | value |", "|---|---|---|---|"]
        for spec in all {
            let required = switch spec.requirement {
            case .required: "yes"
            case .optional: ""
            case .unlessFileNamesVillage: "unless the file is named by the code"
            }
            let also = (spec.otherHeaders + spec.importAliases.map { $0 + "¹" }).joined(separator: ", ")
            lines.append("| \(spec.column.rawValue) / \(spec.englishHeader) | \(also) | \(required) | \(spec.help) |")
        }
        return lines.joined(separator: "\n")
    }
}
