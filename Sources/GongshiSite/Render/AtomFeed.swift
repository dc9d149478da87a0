import GongshiCore

/// `feed.xml`: Atom feed of articles and notices, newest first. No clock: the feed's `updated`
/// is the newest entry's date, so the same content gives the same bytes.
enum AtomFeed {
    static let maximumEntries = 50

    static func render(plan: SitePlan) -> String {
        let config = plan.config
        let documents = SitePlanner.sortedForFeed(articles: plan.articles, notices: plan.notices).prefix(maximumEntries)
        let newest = documents.compactMap(\.lastModified).max()
        let feedUpdated = newest?.iso8601 ?? "1970-01-01T00:00:00+00:00"
        var xml = """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="zh-CN">
              <title>\(XMLText.escape(config.title))</title>
              <id>\(XMLText.escape(identifier(for: SitePlan.homePath, config: config)))</id>
              <updated>\(feedUpdated)</updated>
              <author><name>\(XMLText.escape(config.publisher))</name></author>
              <link rel="alternate" type="text/html" href="\(XMLText.escape(link(to: SitePlan.homePath, config: config)))"/>

            """
        if let base = config.baseURL {
            xml += "  <link rel=\"self\" href=\"\(XMLText.escape(RelativeURL.absolute(baseURL: base, path: SitePlan.feedPath)))\"/>\n"
        }
        for document in documents {
            let path = SitePlan.outputPath(of: document)
            xml += "  <entry>\n"
            xml += "    <title>\(XMLText.escape(document.title))</title>\n"
            xml += "    <id>\(XMLText.escape(identifier(for: path, config: config)))</id>\n"
            xml += "    <link rel=\"alternate\" type=\"text/html\" href=\"\(XMLText.escape(link(to: path, config: config)))\"/>\n"
            xml += "    <updated>\((document.lastModified?.iso8601) ?? feedUpdated)</updated>\n"
            if let date = document.date { xml += "    <published>\(date.iso8601)</published>\n" }
            if let author = document.author, !author.isEmpty {
                xml += "    <author><name>\(XMLText.escape(author))</name></author>\n"
            }
            for category in document.categories {
                xml += "    <category term=\"\(XMLText.escape(category))\"/>\n"
            }
            // 信息公开: the 文号, 发布机构 and 有效性 first, so a reader sees a 废止 document as such.
            let record = DocumentRecordView(document: document)
            if let withdrawn = record.withdrawnLabel { xml += "    <category term=\"\(XMLText.escape(withdrawn))\"/>\n" }
            let summary = [record.feedLine, document.summary.flatMap { $0.isEmpty ? nil : $0 }].compactMap { $0 }
            if !summary.isEmpty {
                xml += "    <summary>\(XMLText.escape(summary.joined(separator: "\n")))</summary>\n"
            }
            xml += "  </entry>\n"
        }
        xml += "</feed>\n"
        return xml
    }

    /// Entry links: absolute under `base_url`, otherwise relative to the feed (which sits at the root).
    private static func link(to path: String, config: SiteConfig) -> String {
        if let base = config.baseURL { return RelativeURL.absolute(baseURL: base, path: path) }
        return RelativeURL.between(from: SitePlan.feedPath, to: path)
    }

    /// Atom ids must be IRIs that never change: the page URL when known, else a URN on the page path.
    private static func identifier(for path: String, config: SiteConfig) -> String {
        if let base = config.baseURL { return RelativeURL.absolute(baseURL: base, path: path) }
        return "urn:gongshi:" + path.split(separator: "/").map { RelativeURL.percentEncodePathSegment(String($0)) }.joined(separator: ":")
    }
}
