import GongshiCore

/// Builds the root view of every page of a plan. One instance per build: it holds what every page
/// shares (the `site` view, the document schemas) and the village-month views that several pages
/// use (a village's table: its roster page and its printed sheet; a sheet: the village's print
/// page and its township's).
final class PageViews: Sendable {
    let plan: SitePlan
    let documentSchemas: DocumentSchemas
    private let site: TemplateValue
    /// `portal` of every page when the site has no `portal:` block.
    private let noPortal = PortalView(settings: nil, meta: [], partyMarkSource: nil).templateValue
    private let tables: VillageMonthCache<VillageMonthTable>
    private let sheets: VillageMonthCache<PrintSheetView>
    /// `links` by page folder.
    private let linksByFolder = FolderMemo<TemplateValue>()
    /// One per roster month, in `plan.rosters.months` order.
    let monthParts: [MonthParts]

    /// How many entries the home page lists of each kind.
    static let homeListLength = 5

    /// - Parameter sharing: the pages that will ask for views (their shared parts are kept until
    ///   the last of them has); none: nothing is kept.
    /// - Parameter documentSchemas: those the theme's templates were compiled for (the same
    ///   instances: a compiled template checks its root view's schema by identity).
    init(plan: SitePlan, sharing pages: [Page] = [], documentSchemas: DocumentSchemas? = nil) {
        self.plan = plan
        self.documentSchemas = documentSchemas ?? DocumentSchemas(plan)
        site = SiteView(plan.config).templateValue
        monthParts = plan.rosters.months.map(MonthParts.init)
        var tableUses: [VillageMonth: Int] = [:]
        var sheetUses: [VillageMonth: Int] = [:]
        for page in pages {
            switch page.kind {
            case .rosterVillage(let month, let village):
                tableUses[VillageMonth(month: month, village: village), default: 0] += 1
            case .printVillage(let month, let village):
                sheetUses[VillageMonth(month: month, village: village), default: 0] += 1
            case .printTownship(let month, let township):
                for village in plan.rosters.months[month].villages(within: township) {
                    sheetUses[VillageMonth(month: month, village: village), default: 0] += 1
                }
            default: break
            }
        }
        for key in sheetUses.keys { tableUses[key, default: 0] += 1 }
        tables = VillageMonthCache(uses: tableUses)
        sheets = VillageMonthCache(uses: sheetUses)
    }

    var regions: RegionDirectory { plan.regions }

    /// Whether the site has the village directory (`regions/index.html`), for every page's links.
    private var hasRegionDirectory: Bool { !RegionDirectoryEntries.isEmpty(plan.regions) }

    // MARK: Shared parts

    func common(_ page: Page, title: String? = nil) -> PageCommonView {
        let info = pageInfo(page, title: title)
        return PageCommonView(site: site, page: info, links: links(from: page), portal: portal(page, url: info.canonicalURL))
    }

    /// The page's `portal` view: its meta tags and the footer's lines (`site.yaml` `portal:`).
    private func portal(_ page: Page, url: String?) -> TemplateValue {
        guard let settings = plan.config.portal else { return noPortal }
        var document: Document?
        if case .document(let kind, let index) = page.kind {
            let list = kind == .article ? plan.articles : plan.notices
            document = list.indices.contains(index) ? list[index] : nil
        }
        let meta = settings.metaTags(config: plan.config, kind: page.kind, document: document, url: url)
        return PortalView(settings: settings, meta: meta, partyMarkSource: settings.partyMark.map { self.url(from: page, to: $0) })
            .templateValue
    }

    /// `LinksView` of a page: relative links depend only on the page's folder, except on the 404
    /// page, whose links are absolute when `base_url` is set.
    private func links(from page: Page) -> TemplateValue {
        if page.kind == .notFound, plan.config.baseURL != nil { return linksView(from: page).templateValue }
        return linksByFolder.value(forPageAt: page.outputPath) { linksView(from: page).templateValue }
    }

    private func pageInfo(_ page: Page, title: String?) -> PageInfoView {
        var canonical: String?
        if let base = plan.config.baseURL, page.kind != .notFound {
            canonical = RelativeURL.absolute(baseURL: base, path: page.outputPath)
        }
        let root = page.kind == .notFound ? (plan.config.baseURL ?? RelativeURL.rootPrefix(from: page.outputPath))
            : RelativeURL.rootPrefix(from: page.outputPath)
        let pager = pagination(for: page)
        return PageInfoView(path: page.outputPath, root: root, noindex: page.noindex, kind: Self.kindName(page.kind),
                            title: title, canonicalURL: canonical, previousURL: pager?.previousURL, nextURL: pager?.nextURL)
    }

    /// Where a page of a paginated list stands; nil for any other page.
    func pagination(for page: Page) -> PaginationView? {
        let size = plan.config.pageSize
        switch page.kind {
        case .documentList(let kind, let number):
            let total = ListPages.count(of: plan.documents(of: kind).count, pageSize: size)
            return PaginationView(number: number, total: total) { self.url(from: page, to: SitePlan.listPath(of: kind, page: $0)) }
        case .rosterArchive(let number):
            let total = ListPages.count(of: plan.rosters.months.count, pageSize: size)
            return PaginationView(number: number, total: total) { self.url(from: page, to: SitePlan.rosterArchivePath(page: $0)) }
        default:
            return nil
        }
    }

    /// Links to the site's fixed places, relative to the page (absolute on the 404 page when
    /// `base_url` is set, since a server shows that page at any depth).
    private func linksView(from page: Page) -> LinksView {
        func link(_ path: String) -> String { url(from: page, to: path) }
        return LinksView(home: link(SitePlan.homePath), articles: link(SitePlan.listPath(of: .article)),
                         notices: link(SitePlan.listPath(of: .notice)), feed: link(SitePlan.feedPath),
                         css: link(SitePlan.assetsFolder + "/site.css"), printCSS: link(SitePlan.printStylesheetPath),
                         rosters: link(SitePlan.rosterArchivePath), standards: link(SitePlan.standardsPath),
                         regions: link(SitePlan.regionDirectoryPath), supervision: link(SitePlan.supervisionPath),
                         search: link(SitePlan.searchPath), hasSearch: plan.config.search,
                         hasRosters: !plan.rosters.months.isEmpty, hasStandards: !plan.standards.standards.isEmpty,
                         hasRegions: hasRegionDirectory)
    }

    func url(from page: Page, to path: String) -> String {
        if page.kind == .notFound, let base = plan.config.baseURL {
            return RelativeURL.absolute(baseURL: base, path: path)
        }
        return RelativeURL.between(from: page.outputPath, to: path)
    }

    /// The month at `position` of `plan.rosters.months`.
    func month(at position: Int, from page: Page) -> MonthView {
        MonthView(parts: monthParts[position], url: url(from: page, to: SitePlan.rosterMonthPath(plan.rosters.months[position].month.month)))
    }

    func document(_ document: Document, from page: Page, content: String? = nil, attachments: [String] = []) -> TemplateValue {
        var view = DocumentView(document: document, url: url(from: page, to: SitePlan.outputPath(of: document)), content: content)
        view.attachments = attachments.compactMap { path in
            plan.extras.attachments[path].map { AttachmentView(attachment: $0, url: url(from: page, to: path)) }
        }
        if content != nil {
            // 政策解读, both ways: on the pages themselves, not in lists.
            view.explains = plan.interpreted(by: document).map { ($0.title, url(from: page, to: SitePlan.outputPath(of: $0))) }
            view.interpretations = plan.interpretations(of: document).map { ($0.title, url(from: page, to: SitePlan.outputPath(of: $0))) }
        }
        return .object(view.object(documentSchemas))
    }

    /// A village-month's household table, shared by its roster page and its sheet.
    func table(_ month: Int, village: RegionCode) -> VillageMonthTable {
        tables.value(VillageMonth(month: month, village: village)) {
            VillageMonthTable(plan.rosters.months[month], village: village, withdrawn: plan.naming.isWithdrawn(month))
        }
    }

    /// A village-month's printed sheet, shared by its village's print page and its township's.
    func sheet(_ month: Int, village: RegionCode) -> PrintSheetView {
        sheets.value(VillageMonth(month: month, village: village)) {
            PrintSheetView(plan.rosters.months[month], notice: monthParts[month].notice, village: village,
                           table: table(month, village: village), plan: plan)
        }
    }

    static func kindName(_ kind: PageKind) -> String {
        switch kind {
        case .home: return "home"
        case .documentList(let k, _): return k == .article ? "article_list" : "notice_list"
        case .document(let k, _): return k.rawValue
        case .notFound: return "404"
        case .rosterArchive: return "roster_archive"
        case .rosterMonth: return "roster_month"
        case .rosterTownship: return "roster_township"
        case .rosterVillage: return "roster_village"
        case .regionHistory: return "region_history"
        case .standards: return "standards"
        case .regionDirectory: return "region_directory"
        case .supervision: return "supervision"
        case .search: return "search"
        case .printVillage: return "print_village"
        case .printTownship: return "print_township"
        case .printCards: return "print_cards"
        case .feed: return "feed"
        case .sitemap: return "sitemap"
        case .robots: return "robots"
        case .rosterTotals: return "roster_totals"
        case .rosterTotalsAll: return "roster_totals_all"
        case .rosterHouseholds: return "roster_households"
        }
    }
}
