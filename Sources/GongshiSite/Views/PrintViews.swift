import GongshiCore

/// `print`: paper and type for `@page` and the sheet on screen; `margin` on the cards page only.
struct PrintSettingsView: TemplateView {
    static let schema = ViewSchema("print", [
        ViewField("page_size", .text),
        ViewField("font_size", .text),
        ViewField("paper", .text),
        ViewField("orientation", .text),
        ViewField("paper_label", .text),
        ViewField("margin", .text, optional: true),
    ])
    let settings: PrintSettings
    let margin: String?
    var values: [TemplateValue] {
        [.text(settings.pageSize), .text("\(settings.fontSize)pt"), .text(settings.paper.rawValue.lowercased()),
         .text(settings.orientation.rawValue),
         .text(settings.paper.rawValue + (settings.orientation == .portrait ? " 纵向" : " 横向")), .optional(margin)]
    }
}

/// One village's notice for the notice board: header (title and basis sentence written by the
/// template from `village`, `month` and `notice`), table with totals, footer with the QR code.
/// The same object, by identity, on the village's print page and its township's.
struct PrintSheetView: Sendable {
    static let schema = ViewSchema("sheet", [
        ViewField("village", RegionNameView.type),
        ViewField("month", .text),
        ViewField("notice", NoticeView.type),
        ViewField("households", .list(HouseholdRowView.type)),
        ViewField("has_households", .flag),
        ViewField("totals", TotalsView.type),
        ViewField("online_url", .text, optional: true),
        ViewField("qr_svg", .text, optional: true),
    ])

    let object: TemplateObject

    /// - Parameter notice: the month's `NoticeView` (`MonthParts.notice`).
    init(_ entry: RosterIndex.MonthEntry, notice: TemplateValue, village: RegionCode, table: VillageMonthTable, plan: SitePlan) {
        let month = entry.month.month
        let names = RegionNameView(village, regions: plan.regions)
        let online = plan.onlineRosterURL(month, village: village)
        let qr = online.flatMap(QRCodeMatrix.encode).map { QRCodeSVG.render($0, label: "扫码查看\(names.name)网上公示") }
        object = TemplateObject(Self.schema, [
            names.templateValue, .text(month.chineseDisplay), notice,
            table.rows, .flag(table.hasRows), table.totals, .optional(online), .optional(qr),
        ], identity: table.identity)
    }
}

/// `print_village` and `print_township`: one sheet per village, each starting a new page.
/// `region`, `month` and `notice` are for the page title, which the template writes.
struct PrintPageView: PageRootView {
    static let kindFields = [
        ViewField("print", PrintSettingsView.type),
        ViewField("region", RegionView.type),
        ViewField("month", .text),
        ViewField("notice", NoticeView.type),
        ViewField("sheets", .list(.object(PrintSheetView.schema))),
        ViewField("back_url", .text, optional: true),
    ]
    static let villageSchema = rootSchema("print_village")
    static let townshipSchema = rootSchema("print_township")
    /// Both kinds have the same fields; `TemplateView` needs one.
    static var schema: ViewSchema { villageSchema }

    let common: PageCommonView
    let isTownship: Bool
    let print: PrintSettingsView
    let region: RegionView
    let month: String
    /// `NoticeView` of the month's notice.
    let notice: TemplateValue
    let sheets: [PrintSheetView]
    let backURL: String?

    var kindValues: [TemplateValue] {
        [print.templateValue, region.templateValue, .text(month), notice,
         .list(sheets.map { .object($0.object) }), .optional(backURL)]
    }

    var rootObject: TemplateObject { TemplateObject(isTownship ? Self.townshipSchema : Self.villageSchema, values) }
}

/// 明白卡: what one household receives, and whom to ask. No record number, no account number.
struct CardView: TemplateView {
    static let schema = ViewSchema("card", HouseholdRowView.schema.fields + [
        ViewField("village", .text),
        ViewField("month", .text),
        ViewField("channel", .text),
        ViewField("publisher", .text),
        ViewField("standard", .text, optional: true),
        ViewField("hotline", .text, optional: true),
    ])
    let household: HouseholdRowView
    let village: String
    let month: String
    let publisher: String
    let standard: String?
    let hotline: String?
    var values: [TemplateValue] {
        household.values + [.text(village), .text(month), .text("社保卡一卡通"), .text(publisher), .optional(standard), .optional(hotline)]
    }
}

/// `print_cards`: every household's card under a region. `region` is for the page title.
struct PrintCardsPageView: PageRootView {
    static let kindFields = [
        ViewField("print", PrintSettingsView.type),
        ViewField("region", RegionView.type),
        ViewField("cards", .list(CardView.type)),
        ViewField("has_cards", .flag),
        ViewField("card_count", .number),
        ViewField("region_name", .text),
        ViewField("month", .text),
        // print_base links back to the site; cards are printed from their own folder, never linked.
        ViewField("back_url", .text, optional: true),
    ]
    static let schema = rootSchema("print_cards")
    let common: PageCommonView
    let print: PrintSettingsView
    let region: RegionView
    let cards: [CardView]
    let regionName: String
    let month: String
    var kindValues: [TemplateValue] {
        [print.templateValue, region.templateValue, .views(cards), .flag(!cards.isEmpty), .number(cards.count),
         .text(regionName), .text(month), .absent]
    }
}
