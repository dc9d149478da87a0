import Dispatch
import GongshiCore

/// The roster months arranged for pages: households by village, totals at every level, changes
/// against the month before, and each village's history. Computed once per build.
public struct RosterIndex: Sendable {
    public struct MonthEntry: Sendable {
        public let month: RosterMonth
        /// Where each village's households are in `month.households` (runs of positions, in
        /// roster order): positions, not copies, so a month's households are held once, which is
        /// what bounds memory at province scale (11 M rows).
        let householdRuns: [RegionCode: [Range<Int>]]
        /// Totals and change counts per village, township and county: computed in one pass, since
        /// summary tables need them for thousands of rows.
        let regions: RosterRegionTotals
        /// The whole month's totals.
        public let totals: RosterTotals
        /// 新增 / 停保 / 调整 per village, as positions of rows (`changes(in:)` makes a village's).
        let changeIndex: RosterChangeIndex
        /// Whether there is a month before it to compare with.
        public let hasPrevious: Bool
        /// The month's villages under each township and county, and the townships under each county
        /// (sorted): summary and print pages look these up for every row, so a city's month page
        /// does not filter 2,000 villages once per township.
        let tree: RegionTree
        /// The month before's rows this entry was compared with (the same object, not a copy):
        /// what `reused(for:previous:)` checks. Decoded only when a page reads its changes.
        let previousRows: HouseholdRows?
        /// The summary this entry was taken from (its key checked), for the key parts to take theirs.
        var summary: RosterMonthSummary? = nil
        /// The key a summary of this month has in this build (nil: the month gets none, see
        /// `RosterIndex.init`), for the build to write one.
        var summaryKey: Digest32? = nil

        /// This entry for `month` when it was made from the very same rows (the same
        /// `HouseholdRows` object, so the same contents) and villages (the same array storage: an
        /// array's storage never changes while another value shares it), with the month's other
        /// parts (its notice, its files) taken from `month`; nil otherwise.
        func reused(for month: RosterMonth, previous: RosterMonth?) -> MonthEntry? {
            guard month.rows === self.month.rows, Self.sameStorage(month.villages, self.month.villages) else { return nil }
            switch (previous?.rows, previousRows) {
            case (nil, nil): break
            case (let now?, let then?) where now === then: break
            default: return nil
            }
            return MonthEntry(month: month, householdRuns: householdRuns, regions: regions, totals: totals,
                              changeIndex: changeIndex, hasPrevious: hasPrevious, tree: tree, previousRows: previousRows)
        }

        /// Whether this entry and `other` were indexed from the very same rows and villages (the
        /// month's and the month before's rows): then every value derived from them is the same.
        func isMade(fromTheSameArraysAs other: MonthEntry) -> Bool {
            guard month.rows === other.month.rows, Self.sameStorage(month.villages, other.month.villages) else { return false }
            switch (previousRows, other.previousRows) {
            case (nil, nil): return true
            case (let now?, let then?): return now === then
            default: return false
            }
        }

        private static func sameStorage<T>(_ a: [T], _ b: [T]) -> Bool {
            guard a.count == b.count else { return false }
            if a.isEmpty { return true }
            return a.withUnsafeBufferPointer { x in b.withUnsafeBufferPointer { y in x.baseAddress == y.baseAddress } }
        }

        /// The month's changes against the month before, in roster order (made on each call).
        public var changes: RosterChanges { changeIndex.changes(current: month.households, previous: previousRows?.all) }

        /// A village's changes (made on each call: a page's handful of rows).
        public func changes(in village: RegionCode) -> RosterChanges {
            changeIndex.changes(in: village, current: month.households, previous: previousRows?.all)
        }
        public func changeCounts(within region: RegionCode) -> ChangeCounts { regions.counts(within: region) }

        /// A village's households, in roster order (copied out for the page that asks).
        public func households(in village: RegionCode) -> [Household] {
            guard let runs = householdRuns[village] else { return [] }
            if runs.count == 1, let run = runs.first { return Array(month.households[run]) }
            return runs.flatMap { month.households[$0] }
        }
        public func totals(of region: RegionCode) -> RosterTotals { regions.totals(of: region) }

        /// Villages published this month under a township or county, sorted by code.
        public func villages(within region: RegionCode) -> [RegionCode] {
            if region.level == .village { return month.villages.filter { $0 == region } }
            if region.level >= .county { return tree.villages[region] ?? [] }
            return month.villages.filter { $0.ancestor(at: region.level) == region }
        }

        /// Townships (or counties) with at least one published village, sorted.
        public func regions(at level: RegionCode.Level, within parent: RegionCode? = nil) -> [RegionCode] {
            switch (level, parent) {
            case (.township, nil): return tree.townships
            case (.county, nil): return tree.counties
            case (.township, let county?) where county.level == .county: return tree.townshipsByCounty[county] ?? []
            default: break
            }
            var codes = Set<RegionCode>()
            for village in month.villages {
                let code = village.ancestor(at: level)
                if let parent, code.ancestor(at: parent.level) != parent { continue }
                codes.insert(code)
            }
            return codes.sorted()
        }
    }

    /// Oldest first.
    public let months: [MonthEntry]
    /// For each village that ever had a roster: the indexes of the months it appears in.
    public let monthsByVillage: [RegionCode: [Int]]

    /// - Parameter earlier: the index of a preview's last rebuild: a month whose rows and villages,
    ///   and the month before's rows, are the very arrays it was made from (unchanged files the
    ///   load stage kept) takes its totals, changes and tree from there instead of computing them.
    /// - Parameter summaries: the load cache's month summaries (`RosterMonthSummary`): a month
    ///   whose summary has the key its inputs and the month before give now, and its row count
    ///   and villages, takes its totals, changes and counts from it (no diff, no totals pass).
    public init(months rosterMonths: [RosterMonth], reusing earlier: RosterIndex? = nil) {
        self.init(months: rosterMonths, reusing: earlier, summaries: nil)
    }

    init(months rosterMonths: [RosterMonth], reusing earlier: RosterIndex?, summaries: RosterMonthSummaries?) {
        var monthsByVillage: [RegionCode: [Int]] = [:]
        let sorted = rosterMonths.sorted { $0.month < $1.month }
        let kept = Dictionary(earlier?.months.map { ($0.month.month, $0) } ?? [], uniquingKeysWith: { first, _ in first })
        // Consecutive months only: a gap means the previous roster is not "the month before".
        let previous = sorted.indices.map { index in
            index > 0 && sorted[index - 1].month == sorted[index].month.previous ? sorted[index - 1] : nil
        }
        let reused = sorted.indices.map { index in kept[sorted[index].month]?.reused(for: sorted[index], previous: previous[index]) }
        let summaryKeys = sorted.indices.map { index in
            summaries?.key(of: sorted[index].month, previous: previous[index]?.month)
        }
        let summarized = sorted.indices.map { index -> RosterMonthSummary? in
            guard reused[index] == nil, let key = summaryKeys[index] else { return nil }
            return summaries?.matching(sorted[index], previous: previous[index], key: key)
        }
        // Each month's 记录编号 packed once, for its comparison with the month before and the
        // month after (only where a month is compared, not taken over), and let go after both.
        var readers = [Int](repeating: 0, count: sorted.count)
        for index in sorted.indices where reused[index] == nil && summarized[index] == nil && previous[index] != nil {
            readers[index] += 1
            readers[index - 1] += 1
        }
        let packed = PackedRecordIDSlots(readers: readers)
        // Months are independent (each reads only the month before it): index them on every core.
        let slots = IndexedResults<MonthEntry>(count: sorted.count)
        DispatchQueue.concurrentPerform(iterations: sorted.count) { index in
            if let entry = reused[index] {
                slots.set(index, entry)
            } else if let summary = summarized[index] {
                var entry = Self.entry(sorted[index], previous: previous[index], summary: summary)
                entry.summaryKey = summaryKeys[index]
                slots.set(index, entry)
            } else {
                let before = previous[index]
                let changes = before.map { before in
                    defer {
                        packed.done(index - 1)
                        packed.done(index)
                    }
                    return RosterDiff.positions(previous: before.households, current: sorted[index].households,
                                                previousKeys: packed.keys(index - 1, of: before.households),
                                                currentKeys: packed.keys(index, of: sorted[index].households))
                } ?? RosterChangePositions()
                var entry = Self.entry(sorted[index], previous: before, changes: changes)
                entry.summaryKey = summaryKeys[index]
                slots.set(index, entry)
            }
        }
        for (index, month) in sorted.enumerated() {
            for village in month.villages { monthsByVillage[village, default: []].append(index) }
        }
        months = slots.values()
        self.monthsByVillage = monthsByVillage
    }

    /// - Parameter changes: the month's changes against `previous` (`RosterDiff`).
    private static func entry(_ month: RosterMonth, previous: RosterMonth?, changes: RosterChangePositions) -> MonthEntry {
        var byVillage: [RegionCode: [Range<Int>]] = [:]
        for village in month.villages { byVillage[village] = [] }
        // Totals per village first, then summed up per township and county (sums in any order
        // are the same sums). A month's households come a village file at a time, so they are
        // taken in runs of one village: two dictionary updates per run instead of per household.
        var villageTotals: [RegionCode: RosterTotals] = [:]
        let households = month.households
        var start = households.startIndex
        while start < households.endIndex {
            let village = households[start].village
            var sums = RosterTotals()
            var end = start
            while end < households.endIndex, households[end].village == village {
                sums.add(households[end])
                end += 1
            }
            byVillage[village, default: []].append(start..<end)
            villageTotals[village, default: RosterTotals()] = villageTotals[village, default: RosterTotals()] + sums
            start = end
        }
        var totals = villageTotals
        for (village, sums) in villageTotals {
            for level in [RegionCode.Level.township, .county] {
                totals[village.ancestor(at: level), default: RosterTotals()] = totals[village.ancestor(at: level), default: RosterTotals()] + sums
            }
        }
        let counts = count(changes, current: month.households, previous: previous?.households ?? [])
        return MonthEntry(month: month, householdRuns: byVillage, regions: RosterRegionTotals(totals: totals, counts: counts),
                          totals: villageTotals.values.reduce(RosterTotals(), +),
                          changeIndex: RosterChangeIndex(changes, current: month.households, previous: previous?.households),
                          hasPrevious: previous != nil, tree: RegionTree(month.villages),
                          previousRows: previous?.rows)
    }

    /// A month's entry from its summary (key, row count and villages checked by the caller): only
    /// the runs of each village's rows are taken from the rows (`HouseholdRows.villageRuns`,
    /// which the load cache keeps: rows read back from it are not decoded for this).
    static func entry(_ month: RosterMonth, previous: RosterMonth?, summary: RosterMonthSummary) -> MonthEntry {
        var byVillage: [RegionCode: [Range<Int>]] = [:]
        byVillage.reserveCapacity(month.villages.count)
        for village in month.villages { byVillage[village] = [] }
        for run in month.rows.villageRuns { byVillage[run.village, default: []].append(run.range) }
        return MonthEntry(month: month, householdRuns: byVillage, regions: summary.regions, totals: summary.totals,
                          changeIndex: summary.changes, hasPrevious: summary.hasPrevious, tree: RegionTree(month.villages),
                          previousRows: previous?.rows, summary: summary)
    }

    public var latest: MonthEntry? { months.last }

    /// Counts of 新增 / 停保 / 调整 within a region.
    public struct ChangeCounts: Sendable, Hashable {
        public var added = 0
        public var stopped = 0
        public var adjusted = 0
    }

    /// Counts a month's changes (`current` and `previous`: the rows of its positions) for every
    /// village, township and county (新增 and 调整 where the household is now, 停保 where it was).
    static func count(
        _ changes: RosterChangePositions, current: [Household], previous: [Household]
    ) -> [RegionCode: ChangeCounts] {
        var counts: [RegionCode: ChangeCounts] = [:]
        let levels: [RegionCode.Level] = [.village, .township, .county]
        for position in changes.added {
            for level in levels { counts[current[position].village.ancestor(at: level), default: ChangeCounts()].added += 1 }
        }
        for position in changes.stopped {
            for level in levels { counts[previous[position].village.ancestor(at: level), default: ChangeCounts()].stopped += 1 }
        }
        for adjustment in changes.adjusted {
            let village = current[adjustment.after].village
            for level in levels { counts[village.ancestor(at: level), default: ChangeCounts()].adjusted += 1 }
        }
        return counts
    }

    /// A month's villages grouped by township and county, in the month's (sorted) order.
    struct RegionTree: Sendable, Equatable {
        var villages: [RegionCode: [RegionCode]] = [:]
        var townshipsByCounty: [RegionCode: [RegionCode]] = [:]
        var townships: [RegionCode] = []
        var counties: [RegionCode] = []

        init(_ monthVillages: [RegionCode]) {
            var townshipSet = Set<RegionCode>()
            var countySet = Set<RegionCode>()
            for village in monthVillages {
                let township = village.ancestor(at: .township)
                let county = village.ancestor(at: .county)
                villages[township, default: []].append(village)
                villages[county, default: []].append(village)
                townshipSet.insert(township)
                countySet.insert(county)
            }
            townships = townshipSet.sorted()
            counties = countySet.sorted()
            for township in townships { townshipsByCounty[township.ancestor(at: .county), default: []].append(township) }
        }
    }

    /// Every village with a roster in any month, sorted.
    public var villages: [RegionCode] { monthsByVillage.keys.sorted() }
}
