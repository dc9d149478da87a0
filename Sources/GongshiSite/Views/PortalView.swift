import Foundation
import GongshiCore

/// `portal`: what `site.yaml` `portal:` asks of this page: the portal's meta tags (`meta`: only
/// the tags that have a value, so a template never writes an empty one) and the footer's lines,
/// each with its `has_` flag. Without a `portal:` block, `has_portal` is false and `meta` empty.
struct PortalView: TemplateView {
    struct Meta: TemplateView {
        static let schema = ViewSchema("portal_meta", [ViewField("name", .text), ViewField("content", .text)])
        let name: String
        let content: String
        var values: [TemplateValue] { [.text(name), .text(content)] }
    }

    static let schema = ViewSchema("portal", [
        ViewField("has_portal", .flag),
        ViewField("meta", .list(Meta.type)),
        ViewField("sponsor", .text, optional: true), ViewField("has_sponsor", .flag),
        ViewField("organizer", .text, optional: true), ViewField("has_organizer", .flag),
        ViewField("site_id_code", .text, optional: true), ViewField("has_site_id_code", .flag),
        ViewField("icp", .text, optional: true), ViewField("icp_url", .text), ViewField("has_icp", .flag),
        ViewField("police_record", .text, optional: true), ViewField("police_record_url", .text, optional: true),
        ViewField("has_police_record", .flag), ViewField("has_police_record_url", .flag),
        ViewField("party_mark_src", .text, optional: true), ViewField("party_mark_url", .text, optional: true),
        ViewField("has_party_mark", .flag), ViewField("has_party_mark_url", .flag),
    ])

    let settings: PortalSettings?
    let meta: [Meta]
    /// The mark's image, relative to the page.
    let partyMarkSource: String?

    var values: [TemplateValue] {
        let portal = settings
        return [
            .flag(portal != nil), .views(meta),
            .optional(portal?.sponsor), .flag(portal?.sponsor != nil),
            .optional(portal?.organizer), .flag(portal?.organizer != nil),
            .optional(portal?.siteIDCode), .flag(portal?.siteIDCode != nil),
            .optional(portal?.icp), .text(portal?.icpURL ?? PortalSettings.defaultICPURL), .flag(portal?.icp != nil),
            .optional(portal?.policeRecord), .optional(portal?.policeRecordURL),
            .flag(portal?.policeRecord != nil), .flag(portal?.policeRecordURL != nil),
            .optional(partyMarkSource), .optional(portal?.partyMarkURL),
            .flag(partyMarkSource != nil), .flag(portal?.partyMarkURL != nil),
        ]
    }
}

extension PortalSettings {
    /// The section (`columns:` key) a page belongs to.
    static func section(of kind: PageKind) -> String {
        switch kind {
        case .home, .notFound: "home"
        case .documentList(.article, _), .document(.article, _): "articles"
        case .documentList(.notice, _), .document(.notice, _): "notices"
        case .rosterArchive, .rosterMonth, .rosterTownship, .rosterVillage, .regionHistory, .printVillage, .printTownship,
             .printCards, .rosterTotals, .rosterTotalsAll, .rosterHouseholds: "rosters"
        case .regionDirectory: "regions"
        case .standards: "standards"
        case .supervision: "supervision"
        case .search: "search"
        case .feed, .sitemap, .robots: "home"
        }
    }

    /// The meta tags of a page, in the guideline's order, each only with a value: the site's
    /// (SiteName, SiteDomain, SiteIDCode), the column's, a document's own (ArticleTitle, PubDate,
    /// ContentSource, Keywords, Author, Description) and the page's address (Url, with `base_url`).
    func metaTags(config: SiteConfig, kind: PageKind, document: Document?, url: String?) -> [PortalView.Meta] {
        var tags: [(String, String?)] = [
            ("SiteName", siteName ?? config.title),
            ("SiteDomain", siteDomain ?? config.baseURL.flatMap { URLComponents(string: $0)?.host }),
            ("SiteIDCode", siteIDCode),
        ]
        let column = columns[Self.section(of: kind)]
        tags += [("ColumnName", column?.name), ("ColumnType", column?.type)]
        if let document {
            let keywords = (document.categories + document.tags).filter { !$0.isEmpty }
            tags += [
                ("ArticleTitle", document.title),
                ("PubDate", document.date.map { String(format: "%04d-%02d-%02d %02d:%02d", $0.year, $0.month, $0.day, $0.hour, $0.minute) }),
                ("ContentSource", sponsor ?? config.publisher),
                ("Keywords", keywords.isEmpty ? nil : keywords.joined(separator: ",")),
                ("Author", document.author),
                ("Description", document.summary),
            ]
        }
        tags.append(("Url", url))
        return tags.compactMap { name, content in
            guard let content = content?.trimmingCharacters(in: .whitespacesAndNewlines), !content.isEmpty else { return nil }
            return PortalView.Meta(name: name, content: content)
        }
    }
}
