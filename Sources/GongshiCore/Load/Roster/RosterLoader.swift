import Dispatch
import Foundation

/// Reads `content/rosters/YYYY-MM/`: `_month.yaml` and every `*.csv`, one per village (named by
/// its code) or one for many villages with a 区划代码 column.
public enum RosterLoader {
    public static let folder = "content/rosters"

    /// Months in order, oldest first. Problems go to `log`; a month with errors is still returned
    /// with the rows that could be read, so that every error of every file is reported at once.
    /// A `content/rosters` that is a file or cannot be listed is an error, never "no rosters".
    package static func load(files: SiteFiles, config: SiteConfig, log: inout DiagnosticLog) -> [RosterMonth] {
        var memory: LoadMemory?
        return load(files: files, config: config, reuse: nil, remember: &memory, log: &log)
    }

    /// `load` that takes unchanged files and months from `reuse` and records what it loaded in
    /// `remember` (when not nil). The months and messages are those a load without memory gives.
    /// Each month's rows go to `spill` as soon as the month is loaded (`RowSpill`).
    package static func load(
        files: SiteFiles, config: SiteConfig, reuse: LoadReuse?, remember: inout LoadMemory?, spill: RowSpill? = nil,
        log: inout DiagnosticLog
    ) -> [RosterMonth] {
        let names: [String]
        do {
            guard let listed = try files.list(folder) else { return [] }
            names = listed
        } catch {
            log.append(contentsOf: error.diagnostics)
            return []
        }
        var folders: [(month: YearMonth, relative: String)] = []
        for name in names {
            let relative = folder + "/" + name
            let entry: SiteFiles.Entry
            do {
                entry = try files.entry(relative)
            } catch {
                log.append(contentsOf: error.diagnostics)
                continue
            }
            guard case .folder = entry else {
                // A month saved as a file would silently withdraw that month's roster.
                if entry != .missing, YearMonth(name) != nil { log.error(SourceLocation(file: relative), Messages.folderIsAFile) }
                continue
            }
            guard let month = YearMonth(name) else {
                log.error(SourceLocation(file: relative), Messages.invalidMonthFolder)
                continue
            }
            folders.append((month, relative))
        }
        // Months are independent: read them in parallel, then merge in month order.
        let slots = IndexedResults<(RosterMonth?, [Diagnostic], MonthRecall)>(count: folders.count)
        let work = folders
        // A month named by two folders is never remembered: its memory would be ambiguous.
        let once = Dictionary(grouping: folders.map(\.month), by: { $0 }).filter { $0.value.count == 1 }
        let recallable = remember != nil ? Set(once.keys) : []
        // Months the watcher vouches are untouched are taken whole, without listing the folder
        // or looking up a file (a preview's one-roster rebuild: 11 of a city's 12 months).
        let untouched = folders.map { recallable.contains($0.month) ? reuse?.untouchedMonth($0.month, folder: $0.relative) : nil }
        DispatchQueue.concurrentPerform(iterations: folders.count) { index in
            let entry = work[index]
            var monthLog = DiagnosticLog()
            var recall = MonthRecall(reuse: recallable.contains(entry.month) ? reuse : nil, recording: recallable.contains(entry.month))
            let loaded: RosterMonth?
            if let kept = untouched[index] {
                loaded = kept.month
                monthLog.append(contentsOf: kept.diagnostics)
            } else {
                loaded = loadMonth(entry.month, relative: entry.relative, files: files, config: config, recall: &recall, log: &monthLog)
            }
            if let loaded { spill?.add(loaded.rows) }
            slots.set(index, (loaded, monthLog.all, recall))
        }
        var months: [RosterMonth] = []
        let results = slots.values()
        if remember != nil, let reuse, untouched.contains(where: { $0 != nil }) {
            let kept = Self.filesOfUntouched(folders, untouched, in: reuse.memory)
            if remember?.rosterFiles.isEmpty == true { remember?.rosterFiles = kept } else { remember?.rosterFiles.merge(kept) { current, _ in current } }
        }
        // 2,000 files a month at city scale: the table sized once, not grown a month at a time.
        let rememberedFiles = (remember?.rosterFiles.count ?? 0) + results.reduce(0) { $0 + $1.2.files.count }
        remember?.rosterFiles.reserveCapacity(rememberedFiles)
        for (index, (loaded, diagnostics, recall)) in results.enumerated() {
            log.append(contentsOf: diagnostics)
            if let loaded { months.append(loaded) }
            guard remember != nil, recall.recording else { continue }
            if let kept = untouched[index] {
                remember?.reusedFiles += kept.signature.count - 1
                remember?.untouchedMonths += 1
                remember?.months[work[index].month] = kept
                continue
            }
            remember?.reusedFiles += recall.reused
            remember?.rosterFiles.merge(recall.files) { _, new in new }
            if let signature = recall.signature {
                var kept = RosterMonthMemory(signature: signature, month: loaded, diagnostics: diagnostics)
                if let old = reuse?.memory.months[work[index].month], old.signature == signature {
                    kept.privacyFindings = old.privacyFindings
                    kept.rosterFindings = old.rosterFindings
                }
                remember?.months[work[index].month] = kept
            }
        }
        return months
    }

    /// The old memory's file entries of the untouched months (`LoadReuse.untouchedMonth`): the
    /// whole table copied at once (the old memory still holds it) and the entries of other folders
    /// removed, rather than 2,000 entries a month looked up and inserted again one by one.
    private static func filesOfUntouched(
        _ folders: [(month: YearMonth, relative: String)], _ untouched: [RosterMonthMemory?], in memory: LoadMemory
    ) -> [String: RosterFileMemory] {
        var kept = memory.rosterFiles
        // Substrings, so that a path's folder is looked up without making a String of it.
        let keptFolders = Set(zip(folders, untouched).compactMap { $1 == nil ? nil : Substring($0.relative) })
        let others = kept.keys.filter { path in
            guard let slash = path.utf8.lastIndex(of: UInt8(ascii: "/")) else { return true }
            return !keptFolders.contains(path[..<slash])
        }
        for path in others { kept[path] = nil }
        return kept
    }

    /// One month's part of a load with memory: what it may reuse, and what it recorded.
    struct MonthRecall: Sendable {
        let reuse: LoadReuse?
        let recording: Bool
        /// Each CSV's path and SHA-256, when every one has a digest.
        var signature: [String]?
        var files: [String: RosterFileMemory] = [:]
        var reused = 0

        init(reuse: LoadReuse?, recording: Bool) {
            self.reuse = reuse
            self.recording = recording
        }

        static let none = MonthRecall(reuse: nil, recording: false)
    }

    static func loadMonth(_ month: YearMonth, relative: String, files: SiteFiles, config: SiteConfig, log: inout DiagnosticLog) -> RosterMonth? {
        var recall = MonthRecall.none
        return loadMonth(month, relative: relative, files: files, config: config, recall: &recall, log: &log)
    }

    /// A month folder that cannot be listed is that error alone (not "no notice period").
    static func loadMonth(
        _ month: YearMonth, relative: String, files: SiteFiles, config: SiteConfig, recall: inout MonthRecall, log: inout DiagnosticLog
    ) -> RosterMonth? {
        let csvNames: [String]
        do {
            csvNames = (try files.list(relative) ?? []).filter { $0.lowercased().hasSuffix(".csv") }
        } catch {
            log.append(contentsOf: error.diagnostics)
            return nil
        }
        if recall.recording, let digests = recall.reuse?.digests {
            let signature = csvNames.map { name -> String? in
                let path = relative + "/" + name
                return digests[path].map { path + "  " + $0 }
            }
            let notice = relative + "/" + MonthNoticeLoader.fileName
            if !signature.contains(where: { $0 == nil }) {
                recall.signature = [notice + "  " + (digests[notice] ?? "absent")] + signature.compactMap { $0 }
            }
        }
        // `_month.yaml` and every CSV as they were (and site-wide inputs unchanged: the
        // fingerprint): the month as it was loaded, without reading a file.
        if let signature = recall.signature, let reuse = recall.reuse, let old = reuse.memory.months[month], old.monthIsKept,
           old.signature == signature {
            for name in csvNames {
                let path = relative + "/" + name
                if let file = reuse.memory.rosterFiles[path] { recall.files[path] = file }
            }
            recall.reused += csvNames.count
            log.append(contentsOf: old.diagnostics)
            return old.month
        }
        let noticeResult = MonthNoticeLoader.load(month: month, files: files, relativeFolder: relative, config: config, log: &log)
        // Each file's path, SHA-256 (when recording) and kept rows (when they may be reused),
        // looked up once: the month's rows are then gathered into one array sized for them all
        // (a city's month takes 45,000 rows from 2,000 kept files; growing the array as it went
        // moved them many times).
        let paths = csvNames.map { relative + "/" + $0 }
        let digests = paths.map { recall.recording ? recall.reuse?.digests[$0] : nil }
        let keptFiles = zip(paths, digests).map { path, sha256 -> RosterFileMemory? in
            guard let sha256, let kept = recall.reuse?.memory.rosterFiles[path], kept.sha256 == sha256,
                  kept.encoding == noticeResult.encoding else { return nil }
            return kept
        }
        // Every file kept, and their rows one array in this order (the month as it was loaded,
        // or as the load cache decoded it): that array is the month's rows, not a copy.
        let allKept = keptFiles.allSatisfy { $0 != nil }
        let shared = allKept ? RosterFileMemory.sharedRows(keptFiles.compactMap { $0 }) : nil
        var households: [Household] = []
        if shared == nil { households.reserveCapacity(keptFiles.reduce(0) { $0 + ($1?.range.count ?? 0) }) }
        var rosterFiles: [RosterFile] = []
        rosterFiles.reserveCapacity(csvNames.count)
        var headerCache: [String: RosterFileParser.HeaderMeaning] = [:]
        // Rows with equal 供养方式 and 备注 share one side box across the month.
        var boxes = HouseholdExtra.Shared()
        // The files to remember, with where their rows are in `households`: their memories are
        // made once the month's array is complete, as ranges of it (each row held once).
        var remembered: [(path: String, range: Range<Int>, kept: RosterFileMemory?, parsed: (sha256: String, diagnostics: [Diagnostic])?)] = []
        for (index, name) in csvNames.enumerated() {
            let path = paths[index]
            let stem = String(name.dropLast(4))
            let namedVillage = RegionCode(stem)
            rosterFiles.append(RosterFile(path: path, namedVillage: namedVillage))
            let sha256 = digests[index]
            if let kept = keptFiles[index] {
                if shared == nil {
                    let start = households.count
                    households += kept.households
                    remembered.append((path, start..<households.count, kept, nil))
                } else {
                    recall.files[path] = kept
                }
                log.append(contentsOf: kept.diagnostics)
                recall.reused += 1
                continue
            }
            // Each file's own log, so that its messages can be kept with it.
            var fileLog = DiagnosticLog()
            let start = households.count
            do {
                let data = try files.read(path)
                let records = try CSVReader.read(data, encoding: noticeResult.encoding, file: path)
                try CellLineBreakCheck.check(records, file: path)
                RosterFileParser.parse(
                    records, path: path, namedVillage: namedVillage, headerCache: &headerCache, boxes: &boxes, into: &households,
                    log: &fileLog)
                // Kept only under the digest of the bytes parsed: a file saved again since the
                // digest was taken (and perhaps back later) is never remembered under it.
                if let sha256, SHA256.hexDigest(data) == sha256 {
                    remembered.append((path, start..<households.count, nil, (sha256, fileLog.all)))
                }
            } catch {
                // Not kept: a file that could not be read may read differently next time.
                fileLog.append(contentsOf: error.diagnostics)
            }
            log.append(contentsOf: fileLog.all)
        }
        let rows = shared ?? HouseholdRows(exactlySized(households))
        households = []
        for file in remembered {
            if let kept = file.kept {
                recall.files[file.path] = kept.moved(to: rows, at: file.range)
            } else if let parsed = file.parsed {
                recall.files[file.path] = RosterFileMemory(
                    sha256: parsed.sha256, encoding: noticeResult.encoding, rows: rows, range: file.range,
                    diagnostics: parsed.diagnostics)
            }
        }
        // A month is remembered whole only when every one of its files was.
        if recall.files.count != csvNames.count { recall.signature = nil }
        guard let notice = noticeResult.notice else { return nil }
        var villages = Set(rosterFiles.compactMap(\.namedVillage))
        // Rows come a file at a time, so in runs of one village: one insert per run (the load
        // cache keeps the runs, so rows read back from it need not be decoded for this).
        for run in rows.villageRuns { villages.insert(run.village) }
        return RosterMonth(month: month, notice: notice, rows: rows, files: rosterFiles, villages: villages.sorted())
    }

    /// `rows` in an array of exactly their count. A month's rows are appended file by file into an
    /// array that doubles as it grows, so it ends with up to twice the room it needs: at province
    /// scale (a million rows a month, 112 bytes each, held until the site is published) that slack
    /// was about 190 MB. The copy is taken once per month, when the slack is more than a sixteenth.
    static func exactlySized(_ rows: [Household]) -> [Household] {
        guard rows.capacity - rows.count > rows.count / 16 else { return rows }
        return [Household](unsafeUninitializedCapacity: rows.count) { buffer, initialized in
            initialized = rows.withUnsafeBufferPointer { buffer.initialize(fromContentsOf: $0) }
        }
    }
}
