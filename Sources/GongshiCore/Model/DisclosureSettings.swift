/// The `disclosure:` block of `site.yaml`: defaults for every month's notice and the rules the
/// roster audit applies.
public struct DisclosureSettings: Sendable {
    /// Default publisher of roster notices (else the site's publisher).
    public var publisher: String?
    /// Default objection hotline (else the first of the site's hotlines).
    public var hotline: String?
    /// Default objection address.
    public var address: String?
    /// Default basis (document titles).
    public var basis: [String] = []
    /// Default notice type.
    public var noticeType: NoticeType = .longTerm
    /// When true, a month without `publish_from`/`publish_to` is on notice for its whole calendar month.
    public var wholeMonthNoticePeriod = false
    /// Minimum days of an 初审公示.
    public var firstReviewMinimumDays = 7
    /// An amount above standard × persons × this factor is a warning. In hundredths (100 = 1.00).
    public var amountWarningPercent = 100
    /// Encoding of roster files unless a month says otherwise.
    public var encoding: CSVEncoding = .utf8
    /// Official holidays, and the weekend days worked in exchange (调休), as days since 1970-01-01:
    /// the working days between a month's `decided:` and its notice are counted with them.
    public var holidays: Set<Int64> = []
    public var workdays: Set<Int64> = []
    /// The closed list of 备注 values.
    public var notes: [String] = DisclosureSettings.defaultNotes

    public static let defaultNotes = ["新纳入", "提标", "渐退期", "单人保", "整户保", "复核", "收入变化", "人口变化"]
    /// The keys its YAML mapping may hold, in the order messages list them (from its schema).
    static var knownKeys: [String] { DisclosureSchema.schema.keys }

    public init() {}
}
