import GongshiCore

/// `sitemap.xml`, written only when `base_url` is set (a sitemap needs absolute URLs).
/// Lists indexable pages only; pages marked `noindex` stay out.
enum SitemapXML {
    static func render(plan: SitePlan, baseURL: String) -> String {
        var xml = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
        xml += "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
        for page in plan.pages where page.inSitemap {
            xml += "  <url><loc>\(XMLText.escape(RelativeURL.absolute(baseURL: baseURL, path: page.outputPath)))</loc>"
            if case .document(let kind, let index) = page.kind, let modified = plan.document(kind, index: index).lastModified {
                xml += "<lastmod>\(modified.isoDay)</lastmod>"
            }
            xml += "</url>\n"
        }
        xml += "</urlset>\n"
        return xml
    }
}

/// `robots.txt`: everything indexable except the folders of what the plan marks `noindex` (with
/// the indexable pages inside them allowed by name); points to the sitemap.
enum RobotsText {
    static func render(plan: SitePlan) -> String {
        var text = "User-agent: *\n"
        let basePath = plan.config.baseURL.flatMap { URLPath.path(of: $0) } ?? "/"
        let rules = SitePlanner.robotsRules(plan)
        if rules.disallowedFolders.isEmpty {
            text += "Disallow:\n"
        } else {
            for page in rules.allowedPages { text += "Allow: \(basePath)\(page)\n" }
            for folder in rules.disallowedFolders { text += "Disallow: \(basePath)\(folder)/\n" }
        }
        if let base = plan.config.baseURL {
            text += "\nSitemap: \(RelativeURL.absolute(baseURL: base, path: SitePlan.sitemapPath))\n"
        }
        return text
    }
}

enum URLPath {
    /// The path part of an absolute URL, ending in `/`: `https://a.cn/dibao/` → `/dibao/`.
    static func path(of url: String) -> String? {
        guard let schemeEnd = url.range(of: "://") else { return nil }
        let afterScheme = url[schemeEnd.upperBound...]
        guard let slash = afterScheme.firstIndex(of: "/") else { return "/" }
        let path = String(afterScheme[slash...])
        return path.hasSuffix("/") ? path : path + "/"
    }
}
