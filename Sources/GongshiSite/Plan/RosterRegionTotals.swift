import GongshiCore

/// A roster month's totals and change counts for every village, township and county that has rows
/// or changes (a village gone this month with its 停保 included), in columns sorted by code and
/// found by binary search: what `RosterIndex.MonthEntry` answers `totals(of:)` and
/// `changeCounts(within:)` from, and what a `RosterMonthSummary` keeps of a month for the next
/// build. Two dictionaries of 2,100 entries a month (city) were rebuilt on every build; columns
/// are taken over from a summary as they are.
struct RosterRegionTotals: Sendable, Equatable {
    /// Ascending.
    private(set) var codes: [RegionCode] = []
    private(set) var totals: [RosterTotals] = []
    private(set) var counts: [RosterIndex.ChangeCounts] = []

    init() {}

    /// From the two tables `RosterIndex.entry` fills (a region in only one of them has zeros in the other).
    init(totals byRegion: [RegionCode: RosterTotals], counts byCount: [RegionCode: RosterIndex.ChangeCounts]) {
        var all = Set(byRegion.keys)
        all.formUnion(byCount.keys)
        codes = all.sorted()
        totals = codes.map { byRegion[$0] ?? RosterTotals() }
        counts = codes.map { byCount[$0] ?? RosterIndex.ChangeCounts() }
    }

    /// Columns as read back from bytes; nil unless the codes ascend strictly and the columns agree in length.
    init?(codes: [RegionCode], totals: [RosterTotals], counts: [RosterIndex.ChangeCounts]) {
        guard codes.count == totals.count, codes.count == counts.count,
              zip(codes, codes.dropFirst()).allSatisfy({ $0 < $1 }) else { return nil }
        self.codes = codes
        self.totals = totals
        self.counts = counts
    }

    private func position(of code: RegionCode) -> Int? {
        var low = 0, high = codes.count
        while low < high {
            let middle = (low + high) / 2
            if codes[middle] < code { low = middle + 1 } else { high = middle }
        }
        return low < codes.count && codes[low] == code ? low : nil
    }

    func totals(of region: RegionCode) -> RosterTotals { position(of: region).map { totals[$0] } ?? RosterTotals() }

    func counts(within region: RegionCode) -> RosterIndex.ChangeCounts {
        position(of: region).map { counts[$0] } ?? RosterIndex.ChangeCounts()
    }
}
