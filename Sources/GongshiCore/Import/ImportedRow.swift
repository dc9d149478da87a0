/// One household of a raw export, cleaned for publication.
struct ImportedRow: Sendable {
    var recordID: String
    var village: String
    var headName: String
    /// The head's name as the raw export wrote it, when import masked it (never written to the
    /// roster: only its hashes go to the known-names file).
    var fullName: String?
    var persons: Int
    var householdSize: Int?
    var category: BenefitCategory
    var careMode: String?
    var amount: Fen
    var startMonth: YearMonth?
    var note: String?

    static let header = "记录编号,户主姓名,保障人数,家庭人口,保障类别,供养方式,月保障金额(元),起始月份,备注"

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
        func text(_ column: RosterColumn) -> (String, CSVField)? {
            guard let field = cells[column] else { return nil }
            let value = RawValueNormalizer.asciiDigits(field.text)
            return value.isEmpty ? nil : (value, field)
        }
        func required(_ column: RosterColumn) -> (String, CSVField)? {
            guard let value = text(column) else {
                if let field = cells[column] { log.error(at(field), Messages.emptyCell(headerText(column))) }
                return nil
            }
            return value
        }

        var recordID: String?
        if let (value, field) = required(.recordID) {
            // Any private value (a phone typed as the household's number too) stays out of the roster.
            let findings = scanner.scanRosterCell(value)
            if let finding = findings.first(where: { $0.kind == .idNumber || $0.kind == .partialIDNumber }) {
                log.error(at(field), Messages.recordIDLooksLikeIDNumber(echo: finding.maskedEcho))
            } else if let finding = findings.first {
                log.error(at(field), Messages.privateValue(finding.kind, echo: finding.maskedEcho))
            } else {
                recordID = value
            }
        }
        var village: String?
        if let (value, field) = required(.divisionCode) {
            if let code = RegionCode(value) { village = code.digits } else { log.error(at(field), Messages.invalidRegionCode(header: headerText(.divisionCode), value, line: field.line)) }
        }
        var name: String?
        var fullName: String?
        if let (value, field) = required(.headName) {
            let normalized = NameMasking.normalize(value)
            if NameMasking.isCorrectlyMasked(normalized) {
                name = normalized
            } else if let masked = NameMasking.mask(normalized, surnameLength: surnameLength) {
                name = masked
                fullName = normalized
            } else {
                log.error(at(field), Messages.importCannotMaskName(header: headerText(.headName)))
            }
        }
        var persons: Int?
        if let (value, field) = required(.persons) {
            persons = RawValueNormalizer.count(value)
            if persons == nil { log.error(at(field), Messages.invalidPersons(header: headerText(.persons), value, line: field.line)) }
        }
        var householdSize: Int?
        if let (value, field) = text(.householdSize) {
            householdSize = RawValueNormalizer.count(value)
            if householdSize == nil { log.error(at(field), Messages.invalidPersons(header: headerText(.householdSize), value, line: field.line)) }
        }
        var category: BenefitCategory?
        if let (value, field) = required(.category) {
            category = BenefitCategory(rawValue: value)
            if category == nil { log.error(at(field), Messages.invalidCategory(header: headerText(.category), line: field.line)) }
        }
        let careMode = text(.careMode).flatMap { ["分散", "集中"].contains($0.0) ? $0.0 : nil }
        var amount: Fen?
        if let (value, field) = required(.amount) {
            amount = RawValueNormalizer.amount(value)
            if amount == nil { log.error(at(field), Messages.invalidAmount(header: headerText(.amount), value, line: field.line)) }
            // A mobile typed as an amount parses as one: refused here as the build would, before the
            // summary prints it.
            if let finding = amount.flatMap({ scanner.scanRosterCell($0.yuanPlain).first }) {
                log.error(at(field), Messages.privateValue(finding.kind, echo: finding.maskedEcho))
            }
        }
        var startMonth: YearMonth?
        if let (value, field) = text(.startMonth) {
            startMonth = RawValueNormalizer.month(value)
            if startMonth == nil { log.error(at(field), Messages.invalidStartMonth(header: headerText(.startMonth), value, line: field.line)) }
        }
        var note: String?
        if let (value, _) = text(.note) {
            if notes.contains(value) { note = value } else { droppedNotes += 1 }
        }
        guard log.all.count == errorsBefore, let recordID, let village, let name, let persons, let category, let amount else {
            return nil
        }
        return ImportedRow(recordID: recordID, village: village, headName: name, fullName: fullName, persons: persons, householdSize: householdSize,
                           category: category, careMode: category.isTekun ? careMode : nil, amount: amount,
                           startMonth: startMonth, note: note)
    }

    /// The publishable CSV for one village.
    static func csv(_ rows: [ImportedRow]) -> String {
        var text = header + "\n"
        for row in rows {
            let fields = [
                row.recordID, row.headName, String(row.persons), row.householdSize.map(String.init) ?? "",
                row.category.rawValue, row.careMode ?? "", row.amount.yuanPlain, row.startMonth?.description ?? "", row.note ?? "",
            ]
            text += fields.map(quoted).joined(separator: ",") + "\n"
        }
        return text
    }

    /// RFC 4180 quoting where a field needs it.
    static func quoted(_ field: String) -> String {
        guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
