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
        return RosterChangePositions.between(previous: previous, current: current).changes(previous: previous, current: current)
    }
}

/// 新增 / 停保 / 调整 between two months as positions of rows, not copies of them: a month's
/// changes are kept for every page of the build (thousands of households a month at city scale,
/// each added, stopped or adjusted household copied once for the month and once for its village
/// before), while the rows themselves are already held by the months.
package struct RosterChangePositions: Sendable, Hashable {
    /// A household in both months: its position in the previous month's rows and in this one's.
    package struct Adjusted: Sendable, Hashable {
        package let before: Int
        package let after: Int

        package init(before: Int, after: Int) {
            self.before = before
            self.after = after
        }
    }

    /// Positions in this month's rows, ascending (roster order).
    package var added: [Int] = []
    /// Positions in the previous month's rows, ascending.
    package var stopped: [Int] = []
    /// Ascending by `after`.
    package var adjusted: [Adjusted] = []

    package init() {}

    /// The changes as `RosterChanges.between` defines them, with a dictionary of 记录编号
    /// (`RosterDiff` finds the same positions faster when every 记录编号 is short ASCII).
    package static func between(previous: [Household], current: [Household]) -> RosterChangePositions {
        // The last row of each 记录编号 in the previous month, as before.
        var before: [String: Int] = [:]
        before.reserveCapacity(previous.count)
        for (index, household) in previous.enumerated() { before[household.recordID] = index }
        var seen = [Bool](repeating: false, count: previous.count)
        var positions = RosterChangePositions()
        for (position, household) in current.enumerated() {
            guard let index = before[household.recordID] else {
                positions.added.append(position)
                continue
            }
            seen[index] = true
            if RosterChanges.isAdjusted(previous[index], household) {
                positions.adjusted.append(Adjusted(before: index, after: position))
            }
        }
        // Stopped: every previous row whose 记录编号 does not occur this month (`seen` is set at
        // the last row of each 记录编号, so repeated rows all ask that one).
        for (index, household) in previous.enumerated() where !(before[household.recordID].map { seen[$0] } ?? false) {
            positions.stopped.append(index)
        }
        return positions
    }

    /// The households at these positions (`previous` and `current`: the rows they were found in).
    package func changes(previous: [Household], current: [Household]) -> RosterChanges {
        RosterChanges(
            added: added.map { current[$0] }, stopped: stopped.map { previous[$0] },
            adjusted: adjusted.map { RosterChanges.Adjustment(before: previous[$0.before], after: current[$0.after]) })
    }
}

extension RosterChanges {
    /// Whether a household present in both months counts as 调整: its amount, persons or village changed.
    package static func isAdjusted(_ before: Household, _ after: Household) -> Bool {
        before.amount != after.amount || before.persons != after.persons || before.village != after.village
    }
}
