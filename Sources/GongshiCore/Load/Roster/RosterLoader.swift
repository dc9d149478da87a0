import Dispatch
import Foundation

/// Reads `content/rosters/YYYY-MM/`: `_month.yaml` and every `*.csv`, one per village (named by
/// its code) or one for many villages with a 区划代码 column.
public enum RosterLoader {
    public static let folder = "content/rosters"

    /// Months in order, oldest first. Problems go to `log`; a month with errors is still returned
    /// with the rows that could be read, so that every error of every file is reported at once.
    public static func load(siteFolder: URL, config: SiteConfig, log: inout DiagnosticLog) -> [RosterMonth] {
        let root = siteFolder.appendingPathComponent(folder)
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: root.path) else { return [] }
        var folders: [(month: YearMonth, url: URL, relative: String)] = []
        for name in names.sorted() where !name.hasPrefix(".") {
            let url = root.appendingPathComponent(name)
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder), isFolder.boolValue else { continue }
            let relative = folder + "/" + name
            guard let month = YearMonth(name) else {
                log.error(SourceLocation(file: relative), Messages.invalidMonthFolder)
                continue
            }
            folders.append((month, url, relative))
        }
        // Months are independent: read them in parallel, then merge in month order.
        let slots = IndexedResults<(RosterMonth?, [Diagnostic])>(count: folders.count)
        let work = folders
        DispatchQueue.concurrentPerform(iterations: folders.count) { index in
            let entry = work[index]
            var monthLog = DiagnosticLog()
            let loaded = loadMonth(entry.month, url: entry.url, relative: entry.relative, config: config, log: &monthLog)
            slots.set(index, (loaded, monthLog.all))
        }
        var months: [RosterMonth] = []
        for (loaded, diagnostics) in slots.values() {
            log.append(contentsOf: diagnostics)
            if let loaded { months.append(loaded) }
        }
        return months
    }

    static func loadMonth(_ month: YearMonth, url: URL, relative: String, config: SiteConfig, log: inout DiagnosticLog) -> RosterMonth? {
        let csvNames = ((try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? [])
            .filter { $0.lowercased().hasSuffix(".csv") && !$0.hasPrefix(".") }
            .sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
        let noticeResult = MonthNoticeLoader.load(month: month, folder: url, relativeFolder: relative, config: config, log: &log)
        var households: [Household] = []
        var files: [RosterFile] = []
        var headerCache: [String: RosterFileParser.HeaderMeaning] = [:]
        for name in csvNames {
            let path = relative + "/" + name
            let stem = String(name.dropLast(4))
            let namedVillage = RegionCode(stem)
            files.append(RosterFile(path: path, namedVillage: namedVillage))
            do {
                let data = try Data(contentsOf: url.appendingPathComponent(name))
                let records = try CSVReader.read(data, encoding: noticeResult.encoding, file: path)
                households += RosterFileParser.parse(records, path: path, namedVillage: namedVillage, headerCache: &headerCache, log: &log)
            } catch let error as ContentErrors {
                log.append(contentsOf: error.diagnostics)
            } catch {
                log.error(SourceLocation(file: path), Messages.cannotRead(error))
            }
        }
        guard let notice = noticeResult.notice else { return nil }
        var villages = Set(files.compactMap(\.namedVillage))
        for household in households { villages.insert(household.village) }
        return RosterMonth(month: month, notice: notice, households: households, files: files, villages: villages.sorted())
    }
}
