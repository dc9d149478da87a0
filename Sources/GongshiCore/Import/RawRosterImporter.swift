import Foundation

/// `gongshi import`: turns a raw roster export (with ID numbers, phones, addresses …) into
/// publishable roster CSVs, one per village. Private columns are dropped and listed, names are
/// masked, numbers normalised. The raw file itself is never copied into the site; the full names
/// it masked are kept only as salted hashes in the site's private known-names file.
public enum RawRosterImporter {
    public struct Options: Sendable {
        public var rawFile: URL
        public var month: YearMonth
        /// nil: UTF-8 when the bytes are valid UTF-8, else GB18030 (Excel on Chinese Windows).
        public var encoding: CSVEncoding?
        public var siteFolder: URL
        public var force: Bool
        /// For a workbook: the sheet to read (without it, the one sheet with a roster header).
        public var sheet: String?
        /// The name messages give the raw file (an .xls is read from its converted copy).
        public var shownName: String?

        public init(rawFile: URL, month: YearMonth, encoding: CSVEncoding?, siteFolder: URL, force: Bool,
                    sheet: String? = nil, shownName: String? = nil) {
            self.sheet = sheet
            self.shownName = shownName
            self.rawFile = rawFile
            self.month = month
            self.encoding = encoding
            self.siteFolder = siteFolder
            self.force = force
        }
    }

    public struct VillageSummary: Sendable, Equatable {
        public let code: String
        public let file: String
        public let households: Int
        public let persons: Int
        public let amount: Fen
    }

    public struct Summary: Sendable {
        /// Headers dropped, as written, with the reason (the kind of private data, or 未知列).
        public var droppedColumns: [(header: String, reason: String)]
        public var villages: [VillageSummary]
        public var totals: RosterTotals
        /// Notes that were free text and left out.
        public var droppedNotes: Int
        public var wroteMonthFile: Bool
        /// The workbook's sheet that was read, and the title rows above its header.
        public var sheet: String?
        public var titleRows = 0
        /// What the known-names file gained (`.gongshi/known-names`).
        package var knownNames: KnownNamesStore.Result
    }

    public static func run(_ options: Options, config: SiteConfig) throws(ContentErrors) -> Summary {
        let rawName = options.shownName ?? options.rawFile.lastPathComponent
        // The raw export may be anywhere (a USB stick): read under the site's limits, never a FIFO.
        let limits = config.limits
        let data: Data
        do {
            data = try InputFileReader.read(path: options.rawFile.path, displayPath: rawName, limits: limits)
        } catch {
            throw ContentErrors(error.diagnostics)
        }
        let table: RawTable
        if RawTable.isWorkbook(data, name: rawName) {
            table = try RawTable.workbook(data, name: rawName, sheet: options.sheet)
        } else {
            let encoding = options.encoding ?? (String(validating: data, as: UTF8.self) != nil ? .utf8 : .gb18030)
            table = RawTable(records: try CSVReader.read(data, encoding: encoding, file: rawName))
        }
        let records = Array(table.records.dropFirst(table.headerIndex))
        guard let header = records.first else {
            throw ContentErrors([.error(SourceLocation(file: rawName, line: 1, column: 1), Messages.rosterEmpty)])
        }
        var log = DiagnosticLog()
        var columns: [Int: RosterColumn] = [:]
        var surnameColumn: Int?
        var dropped: [(header: String, reason: String)] = []
        for (index, field) in header.fields.enumerated() {
            switch RawColumn.classify(field.text) {
            case .roster(let column):
                if columns.values.contains(column) {
                    dropped.append((field.text, Messages.importDuplicateColumn))
                } else {
                    columns[index] = column
                }
            case .surnameLength: surnameColumn = index
            case .dropped(let reason): dropped.append((field.text, reason))
            }
        }
        // An import needs 区划代码 too: it is what splits the export into village files.
        for column in RosterColumn.allCases where column.spec.requirement != .optional && !columns.values.contains(column) {
            log.error(SourceLocation(file: rawName, line: header.line, column: 1), Messages.missingHeader(column.rawValue, english: column.englishHeader))
        }
        try log.throwIfErrors()
        // A row hidden in Excel was filtered out by someone (a 停保 household?): asked about, not published.
        var refusedLines: Set<Int> = []
        for line in table.hiddenRows where line > header.line {
            log.error(SourceLocation(file: rawName, line: line, column: 1), Messages.importHiddenRow)
            refusedLines.insert(line)
        }
        // A number Excel kept only in part (an ID or card number typed as a number) in a column
        // that would be published: refused, never guessed at.
        let keptColumns = Set(columns.keys.map { header.fields[$0].column })
        for cell in table.longNumbers where cell.line > header.line && keptColumns.contains(cell.column) {
            let headerText = header.fields.first { $0.column == cell.column }?.text ?? ""
            log.error(SourceLocation(file: rawName, line: cell.line, column: cell.column), Messages.importLongNumber(header: headerText))
            refusedLines.insert(cell.line)
        }

        let scanner = PrivateValueScanner(allowedNumbers: config.officialNumbers)
        var rows: [ImportedRow] = []
        var droppedNotes = 0
        var seenIDs: [String: Int] = [:]
        for record in records.dropFirst() where !refusedLines.contains(record.line) {
            guard record.fields.count == header.fields.count else {
                log.error(SourceLocation(file: rawName, line: record.line, column: 1), Messages.fieldCount(record.fields.count, expected: header.fields.count))
                continue
            }
            var cells: [RosterColumn: CSVField] = [:]
            for (index, column) in columns { cells[column] = record.fields[index] }
            let surnameLength = surnameColumn.flatMap { RawValueNormalizer.count(record.fields[$0].text) }
            if let row = ImportedRow.parse(cells, surnameLength: surnameLength, file: rawName, header: header, columns: columns,
                                           notes: config.disclosure.notes, scanner: scanner, droppedNotes: &droppedNotes, log: &log) {
                if let line = seenIDs[row.recordID] {
                    log.error(SourceLocation(file: rawName, line: record.line, column: 1), Messages.duplicateRecordID(first: "\(rawName):\(line)"))
                    continue
                }
                seenIDs[row.recordID] = record.line
                rows.append(row)
            }
        }
        try log.throwIfErrors()
        var summary = try write(rows, options: options, config: config, dropped: dropped, droppedNotes: droppedNotes)
        summary.sheet = table.sheet
        summary.titleRows = table.titleRows
        return summary
    }

    private static func write(
        _ rows: [ImportedRow], options: Options, config: SiteConfig, dropped: [(header: String, reason: String)], droppedNotes: Int
    ) throws(ContentErrors) -> Summary {
        let relativeFolder = "content/rosters/\(options.month)"
        let folder = options.siteFolder.appendingPathComponent(relativeFolder)
        var byVillage: [String: [ImportedRow]] = [:]
        for row in rows { byVillage[row.village, default: []].append(row) }
        let codes = byVillage.keys.sorted()
        // A month folder that cannot be listed is an error, not "nothing to overwrite".
        let existing = (try SiteFiles(siteFolder: options.siteFolder, limits: config.limits).list(relativeFolder) ?? [])
            .filter { $0.hasSuffix(".csv") }
        if !existing.isEmpty, !options.force {
            throw ContentErrors([.error(SourceLocation(file: relativeFolder), Messages.importWouldOverwrite(relativeFolder, count: existing.count))])
        }
        var villages: [VillageSummary] = []
        var totals = RosterTotals()
        var contents: [(name: String, text: String)] = []
        for code in codes {
            let villageRows = byVillage[code] ?? []
            let name = "\(code).csv"
            contents.append((name, ImportedRow.csv(villageRows)))
            var villageTotals = RosterTotals()
            for row in villageRows {
                villageTotals.households += 1
                villageTotals.persons += row.persons
                villageTotals.amount += row.amount
            }
            totals = totals + villageTotals
            villages.append(VillageSummary(code: code, file: relativeFolder + "/" + name, households: villageTotals.households,
                                           persons: villageTotals.persons, amount: villageTotals.amount))
        }
        // The full names are remembered before any roster that masks them is written, so the
        // guard knows them by the time a build can see the new rosters.
        let knownNames = try KnownNamesStore.remember(rows.compactMap(\.fullName), siteFolder: options.siteFolder)
        // Write everything beside the month folder first; only then replace the old rosters, so a
        // failure part-way leaves the month as it was. Only regular .csv files are replaced, and
        // never the raw file itself should it sit in the month folder.
        let staging = folder.deletingLastPathComponent().appendingPathComponent(".import-\(options.month)-\(ProcessInfo.processInfo.processIdentifier)")
        defer { try? FileManager.default.removeItem(at: staging) }
        do {
            try FileManager.default.createDirectory(at: staging, withIntermediateDirectories: true)
            for (name, text) in contents {
                try Data(text.utf8).write(to: staging.appendingPathComponent(name))
            }
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            let raw = options.rawFile.standardizedFileURL.resolvingSymlinksInPath().path
            for name in existing {
                let url = folder.appendingPathComponent(name)
                let isRegularFile = (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true
                guard isRegularFile, url.standardizedFileURL.resolvingSymlinksInPath().path != raw else { continue }
                try FileManager.default.removeItem(at: url)
            }
            for (name, _) in contents {
                let target = folder.appendingPathComponent(name)
                if FileManager.default.fileExists(atPath: target.path) { try FileManager.default.removeItem(at: target) }
                try FileManager.default.moveItem(at: staging.appendingPathComponent(name), to: target)
            }
            let monthFile = folder.appendingPathComponent("_month.yaml")
            var wroteMonthFile = false
            if !FileManager.default.fileExists(atPath: monthFile.path) {
                try Data(monthYAML(options.month, totals: totals).utf8).write(to: monthFile, options: .atomic)
                wroteMonthFile = true
            }
            return Summary(droppedColumns: dropped, villages: villages, totals: totals, droppedNotes: droppedNotes, wroteMonthFile: wroteMonthFile,
                           knownNames: knownNames)
        } catch {
            throw ContentErrors([.error(SourceLocation(file: relativeFolder), Messages.cannotWrite(error))])
        }
    }

    /// A starting `_month.yaml`: the whole month as notice period, and the imported totals to check against.
    static func monthYAML(_ month: YearMonth, totals: RosterTotals) -> String {
        """
        # 由 gongshi import 生成：请核对公示类型、公示期、公示单位、监督电话和依据
        notice_type: 长期公示
        publish_from: \(month)-01
        publish_to: \(month)-\(String(format: "%02d", month.dayCount))
        expected_totals:
          households: \(totals.households)
          persons: \(totals.persons)
          amount: "\(totals.amount.yuanPlain)"

        """
    }
}
