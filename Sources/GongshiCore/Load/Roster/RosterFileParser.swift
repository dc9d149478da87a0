/// Turns one roster CSV (already split into records) into households. Parsing only: every value
/// that cannot be read is an error naming file:line:column and the header as the clerk wrote it.
enum RosterFileParser {
    static let careModes = ["分散", "集中"]

    /// What a header names; the same few headers stand in every file, so loaders keep these in a cache.
    enum HeaderMeaning {
        case column(RosterColumn)
        case forbidden(kind: String)
        case unknown

        init(_ header: String) {
            if let kind = ForbiddenHeaders.match(header) {
                self = .forbidden(kind: kind)
            } else if let column = RosterColumn.column(forHeader: header) {
                self = .column(column)
            } else {
                self = .unknown
            }
        }
    }

    /// Appends the file's households to `households` (the month's list: no copy per file). Rows
    /// with equal side boxes share one through `boxes` (a month's loader keeps one table).
    static func parse(
        _ records: [CSVRecord], path: String, namedVillage: RegionCode?, headerCache: inout [String: HeaderMeaning],
        boxes: inout HouseholdExtra.Shared, into households: inout [Household], log: inout DiagnosticLog
    ) {
        guard let header = records.first else {
            log.error(SourceLocation(file: path, line: 1, column: 1), Messages.rosterEmpty)
            return
        }
        guard let columns = readHeader(header, path: path, namedVillage: namedVillage, cache: &headerCache, log: &log) else { return }
        for record in records.dropFirst() {
            if let household = parseRow(record, columns: columns, path: path, namedVillage: namedVillage, boxes: &boxes, log: &log) {
                households.append(household)
            }
        }
    }

    /// Column index → (column, header as written), and the other way round.
    struct HeaderColumns {
        var entries: [(column: RosterColumn, header: String)]
        /// By `RosterColumn.ordinal`: the index of the field holding that column, or -1.
        let fieldIndex: [Int]

        init(entries: [(column: RosterColumn, header: String)]) {
            self.entries = entries
            var fieldIndex = [Int](repeating: -1, count: RosterColumn.allCases.count)
            for (index, entry) in entries.enumerated() { fieldIndex[entry.column.ordinal] = index }
            self.fieldIndex = fieldIndex
        }
    }

    private static func readHeader(
        _ header: CSVRecord, path: String, namedVillage: RegionCode?, cache: inout [String: HeaderMeaning], log: inout DiagnosticLog
    ) -> HeaderColumns? {
        var entries: [(column: RosterColumn, header: String)] = []
        var seen: [RosterColumn: String] = [:]
        var ok = true
        for field in header.fields {
            let at = SourceLocation(file: path, line: field.line, column: field.column)
            let written = field.text.trimmedSpaces
            let meaning = cache[written] ?? HeaderMeaning(written)
            cache[written] = meaning
            let column: RosterColumn
            switch meaning {
            case .forbidden(let kind):
                log.error(at, Messages.forbiddenHeader(written, kind: kind))
                ok = false
                continue
            case .unknown:
                log.error(at, Messages.unknownHeader(written, accepted: RosterColumn.acceptedHeaderList))
                ok = false
                continue
            case .column(let known):
                column = known
            }
            if let first = seen[column] {
                log.error(at, Messages.duplicateHeader(written, first: first))
                ok = false
                continue
            }
            seen[column] = written
            entries.append((column, written))
        }
        guard ok else { return nil }
        let headerAt = SourceLocation(file: path, line: header.line, column: 1)
        for column in RosterColumn.allCases where column.isRequired && seen[column] == nil {
            log.error(headerAt, Messages.missingHeader(column.rawValue, english: column.englishHeader))
            ok = false
        }
        if namedVillage == nil, seen[.divisionCode] == nil {
            log.error(headerAt, Messages.missingDivisionColumn)
            ok = false
        }
        return ok ? HeaderColumns(entries: entries) : nil
    }

    private static func parseRow(
        _ record: CSVRecord, columns: HeaderColumns, path: String, namedVillage: RegionCode?, boxes: inout HouseholdExtra.Shared,
        log: inout DiagnosticLog
    ) -> Household? {
        let rowAt = SourceLocation(file: path, line: record.line, column: 1)
        guard record.fields.count == columns.entries.count else {
            let at = record.fields.count > columns.entries.count
                ? SourceLocation(file: path, line: record.fields[columns.entries.count].line, column: record.fields[columns.entries.count].column)
                : rowAt
            log.error(at, Messages.fieldCount(record.fields.count, expected: columns.entries.count))
            return nil
        }
        // Each cell is looked up by its column's field index (no per-row dictionary): half a
        // million rows go through here.
        let fields = record.fields
        func value(_ column: RosterColumn) -> (text: String, header: String, at: SourceLocation)? {
            let index = columns.fieldIndex[column.ordinal]
            guard index >= 0 else { return nil }
            let field = fields[index]
            return (field.text.trimmedSpaces, columns.entries[index].header,
                    SourceLocation(file: path, line: field.line, column: field.column))
        }
        let errorsBefore = log.all.count
        func required(_ column: RosterColumn) -> (text: String, header: String, at: SourceLocation)? {
            guard let value = value(column) else { return nil }
            if value.text.isEmpty {
                log.error(value.at, Messages.emptyCell(value.header))
                return nil
            }
            return value
        }
        func optional(_ column: RosterColumn) -> (text: String, header: String, at: SourceLocation)? {
            guard let value = value(column), !value.text.isEmpty else { return nil }
            return value
        }

        let recordID = required(.recordID)?.text
        let headName = required(.headName)?.text

        var village = namedVillage
        if let cell = required(.divisionCode) {
            if let code = RegionCode(cell.text) {
                if let named = namedVillage, named != code {
                    log.error(cell.at, Messages.codeDiffersFromFileName(header: cell.header, code, fileCode: named.digits))
                }
                village = code
            } else {
                log.error(cell.at, Messages.invalidRegionCode(header: cell.header, cell.text, line: cell.at.line))
            }
        } else if columns.fieldIndex[RosterColumn.divisionCode.ordinal] >= 0 {
            village = nil
        }

        var persons: Int?
        if let cell = required(.persons) {
            persons = positiveInteger(cell.text)
            if persons == nil { log.error(cell.at, Messages.invalidPersons(header: cell.header, cell.text, line: cell.at.line)) }
        }
        var householdSize: Int?
        if let cell = optional(.householdSize) {
            householdSize = positiveInteger(cell.text)
            if householdSize == nil { log.error(cell.at, Messages.invalidPersons(header: cell.header, cell.text, line: cell.at.line)) }
        }
        var category: BenefitCategory?
        if let cell = required(.category) {
            category = benefitCategory(cell.text)
            if category == nil { log.error(cell.at, Messages.invalidCategory(header: cell.header, line: cell.at.line)) }
        }
        var careMode: String?
        if let cell = optional(.careMode) {
            if careModes.contains(where: { sameText($0, cell.text) }) {
                careMode = cell.text
            } else {
                log.error(cell.at, Messages.invalidCareMode(header: cell.header, line: cell.at.line))
            }
        }
        var amount: Fen?
        if let cell = required(.amount) {
            amount = Fen.parseYuan(cell.text)
            if amount == nil { log.error(cell.at, Messages.invalidAmount(header: cell.header, cell.text, line: cell.at.line)) }
        }
        var startMonth: YearMonth?
        if let cell = optional(.startMonth) {
            startMonth = YearMonth(cell.text)
            if startMonth == nil { log.error(cell.at, Messages.invalidStartMonth(header: cell.header, cell.text, line: cell.at.line)) }
        }
        let note = optional(.note)?.text

        guard log.all.count == errorsBefore, let recordID, let headName, let village, let persons, let category, let amount else {
            return nil
        }
        // Every cell of a row is on the row's line (`CellLineBreakCheck` refused the file
        // otherwise), so its column is all a household keeps of it.
        var cellColumns = RosterCellColumns()
        var allOnRowLine = true
        for (field, entry) in zip(fields, columns.entries) {
            if field.line != record.line || field.column > RosterCellColumns.maximumColumn { allOnRowLine = false }
            cellColumns[entry.column] = field.column
        }
        guard allOnRowLine else {
            var cellLocations: [RosterColumn: SourceLocation] = [:]
            for (field, entry) in zip(fields, columns.entries) {
                cellLocations[entry.column] = SourceLocation(file: path, line: field.line, column: field.column)
            }
            return Household(
                recordID: recordID, village: village, headName: headName, persons: persons, householdSize: householdSize,
                category: category, careMode: careMode, amount: amount, startMonth: startMonth, note: note,
                location: rowAt, cellLocations: cellLocations)
        }
        return Household(
            recordID: recordID, village: village, headName: headName, persons: persons, householdSize: householdSize,
            category: category, careMode: careMode, amount: amount, startMonth: startMonth, note: note,
            location: rowAt, cellColumns: cellColumns, boxes: &boxes)
    }

    /// `BenefitCategory(rawValue:)`, through `sameText`.
    static func benefitCategory(_ text: String) -> BenefitCategory? {
        BenefitCategory.allCases.first { sameText($0.rawValue, text) }
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

extension String {
    /// Whether every scalar is ASCII or a CJK unified ideograph. Such scalars have no canonical
    /// decomposition and never compose with a neighbour, so two such texts are canonically
    /// equivalent (String `==`) exactly when their bytes are equal.
    var isCanonicallyPlain: Bool {
        unicodeScalars.allSatisfy { scalar in
            scalar.value < 0x80 || (0x4E00...0x9FFF).contains(scalar.value) || (0x3400...0x4DBF).contains(scalar.value)
        }
    }

    /// Without leading and trailing spaces and tabs (ASCII and the ideographic space). Cheaper than
    /// Foundation's trimming, which matters over half a million roster rows.
    var trimmedSpaces: String {
        func isSpace(_ scalar: Unicode.Scalar) -> Bool { scalar == " " || scalar == "\t" || scalar == "\u{3000}" }
        let scalars = unicodeScalars
        guard let first = scalars.first, let last = scalars.last, isSpace(first) || isSpace(last) else { return self }
        var start = scalars.startIndex
        var end = scalars.endIndex
        while start < end, isSpace(scalars[start]) { start = scalars.index(after: start) }
        while end > start, isSpace(scalars[scalars.index(before: end)]) { end = scalars.index(before: end) }
        return String(scalars[start..<end])
    }
}
