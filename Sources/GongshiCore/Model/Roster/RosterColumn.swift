/// The columns a roster CSV may have, with the headers clerks write (Chinese or English). What
/// each column is, is in `RosterColumnSpec`; this enum is its name and position.
public enum RosterColumn: String, Sendable, Hashable, CaseIterable {
    case recordID = "记录编号"
    case divisionCode = "区划代码"
    case headName = "户主姓名"
    case persons = "保障人数"
    case householdSize = "家庭人口"
    case category = "保障类别"
    case careMode = "供养方式"
    case amount = "月保障金额(元)"
    case startMonth = "起始月份"
    case note = "备注"

    /// The column's position in `allCases`. Hashing and comparing use it: the versions a
    /// `String`-backed enum gets by default hash the Chinese header (Unicode-normalised) every
    /// time, which was most of the cost of half a million roster rows.
    var ordinal: Int {
        switch self {
        case .recordID: 0
        case .divisionCode: 1
        case .headName: 2
        case .persons: 3
        case .householdSize: 4
        case .category: 5
        case .careMode: 6
        case .amount: 7
        case .startMonth: 8
        case .note: 9
        }
    }

    public static func == (a: RosterColumn, b: RosterColumn) -> Bool { a.ordinal == b.ordinal }
    public func hash(into hasher: inout Hasher) { hasher.combine(ordinal) }

    /// Everything known about the column (`RosterColumnSpec`).
    package var spec: RosterColumnSpec { RosterColumnSpec.all[ordinal] }

    public var englishHeader: String { spec.englishHeader }

    /// Headers accepted for this column. Full-width parentheses and the header without its unit
    /// are accepted too, as spreadsheets write them.
    public var acceptedHeaders: [String] { spec.acceptedHeaders }

    /// Required in every file; 区划代码 only in files not named by a village code.
    public var isRequired: Bool { spec.requirement == .required }

    /// The column a header names (trimmed, case-insensitive for English), or nil.
    public static func column(forHeader header: String) -> RosterColumn? {
        let normalized = header.trimmingCharacters(in: .whitespaces).lowercased()
        return allCases.first { column in column.acceptedHeaders.contains { $0.lowercased() == normalized } }
    }

    /// For the message that lists what is accepted.
    public static var acceptedHeaderList: String {
        allCases.map { "\($0.rawValue) / \($0.englishHeader)" }.joined(separator: "、")
    }
}
