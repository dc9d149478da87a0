import GongshiCore

/// `totals`: households, persons and the amount (`1,234.00`) of a village, region or month.
struct TotalsView: TemplateView {
    static let schema = ViewSchema("totals", [
        ViewField("households", .number), ViewField("persons", .number), ViewField("amount", .text),
    ])
    let totals: RosterTotals
    var values: [TemplateValue] { [.number(totals.households), .number(totals.persons), .text(YuanText.display(totals.amount))] }
}

/// `changes` of a summary row: how many households were added, stopped and adjusted, and whether
/// there was a month before to compare with (`—` otherwise).
struct ChangeCountsView: TemplateView {
    static let schema = ViewSchema("change_counts", [
        ViewField("added", .number), ViewField("stopped", .number), ViewField("adjusted", .number), ViewField("compared", .flag),
    ])
    let counts: RosterIndex.ChangeCounts
    let compared: Bool
    var values: [TemplateValue] { [.number(counts.added), .number(counts.stopped), .number(counts.adjusted), .flag(compared)] }
}

/// `notice`: the month's notice (公示类型, period, publisher, how to object, legal basis).
struct NoticeView: TemplateView {
    static let schema = ViewSchema("notice", [
        ViewField("type", .text),
        ViewField("from", DateView.type),
        ViewField("to", DateView.type),
        ViewField("days", .number),
        ViewField("publisher", .text),
        ViewField("basis", .list(.text)),
        ViewField("has_basis", .flag),
        ViewField("hotline", .text, optional: true),
        /// The hotline's `tel:` URI; `has_hotline_tel` says whether there is one.
        ViewField("hotline_tel", .text, optional: true),
        ViewField("has_hotline_tel", .flag),
        ViewField("address", .text, optional: true),
    ])
    let notice: MonthNotice
    var values: [TemplateValue] {
        let tel = notice.hotline.flatMap(TelLink.uri)
        return [.text(notice.noticeType.rawValue), DateView(date: notice.publishFrom).templateValue,
         DateView(date: notice.publishTo).templateValue, .number(notice.dayCount), .text(notice.publisher),
         .texts(notice.basis), .flag(!notice.basis.isEmpty), .optional(notice.hotline), .optional(tel), .flag(tel != nil),
         .optional(notice.address)]
    }
}

/// `previous` / `next`: a neighbouring month's name and link.
struct NeighbourView: TemplateView {
    static let schema = ViewSchema("neighbour", [ViewField("display", .text), ViewField("url", .text)])
    let display: String
    let url: String
    var values: [TemplateValue] { [.text(display), .text(url)] }
}

/// A month as the archive, the home page and month-level pages show it.
struct MonthView: TemplateView {
    static let schema = ViewSchema("month", [
        ViewField("id", .text),
        ViewField("display", .text),
        ViewField("url", .text),
        ViewField("totals", TotalsView.type),
        ViewField("village_count", .number),
        ViewField("notice", NoticeView.type),
        /// 更正说明: changes to the roster after it was published (`_month.yaml` `corrections:`).
        ViewField("corrections", .list(CorrectionView.type)),
        ViewField("has_corrections", .flag),
    ])
    let parts: MonthParts
    /// The month page, relative to the page showing this month.
    let url: String
    var values: [TemplateValue] {
        [.text(parts.id), .text(parts.display), .text(url), parts.totals, .number(parts.villageCount), parts.notice,
         parts.corrections, .flag(parts.hasCorrections)]
    }
}

/// A region's code, name and full name (`XX县XX镇XX村`).
struct RegionNameView: TemplateView {
    static let schema = ViewSchema("region_name", [
        ViewField("code", .text), ViewField("name", .text), ViewField("qualified_name", .text),
    ])
    let code: RegionCode
    let name: String
    let qualifiedName: String
    init(_ code: RegionCode, regions: RegionDirectory) {
        self.code = code
        name = regions.name(of: code)
        qualifiedName = regions.qualifiedName(of: code)
    }
    var values: [TemplateValue] { [.text(code.digits), .text(name), .text(qualifiedName)] }
}

/// A region's code and short name (the region of a print page or of a set of cards).
struct RegionView: TemplateView {
    static let schema = ViewSchema("region", [ViewField("code", .text), ViewField("name", .text)])
    let code: RegionCode
    let name: String
    var values: [TemplateValue] { [.text(code.digits), .text(name)] }
}
