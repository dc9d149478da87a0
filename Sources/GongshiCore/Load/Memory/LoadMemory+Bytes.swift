import Dispatch

/// The part of a `LoadMemory` that `gongshi build` keeps between builds (`LoadCache` writes it in
/// the site's `.gongshi/cache/`): the fingerprint, each roster CSV's rows, messages and privacy
/// findings, each month's audit findings (not the month as assembled: it is assembled again from
/// its files), and each document with its messages and privacy findings (`DocumentMemory+Bytes`).
/// Decoding the rows is several times cheaper than parsing the CSVs again (see ARCHITECTURE.md,
/// Incremental builds), and an unchanged month is not audited again.
extension LoadMemory {
    /// Appends the memory's bytes to `writer` (after the caller's header; `decoded` reads them
    /// back); false (nothing written) when it has no fingerprint. The cache file is made in one
    /// buffer sized beforehand, so the peak holds about one copy of it (tens of MB at city
    /// scale), not several.
    package func encode(into writer: inout MemoryByteWriter) -> Bool {
        guard let fingerprint else { return false }
        // About 60 bytes per household in a city's rosters; a guess only sizes the first buffer.
        writer.reserve(writer.bytes.count + 4096 + 64 * rosterFiles.values.reduce(0) { $0 + $1.range.count })
        writer.text(fingerprint)
        let files = rosterFiles.filter { Self.isPersisted($0.value) }
        writer.count(files.count)
        // Each file's part after its length, so that the parts can be read on every core.
        var part = MemoryByteWriter()
        for (path, file) in files {
            writer.text(path)
            part.removeAll()
            part.digest(file.sha256)
            part.byte(file.encoding == .utf8 ? 0 : 1)
            Self.write(file.diagnostics, to: &part)
            Self.write(optional: file.privacyFindings, to: &part)
            let households = file.households
            part.count(households.count)
            // Each run of one village's rows (its code and length), then the rows without their
            // village: a month read back knows its villages and their places without decoding a row.
            let runs = HouseholdRows.runs(of: households)
            part.count(runs.count)
            for run in runs {
                part.text(run.village.digits)
                part.count(run.range.count)
            }
            for household in households { Self.write(household, file: path, to: &part) }
            writer.count(part.bytes.count)
            writer.raw(part.bytes)
        }
        let audited = months.filter { Self.isPersisted($0.value) }
        // (A month's `month` and `diagnostics` are not kept: it is assembled again from its files.)
        writer.count(audited.count)
        for (month, kept) in audited {
            writer.count(month.year)
            writer.count(month.month)
            writer.count(kept.signature.count)
            for line in kept.signature { writer.text(line) }
            Self.write(optional: kept.privacyFindings, to: &writer)
            Self.write(optional: kept.rosterFindings, to: &writer)
        }
        writer.count(documents.count)
        for (_, document) in documents { document.write(to: &writer) }
        if let listedOrder {
            writer.byte(1)
            listedOrder.write(to: &writer)
        } else {
            writer.byte(0)
        }
        return true
    }

    /// The memory in `reader`'s bytes, when they are exactly what `encoded` writes.
    package static func decoded(_ reader: inout MemoryByteReader) -> LoadMemory? {
        guard let fingerprint = reader.text(limit: 64), let fileCount = reader.count() else { return nil }
        var memory = LoadMemory()
        memory.fingerprint = fingerprint
        memory.rosterFiles.reserveCapacity(fileCount)
        var parts: [(path: String, start: Int, end: Int)] = []
        parts.reserveCapacity(fileCount)
        for _ in 0..<fileCount {
            guard let path = reader.text(limit: 4096), let length = reader.count(), reader.peek(length) != nil else { return nil }
            parts.append((path, reader.offset, reader.offset + length))
            reader.skip(length)
        }
        // The files of one folder (a month) are decoded into one array, in the order the loader
        // lists them, so that the month can take that array as its rows (`RosterFileMemory.sharedRows`):
        // each row is then held once. Folders are decoded on every core.
        let folders = Dictionary(grouping: parts.indices, by: { folder(of: parts[$0].path) }).values.map { indices in
            UTF8Sort.sorted(indices) { parts[$0].path }
        }
        let results = IndexedResults<[RosterFileMemory]?>(count: folders.count)
        let whole = reader
        let ranges = parts
        let groups = Array(folders)
        DispatchQueue.concurrentPerform(iterations: groups.count) { index in
            results.set(index, readRosterFiles(groups[index].map { ranges[$0] }, from: whole))
        }
        for (group, files) in zip(groups, results.values()) {
            guard let files else { return nil }
            for (index, file) in zip(group, files) {
                guard memory.rosterFiles[parts[index].path] == nil else { return nil }
                memory.rosterFiles[parts[index].path] = file
            }
        }
        guard let monthCount = reader.count() else { return nil }
        for _ in 0..<monthCount {
            guard let year = reader.count(limit: 9999), let number = reader.count(limit: 12),
                  let month = YearMonth(year: year, month: number), memory.months[month] == nil,
                  let lineCount = reader.count() else { return nil }
            var signature: [String] = []
            for _ in 0..<lineCount {
                guard let line = reader.text(limit: 4200) else { return nil }
                signature.append(line)
            }
            guard let privacyFindings = readOptionalDiagnostics(&reader),
                  let rosterFindings = readOptionalDiagnostics(&reader) else { return nil }
            var kept = RosterMonthMemory(signature: signature, month: nil, diagnostics: [])
            kept.monthIsKept = false
            kept.privacyFindings = privacyFindings
            kept.rosterFindings = rosterFindings
            memory.months[month] = kept
        }
        guard let documentCount = reader.count() else { return nil }
        for _ in 0..<documentCount {
            guard let document = DocumentMemory.read(&reader), memory.documents[document.document.sourcePath] == nil else { return nil }
            memory.documents[document.document.sourcePath] = document
        }
        switch reader.byte() {
        case 0: break
        case 1:
            guard let order = ListedOrder.read(&reader) else { return nil }
            memory.listedOrder = order
        default: return nil
        }
        return memory
    }

    /// The folder part of a site-relative path (`content/rosters/2024-12`).
    private static func folder(of path: String) -> Substring {
        guard let slash = path.utf8.lastIndex(of: UInt8(ascii: "/")) else { return "" }
        return path[..<slash]
    }

    /// Roster files' parts (in this order), their rows one `HouseholdRows` that every file's
    /// memory shares, decoded only when a stage first reads them; nil when a part's header (its
    /// messages, row count and village runs) is not exactly what `encode` writes.
    private static func readRosterFiles(
        _ parts: [(path: String, start: Int, end: Int)], from whole: MemoryByteReader
    ) -> [RosterFileMemory]? {
        var headers: [(sha256: String, encoding: CSVEncoding, diagnostics: [Diagnostic], findings: [Diagnostic]?,
                       range: Range<Int>, rows: MemoryByteReader)] = []
        headers.reserveCapacity(parts.count)
        var runs: [HouseholdRows.VillageRun] = []
        var total = 0
        for part in parts {
            var reader = whole.part(from: part.start, to: part.end)
            guard let sha256 = reader.digest(), let encoding = reader.byte(), encoding <= 1,
                  let diagnostics = readDiagnostics(&reader), let privacyFindings = readOptionalDiagnostics(&reader),
                  let rowCount = reader.count(),
                  // Three 8-byte words a row at least: a damaged count never sizes the array.
                  rowCount <= (part.end - part.start) / 24,
                  let runCount = reader.count(limit: rowCount) else { return nil }
            var next = total
            for _ in 0..<runCount {
                guard let digits = reader.text(limit: 12), let village = RegionCode(digits),
                      let length = reader.count(limit: rowCount), length > 0 else { return nil }
                runs.append(HouseholdRows.VillageRun(village: village, range: next..<(next + length)))
                next += length
            }
            guard next - total == rowCount else { return nil }
            headers.append((sha256, encoding == 0 ? .utf8 : .gb18030, diagnostics, privacyFindings, total..<next, reader))
            total = next
        }
        let rowReaders = zip(parts, headers).map { (path: $0.path, range: $1.range, reader: $1.rows) }
        let villageRuns = runs, count = total
        let rows = HouseholdRows(count: count, villageRuns: runs) {
            decodeRows(rowReaders, count: count, villageRuns: villageRuns)
        }
        return headers.map { header in
            RosterFileMemory(
                sha256: header.sha256, encoding: header.encoding, rows: rows, range: header.range,
                diagnostics: header.diagnostics, privacyFindings: header.findings, isPersistable: true)
        }
    }

    /// The rows of a month's files, each file's rows where its header placed them, each row's
    /// village that of its run; nil when a row is not exactly what `encode` writes.
    private static func decodeRows(
        _ files: [(path: String, range: Range<Int>, reader: MemoryByteReader)], count: Int,
        villageRuns: [HouseholdRows.VillageRun]
    ) -> [Household]? {
        var households: [Household] = []
        households.reserveCapacity(count)
        // Rows with equal 供养方式 and 备注 share one side box, as when the loader parsed them.
        var boxes = HouseholdExtra.Shared()
        var runs = villageRuns.makeIterator()
        var run = runs.next()
        for file in files {
            var reader = file.reader
            for _ in file.range {
                while let current = run, current.range.upperBound <= households.count { run = runs.next() }
                guard let village = run?.village,
                      let household = readHousehold(&reader, file: file.path, village: village, boxes: &boxes) else { return nil }
                households.append(household)
            }
            guard reader.isAtEnd, households.count == file.range.upperBound else { return nil }
        }
        return households.count == count ? households : nil
    }

    /// A row without its village (the file's village runs give it).
    static func write(_ household: Household, file: String, to writer: inout MemoryByteWriter) {
        writer.text(household.recordID)
        writer.text(household.headName)
        writer.signed(Int64(household.persons))
        writer.signed(Int64(household.householdSize ?? -1))
        writer.byte(UInt8(BenefitCategory.allCases.firstIndex(of: household.category) ?? 0))
        writer.optionalText(household.careMode)
        writer.signed(household.amount.value)
        if let start = household.startMonth {
            writer.count(start.year)
            writer.count(start.month)
        } else {
            writer.count(0)
        }
        writer.optionalText(household.note)
        if household.location.file == file {
            writer.byte(0)
        } else {
            writer.byte(1)
            writer.text(household.location.file)
        }
        writer.signed(Int64(household.location.line))
        writer.signed(Int64(household.location.column))
        let columns = household.cellColumnsOnRowLine?.packed ?? (0, 0, 0)
        writer.word(columns.0)
        writer.word(columns.1)
        writer.word(columns.2)
    }

    static func readHousehold(
        _ reader: inout MemoryByteReader, file: String, village code: RegionCode, boxes: inout HouseholdExtra.Shared
    ) -> Household? {
        guard let recordID = reader.text(limit: 4096), let headName = reader.text(limit: 4096),
              let persons = reader.signed(), let size = reader.signed(), let categoryIndex = reader.byte(),
              Int(categoryIndex) < BenefitCategory.allCases.count, let careMode = reader.optionalText(),
              let amount = reader.signed(), let year = reader.count(limit: 9999) else { return nil }
        var startMonth: YearMonth?
        if year != 0 {
            guard let number = reader.count(limit: 12), let start = YearMonth(year: year, month: number) else { return nil }
            startMonth = start
        }
        guard let note = reader.optionalText(), let fileFlag = reader.byte() else { return nil }
        var locationFile = file
        if fileFlag == 1 {
            guard let other = reader.text(limit: 4096) else { return nil }
            locationFile = other
        } else if fileFlag != 0 {
            return nil
        }
        guard let line = reader.signed(), let column = reader.signed(),
              let first = reader.word(), let second = reader.word(), let third = reader.word() else { return nil }
        return Household(
            recordID: recordID, village: code, headName: headName, persons: Int(persons),
            householdSize: size < 0 ? nil : Int(size), category: BenefitCategory.allCases[Int(categoryIndex)],
            careMode: careMode, amount: Fen(value: amount), startMonth: startMonth, note: note,
            location: SourceLocation(file: locationFile, line: Int(line), column: Int(column)),
            cellColumns: RosterCellColumns(packed: (first, second, third)), boxes: &boxes)
    }

    static func write(_ diagnostics: [Diagnostic], to writer: inout MemoryByteWriter) {
        writer.count(diagnostics.count)
        for diagnostic in diagnostics {
            writer.byte(diagnostic.isError ? 1 : 0)
            writer.text(diagnostic.location.file)
            writer.signed(Int64(diagnostic.location.line))
            writer.signed(Int64(diagnostic.location.column))
            writer.text(diagnostic.code.rawValue)
            writer.text(diagnostic.message)
            writer.optionalText(diagnostic.hint)
        }
    }

    static func write(optional diagnostics: [Diagnostic]?, to writer: inout MemoryByteWriter) {
        guard let diagnostics else { return writer.byte(0) }
        writer.byte(1)
        write(diagnostics, to: &writer)
    }

    /// `.some(nil)` for findings not recorded, nil for a read that failed.
    static func readOptionalDiagnostics(_ reader: inout MemoryByteReader) -> [Diagnostic]?? {
        switch reader.byte() {
        case 0: return .some(nil)
        case 1: return readDiagnostics(&reader).map { .some($0) }
        default: return nil
        }
    }

    static func readDiagnostics(_ reader: inout MemoryByteReader) -> [Diagnostic]? {
        guard let count = reader.count() else { return nil }
        var diagnostics: [Diagnostic] = []
        for _ in 0..<count {
            guard let severity = reader.byte(), severity <= 1, let file = reader.text(), let line = reader.signed(),
                  let column = reader.signed(), let code = reader.text(limit: 16).flatMap(MessageCode.init(rawValue:)),
                  let text = reader.text(), let hint = reader.optionalText() else { return nil }
            let location = SourceLocation(file: file, line: Int(line), column: Int(column))
            diagnostics.append(Diagnostic(alreadyMasked: severity == 1 ? .error : .warning, location, code: code, message: text, hint: hint))
        }
        return diagnostics
    }
}
