import Foundation
import Testing
@testable import GongshiCore
@testable import GongshiSite

/// Long lists are cut into pages (`pagination.page_size`, default 20): `notices/index.html`,
/// `notices/page/2.html`, …, newest first, page 1 always the newest, with `rel=prev/next`.
@Suite struct PaginationTests {
    /// `count` (at most 59) notices dated one day apart from 2024-01-01: `n01` the oldest.
    static func notices(_ count: Int) -> [String: String] {
        var files: [String: String] = [:]
        for number in 1...count {
            let name = String(format: "n%02d", number)
            let date = number <= 31 ? String(format: "2024-01-%02d", number) : String(format: "2024-02-%02d", number - 31)
            files["content/notices/\(name).md"] = "---\ntitle: 通知\(name)\ndate: \(date)\n---\n正文。\n"
        }
        return files
    }

    /// The notice slugs listed on a page, in order.
    static func listed(_ page: String) -> [String] {
        page.components(separatedBy: "href=\"").dropFirst().compactMap { part in
            guard let end = part.firstIndex(of: "\"") else { return nil }
            let link = String(part[..<end])
            guard let name = link.split(separator: "/").last, name.hasPrefix("n"), name.hasSuffix(".html") else { return nil }
            return String(name.dropLast(5))
        }
    }

    @Test func fortyFiveNoticesMakeThreePagesNewestFirst() throws {
        let site = try SiteFixture(Self.notices(45))
        let report = try site.build()
        #expect(report.warnings.isEmpty, "\(report.warnings)")
        let first = try #require(site.text("notices/index.html"))
        let second = try #require(site.text("notices/page/2.html"))
        let third = try #require(site.text("notices/page/3.html"))
        #expect(site.text("notices/page/4.html") == nil && site.text("notices/page/1.html") == nil)
        #expect(Self.listed(first) == (26...45).reversed().map { String(format: "n%02d", $0) })
        #expect(Self.listed(second) == (6...25).reversed().map { String(format: "n%02d", $0) })
        #expect(Self.listed(third) == (1...5).reversed().map { String(format: "n%02d", $0) })
        // Neighbours in the head and in the pager; the pager names the page and marks it.
        #expect(!first.contains("rel=\"prev\"") && first.contains("<link rel=\"next\" href=\"page/2.html\">"))
        #expect(second.contains("<link rel=\"prev\" href=\"../index.html\">") && second.contains("<link rel=\"next\" href=\"3.html\">"))
        #expect(third.contains("<link rel=\"prev\" href=\"2.html\">") && !third.contains("<link rel=\"next\""))
        #expect(second.contains("<title>通知公告（第 2 页） - 测试县低保公示</title>"))
        #expect(first.contains("<title>通知公告 - 测试县低保公示</title>"))
        #expect(second.contains("""
            <nav class="pagination" aria-label="分页">
            <p>第 2 页，共 3 页</p>
            <ul>
            <li><a href="../index.html" rel="prev">上一页</a></li>
            <li><a href="../index.html">1</a></li>
            <li><a href="2.html" aria-current="page">2</a></li>
            <li><a href="3.html">3</a></li>
            <li><a href="3.html" rel="next">下一页</a></li>
            </ul>
            </nav>
            """))
        // Links from a page in page/ lead back to the documents and the site.
        #expect(second.contains("<a href=\"../n25.html\">") && second.contains("href=\"../../assets/site.css\""))
    }

    @Test func aLongListShowsAWindowOfPageNumbers() throws {
        let site = try SiteFixture(Self.notices(45).merging(["site.yaml": SiteFixture.minimalSiteYAML + "pagination:\n  page_size: 5\n"]) { $1 })
        try site.build()
        let page = try #require(site.text("notices/page/5.html"))
        // The text of each item of the pager, tags taken out.
        let start = try #require(page.range(of: "<nav class=\"pagination\""))
        let pager = page[start.lowerBound...]
        let numbers = pager.components(separatedBy: "<li").dropFirst().compactMap { item -> String? in
            guard let close = item.range(of: "</li>") else { return nil }
            var text = ""
            var inTag = true  // the item starts inside its own <li tag
            for character in item[..<close.lowerBound] {
                if character == "<" { inTag = true } else if character == ">" { inTag = false } else if !inTag { text.append(character) }
            }
            return text
        }.filter { $0 == "…" || Int($0) != nil }
        #expect(numbers == ["1", "…", "3", "4", "5", "6", "7", "…", "9"])
        #expect(site.text("notices/page/9.html") != nil && site.text("notices/page/10.html") == nil)
    }

    @Test func aNewNoticeGoesOnPageOneAndPushesTheOldestOnward() throws {
        let site = try SiteFixture(Self.notices(40))
        try site.build()
        #expect(site.text("notices/page/3.html") == nil)
        try site.write("content/notices/n41.md", "---\ntitle: 通知n41\ndate: 2024-03-01\n---\n正文。\n")
        try site.build()
        #expect(Self.listed(try #require(site.text("notices/index.html"))).first == "n41")
        #expect(Self.listed(try #require(site.text("notices/page/2.html"))).first == "n21")
        #expect(Self.listed(try #require(site.text("notices/page/3.html"))) == ["n01"])
        // The cached build is the clean one.
        let clean = site.root.appendingPathComponent("clean")
        _ = try SiteBuilder.build(.init(siteFolder: site.siteFolder, outputFolder: clean, useCache: false))
        #expect(SiteFixture.snapshot(clean) == SiteFixture.snapshot(site.publicFolder))
    }

    @Test func oneShortListHasNoPager() throws {
        let site = try SiteFixture(Self.notices(3))
        try site.build()
        let page = try #require(site.text("notices/index.html"))
        #expect(!page.contains("pagination") && !page.contains("rel=\"next\"") && !page.contains("rel=\"prev\""))
    }

    @Test func theRosterArchiveIsPagedToo() throws {
        var files = RosterSite.files
        files["site.yaml"] = SiteFixture.minimalSiteYAML + "base_url: https://mz.example.gov.cn/\npagination:\n  page_size: 1\n"
        let site = try SiteFixture(files)
        try site.build()
        let first = try #require(site.text("rosters/index.html"))
        let second = try #require(site.text("rosters/page/2.html"))
        #expect(first.contains("<a href=\"2026-11/index.html\">2026年11月</a>") && !first.contains("2026年10月</a>"))
        #expect(second.contains("<a href=\"../2026-10/index.html\">2026年10月</a>") && !second.contains("2026年11月</a>"))
        #expect(second.contains("<meta name=\"robots\" content=\"noindex\">"))
        #expect(second.contains("<title>低保公示（历月）（第 2 页） - 测试县低保公示</title>"))
        let sitemap = try #require(site.text("sitemap.xml"))
        #expect(!sitemap.contains("rosters/"))
    }

    @Test func documentListPagesAreInTheSitemap() throws {
        let site = try SiteFixture(Self.notices(21).merging(["site.yaml": SiteFixture.minimalSiteYAML + "base_url: https://mz.example.gov.cn/\n"]) { $1 })
        try site.build()
        let sitemap = try #require(site.text("sitemap.xml"))
        #expect(sitemap.contains("<loc>https://mz.example.gov.cn/notices/index.html</loc>"))
        #expect(sitemap.contains("<loc>https://mz.example.gov.cn/notices/page/2.html</loc>"))
    }

    @Test func aPageSizeOutOfRangeIsAnErrorAtItsLine() throws {
        let site = try SiteFixture(["site.yaml": SiteFixture.minimalSiteYAML + "pagination:\n  page_size: 0\n"])
        let diagnostics = try #require(site.buildFailure())
        #expect(diagnostics.map(\.description) == [
            "site.yaml:7:14: 错误 GS1033: pagination.page_size 的值“0”无效\n  提示：应为 1 到 1000 之间的整数",
        ])
    }
}
