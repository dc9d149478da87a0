/// The columns a roster CSV may have, with the headers clerks write (Chinese or English).
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

    public var englishHeader: String {
        switch self {
        case .recordID: return "record_id"
        case .divisionCode: return "division_code"
        case .headName: return "head_name"
        case .persons: return "persons"
        case .householdSize: return "household_size"
        case .category: return "category"
        case .careMode: return "care_mode"
        case .amount: return "monthly_amount"
        case .startMonth: return "start_month"
        case .note: return "note"
        }
    }

    /// Headers accepted for this column. Full-width parentheses and the header without its unit
    /// are accepted too, as spreadsheets write them.
    public var acceptedHeaders: [String] {
        switch self {
        case .amount: return ["月保障金额(元)", "月保障金额（元）", "月保障金额", englishHeader]
        default: return [rawValue, englishHeader]
        }
    }

    /// Required in every file; 区划代码 only in files not named by a village code.
    public var isRequired: Bool {
        switch self {
        case .recordID, .headName, .persons, .category, .amount: return true
        default: return false
        }
    }

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
