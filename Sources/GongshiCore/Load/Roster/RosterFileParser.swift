/// Turns one roster CSV (already split into records) into households. Parsing only: every value
/// that cannot be read is an error naming file:line:column and the header as the clerk wrote it.
enum RosterFileParser {
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
        /// By field: the column's kind and requirement (`RosterColumnSpec`), looked up once per file.
        let kinds: [RosterValueKind]
        let emptyIsError: [Bool]

        init(entries: [(column: RosterColumn, header: String)]) {
            self.entries = entries
            kinds = entries.map { $0.column.spec.kind }
            emptyIsError = entries.map { $0.column.spec.requirement != .optional }
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
        let fields = record.fields
        func at(_ field: CSVField) -> SourceLocation { SourceLocation(file: path, line: field.line, column: field.column) }
        // Every column the file has is read the same way: required cells must not be empty, and a
        // value not of its column's kind is that kind's error.
        let errorsBefore = log.all.count
        var values = RosterRowValues()
        for (index, entry) in columns.entries.enumerated() {
            let field = fields[index]
            let text = field.text.trimmedSpaces
            guard !text.isEmpty else {
                if columns.emptyIsError[index] { log.error(at(field), Messages.emptyCell(entry.header)) }
                continue
            }
            let kind = columns.kinds[index]
            guard let value = kind.parse(text) else {
                log.error(at(field), kind.invalid(header: entry.header, text, line: field.line))
                continue
            }
            values[entry.column] = value
        }
        let divisionIndex = columns.fieldIndex[RosterColumn.divisionCode.ordinal]
        if divisionIndex >= 0, let code = values.village, let named = namedVillage, named != code {
            log.error(at(fields[divisionIndex]), Messages.codeDiffersFromFileName(header: columns.entries[divisionIndex].header, code,
                                                                                  fileCode: named.digits))
        }
        let village = divisionIndex >= 0 ? values.village : namedVillage
        guard log.all.count == errorsBefore, let recordID = values.recordID, let headName = values.headName, let village,
              let persons = values.persons, let category = values.category, let amount = values.amount else {
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
                recordID: recordID, village: village, headName: headName, persons: persons, householdSize: values.householdSize,
                category: category, careMode: values.careMode, amount: amount, startMonth: values.startMonth, note: values.note,
                location: rowAt, cellLocations: cellLocations)
        }
        return Household(
            recordID: recordID, village: village, headName: headName, persons: persons, householdSize: values.householdSize,
            category: category, careMode: values.careMode, amount: amount, startMonth: values.startMonth, note: values.note,
            location: rowAt, cellColumns: cellColumns, boxes: &boxes)
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
