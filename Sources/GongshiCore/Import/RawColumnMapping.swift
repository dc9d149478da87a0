/// How `gongshi import` reads the headers of a raw export from the national system: the columns
/// it keeps, the surname-length helper column, and everything it drops (listed for the clerk).
enum RawColumn: Equatable {
    case roster(RosterColumn)
    case surnameLength
    case dropped(reason: String)

    /// Headers of national-system exports that mean a roster column under another name.
    static let aliases: [String: RosterColumn] = [
        "姓名": .headName, "户主": .headName, "户主姓名": .headName,
        "保障人口": .persons, "保障人口数": .persons, "享受人数": .persons,
        "家庭人口数": .householdSize, "家庭人数": .householdSize,
        "救助类别": .category, "保障类型": .category,
        "月保障金": .amount, "月保障金（元）": .amount, "月保障金(元)": .amount, "保障金额": .amount, "月发放金额": .amount, "月救助金额": .amount,
        "享受起始年月": .startMonth, "起始年月": .startMonth, "纳入时间": .startMonth,
        "村社区代码": .divisionCode, "村(社区)代码": .divisionCode, "村（社区）代码": .divisionCode, "行政区划代码": .divisionCode,
        "编号": .recordID, "家庭编号": .recordID, "户编号": .recordID,
    ]
    static let surnameLengthHeaders: Set<String> = ["姓氏字数", "姓字数", "surname_length"]

    static func classify(_ header: String) -> RawColumn {
        let trimmed = header.trimmingCharacters(in: .whitespaces)
        if surnameLengthHeaders.contains(trimmed.lowercased()) { return .surnameLength }
        // Private data first: a header such as 户主身份证号 must be dropped, not taken for a name.
        if let kind = ForbiddenHeaders.match(trimmed) { return .dropped(reason: kind) }
        if let column = RosterColumn.column(forHeader: trimmed) ?? aliases[trimmed] { return .roster(column) }
        return .dropped(reason: Messages.importUnknownColumn)
    }
}
