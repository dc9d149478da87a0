/// One entry of `_month.yaml` `corrections:`: a published month's roster changed, when, why, and
/// the totals it had before (written by the clerk, as the build's error message gives them, so the
/// correction's history lives with the content and survives any rebuild).
public struct MonthCorrection: Sendable, Hashable {
    /// The day the corrected roster was published.
    public var date: ContentDate
    /// 更正原因, shown on the month's pages.
    public var reason: String
    /// The month's totals as published before this correction.
    public var before: RosterTotals
    /// Where the entry starts, for messages.
    public var location: SourceLocation

    public init(date: ContentDate, reason: String, before: RosterTotals, location: SourceLocation) {
        self.date = date
        self.reason = reason
        self.before = before
        self.location = location
    }
}
