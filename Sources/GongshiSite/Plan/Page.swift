import GongshiCore

/// What a page shows. Render turns each kind into bytes.
public enum PageKind: Sendable, Hashable {
    case home
    case documentList(DocumentKind)
    /// The index into `SitePlan.articles` or `SitePlan.notices`.
    case document(DocumentKind, index: Int)
    case notFound
    /// `rosters/index.html`: every month.
    case rosterArchive
    /// `rosters/YYYY-MM/index.html`: county → township → village for one month (index into `RosterIndex.months`).
    case rosterMonth(month: Int)
    /// `rosters/YYYY-MM/<township>.html`.
    case rosterTownship(month: Int, township: RegionCode)
    /// `rosters/YYYY-MM/<village>.html`: the village's roster and its changes.
    case rosterVillage(month: Int, village: RegionCode)
    /// `regions/<village>.html`: a village across months.
    case regionHistory(village: RegionCode)
    /// `standards.html`.
    case standards
    /// `print/YYYY-MM/<village>.html`: the village's notice for the notice board (村务公开栏).
    case printVillage(month: Int, village: RegionCode)
    /// `print/YYYY-MM/<township>.html`: every village of the township, each starting a new sheet.
    case printTownship(month: Int, township: RegionCode)
    /// 明白卡: one card per household under a region. Print-only: never part of the site.
    case printCards(month: Int, region: RegionCode)
    case feed
    case sitemap
    case robots
}

/// One output file the site will have: where it goes and what it shows.
public struct Page: Sendable, Hashable {
    /// Path inside the output folder, `/`-separated: `articles/standards-2024.html`.
    public let outputPath: String
    public let kind: PageKind
    /// The theme template that renders it; nil for files written by code (feed, sitemap, robots).
    public let template: String?
    /// Left out of search engines (`noindex`) and of the sitemap.
    public let noindex: Bool
    /// Written by `gongshi print` into a folder of its own: it links to nothing of the site but
    /// its assets.
    public let standalone: Bool

    public init(outputPath: String, kind: PageKind, template: String?, noindex: Bool = false, standalone: Bool = false) {
        self.outputPath = outputPath
        self.kind = kind
        self.template = template
        self.noindex = noindex
        self.standalone = standalone
    }

    /// An HTML page (as opposed to feed, sitemap, robots.txt).
    public var isHTML: Bool { outputPath.hasSuffix(".html") }

    /// Listed in the sitemap: indexable HTML pages, not the 404 page.
    public var inSitemap: Bool { isHTML && !noindex && kind != .notFound }
}
