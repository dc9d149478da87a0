/// `retention:` in `site.yaml`: how long household names stay published (个人信息保护法 第十九条:
/// personal information is kept no longer than its purpose needs).
public struct RetentionSettings: Sendable, Hashable {
    /// `names_months: N`: a month more than N months before the latest month keeps its totals,
    /// charts and change counts, but its household lists are no longer published.
    public var namesMonths: Int
    /// True when `site.yaml` does not set it: the build says the default was used.
    public var isDefault: Bool

    /// The suggested period, and the default: there is no setting that keeps names forever silently.
    public static let defaultNamesMonths = 12
    public static let namesMonthsRange = 0...600
    public static let knownKeys = ["names_months"]

    public init(namesMonths: Int = RetentionSettings.defaultNamesMonths, isDefault: Bool = true) {
        self.namesMonths = namesMonths
        self.isDefault = isDefault
    }

    /// Whether `month`'s household lists are withdrawn when `latest` is the newest roster month.
    public func withdraws(_ month: YearMonth, latest: YearMonth) -> Bool {
        latest.monthsSince(month) > namesMonths
    }
}
