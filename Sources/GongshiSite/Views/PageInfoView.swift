/// `page`: where the page is and how it is indexed. `title` only where the title is data (the
/// site's title on the home page, a list's name, a document's title); other pages write their
/// title in their template, from their own fields.
struct PageInfoView: TemplateView {
    static let schema = ViewSchema("page", [
        ViewField("path", .text),
        ViewField("root", .text),
        ViewField("noindex", .flag),
        ViewField("kind", .text),
        ViewField("title", .text, optional: true),
        ViewField("canonical_url", .text, optional: true),
        /// A paginated list's neighbours, for `<link rel="prev">` and `rel="next"`.
        ViewField("prev_url", .text, optional: true),
        ViewField("has_prev", .flag),
        ViewField("next_url", .text, optional: true),
        ViewField("has_next", .flag),
    ])

    let path: String
    let root: String
    let noindex: Bool
    let kind: String
    let title: String?
    let canonicalURL: String?
    var previousURL: String? = nil
    var nextURL: String? = nil

    var values: [TemplateValue] {
        [.text(path), .text(root), .flag(noindex), .text(kind), .optional(title), .optional(canonicalURL),
         .optional(previousURL), .flag(previousURL != nil), .optional(nextURL), .flag(nextURL != nil)]
    }
}

/// `links`: the site's fixed places, relative to the page.
struct LinksView: TemplateView {
    static let schema = ViewSchema("links", [
        ViewField("home", .text),
        ViewField("articles", .text),
        ViewField("notices", .text),
        ViewField("feed", .text),
        ViewField("css", .text),
        ViewField("print_css", .text),
        ViewField("rosters", .text),
        ViewField("standards", .text),
        ViewField("regions", .text),
        ViewField("supervision", .text),
        ViewField("search", .text),
        ViewField("has_rosters", .flag),
        ViewField("has_standards", .flag),
        ViewField("has_regions", .flag),
        ViewField("has_search", .flag),
    ])

    let home, articles, notices, feed, css, printCSS, rosters, standards, regions, supervision, search: String
    let hasSearch: Bool
    let hasRosters, hasStandards, hasRegions: Bool

    var values: [TemplateValue] {
        [.text(home), .text(articles), .text(notices), .text(feed), .text(css), .text(printCSS), .text(rosters),
         .text(standards), .text(regions), .text(supervision), .text(search), .flag(hasRosters), .flag(hasStandards),
         .flag(hasRegions), .flag(hasSearch)]
    }
}

/// The fields every page's root has: `site`, `page`, `links`, `generator`, `portal`. A page kind's root
/// view puts its own fields after these.
struct PageCommonView {
    static let fields = [
        ViewField("site", SiteView.type),
        ViewField("page", PageInfoView.type),
        ViewField("links", LinksView.type),
        ViewField("generator", .text),
        ViewField("portal", PortalView.type),
    ]

    /// Built once per build: the same on every page.
    let site: TemplateValue
    let page: PageInfoView
    /// A `LinksView`: the same on every page of a folder.
    let links: TemplateValue
    /// A `PortalView` (the empty one on every page of a site without `portal:`).
    let portal: TemplateValue

    var values: [TemplateValue] { [site, page.templateValue, links, .text("Gongshi"), portal] }
}

/// A page kind's root view: the common fields, then the kind's.
protocol PageRootView: TemplateView {
    static var kindFields: [ViewField] { get }
    var common: PageCommonView { get }
    var kindValues: [TemplateValue] { get }
}

extension PageRootView {
    var values: [TemplateValue] { common.values + kindValues }

    /// The root schema of a page kind, named after its template.
    static func rootSchema(_ name: String) -> ViewSchema {
        ViewSchema(name, PageCommonView.fields + kindFields)
    }
}
