import GongshiCore

/// What the index and the page keys need of a roster month, without its rows: made once when the
/// month is indexed and keyed, kept in the load cache (`month-YYYY-MM`, `LoadCache`), so that a
/// month whose inputs, and the month before's, did not change is not diffed, totalled nor hashed
/// again (most of the plan and keys stages after one roster was saved: 11 of 12 months at city scale).
///
/// Valid only under its `key` (`RosterMonthSummary.key`): the program, the load fingerprint and
/// every input of the month's folder and of the month before it, the month before taken from the
/// folders as loaded (an empty month folder is a loaded month). A summary whose key differs is
/// not used: the month is indexed from its rows, as without one.
struct RosterMonthSummary: Sendable, Equatable {
    let month: YearMonth
    let key: Digest32
    /// The month's villages, sorted (`RosterMonth.villages`).
    let villages: [RegionCode]
    let totals: RosterTotals
    let regions: RosterRegionTotals
    let hasPrevious: Bool
    /// The month's rows: checked against the rows loaded before the summary is used.
    let rowCount: Int
    /// 新增 / 停保 / 调整 as positions in the month's and the month before's rows (load order).
    let changes: RosterChangeIndex
    let keyParts: RosterKeyParts.Month

    /// The key a summary of `month` must have to be used: `whole` is the month's
    /// `RosterKeyParts.Month.whole` (its folder's inputs, the month before and its folder's inputs).
    static func key(engine: String, fingerprint: String, whole: Digest32) -> Digest32 {
        var key = KeyBuilder(capacity: 256)
        key.add("engine", engine)
        key.add("fingerprint", fingerprint)
        key.add("whole", digest: whole)
        return key.digest32()
    }
}

/// The summaries a build may use, and what checks them: the candidates read from the load cache
/// (each already matched with the rows part it was written with), and the inputs (the digest
/// taken before loading) and fingerprint their keys are worked out from.
struct RosterMonthSummaries: Sendable {
    let candidates: [YearMonth: RosterMonthSummary]
    let engine: String
    let fingerprint: String
    /// The month folders of the inputs the keys are worked out from.
    let folders: RosterMonthFolders
    /// The months that may have a summary (nil: not decided yet): those the load holds whole
    /// (`LoadMemory.holdsWholeMonth`), whose rows are those of the inputs the keys are made of.
    var eligible: Set<YearMonth>? = nil

    /// The key a summary of `month`, with `previous` the month before it as loaded, must have;
    /// nil when the month may have none.
    func key(of month: YearMonth, previous: YearMonth?) -> Digest32? {
        guard eligible?.contains(month) ?? true else { return nil }
        return RosterMonthSummary.key(engine: engine, fingerprint: fingerprint,
                                      whole: folders.whole(of: month.description, previous: previous?.description))
    }

    /// These summaries for the months `eligible` of `months` only.
    func restricted(to months: [YearMonth], where eligible: (YearMonth) -> Bool) -> RosterMonthSummaries {
        let allowed = Set(months.filter(eligible))
        return RosterMonthSummaries(candidates: candidates.filter { allowed.contains($0.key) }, engine: engine,
                                    fingerprint: fingerprint, folders: folders, eligible: allowed)
    }

    /// The summary of `month` when its key is `key` and it describes these rows (and `previous`'s,
    /// which its 停保 and 调整 are positions in); nil otherwise.
    func matching(_ month: RosterMonth, previous: RosterMonth?, key: Digest32) -> RosterMonthSummary? {
        guard let summary = candidates[month.month], summary.key == key, summary.rowCount == month.rows.count,
              summary.villages == month.villages, summary.hasPrevious == (previous != nil) else { return nil }
        if let previous {
            // The month before's rows must be those of the digest too (a file saved since it
            // was taken is loaded as it is now), and hold every position the summary names.
            guard eligible?.contains(previous.month) ?? true else { return nil }
            let count = previous.rows.count
            guard summary.changes.stopped.allSatisfy({ $0 < count }), summary.changes.adjusted.allSatisfy({ $0.before < count }) else {
                return nil
            }
        }
        return summary
    }
}

extension RosterMonthSummary {
    /// The summaries of `index`'s months that may have one (`MonthEntry.summaryKey`), with their
    /// key parts from `parts` (made from the inputs the keys were worked out from): a month taken
    /// from its summary gives that summary back as it is.
    static func made(from index: RosterIndex, parts: RosterKeyParts) -> [RosterMonthSummary] {
        guard index.months.count == parts.months.count else { return [] }
        return zip(index.months, parts.months).compactMap { entry, part in
            guard let key = entry.summaryKey else { return nil }
            if let summary = entry.summary, summary.key == key { return summary }
            return RosterMonthSummary(month: entry.month.month, key: key, villages: entry.month.villages, totals: entry.totals,
                                      regions: entry.regions, hasPrevious: entry.hasPrevious,
                                      rowCount: entry.month.rows.count, changes: entry.changeIndex, keyParts: part)
        }
    }
}
