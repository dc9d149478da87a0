import GongshiCore

/// A retired code shown under the code that replaced it: its name, and its history page when it
/// has one (its months before the merger).
///
/// Each optional URL comes with a flag, and templates test the flag: a section on an absent field
/// would look the name up in the enclosing view and link the village (or township) it is listed
/// under instead.
struct RetiredRegionView: TemplateView {
    static let schema = ViewSchema("retired_region", [
        ViewField("code", .text), ViewField("name", .text), ViewField("history_url", .text, optional: true),
        ViewField("has_history", .flag),
    ])
    let code: RegionCode
    let name: String
    let historyURL: String?
    var values: [TemplateValue] { [.text(code.digits), .text(name), .optional(historyURL), .flag(historyURL != nil)] }
}

/// A village of the directory: where its latest roster and its history are, and what the filter
/// box matches (`search`: its name, its township's and the names merged into it).
struct DirectoryVillageView: TemplateView {
    static let schema = ViewSchema("directory_village", [
        ViewField("code", .text),
        ViewField("name", .text),
        ViewField("search", .text),
        ViewField("roster_url", .text, optional: true),
        ViewField("has_roster", .flag),
        ViewField("month", .text, optional: true),
        ViewField("history_url", .text, optional: true),
        ViewField("has_history", .flag),
        ViewField("retired", .list(RetiredRegionView.type)),
        ViewField("has_retired", .flag),
    ])
    let code: RegionCode
    let name: String
    let search: String
    let rosterURL: String?
    let month: String?
    let historyURL: String?
    let retired: [RetiredRegionView]
    var values: [TemplateValue] {
        [.text(code.digits), .text(name), .text(search), .optional(rosterURL), .flag(rosterURL != nil), .optional(month),
         .optional(historyURL), .flag(historyURL != nil), .views(retired), .flag(!retired.isEmpty)]
    }
}

/// A township of the directory with its villages.
struct DirectoryTownshipView: TemplateView {
    static let schema = ViewSchema("directory_township", [
        ViewField("code", .text),
        ViewField("name", .text),
        ViewField("roster_url", .text, optional: true),
        ViewField("has_roster", .flag),
        ViewField("month", .text, optional: true),
        ViewField("villages", .list(DirectoryVillageView.type)),
        ViewField("village_count", .number),
        ViewField("retired", .list(RetiredRegionView.type)),
        ViewField("has_retired", .flag),
    ])
    let code: RegionCode
    let name: String
    let rosterURL: String?
    let month: String?
    let villages: [DirectoryVillageView]
    let retired: [RetiredRegionView]
    var values: [TemplateValue] {
        [.text(code.digits), .text(name), .optional(rosterURL), .flag(rosterURL != nil), .optional(month), .views(villages),
         .number(villages.count),
         .views(retired), .flag(!retired.isEmpty)]
    }
}

/// A county of the directory (a heading only when the site has several).
struct DirectoryCountyView: TemplateView {
    static let schema = ViewSchema("directory_county", [
        ViewField("code", .text), ViewField("name", .text), ViewField("townships", .list(DirectoryTownshipView.type)),
    ])
    let code: RegionCode
    let name: String
    let townships: [DirectoryTownshipView]
    var values: [TemplateValue] { [.text(code.digits), .text(name), .views(townships)] }
}

/// `regions/index.html`: the village directory (村庄查询).
struct RegionDirectoryPageView: PageRootView {
    static let kindFields = [
        ViewField("counties", .list(DirectoryCountyView.type)),
        ViewField("several_counties", .flag),
        /// 2, or 3 under county headings when there are several counties.
        ViewField("township_heading", .number),
        ViewField("village_count", .number),
        ViewField("township_count", .number),
    ]
    static let schema = rootSchema("region_directory")
    let common: PageCommonView
    let counties: [DirectoryCountyView]
    var kindValues: [TemplateValue] {
        let townships = counties.flatMap(\.townships)
        return [.views(counties), .flag(counties.count > 1), .number(counties.count > 1 ? 3 : 2), .number(townships.reduce(0) { $0 + $1.villages.count }),
                .number(townships.count)]
    }
}
