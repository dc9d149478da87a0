import GongshiCore

/// What a page shows. Render turns each kind into bytes.
public enum PageKind: Sendable, Hashable {
    case home
    /// `articles/index.html` (page 1), `articles/page/2.html`, …: `SitePlan.pageSize` documents a page.
    case documentList(DocumentKind, page: Int)
    /// The index into `SitePlan.articles` or `SitePlan.notices`.
    case document(DocumentKind, index: Int)
    case notFound
    /// `rosters/index.html` (page 1), `rosters/page/2.html`, …: the months, newest first.
    case rosterArchive(page: Int)
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
    /// `regions/index.html`: every current township and village, each linking to its latest roster
    /// page and its history (村庄查询).
    case regionDirectory
    /// `supervision.html`: how to report and object (监督举报), linked from every page's footer.
    case supervision
    /// `search.html`: the site search (only with `search: true` or `build --search`; Pagefind).
    case search
    /// `print/YYYY-MM/<village>.html`: the village's notice for the notice board (村务公开栏).
    case printVillage(month: Int, village: RegionCode)
    /// `print/YYYY-MM/<township>.html`: every village of the township, each starting a new sheet.
    case printTownship(month: Int, township: RegionCode)
    /// 明白卡: one card per household under a region. Print-only: never part of the site.
    case printCards(month: Int, region: RegionCode)
    /// `rosters/YYYY-MM/totals.csv`: the month's totals by region (open data).
    case rosterTotals(month: Int)
    /// `rosters/totals.csv`: every month's totals by region.
    case rosterTotalsAll
    /// `rosters/YYYY-MM/<village>.csv`: the village's households as its page shows them, only
    /// with `open_data: {households: true}`.
    case rosterHouseholds(month: Int, village: RegionCode)
    case feed
    case sitemap
    case robots
}

/// One output file the site will have: where it goes and what it shows.
///
/// A province plan holds a million pages until the site is published, so a page stores only its
/// kind, the calendar month of a month's page and whether it is standalone (`MemoryLayout<Page>.stride`
/// is pinned by `PageLayoutTests` at 40 bytes; it was 64 plus a 64–80-byte heap path). Its path,
/// template and `noindex` follow from those, as `SitePlan`'s path functions give them; only a
/// document's path (from its slug) is stored. The render stage formats a page's path once
/// (`keepingPath()`) for the many links it works out from it.
public struct Page: Sendable, Hashable {
    public let kind: PageKind
    /// Written by `gongshi print` into a folder of its own: it links to nothing of the site but
    /// its assets.
    public let standalone: Bool
    /// The calendar month of a month's page (`kind` holds only its position in the index); 0 otherwise.
    private let monthNumber: UInt8
    private let year: UInt16
    /// A document's path, or a path formatted once by `keepingPath()`; nil: worked out from `kind`.
    private let keptPath: String?

    private init(_ kind: PageKind, month: YearMonth? = nil, standalone: Bool = false, path: String? = nil) {
        self.kind = kind
        self.standalone = standalone
        self.monthNumber = month.map { UInt8(truncatingIfNeeded: $0.month) } ?? 0
        self.year = month.map { UInt16(truncatingIfNeeded: $0.year) } ?? 0
        self.keptPath = path
    }

    public static let home = Page(.home)
    /// Page `page` (1: the list's index) of a document list.
    public static func documentList(_ kind: DocumentKind, page: Int = 1) -> Page { Page(.documentList(kind, page: page)) }
    /// A document's page at `index` of the plan's articles or notices, at `SitePlan.outputPath(of:)`.
    public static func document(_ kind: DocumentKind, index: Int, path: String) -> Page {
        Page(.document(kind, index: index), path: path)
    }
    public static let notFound = Page(.notFound)
    public static let rosterArchive = Page(.rosterArchive(page: 1))
    public static func rosterArchive(page: Int) -> Page { Page(.rosterArchive(page: page)) }
    public static let standards = Page(.standards)
    public static let regionDirectory = Page(.regionDirectory)
    public static let supervision = Page(.supervision)
    public static let search = Page(.search)
    public static let feed = Page(.feed)
    public static let sitemap = Page(.sitemap)
    public static let robots = Page(.robots)
    /// `position` is the month's place in `RosterIndex.months`, `month` the month there.
    public static func rosterMonth(_ position: Int, _ month: YearMonth) -> Page {
        Page(.rosterMonth(month: position), month: month)
    }
    public static func rosterTownship(_ position: Int, _ month: YearMonth, township: RegionCode) -> Page {
        Page(.rosterTownship(month: position, township: township), month: month)
    }
    public static func rosterVillage(_ position: Int, _ month: YearMonth, village: RegionCode) -> Page {
        Page(.rosterVillage(month: position, village: village), month: month)
    }
    public static func regionHistory(_ village: RegionCode) -> Page { Page(.regionHistory(village: village)) }
    public static func printVillage(_ position: Int, _ month: YearMonth, village: RegionCode, standalone: Bool = false) -> Page {
        Page(.printVillage(month: position, village: village), month: month, standalone: standalone)
    }
    public static func printTownship(_ position: Int, _ month: YearMonth, township: RegionCode, standalone: Bool = false) -> Page {
        Page(.printTownship(month: position, township: township), month: month, standalone: standalone)
    }
    public static func rosterTotals(_ position: Int, _ month: YearMonth) -> Page {
        Page(.rosterTotals(month: position), month: month)
    }
    public static let rosterTotalsAll = Page(.rosterTotalsAll)
    public static func rosterHouseholds(_ position: Int, _ month: YearMonth, village: RegionCode) -> Page {
        Page(.rosterHouseholds(month: position, village: village), month: month)
    }
    /// 明白卡 pages are always standalone.
    public static func printCards(_ position: Int, _ month: YearMonth, region: RegionCode) -> Page {
        Page(.printCards(month: position, region: region), month: month, standalone: true)
    }

    /// The calendar month of a month's page (as given when the page was made).
    private var month: YearMonth? { YearMonth(year: Int(year), month: Int(monthNumber)) }

    /// Whether this page's path begins with the same folder as `other`'s, known without
    /// formatting either path: true only for two pages of one month-and-region kind (or two
    /// region histories) with the same month and standalone flag, whose paths differ only past
    /// that folder (`rosters/2026-11/…`, `print/2026-11/…`, `2026-11/…`, `regions/…`).
    func sharesTopFolder(with other: Page) -> Bool {
        guard keptPath == nil, other.keptPath == nil, standalone == other.standalone, year == other.year,
              monthNumber == other.monthNumber else { return false }
        switch (kind, other.kind) {
        case (.rosterTownship, .rosterTownship), (.rosterVillage, .rosterVillage), (.regionHistory, .regionHistory),
             (.printVillage, .printVillage), (.printTownship, .printTownship), (.printCards, .printCards),
             (.rosterHouseholds, .rosterHouseholds):
            return true
        default:
            return false
        }
    }

    /// Path inside the output folder, `/`-separated: `articles/standards-2024.html`.
    public var outputPath: String {
        if let keptPath { return keptPath }
        switch kind {
        case .home: return SitePlan.homePath
        case .documentList(let kind, let page): return SitePlan.listPath(of: kind, page: page)
        case .document: return ""  // always made with its path
        case .notFound: return SitePlan.notFoundPath
        case .rosterArchive(let page): return SitePlan.rosterArchivePath(page: page)
        case .rosterMonth: return month.map(SitePlan.rosterMonthPath) ?? ""
        case .rosterTownship(_, let region), .rosterVillage(_, let region):
            return month.map { SitePlan.rosterPath($0, region: region) } ?? ""
        case .regionHistory(let village): return SitePlan.regionHistoryPath(village)
        case .standards: return SitePlan.standardsPath
        case .regionDirectory: return SitePlan.regionDirectoryPath
        case .supervision: return SitePlan.supervisionPath
        case .search: return SitePlan.searchPath
        case .printVillage(_, let region), .printTownship(_, let region):
            return month.map { SitePlan.printPath($0, region: region, standalone: standalone) } ?? ""
        case .printCards(_, let region): return month.map { SitePlan.cardsPath($0, region: region) } ?? ""
        case .rosterTotals: return month.map(SitePlan.rosterTotalsPath) ?? ""
        case .rosterTotalsAll: return SitePlan.rosterTotalsAllPath
        case .rosterHouseholds(_, let village): return month.map { SitePlan.rosterHouseholdsPath($0, village: village) } ?? ""
        case .feed: return SitePlan.feedPath
        case .sitemap: return SitePlan.sitemapPath
        case .robots: return SitePlan.robotsPath
        }
    }

    /// The theme template that renders it; nil for files written by code (feed, sitemap, robots,
    /// the open-data CSVs).
    public var template: String? {
        switch kind {
        case .home: "home"
        case .documentList(.article, _): "article_list"
        case .documentList(.notice, _): "notice_list"
        case .document(.article, _): "article"
        case .document(.notice, _): "notice"
        case .notFound: "404"
        case .rosterArchive: "roster_archive"
        case .rosterMonth: "roster_month"
        case .rosterTownship: "roster_township"
        case .rosterVillage: "roster_village"
        case .regionHistory: "region_history"
        case .standards: "standards"
        case .regionDirectory: "region_directory"
        case .supervision: "supervision"
        case .search: "search"
        case .printVillage: "print_village"
        case .printTownship: "print_township"
        case .printCards: "print_cards"
        case .feed, .sitemap, .robots, .rosterTotals, .rosterTotalsAll, .rosterHouseholds: nil
        }
    }

    /// Left out of search engines (`noindex`) and of the sitemap: the 404 page, the search page
    /// (its results are the other pages) and every roster, region history and notice-board page (the village directory names only places: indexed).
    /// The open-data CSVs are in `rosters/`, which `robots.txt` keeps crawlers out of.
    public var noindex: Bool {
        switch kind {
        case .home, .documentList, .document, .standards, .regionDirectory, .supervision, .feed, .sitemap, .robots: false
        case .notFound, .search, .rosterArchive, .rosterMonth, .rosterTownship, .rosterVillage, .regionHistory,
             .printVillage, .printTownship, .printCards, .rosterTotals, .rosterTotalsAll, .rosterHouseholds: true
        }
    }

    /// The same page with its path formatted once and kept: for the render of one page, which
    /// reads the path for every link it makes.
    public func keepingPath() -> Page {
        keptPath != nil ? self : Page(kind, month: month, standalone: standalone, path: outputPath)
    }

    /// An HTML page (as opposed to feed, sitemap, robots.txt).
    public var isHTML: Bool {
        switch kind {
        case .feed, .sitemap, .robots, .rosterTotals, .rosterTotalsAll, .rosterHouseholds: false
        default: true
        }
    }

    /// Listed in the sitemap: indexable HTML pages, not the 404 page.
    public var inSitemap: Bool { isHTML && !noindex && kind != .notFound }

    /// Whether `other` is made of the very same fields, so that it is at the same path: a test that
    /// formats no path (`==` does). False says nothing: a page with its path kept equals one
    /// without.
    func hasTheSameFields(as other: Page) -> Bool {
        kind == other.kind && standalone == other.standalone && year == other.year && monthNumber == other.monthNumber
            && keptPath == other.keptPath
    }

    /// Pages are the same when they show the same thing at the same place (whether the path was
    /// kept or is worked out does not matter).
    public static func == (a: Page, b: Page) -> Bool {
        a.kind == b.kind && a.standalone == b.standalone && a.outputPath == b.outputPath
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(kind)
        hasher.combine(standalone)
        hasher.combine(outputPath)
    }
}
