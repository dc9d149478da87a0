/// 新增 / 停保 / 调整 between a month and the one before it, by 记录编号.
public struct RosterChanges: Sendable, Hashable {
    /// A household present in both months whose amount, persons or village changed.
    public struct Adjustment: Sendable, Hashable {
        public let before: Household
        public let after: Household

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
        var before: [String: Household] = [:]
        for household in previous { before[household.recordID] = household }
        var seen: Set<String> = []
        var changes = RosterChanges()
        for household in current {
            seen.insert(household.recordID)
            guard let old = before[household.recordID] else {
                changes.added.append(household)
                continue
            }
            let adjustment = Adjustment(before: old, after: household)
            if adjustment.amountChanged || adjustment.personsChanged || adjustment.villageChanged {
                changes.adjusted.append(adjustment)
            }
        }
        changes.stopped = previous.filter { !seen.contains($0.recordID) }
        return changes
    }
}
