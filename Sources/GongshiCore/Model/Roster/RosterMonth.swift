/// 公示类型.
public enum NoticeType: String, Sendable, Hashable, CaseIterable {
    case longTerm = "长期公示"
    case firstReview = "初审公示"
    case change = "变动公示"
}

/// Expected totals a clerk writes in `_month.yaml` to be checked against the rows.
public struct ExpectedTotals: Sendable, Hashable {
    public var households: Int?
    public var persons: Int?
    public var amount: Fen?
    public var location: SourceLocation
}

/// The notice block of a month: `_month.yaml` with defaults from `site.yaml`.
public struct MonthNotice: Sendable, Hashable {
    public var noticeType: NoticeType
    public var publishFrom: ContentDate
    public var publishTo: ContentDate
    public var publisher: String
    public var hotline: String?
    public var address: String?
    public var basis: [String]
    public var expectedTotals: ExpectedTotals?
    /// `decided:` the 审核确认 date the notice follows, and where it is written.
    public var decided: ContentDate?
    public var decidedLocation: SourceLocation?
    /// `corrections:` the changes made to the roster after it was published, oldest first.
    public var corrections: [MonthCorrection] = []
    /// `_month.yaml` (or site.yaml when the month has no file), for messages.
    public var location: SourceLocation
    /// The text of `_month.yaml`, for the privacy scan (nil without a file).
    public var sourceText: String?

    /// Days of the notice period, both ends included.
    public var dayCount: Int {
        let days = CivilCalendar.daysFromCivil(year: publishTo.year, month: publishTo.month, day: publishTo.day)
            - CivilCalendar.daysFromCivil(year: publishFrom.year, month: publishFrom.month, day: publishFrom.day)
        return Int(days) + 1
    }
}

/// A roster file as read: which villages it covers (a header-only file still covers its village).
public struct RosterFile: Sendable, Hashable {
    public var path: String
    /// The village the file is named by, or nil for a file with a 区划代码 column.
    public var namedVillage: RegionCode?
}

/// One month of rosters: `content/rosters/YYYY-MM/`.
public struct RosterMonth: Sendable {
    public var month: YearMonth
    public var notice: MonthNotice
    /// The month's rows, perhaps not decoded yet (`HouseholdRows`).
    public var rows: HouseholdRows
    public var files: [RosterFile]
    /// Villages published this month: every village with a file or a row.
    public var villages: [RegionCode]

    public init(month: YearMonth, notice: MonthNotice, households: [Household], files: [RosterFile], villages: [RegionCode]) {
        self.init(month: month, notice: notice, rows: HouseholdRows(households), files: files, villages: villages)
    }

    public init(month: YearMonth, notice: MonthNotice, rows: HouseholdRows, files: [RosterFile], villages: [RegionCode]) {
        self.month = month
        self.notice = notice
        self.rows = rows
        self.files = files
        self.villages = villages
    }

    /// The month's rows in load order (decoded on the first call when the load cache gave them:
    /// a stage that needs only their count or their villages' places asks `rows`).
    public var households: [Household] { rows.all }

    public var totals: RosterTotals { RosterTotals(households) }
}
