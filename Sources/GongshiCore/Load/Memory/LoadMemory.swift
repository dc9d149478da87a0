/// What the load stage and the per-file audits made of each input file at a preview's last
/// rebuild, so that the next rebuild after a save parses and audits only the files whose SHA-256
/// changed. `gongshi serve` keeps it between rebuilds in memory; `gongshi build` keeps it (all but
/// the months as assembled) in the site's `.gongshi/cache/` (`LoadCache`, `LoadMemory+Bytes`).
///
/// Every result is keyed by the SHA-256 of the file it came from (the input digest taken before
/// loading). Results that also depend on other inputs (site.yaml, regions, standards, known
/// names, a month's `_month.yaml`, templates: every input that is not a roster CSV or a
/// document) are valid only under the same `fingerprint`; the caller drops the whole memory when
/// it differs.
package struct LoadMemory: Sendable {
    /// The digest of every input that is not per-file (`isPerFile`), and of the drafts setting.
    package var fingerprint: String?
    var rosterFiles: [String: RosterFileMemory] = [:]
    var months: [YearMonth: RosterMonthMemory] = [:]
    var documents: [String: DocumentMemory] = [:]
    /// The last plan's order of the documents (`gongshi build` keeps it with them; the preview
    /// keeps its last plan's lists instead).
    package var listedOrder: ListedOrder?

    package init() {}

    /// How many roster files and documents the last load took from memory (for tests and `--verbose`).
    package var reusedFiles = 0
    /// How many roster months the last load took whole because the watcher vouched that nothing
    /// in their folders changed (`LoadReuse.untouchedMonth`; for tests).
    package var untouchedMonths = 0

    /// Whether `path` (relative to the site folder) is a file whose results are kept on their own:
    /// a roster CSV or the `_month.yaml` directly in a month folder (a month's memory carries its
    /// SHA-256), or a Markdown article or notice.
    package static func isPerFile(_ path: String) -> Bool {
        // Called for every input path (24,000 at city scale) on every build: bytes compared in
        // place, ASCII letters of the prefixes and extensions in either case, nothing allocated.
        let bytes = path.utf8
        if ASCIIBytes.hasPrefix(bytes, caseInsensitive: "content/rosters/") {
            guard ASCIIBytes.hasSuffix(bytes, caseInsensitive: ".csv") || ASCIIBytes.hasSuffix(bytes, exactly: "/" + MonthNoticeLoader.fileName)
            else { return false }
            return bytes.count { $0 == UInt8(ascii: "/") } == 3
        }
        return (ASCIIBytes.hasPrefix(bytes, caseInsensitive: "content/articles/") || ASCIIBytes.hasPrefix(bytes, caseInsensitive: "content/notices/"))
            && ASCIIBytes.hasSuffix(bytes, caseInsensitive: ".md")
    }
}

/// One roster CSV as the loader parsed it: its rows and its own messages.
///
/// The rows are not a copy: they are a range of the month's own array (`rows`, the same storage
/// as `RosterMonth.households` of the load that kept them, or the array a load cache part was
/// decoded into), so that a load that remembers holds each row once. At province scale (11 M
/// rows) a second copy was gigabytes.
struct RosterFileMemory: Sendable {
    let sha256: String
    let encoding: CSVEncoding
    /// The rows this file's rows are part of (shared with other files of its month; perhaps not
    /// decoded yet, `HouseholdRows`).
    let rows: HouseholdRows
    /// Where this file's rows are in `rows`.
    let range: Range<Int>
    let diagnostics: [Diagnostic]
    /// The privacy audit's findings in its rows (filled by the audit; nil until it ran on them):
    /// a month with one changed file has only that file's cells judged again.
    var privacyFindings: [Diagnostic]?
    /// Whether every row's cells are on the row's own line (their columns are then kept as three
    /// words): only such a file is kept in the load cache. Worked out once, not per save.
    let isPersistable: Bool

    init(sha256: String, encoding: CSVEncoding, rows: HouseholdRows, range: Range<Int>, diagnostics: [Diagnostic],
         privacyFindings: [Diagnostic]? = nil) {
        let all = rows.all
        let persistable = !range.contains { !all[$0].hasCellsOnRowLine }
        self.init(sha256: sha256, encoding: encoding, rows: rows, range: range, diagnostics: diagnostics,
                  privacyFindings: privacyFindings, isPersistable: persistable)
    }

    /// The file's rows, in file order.
    var households: ArraySlice<Household> { rows.all[range] }

    /// This file's memory with its rows at `range` of `rows` (the same rows, now in another array).
    func moved(to rows: HouseholdRows, at range: Range<Int>) -> RosterFileMemory {
        RosterFileMemory(sha256: sha256, encoding: encoding, rows: rows, range: range, diagnostics: diagnostics,
                         privacyFindings: privacyFindings, isPersistable: isPersistable)
    }

    /// A file read back from the load cache (only persistable files are kept there).
    init(sha256: String, encoding: CSVEncoding, rows: HouseholdRows, range: Range<Int>, diagnostics: [Diagnostic],
         privacyFindings: [Diagnostic]?, isPersistable: Bool) {
        self.sha256 = sha256
        self.encoding = encoding
        self.rows = rows
        self.range = range
        self.diagnostics = diagnostics
        self.privacyFindings = privacyFindings
        self.isPersistable = isPersistable
    }

    /// The one set of rows these files' rows are, in this order and with nothing left over (a
    /// month kept whole, or read back from the load cache as one part); nil otherwise. A month
    /// so kept takes those rows as its own: no copy, and no decoding until a stage reads them.
    static func sharedRows(_ files: [RosterFileMemory]) -> HouseholdRows? {
        var shared: HouseholdRows?
        var next = 0
        for file in files where !file.range.isEmpty {
            guard file.range.lowerBound == next else { return nil }
            if let shared {
                guard shared === file.rows else { return nil }
            } else {
                shared = file.rows
            }
            next = file.range.upperBound
        }
        guard let shared else { return .empty }
        return next == shared.count ? shared : nil
    }
}

/// One month folder whose every CSV was unchanged: the month as loaded, and its audits' findings.
struct RosterMonthMemory: Sendable {
    /// The SHA-256 of `_month.yaml` (or that it is absent), then each CSV's path and SHA-256, in
    /// load order: the month is reused only when this is equal.
    let signature: [String]
    let month: RosterMonth?
    /// False for a month read back from the load cache (`LoadMemory+Bytes`), which keeps only its
    /// findings: the month is then assembled again from its files' kept rows.
    var monthIsKept = true
    let diagnostics: [Diagnostic]
    /// Filled by the audits (nil until they ran on this month).
    var privacyFindings: [Diagnostic]?
    var rosterFindings: [Diagnostic]?
}

/// One document as the loader parsed it, and its privacy audit's findings.
struct DocumentMemory: Sendable {
    let sha256: String
    let document: Document
    let diagnostics: [Diagnostic]
    var privacyFindings: [Diagnostic]?
}

/// What a loader may reuse: the old memory (already checked against the fingerprint) and the
/// SHA-256 of every input file now, by path relative to the site folder.
package struct LoadReuse: Sendable {
    package let memory: LoadMemory
    package let digests: [String: String]
    /// Every folder (and its parents) that holds a path the preview's watcher said may have
    /// changed since `memory` was made; nil when nobody vouches for the changes (a build, the
    /// first preview build, polling). A month folder not in it is the month `memory` holds.
    package private(set) var touchedFolders: Set<String>?

    package init(memory: LoadMemory, digests: [String: String]) {
        self.memory = memory
        self.digests = digests
    }

    /// Vouched for by the watcher (`InputChanges.only`, with `digests` the last digest updated at
    /// `changed` alone): no input outside `changed` differs from when `memory` was made.
    package mutating func onlyChanged(_ changed: Set<String>) {
        var folders = Set<String>()
        for path in changed {
            var folder = Substring(path)
            while let slash = folder.lastIndex(of: "/") {
                folder = folder[..<slash]
                guard folders.insert(String(folder)).inserted else { break }
            }
        }
        touchedFolders = folders
    }

    /// The month `memory` holds whole for `folder` when the watcher vouches that nothing in the
    /// folder changed: the same listing, the same `_month.yaml` and CSV digests, so the same
    /// signature, month and messages a full look would give.
    func untouchedMonth(_ month: YearMonth, folder: String) -> RosterMonthMemory? {
        guard let touchedFolders, !touchedFolders.contains(folder),
              let kept = memory.months[month], kept.monthIsKept,
              kept.signature.first?.hasPrefix(folder + "/" + MonthNoticeLoader.fileName + "  ") == true else { return nil }
        return kept
    }
}

extension LoadMemory {
    /// Whether this memory holds `month` whole: recorded with every CSV's SHA-256 (so each file's
    /// rows are those of the bytes the digest taken before loading describes, kept or parsed from
    /// them), and every file kept in the load cache. Only such a month gets a summary
    /// (`RosterMonthSummary`), or takes one.
    package func holdsWholeMonth(_ month: YearMonth) -> Bool {
        guard let kept = months[month] else { return false }
        // The first line is `_month.yaml`'s; each other is `path  SHA-256` of a CSV.
        for line in kept.signature.dropFirst() {
            guard line.utf8.count > 66 else { return false }
            let path = String(decoding: line.utf8.dropLast(66), as: UTF8.self)
            guard let file = rosterFiles[path], file.isPersistable else { return false }
        }
        return true
    }
}
