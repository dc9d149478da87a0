/// How `gongshi import` reads the headers of a raw export from the national system: the columns
/// it keeps, the surname-length helper column, and everything it drops (listed for the clerk).
enum RawColumn: Equatable {
    case roster(RosterColumn)
    case surnameLength
    case dropped(reason: String)

    /// Headers of national-system exports that mean a roster column under another name
    /// (`RosterColumnSpec.importAliases`).
    static let aliases: [String: RosterColumn] = Dictionary(
        RosterColumnSpec.all.flatMap { spec in spec.importAliases.map { ($0, spec.column) } }, uniquingKeysWith: { first, _ in first })
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
