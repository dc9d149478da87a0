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

    package init() {}

    /// How many roster files and documents the last load took from memory (for tests and `--verbose`).
    package var reusedFiles = 0

    /// Whether `path` (relative to the site folder) is a file whose results are kept on their own:
    /// a roster CSV or the `_month.yaml` directly in a month folder (a month's memory carries its
    /// SHA-256), or a Markdown article or notice.
    package static func isPerFile(_ path: String) -> Bool {
        let lowered = path.lowercased()
        if lowered.hasPrefix("content/rosters/") && (lowered.hasSuffix(".csv") || path.hasSuffix("/" + MonthNoticeLoader.fileName)) {
            return path.split(separator: "/", omittingEmptySubsequences: false).count == 4
        }
        return (lowered.hasPrefix("content/articles/") || lowered.hasPrefix("content/notices/")) && lowered.hasSuffix(".md")
    }
}

/// One roster CSV as the loader parsed it: its rows and its own messages.
struct RosterFileMemory: Sendable {
    let sha256: String
    let encoding: CSVEncoding
    let households: [Household]
    let diagnostics: [Diagnostic]
    /// The privacy audit's findings in its rows (filled by the audit; nil until it ran on them):
    /// a month with one changed file has only that file's cells judged again.
    var privacyFindings: [Diagnostic]?
    /// Whether every row's cells are on the row's own line (their columns are then kept as three
    /// words): only such a file is kept in the load cache. Worked out once, not per save.
    let isPersistable: Bool

    init(sha256: String, encoding: CSVEncoding, households: [Household], diagnostics: [Diagnostic],
         privacyFindings: [Diagnostic]? = nil) {
        self.sha256 = sha256
        self.encoding = encoding
        self.households = households
        self.diagnostics = diagnostics
        self.privacyFindings = privacyFindings
        var persistable = true
        for index in households.indices where !households[index].hasCellsOnRowLine {
            persistable = false
            break
        }
        isPersistable = persistable
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

    package init(memory: LoadMemory, digests: [String: String]) {
        self.memory = memory
        self.digests = digests
    }
}
