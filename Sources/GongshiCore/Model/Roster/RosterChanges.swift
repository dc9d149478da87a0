/// 新增 / 停保 / 调整 between a month and the one before it, by 记录编号.
public struct RosterChanges: Sendable, Hashable {
    /// A household present in both months whose amount, persons or village changed.
    public struct Adjustment: Sendable, Hashable {
        public let before: Household
        public let after: Household

        package init(before: Household, after: Household) {
            self.before = before
            self.after = after
        }

        public var amountChanged: Bool { before.amount != after.amount }
        public var personsChanged: Bool { before.persons != after.persons }
        public var villageChanged: Bool { before.village != after.village }
    }

    /// In this month, not in the previous one.
    public var added: [Household] = []
    /// In the previous month, not in this one (shown once, with no reason).
    public var stopped: [Household] = []
    public var adjusted: [Adjustment] = []

    public init(added: [Household] = [], stopped: [Household] = [], adjusted: [Adjustment] = []) {
        self.added = added
        self.stopped = stopped
        self.adjusted = adjusted
    }

    public var isEmpty: Bool { added.isEmpty && stopped.isEmpty && adjusted.isEmpty }

    /// Compares two months. With no previous month (the first one) there are no changes.
    /// Lists keep the order of the rosters (this month's for 新增/调整, the previous one's for 停保).
    public static func between(previous: [Household]?, current: [Household]) -> RosterChanges {
        guard let previous else { return RosterChanges() }
        // Indexes, not copies of households: the last row of each 记录编号, as before.
        var before: [String: Int] = [:]
        before.reserveCapacity(previous.count)
        for (index, household) in previous.enumerated() { before[household.recordID] = index }
        var seen = [Bool](repeating: false, count: previous.count)
        var changes = RosterChanges()
        for household in current {
            guard let index = before[household.recordID] else {
                changes.added.append(household)
                continue
            }
            seen[index] = true
            let old = previous[index]
            if old.amount != household.amount || old.persons != household.persons || old.village != household.village {
                changes.adjusted.append(Adjustment(before: old, after: household))
            }
        }
        // Stopped: every previous row whose 记录编号 does not occur this month (`seen` is set at
        // the last row of each 记录编号, so repeated rows all ask that one).
        for household in previous where !(before[household.recordID].map { seen[$0] } ?? false) {
            changes.stopped.append(household)
        }
        return changes
    }
}
