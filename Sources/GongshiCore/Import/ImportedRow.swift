/// One household of a raw export, cleaned for publication: each column read as the build reads
/// it (`RosterColumnSpec`), after its kind has cleaned the raw value (`RosterValueKind.cleaned`).
struct ImportedRow: Sendable {
    var values: RosterRowValues
    var recordID: String
    var village: String
    /// The head's name as the raw export wrote it, when import masked it (never written to the
    /// roster: only its hashes go to the known-names file).
    var fullName: String?
    var persons: Int
    var amount: Fen

    /// The columns a village file gets: every column but the one its name gives (区划代码).
    static let writtenColumns = RosterColumnSpec.all.filter { $0.requirement != .unlessFileNamesVillage }.map(\.column)
    static let header = writtenColumns.map(\.rawValue).joined(separator: ",")

    // swiftlint:disable:next function_parameter_count
    static func parse(
        _ cells: [RosterColumn: CSVField], surnameLength: Int?, file: String, header: CSVRecord, columns: [Int: RosterColumn],
        notes: [String], scanner: PrivateValueScanner, droppedNotes: inout Int, log: inout DiagnosticLog
    ) -> ImportedRow? {
        let errorsBefore = log.all.count
        func at(_ field: CSVField) -> SourceLocation { SourceLocation(file: file, line: field.line, column: field.column) }
        func headerText(_ column: RosterColumn) -> String {
            columns.first { $0.value == column }.map { header.fields[$0.key].text } ?? column.rawValue
        }
        var values = RosterRowValues()
        var fullName: String?
        for spec in RosterColumnSpec.all {
            guard let field = cells[spec.column] else { continue }
            let text = RawValueNormalizer.asciiDigits(field.text)
            guard !text.isEmpty else {
                if spec.requirement != .optional { log.error(at(field), Messages.emptyCell(headerText(spec.column))) }
                continue
            }
            switch spec.kind {
            case .recordID:
                // Any private value (a phone typed as the household's number too) stays out of the roster.
                let findings = scanner.scanRosterCell(text)
                if let finding = findings.first(where: { $0.kind == .idNumber || $0.kind == .partialIDNumber }) {
                    log.error(at(field), Messages.recordIDLooksLikeIDNumber(echo: finding.maskedEcho))
                } else if let finding = findings.first {
                    log.error(at(field), Messages.privateValue(finding.kind, echo: finding.maskedEcho))
                } else {
                    values[spec.column] = .text(text)
                }
            case .maskedName:
                let normalized = NameMasking.normalize(text)
                if NameMasking.isCorrectlyMasked(normalized) {
                    values[spec.column] = .text(normalized)
                } else if let masked = NameMasking.mask(normalized, surnameLength: surnameLength) {
                    values[spec.column] = .text(masked)
                    fullName = normalized
                } else {
                    log.error(at(field), Messages.importCannotMaskName(header: headerText(spec.column)))
                }
            case .note:
                // 备注 outside the site's closed list is dropped (counted), not published.
                if notes.contains(text) { values[spec.column] = .text(text) } else { droppedNotes += 1 }
            case .careMode:
                // Kept for 特困 only (below); anything else is dropped.
                if let value = spec.kind.parse(text) { values[spec.column] = value }
            default:
                guard let cleaned = spec.kind.cleaned(text), let value = spec.kind.parse(cleaned) else {
                    log.error(at(field), spec.kind.invalid(header: headerText(spec.column), text, line: field.line))
                    continue
                }
                values[spec.column] = value
            }
        }
        // A mobile typed as an amount parses as one: refused here as the build would, before the
        // summary prints it.
        if let amount = values.amount, let field = cells[.amount], let finding = scanner.scanRosterCell(amount.yuanPlain).first {
            log.error(at(field), Messages.privateValue(finding.kind, echo: finding.maskedEcho))
        }
        guard log.all.count == errorsBefore, let recordID = values.recordID, let village = values.village, values.headName != nil,
              let persons = values.persons, let category = values.category, let amount = values.amount else {
            return nil
        }
        if !category.isTekun { values.careMode = nil }
        return ImportedRow(values: values, recordID: recordID, village: village.digits, fullName: fullName, persons: persons, amount: amount)
    }

    /// The publishable CSV for one village.
    static func csv(_ rows: [ImportedRow]) -> String {
        var text = header + "\n"
        for row in rows {
            text += writtenColumns.map { quoted(row.values[$0]?.csvText ?? "") }.joined(separator: ",") + "\n"
        }
        return text
    }

    /// RFC 4180 quoting where a field needs it.
    static func quoted(_ field: String) -> String {
        guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
