import GongshiCore

/// A row of a summary table: a village, township or county with its totals and change counts,
/// and a link where the row has a page.
struct RegionRowView: TemplateView {
    static let fields = [
        ViewField("code", .text),
        ViewField("name", .text),
        ViewField("totals", TotalsView.type),
        ViewField("changes", ChangeCountsView.type),
        ViewField("url", .text, optional: true),
    ]
    static let schema = ViewSchema("region_row", fields)

    let code: RegionCode
    let name: String
    let totals: RosterTotals
    let changes: RosterIndex.ChangeCounts
    let compared: Bool
    let url: String?

    init(_ code: RegionCode, entry: RosterIndex.MonthEntry, regions: RegionDirectory, url: String?) {
        self.code = code
        name = regions.name(of: code)
        totals = entry.totals(of: code)
        changes = entry.changeCounts(within: code)
        compared = entry.hasPrevious
        self.url = url
    }

    var values: [TemplateValue] {
        [.text(code.digits), .text(name), TotalsView(totals: totals).templateValue,
         ChangeCountsView(counts: changes, compared: compared).templateValue, .optional(url)]
    }
}

/// A township's row on the month page, with its villages' rows.
struct MonthTownshipRowView: TemplateView {
    static let schema = ViewSchema("month_township_row", RegionRowView.fields + [
        ViewField("villages", .list(RegionRowView.type)),
    ])
    let row: RegionRowView
    let villages: [RegionRowView]
    var values: [TemplateValue] { row.values + [.views(villages)] }
}

/// A county's table on the month page: its totals row and its townships.
struct MonthCountyRowView: TemplateView {
    static let schema = ViewSchema("month_county_row", RegionRowView.fields + [
        ViewField("townships", .list(MonthTownshipRowView.type)),
    ])
    let row: RegionRowView
    let townships: [MonthTownshipRowView]
    var values: [TemplateValue] { row.values + [.views(townships)] }
}
