import GongshiCore

/// Builds the values a template sees (documented in README under "Template context").
/// Plain dictionaries and arrays: what swift-mustache reads most directly.
struct TemplateContextBuilder {
    let plan: SitePlan

    /// How many entries the home page lists of each kind.
    static let homeListLength = 5

    func context(for page: Page, extra: [String: Any]) -> [String: Any] {
        var context = extra
        context["site"] = siteValues()
        context["page"] = pageValues(page)
        context["links"] = linkValues(from: page)
        context["generator"] = "Gongshi"
        return context
    }

    func siteValues() -> [String: Any] {
        let config = plan.config
        var values: [String: Any] = [
            "title": config.title,
            "publisher": config.publisher,
            "hotlines": config.hotlines.map { ["name": $0.name, "number": $0.number] },
            "has_hotlines": !config.hotlines.isEmpty,
            "language": "zh-CN",
        ]
        if let base = config.baseURL { values["base_url"] = base }
        return values
    }

    func pageValues(_ page: Page) -> [String: Any] {
        var values: [String: Any] = [
            "path": page.outputPath,
            "root": linkBase(for: page),
            "noindex": page.noindex,
            "kind": kindName(page.kind),
            "title": title(of: page),
        ]
        if let base = plan.config.baseURL, page.kind != .notFound {
            values["canonical_url"] = RelativeURL.absolute(baseURL: base, path: page.outputPath)
        }
        return values
    }

    /// Links to the site's fixed places, relative to the page (absolute on the 404 page when
    /// `base_url` is set, since a server shows that page at any depth).
    func linkValues(from page: Page) -> [String: Any] {
        func link(_ path: String) -> String { url(from: page, to: path) }
        return [
            "home": link(SitePlan.homePath),
            "articles": link(SitePlan.listPath(of: .article)),
            "notices": link(SitePlan.listPath(of: .notice)),
            "feed": link(SitePlan.feedPath),
            "css": link(SitePlan.assetsFolder + "/site.css"),
            "print_css": link(SitePlan.printStylesheetPath),
            "rosters": link(SitePlan.rosterArchivePath),
            "standards": link(SitePlan.standardsPath),
            "has_rosters": !plan.rosters.months.isEmpty,
            "has_standards": !plan.standards.standards.isEmpty,
        ]
    }

    func url(from page: Page, to path: String) -> String {
        if page.kind == .notFound, let base = plan.config.baseURL {
            return RelativeURL.absolute(baseURL: base, path: path)
        }
        return RelativeURL.between(from: page.outputPath, to: path)
    }

    private func linkBase(for page: Page) -> String {
        if page.kind == .notFound, let base = plan.config.baseURL { return base }
        return RelativeURL.rootPrefix(from: page.outputPath)
    }

    func title(of page: Page) -> String {
        switch page.kind {
        case .home: return plan.config.title
        case .documentList(let kind): return Self.listTitle(kind)
        case .document(let kind, let index): return plan.document(kind, index: index).title
        case .notFound: return "页面不存在"
        case .rosterArchive: return "低保公示（历月）"
        case .rosterMonth(let month):
            let entry = plan.rosters.months[month]
            return "\(entry.month.month.chineseDisplay)最低生活保障对象\(entry.month.notice.noticeType.rawValue)汇总"
        case .rosterTownship(let month, let township):
            let entry = plan.rosters.months[month]
            return "\(plan.regions.name(of: township))\(entry.month.month.chineseDisplay)最低生活保障对象\(entry.month.notice.noticeType.rawValue)"
        case .rosterVillage(let month, let village):
            let entry = plan.rosters.months[month]
            return "\(plan.regions.name(of: village))\(entry.month.month.chineseDisplay)最低生活保障对象\(entry.month.notice.noticeType.rawValue)"
        case .regionHistory(let village): return "\(plan.regions.name(of: village))最低生活保障历月公示"
        case .standards: return "最低生活保障和特困人员救助供养标准"
        case .printVillage(let month, let region), .printTownship(let month, let region):
            let entry = plan.rosters.months[month]
            return "\(plan.regions.name(of: region))\(entry.month.month.chineseDisplay)最低生活保障对象\(entry.month.notice.noticeType.rawValue)（张贴版）"
        case .printCards(let month, let region):
            return "\(plan.regions.name(of: region))\(plan.rosters.months[month].month.month.chineseDisplay)最低生活保障明白卡"
        case .feed, .sitemap, .robots: return ""
        }
    }

    static func listTitle(_ kind: DocumentKind) -> String {
        kind == .article ? "政策文件" : "通知公告"
    }

    private func kindName(_ kind: PageKind) -> String {
        switch kind {
        case .home: return "home"
        case .documentList(let k): return k == .article ? "article_list" : "notice_list"
        case .document(let k, _): return k.rawValue
        case .notFound: return "404"
        case .rosterArchive: return "roster_archive"
        case .rosterMonth: return "roster_month"
        case .rosterTownship: return "roster_township"
        case .rosterVillage: return "roster_village"
        case .regionHistory: return "region_history"
        case .standards: return "standards"
        case .printVillage: return "print_village"
        case .printTownship: return "print_township"
        case .printCards: return "print_cards"
        case .feed: return "feed"
        case .sitemap: return "sitemap"
        case .robots: return "robots"
        }
    }

    /// A document as lists and pages show it. `content` (the sanitised HTML) only on its own page.
    func documentValues(_ document: Document, from page: Page, content: String? = nil) -> [String: Any] {
        var values: [String: Any] = [
            "title": document.title,
            "url": url(from: page, to: SitePlan.outputPath(of: document)),
            "slug": document.slug,
            "kind": document.kind.rawValue,
            "kind_label": document.kind == .article ? "政策文件" : "通知公告",
            "categories": document.categories,
            "tags": document.tags,
            "has_categories": !document.categories.isEmpty,
            "has_tags": !document.tags.isEmpty,
            "params": paramValues(document.params),
        ]
        if let date = document.date { values["date"] = dateValues(date) }
        if let updated = document.updated, updated != document.date { values["updated"] = dateValues(updated) }
        if let author = document.author, !author.isEmpty { values["author"] = author }
        if let summary = document.summary, !summary.isEmpty { values["summary"] = summary }
        if case .text(let type)? = document.param("type"), !type.isEmpty { values["type"] = type }
        if case .text(let region)? = document.param("region"), !region.isEmpty { values["region"] = region }
        if let content { values["content"] = content }
        return values
    }

    func dateValues(_ date: ContentDate) -> [String: Any] {
        ["iso": date.iso8601, "day": date.isoDay, "display": date.chineseDisplay]
    }

    private func paramValues(_ params: [(key: String, value: FrontMatterValue)]) -> [String: Any] {
        var values: [String: Any] = [:]
        for (key, value) in params { values[key] = plain(value) }
        return values
    }

    private func plain(_ value: FrontMatterValue) -> Any {
        switch value {
        case .text(let text): return text
        case .list(let items): return items.map(plain)
        case .map(let pairs):
            var values: [String: Any] = [:]
            for (key, item) in pairs { values[key] = plain(item) }
            return values
        }
    }
}
