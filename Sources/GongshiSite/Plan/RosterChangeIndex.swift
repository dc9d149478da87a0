import GongshiCore

/// A month's 新增 / 停保 / 调整 grouped by village (新增 and 调整 where the household is now, 停保
/// where it was) as positions of rows in the month's and the previous month's arrays, which the
/// index holds anyway: each village's `RosterChanges` is made when a page asks for it (a handful
/// of rows), and the month's changes are not kept as copies of households, twice, for the whole
/// build (most of what the plan stage added to memory).
struct RosterChangeIndex: Sendable, Equatable {
    /// Where a village's changes are in the arrays below.
    struct Ranges: Sendable, Equatable {
        var added: Range<Int> = 0..<0
        var stopped: Range<Int> = 0..<0
        var adjusted: Range<Int> = 0..<0
    }

    /// Positions in the month's rows, by village, then in roster order.
    let added: [Int]
    /// Positions in the previous month's rows, by village, then in its roster order.
    let stopped: [Int]
    /// By village (of the row now), then in roster order.
    let adjusted: [RosterChangePositions.Adjusted]
    let villages: [RegionCode: Ranges]

    /// The index as kept in a month summary (`RosterMonthSummary+Bytes`); nil when a village's
    /// range lies outside its array.
    init?(added: [Int], stopped: [Int], adjusted: [RosterChangePositions.Adjusted], villages: [RegionCode: Ranges]) {
        for ranges in villages.values {
            guard ranges.added.lowerBound >= 0, ranges.added.upperBound <= added.count,
                  ranges.stopped.lowerBound >= 0, ranges.stopped.upperBound <= stopped.count,
                  ranges.adjusted.lowerBound >= 0, ranges.adjusted.upperBound <= adjusted.count else { return nil }
        }
        self.added = added
        self.stopped = stopped
        self.adjusted = adjusted
        self.villages = villages
    }

    /// - Parameters: `current` and `previous`: the rows `positions` are positions in.
    init(_ positions: RosterChangePositions, current: [Household], previous: [Household]?) {
        let before = previous ?? []
        var villages: [RegionCode: Ranges] = [:]
        added = Self.grouped(positions.added, village: { current[$0].village }) { village, range in
            villages[village, default: Ranges()].added = range
        }
        stopped = Self.grouped(positions.stopped, village: { before[$0].village }) { village, range in
            villages[village, default: Ranges()].stopped = range
        }
        adjusted = Self.grouped(positions.adjusted, village: { current[$0.after].village }) { village, range in
            villages[village, default: Ranges()].adjusted = range
        }
        self.villages = villages
    }

    /// `items` ordered by village (stably: each village's items keep their order), and each
    /// village's range in that order given to `found`.
    private static func grouped<Item>(
        _ items: [Item], village: (Item) -> RegionCode, found: (RegionCode, Range<Int>) -> Void
    ) -> [Item] {
        let keyed = items.enumerated().map { (village: village($0.element), order: $0.offset) }
            .sorted { ($0.village, $0.order) < ($1.village, $1.order) }
        var start = 0
        while start < keyed.count {
            var end = start + 1
            while end < keyed.count, keyed[end].village == keyed[start].village { end += 1 }
            found(keyed[start].village, start..<end)
            start = end
        }
        return keyed.map { items[$0.order] }
    }

    /// A village's changes, as households (`current` and `previous`: the rows of `init`).
    func changes(in village: RegionCode, current: [Household], previous: [Household]?) -> RosterChanges {
        guard let ranges = villages[village] else { return RosterChanges() }
        let before = previous ?? []
        return RosterChanges(
            added: added[ranges.added].map { current[$0] },
            stopped: stopped[ranges.stopped].map { before[$0] },
            adjusted: adjusted[ranges.adjusted].map { RosterChanges.Adjustment(before: before[$0.before], after: current[$0.after]) })
    }

    /// The month's changes in roster order, as households.
    func changes(current: [Household], previous: [Household]?) -> RosterChanges {
        var positions = RosterChangePositions()
        positions.added = added.sorted()
        positions.stopped = stopped.sorted()
        positions.adjusted = adjusted.sorted { $0.after < $1.after }
        return positions.changes(previous: previous ?? [], current: current)
    }
}
