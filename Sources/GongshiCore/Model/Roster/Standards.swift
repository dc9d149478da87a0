/// An effective-dated standard (元/人·月) for the regions under a code prefix.
public struct BenefitStandard: Sendable, Hashable {
    /// First day it applies.
    public var from: ContentDate
    /// Region code prefix (`4108`, `410829`, a whole 12-digit code …).
    public var regionPrefix: String
    public var amounts: [BenefitCategory: Fen]
    public var location: SourceLocation

    public init(from: ContentDate, regionPrefix: String, amounts: [BenefitCategory: Fen], location: SourceLocation) {
        self.from = from
        self.regionPrefix = regionPrefix
        self.amounts = amounts
        self.location = location
    }
}

/// `content/standards.yaml`: all standards, and the one that applies to a village in a month.
public struct StandardsTable: Sendable {
    public let standards: [BenefitStandard]

    public init(_ standards: [BenefitStandard]) {
        // Latest first; for the same date the longest (most specific) prefix first.
        self.standards = standards.sorted { a, b in
            if a.from != b.from { return a.from > b.from }
            if a.regionPrefix.count != b.regionPrefix.count { return a.regionPrefix.count > b.regionPrefix.count }
            return a.regionPrefix < b.regionPrefix
        }
    }

    public static let empty = StandardsTable([])

    /// The per-person amount in force on the first day of `month` for `village`'s category:
    /// the most specific prefix wins, then the latest start date.
    public func amount(for category: BenefitCategory, village: RegionCode, month: YearMonth) -> Fen? {
        let firstDay = CivilCalendar.daysFromCivil(year: month.year, month: month.month, day: 1)
        var best: BenefitStandard?
        let digits = village.digits
        for standard in standards where digits.hasPrefix(standard.regionPrefix) && standard.amounts[category] != nil {
            let start = CivilCalendar.daysFromCivil(year: standard.from.year, month: standard.from.month, day: standard.from.day)
            guard start <= firstDay else { continue }
            guard let current = best else {
                best = standard
                continue
            }
            if standard.regionPrefix.count > current.regionPrefix.count
                || (standard.regionPrefix.count == current.regionPrefix.count && standard.from > current.from) {
                best = standard
            }
        }
        return best?.amounts[category]
    }
}
