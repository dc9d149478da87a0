import GongshiCore

/// The roster months arranged for pages: households by village, totals at every level, changes
/// against the month before, and each village's history. Computed once per build.
public struct RosterIndex: Sendable {
    public struct MonthEntry: Sendable {
        public let month: RosterMonth
        /// Households per village, in roster order.
        public let householdsByVillage: [RegionCode: [Household]]
        public let totalsByRegion: [RegionCode: RosterTotals]
        public let changes: RosterChanges
        /// Whether there is a month before it to compare with.
        public let hasPrevious: Bool

        public func households(in village: RegionCode) -> [Household] { householdsByVillage[village] ?? [] }
        public func totals(of region: RegionCode) -> RosterTotals { totalsByRegion[region] ?? RosterTotals() }

        /// Villages published this month under a township or county, sorted by code.
        public func villages(within region: RegionCode) -> [RegionCode] {
            month.villages.filter { $0.ancestor(at: region.level) == region }
        }

        /// Townships (or counties) with at least one published village, sorted.
        public func regions(at level: RegionCode.Level, within parent: RegionCode? = nil) -> [RegionCode] {
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

    public init(months rosterMonths: [RosterMonth]) {
        var entries: [MonthEntry] = []
        var monthsByVillage: [RegionCode: [Int]] = [:]
        let sorted = rosterMonths.sorted { $0.month < $1.month }
        for (index, month) in sorted.enumerated() {
            var byVillage: [RegionCode: [Household]] = [:]
            for village in month.villages { byVillage[village] = [] }
            var totals: [RegionCode: RosterTotals] = [:]
            for household in month.households {
                byVillage[household.village, default: []].append(household)
                for level in [RegionCode.Level.village, .township, .county] {
                    totals[household.village.ancestor(at: level), default: RosterTotals()].add(household)
                }
            }
            for village in month.villages { monthsByVillage[village, default: []].append(index) }
            // Consecutive months only: a gap means the previous roster is not "the month before".
            let previous = index > 0 && sorted[index - 1].month == month.month.previous ? sorted[index - 1] : nil
            let changes = RosterChanges.between(previous: previous?.households, current: month.households)
            entries.append(MonthEntry(month: month, householdsByVillage: byVillage, totalsByRegion: totals,
                                      changes: changes, hasPrevious: previous != nil))
        }
        months = entries
        self.monthsByVillage = monthsByVillage
    }

    public var latest: MonthEntry? { months.last }

    /// Every village with a roster in any month, sorted.
    public var villages: [RegionCode] { monthsByVillage.keys.sorted() }
}
