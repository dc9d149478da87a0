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
        let slots = IndexedResults<(RosterMonth?, [Diagnostic])>(count: folders.count)
        let work = folders
        DispatchQueue.concurrentPerform(iterations: folders.count) { index in
            let entry = work[index]
            var monthLog = DiagnosticLog()
            let loaded = loadMonth(entry.month, relative: entry.relative, files: files, config: config, log: &monthLog)
            slots.set(index, (loaded, monthLog.all))
        }
        var months: [RosterMonth] = []
        for (loaded, diagnostics) in slots.values() {
            log.append(contentsOf: diagnostics)
            if let loaded { months.append(loaded) }
        }
        return months
    }

    /// A month folder that cannot be listed is that error alone (not "no notice period").
    static func loadMonth(_ month: YearMonth, relative: String, files: SiteFiles, config: SiteConfig, log: inout DiagnosticLog) -> RosterMonth? {
        let csvNames: [String]
        do {
            csvNames = (try files.list(relative) ?? []).filter { $0.lowercased().hasSuffix(".csv") }
        } catch {
            log.append(contentsOf: error.diagnostics)
            return nil
        }
        let noticeResult = MonthNoticeLoader.load(month: month, files: files, relativeFolder: relative, config: config, log: &log)
        var households: [Household] = []
        var rosterFiles: [RosterFile] = []
        var headerCache: [String: RosterFileParser.HeaderMeaning] = [:]
        for name in csvNames {
            let path = relative + "/" + name
            let stem = String(name.dropLast(4))
            let namedVillage = RegionCode(stem)
            rosterFiles.append(RosterFile(path: path, namedVillage: namedVillage))
            do {
                let data = try files.read(path)
                let records = try CSVReader.read(data, encoding: noticeResult.encoding, file: path)
                try CellLineBreakCheck.check(records, file: path)
                RosterFileParser.parse(
                    records, path: path, namedVillage: namedVillage, headerCache: &headerCache, into: &households, log: &log)
            } catch {
                log.append(contentsOf: error.diagnostics)
            }
        }
        guard let notice = noticeResult.notice else { return nil }
        var villages = Set(rosterFiles.compactMap(\.namedVillage))
        for household in households { villages.insert(household.village) }
        return RosterMonth(month: month, notice: notice, households: households, files: rosterFiles, villages: villages.sorted())
    }
}
