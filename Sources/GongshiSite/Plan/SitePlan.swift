import Dispatch
import Foundation
import GongshiCore

/// The plan stage's result: every page the site will have, and the documents in display order.
public struct SitePlan: Sendable {
    public let config: SiteConfig
    /// Newest first, then by title (Chinese collation), then by slug.
    public let articles: [Document]
    public let notices: [Document]
    public let regions: RegionDirectory
    public let standards: StandardsTable
    public let rosters: RosterIndex
    public let pages: [Page]
    /// Content links: `articles/standards-2024.md` → `articles/standards-2024.html`.
    public let links: ContentLinkTable
    /// What the privacy rules know of this site (official numbers, region codes, known names), for
    /// the output scan.
    package let privacy: PrivacyContext
    /// Notices that name a region (幸福清单), for the pages of that region and those below it.
    let regionNotices: RegionNotices
    /// Attachments and `static/` files (found, read and checked after the plan: `PublishedExtras.collect`).
    package var extras = PublishedExtras()
    /// Which months still name their households (retention, and 停保 after the notice period).
    public var naming = HouseholdNaming.unrestricted

    /// The article a 政策解读 explains (`interprets:` names its slug); empty for any other document.
    func interpreted(by document: Document) -> [Document] {
        guard let slug = document.interprets else { return [] }
        return articles.filter { $0.slug == slug && $0.sourcePath != document.sourcePath }
    }

    /// The documents that explain `document` (政策解读), in display order: articles, then notices.
    func interpretations(of document: Document) -> [Document] {
        guard document.kind == .article, interpreting.contains(document.slug) else { return [] }
        return (articles + notices).filter { $0.interprets == document.slug && $0.sourcePath != document.sourcePath }
    }

    /// The slugs that some document's `interprets:` names.
    var interpreting: Set<String> = []

    public func documents(of kind: DocumentKind) -> [Document] {
        kind == .article ? articles : notices
    }

    public func document(_ kind: DocumentKind, index: Int) -> Document {
        documents(of: kind)[index]
    }

    /// Output path of a document's page.
    public static func outputPath(of document: Document) -> String {
        "\(document.kind.folder)/\(document.slug).html"
    }

    public static func listPath(of kind: DocumentKind) -> String { "\(kind.folder)/index.html" }
    /// Page `page` of a list: its index for page 1, then `<folder>/page/2.html`, ….
    public static func listPath(of kind: DocumentKind, page: Int) -> String {
        page <= 1 ? listPath(of: kind) : "\(kind.folder)/page/\(page).html"
    }

    public static let homePath = "index.html"
    public static let feedPath = "feed.xml"
    public static let sitemapPath = "sitemap.xml"
    public static let robotsPath = "robots.txt"
    public static let notFoundPath = "404.html"
    public static let assetsFolder = "assets"
    /// How messages name a file of the built site (`(输出)/articles/a.html`), to tell it from a source file.
    public static let outputLabel = "(输出)/"
    public static let rosterArchivePath = "rosters/index.html"
    /// Open data: a month's totals by region, and every month's.
    public static func rosterTotalsPath(_ month: YearMonth) -> String { "rosters/\(month)/totals.csv" }
    public static let rosterTotalsAllPath = "rosters/totals.csv"
    /// A village's households of a month as CSV (`open_data: {households: true}`).
    public static func rosterHouseholdsPath(_ month: YearMonth, village: RegionCode) -> String {
        PagePathText.make("rosters/", month: month, "/", region: village, suffix: ".csv")
    }
    public static func rosterArchivePath(page: Int) -> String { page <= 1 ? rosterArchivePath : "rosters/page/\(page).html" }
    public static let standardsPath = "standards.html"
    public static let regionDirectoryPath = "regions/index.html"
    public static let supervisionPath = "supervision.html"
    public static let searchPath = "search.html"

    public static func rosterMonthPath(_ month: YearMonth) -> String { "rosters/\(month)/index.html" }
    /// A village's or township's page for a month.
    public static func rosterPath(_ month: YearMonth, region: RegionCode) -> String {
        PagePathText.make("rosters/", month: month, "/", region: region)
    }
    public static func regionHistoryPath(_ village: RegionCode) -> String { PagePathText.make("regions/", month: nil, "", region: village) }

    /// The site's folder of notice-board pages.
    public static let printFolder = "print"
    /// The print stylesheet, a theme asset.
    public static let printStylesheetPath = assetsFolder + "/print.css"

    /// A village's or township's notice-board page: `print/2026-11/410829101201.html` in the site,
    /// `2026-11/410829101201.html` in the folder `gongshi print` writes.
    public static func printPath(_ month: YearMonth, region: RegionCode, standalone: Bool = false) -> String {
        standalone ? PagePathText.make("", month: month, "/", region: region) : PagePathText.make("print/", month: month, "/", region: region)
    }

    /// The 明白卡 of a region's households, in the folder `gongshi print cards` writes (never in the site).
    public static func cardsPath(_ month: YearMonth, region: RegionCode) -> String {
        PagePathText.make("", month: month, "/cards/", region: region)
    }

    /// A village's roster page online, for the QR code on its printed notice (nil without `base_url`).
    public func onlineRosterURL(_ month: YearMonth, village: RegionCode) -> String? {
        config.baseURL.map { RelativeURL.absolute(baseURL: $0, path: SitePlan.rosterPath(month, region: village)) }
    }

    /// The same plan with other pages: `gongshi print` renders the print pages of one month.
    public func with(pages: [Page]) -> SitePlan {
        var plan = SitePlan(config: config, articles: articles, notices: notices, regions: regions, standards: standards,
                            rosters: rosters, pages: pages, links: links, privacy: privacy, regionNotices: regionNotices)
        plan.extras = extras
        plan.interpreting = interpreting
        plan.naming = naming
        return plan
    }
}

/// The plan stage: decides which pages exist. All URL logic lives in this folder.
public enum SitePlanner {
    /// - Parameter draftContentPaths: content paths of drafts left out of this build, so links to
    ///   them get a precise message.
    /// - Parameter earlier: a preview's last roster index, whose unchanged months are taken over
    ///   (`RosterIndex.init(months:reusing:)`).
    /// - Parameter lastDocuments: a preview's last plan's articles and notices (in display order),
    ///   from which this plan's order is made without a full sort (`DisplayOrder.sorted(_:previous:)`).
    /// - Parameter now: the build's time (`--now`) in seconds since 1970; nil: the clock. It decides
    ///   which months' 停保 households are still named (`HouseholdNaming`).
    public static func plan(
        _ content: SiteContent, draftContentPaths: Set<String> = [], reusing earlier: RosterIndex? = nil, now: Int64? = nil
    ) -> SitePlan {
        plan(content, draftContentPaths: draftContentPaths, reusing: earlier, lastDocuments: nil, now: now)
    }

    static func plan(
        _ content: SiteContent, draftContentPaths: Set<String>, reusing earlier: RosterIndex?,
        lastDocuments: DisplayOrder.Lists?, summaries: RosterMonthSummaries? = nil, now: Int64? = nil
    ) -> SitePlan {
        // The document sorts (Chinese collation: the costly part of ordering 2,000 notices) do not
        // depend on the roster index: they run on a thread of their own while the index is made
        // here, on every core (inside a `concurrentPerform` its months would be indexed one by one).
        let sortedDocuments = IndexedResults<[Document]>(count: 2)
        let sorting = DispatchGroup()
        let articlesToSort = content.articles, noticesToSort = content.notices
        let lastArticles = lastDocuments?.articles ?? [], lastNotices = lastDocuments?.notices ?? []
        DispatchQueue.global().async(group: sorting) { sortedDocuments.set(0, DisplayOrder.sorted(articlesToSort, previous: lastArticles)) }
        DispatchQueue.global().async(group: sorting) { sortedDocuments.set(1, DisplayOrder.sorted(noticesToSort, previous: lastNotices)) }
        let rosters = RosterIndex(months: content.months, reusing: earlier, summaries: summaries)
        let today = HouseholdNaming.civilDay(epochSeconds: now ?? Int64(Date().timeIntervalSince1970), timeZone: content.config.timeZone)
        let naming = HouseholdNaming(rosters, retention: content.config.retention, today: today)
        sorting.wait()
        let documents = sortedDocuments.values()
        let articles = documents.first ?? []
        let notices = documents.count == 2 ? documents[1] : []
        let pageSize = content.config.pageSize
        var pages: [Page] = [.home]
        for kind in [DocumentKind.article, .notice] {
            let count = kind == .article ? articles.count : notices.count
            for page in 1...ListPages.count(of: count, pageSize: pageSize) { pages.append(.documentList(kind, page: page)) }
        }
        for (index, document) in articles.enumerated() {
            pages.append(.document(.article, index: index, path: SitePlan.outputPath(of: document)))
        }
        for (index, document) in notices.enumerated() {
            pages.append(.document(.notice, index: index, path: SitePlan.outputPath(of: document)))
        }
        pages += rosterPages(rosters, pageSize: pageSize, households: content.config.openDataHouseholds, naming: naming)
        if !RegionDirectoryEntries.isEmpty(content.regions) {
            pages.append(.regionDirectory)
        }
        if !content.standards.standards.isEmpty {
            pages.append(.standards)
        }
        pages.append(.supervision)
        if content.config.search {
            pages.append(.search)
        }
        pages.append(.notFound)
        pages.append(.feed)
        if content.config.baseURL != nil {
            pages.append(.sitemap)
        }
        pages.append(.robots)
        // A province plan has a million pages, appended into an array that doubled as it grew:
        // kept at exactly their count through the render (up to 40 MB less).
        if pages.capacity - pages.count > pages.count / 16 {
            pages = [Page](unsafeUninitializedCapacity: pages.count) { buffer, initialized in
                initialized = pages.withUnsafeBufferPointer { buffer.initialize(fromContentsOf: $0) }
            }
        }

        var outputByContentPath: [String: String] = [:]
        for document in articles + notices {
            outputByContentPath[document.contentPath] = SitePlan.outputPath(of: document)
        }
        // What a document may link to as written, relative to its page: a generated page, a static file.
        var publishedPaths = Set<String>()
        if !articles.isEmpty || !notices.isEmpty {
            for page in pages { publishedPaths.insert(page.outputPath) }
        }
        let links = ContentLinkTable(outputByContentPath: outputByContentPath, draftContentPaths: draftContentPaths,
                                     contentFiles: Set(content.contentFiles), staticFiles: Set(content.staticFiles),
                                     publishedPaths: publishedPaths)
        var plan = SitePlan(
            config: content.config, articles: articles, notices: notices, regions: content.regions,
            standards: content.standards, rosters: rosters, pages: pages, links: links,
            privacy: PrivacyAudit.context(for: content), regionNotices: RegionNotices(notices))
        plan.interpreting = Set((articles + notices).compactMap(\.interprets))
        plan.naming = naming
        return plan
    }

    /// Roster, township, month and history pages, the archive's pages and the open-data CSVs
    /// (`totals.csv` by month and for all months; households' CSVs with `households`): all
    /// `noindex` or under the disallowed `rosters/`, none in the sitemap. A month whose names are
    /// withdrawn (`naming`) has neither print pages nor household CSVs.
    static func rosterPages(_ index: RosterIndex, pageSize: Int, households: Bool = false,
                            naming: HouseholdNaming = .unrestricted) -> [Page] {
        guard !index.months.isEmpty else { return [] }
        var pages = (1...ListPages.count(of: index.months.count, pageSize: pageSize)).map { Page.rosterArchive(page: $0) }
        for (position, entry) in index.months.enumerated() {
            let month = entry.month.month
            pages.append(.rosterMonth(position, month))
            for township in entry.regions(at: .township) {
                pages.append(.rosterTownship(position, month, township: township))
            }
            for village in entry.month.villages {
                pages.append(.rosterVillage(position, month, village: village))
            }
        }
        for village in index.villages {
            pages.append(.regionHistory(village))
        }
        for position in index.months.indices where !naming.isWithdrawn(position) {
            pages += PrintPlanner.pages(index, month: position)
        }
        for (position, entry) in index.months.enumerated() {
            pages.append(.rosterTotals(position, entry.month.month))
        }
        pages.append(.rosterTotalsAll)
        if households {
            for (position, entry) in index.months.enumerated() where !naming.isWithdrawn(position) {
                for village in entry.month.villages {
                    pages.append(.rosterHouseholds(position, entry.month.month, village: village))
                }
            }
        }
        return pages
    }

    /// Date descending (undated last), then title in Chinese collation, then slug: a total order,
    /// so the same content always lists the same way (`DisplayOrder`).
    static func sortedForDisplay(_ documents: [Document]) -> [Document] {
        DisplayOrder.sorted(documents)
    }
}

extension SitePlanner {
    /// Feed order: last modified descending, then the display order. `articles` and `notices`
    /// come in display order (a plan's lists), so their display order together is a merge.
    static func sortedForFeed(articles: [Document], notices: [Document]) -> [Document] {
        let display = DisplayOrder.merged(articles, notices)
        let position = Dictionary(uniqueKeysWithValues: display.enumerated().map { ($0.element.sourcePath, $0.offset) })
        return display.sorted { a, b in
            let x = a.lastModified?.epochSeconds ?? Int64.min
            let y = b.lastModified?.epochSeconds ?? Int64.min
            if x != y { return x > y }
            return (position[a.sourcePath] ?? 0) < (position[b.sourcePath] ?? 0)
        }
    }

    /// What `robots.txt` keeps crawlers out of: every top-level output folder that holds a
    /// `noindex` page, and the indexable pages inside those folders that are let in again
    /// (`regions/index.html`, the village directory, among the region histories). Crawlers that
    /// follow RFC 9309 let the longer `Allow` win over the folder's `Disallow`.
    static func robotsRules(_ plan: SitePlan) -> (disallowedFolders: [String], allowedPages: [String]) {
        var noindex: Set<String> = []
        var indexed: [String: [String]] = [:]
        // 55,000 pages at city scale: the folder is cut from the path, nothing else is split.
        var last: (Substring, Bool)?
        var previous: Page?
        for page in plan.pages where page.isHTML {
            // Runs of one kind and month share their folder: their paths are not formatted.
            if let previous, page.sharesTopFolder(with: previous) { continue }
            previous = page
            let path = page.outputPath
            guard let slash = path.firstIndex(of: "/"), slash != path.startIndex else { continue }
            let folder = path[..<slash]
            if page.noindex {
                if let last, last.0 == folder, last.1 { continue }  // runs of one folder
                noindex.insert(String(folder))
            } else {
                indexed[String(folder), default: []].append(path)
            }
            last = (folder, page.noindex)
        }
        let allowed = noindex.flatMap { indexed[$0] ?? [] }
        return (noindex.sorted(), allowed.sorted())
    }
}
