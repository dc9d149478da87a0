import GongshiCore

/// `roster_archive`: every month, newest first.
struct RosterArchivePageView: PageRootView {
    static let kindFields = [
        ViewField("months", .list(MonthView.type)), ViewField("has_months", .flag),
        ViewField("pagination", PaginationView.type, optional: true),
        /// `rosters/totals.csv`: every month's totals by region.
        ViewField("csv_url", .text),
    ]
    static let schema = rootSchema("roster_archive")
    let common: PageCommonView
    let months: [MonthView]
    let pagination: PaginationView?
    let csvURL: String
    var kindValues: [TemplateValue] { [.views(months), .flag(!months.isEmpty), .optional(pagination), .text(csvURL)] }
}

/// `roster_month`: county → township → village totals of one month.
struct RosterMonthPageView: PageRootView {
    static let kindFields = [
        ViewField("previous", NeighbourView.type, optional: true),
        ViewField("next", NeighbourView.type, optional: true),
        ViewField("month", MonthView.type),
        ViewField("counties", .list(MonthCountyRowView.type)),
        /// `totals.csv` of the month: its totals by region.
        ViewField("csv_url", .text),
    ]
    static let schema = rootSchema("roster_month")
    let common: PageCommonView
    let previous: NeighbourView?
    let next: NeighbourView?
    let month: MonthView
    let counties: [MonthCountyRowView]
    let csvURL: String
    var kindValues: [TemplateValue] {
        [.optional(previous), .optional(next), month.templateValue, .views(counties), .text(csvURL)]
    }
}

/// `roster_township`: a township's villages for one month.
struct RosterTownshipPageView: PageRootView {
    static let kindFields = [
        ViewField("month", MonthView.type),
        ViewField("township", RegionRowView.type),
        ViewField("villages", .list(RegionRowView.type)),
        ViewField("qualified_name", .text),
        /// The township's print page; none when the month's names are withdrawn (`has_print`).
        ViewField("print_url", .text, optional: true),
        ViewField("has_print", .flag),
        ViewField("county_name", .text),
    ] + RegionNoticeView.fields
    static let schema = rootSchema("roster_township")
    let common: PageCommonView
    let month: MonthView
    let township: RegionRowView
    let villages: [RegionRowView]
    let qualifiedName: String
    let printURL: String?
    let countyName: String
    var regionNotices: [RegionNoticeView] = []
    var kindValues: [TemplateValue] {
        [month.templateValue, township.templateValue, .views(villages), .text(qualifiedName), .optional(printURL),
         .flag(printURL != nil), .text(countyName)]
            + RegionNoticeView.values(regionNotices)
    }
}

/// `roster_village`: a village's roster for one month, its totals and 本月变动.
struct RosterVillagePageView: PageRootView {
    /// The village with the links of its page.
    struct Village: TemplateView {
        static let schema = ViewSchema("roster_village", RegionNameView.schema.fields + [
            ViewField("history_url", .text),
            /// The print page; none when the month's names are withdrawn (`has_print`).
            ViewField("print_url", .text, optional: true), ViewField("has_print", .flag),
            /// The households as CSV, with `open_data: {households: true}` only, while named.
            ViewField("csv_url", .text, optional: true), ViewField("has_csv", .flag),
        ])
        let names: RegionNameView
        let historyURL: String
        let printURL: String?
        let csvURL: String?
        var values: [TemplateValue] {
            names.values + [.text(historyURL), .optional(printURL), .flag(printURL != nil), .optional(csvURL), .flag(csvURL != nil)]
        }
    }

    /// The village's township: name and month page.
    struct Township: TemplateView {
        static let schema = ViewSchema("roster_village_township", [ViewField("name", .text), ViewField("url", .text)])
        let name: String
        let url: String
        var values: [TemplateValue] { [.text(name), .text(url)] }
    }

    static let kindFields = [
        ViewField("month", MonthView.type),
        ViewField("notice", NoticeView.type),
        ViewField("village", Village.type),
        ViewField("township", Township.type),
        /// Empty when the month's names are withdrawn (`names_withdrawn`: `totals` still holds).
        ViewField("households", .list(HouseholdRowView.type)),
        ViewField("has_households", .flag),
        /// The month is older than `retention.names_months` allows: no names, totals only.
        ViewField("names_withdrawn", .flag),
        ViewField("retention_months", .number),
        ViewField("totals", TotalsView.type),
        ViewField("changes", VillageChangesView.type),
        ViewField("previous", NeighbourView.type, optional: true),
        ViewField("next", NeighbourView.type, optional: true),
    ] + RegionNoticeView.fields
    static let schema = rootSchema("roster_village")
    let common: PageCommonView
    let month: MonthView
    let village: Village
    let township: Township
    /// Shared with the village's printed sheet.
    let table: VillageMonthTable
    let changes: VillageChangesView
    let previous: NeighbourView?
    let next: NeighbourView?
    let retentionMonths: Int
    var regionNotices: [RegionNoticeView] = []

    var kindValues: [TemplateValue] {
        [month.templateValue, month.parts.notice, village.templateValue,
         township.templateValue, table.rows, .flag(table.hasRows), .flag(table.withdrawn), .number(retentionMonths),
         table.totals, changes.templateValue,
         .optional(previous), .optional(next)] + RegionNoticeView.values(regionNotices)
    }
}

/// `region_history`: a village across months, with two inline SVG charts.
struct RegionHistoryPageView: PageRootView {
    /// One month of the village's history table.
    struct Month: TemplateView {
        static let schema = ViewSchema("history_month", [
            ViewField("display", .text), ViewField("url", .text), ViewField("totals", TotalsView.type),
        ])
        let display: String
        let url: String
        let totals: RosterTotals
        var values: [TemplateValue] { [.text(display), .text(url), TotalsView(totals: totals).templateValue] }
    }

    /// The region the village's code now belongs to, when the code was retired.
    struct Successor: TemplateView {
        static let schema = ViewSchema("successor", [
            ViewField("code", .text), ViewField("name", .text), ViewField("url", .text, optional: true),
        ])
        let code: RegionCode
        let name: String
        let url: String?
        var values: [TemplateValue] { [.text(code.digits), .text(name), .optional(url)] }
    }

    static let kindFields = [
        ViewField("village", RegionNameView.type),
        ViewField("months", .list(Month.type)),
        ViewField("households_chart", .text),
        ViewField("amount_chart", .text),
        ViewField("successor", Successor.type, optional: true),
    ] + RegionNoticeView.fields
    static let schema = rootSchema("region_history")
    let common: PageCommonView
    let village: RegionNameView
    /// Newest first.
    let months: [Month]
    let householdsChart: String
    let amountChart: String
    let successor: Successor?
    var regionNotices: [RegionNoticeView] = []
    var kindValues: [TemplateValue] {
        [village.templateValue, .views(months), .text(householdsChart), .text(amountChart), .optional(successor)]
            + RegionNoticeView.values(regionNotices)
    }
}

/// `standards`: the standards table.
struct StandardsPageView: PageRootView {
    /// One standard: from when, where, and the four amounts (`—` where not set).
    struct Row: TemplateView {
        static let schema = ViewSchema("standard", [
            ViewField("from", DateView.type),
            ViewField("region", .text),
            ViewField("region_name", .text),
            ViewField("urban_dibao", .text),
            ViewField("rural_dibao", .text),
            ViewField("urban_tekun", .text),
            ViewField("rural_tekun", .text),
        ])
        let from: ContentDate
        let region: String
        let regionName: String
        /// In `BenefitCategory.allCases` order, as the schema's last four fields.
        let amounts: [String]
        var values: [TemplateValue] {
            [DateView(date: from).templateValue, .text(region), .text(regionName)] + amounts.map(TemplateValue.text)
        }
    }

    static let kindFields = [ViewField("standards", .list(Row.type))]
    static let schema = rootSchema("standards")
    let common: PageCommonView
    let standards: [Row]
    var kindValues: [TemplateValue] { [.views(standards)] }
}

/// `404`: nothing but the common fields.
struct NotFoundPageView: PageRootView {
    static let kindFields: [ViewField] = []
    static let schema = rootSchema("404")
    let common: PageCommonView
    var kindValues: [TemplateValue] { [] }
}
