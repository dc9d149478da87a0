import Foundation
import Testing
@testable import GongshiCore
@testable import GongshiSite

/// Whole small sites built end to end; assertions on exact output paths and content.
@Suite struct BuildOutputTests {
    static let files: [String: String] = [
        "content/articles/standards-2024.md": """
            ---
            title: 2024年低保标准
            date: 2022-02-23 10:46:48
            updated: 2022-03-01
            categories: [政策标准]
            tags: [低保, 标准]
            author: 测试县民政局
            summary: 城市667元，农村550元。
            draft: false
            ---
            ## 标准

            详见[办理程序](procedure.md#受理)和[公告](../notices/notice-1.md)。
            """,
        "content/articles/procedure.md": """


            ---
            title: 申请程序
            date: Wed, 23 Feb 2022 10:46:48 GMT
            ---
            回到[标准](./standards-2024.md)。外部链接[民政部](https://www.mca.gov.cn/)。
            """,
        "content/articles/2023/old.md": """
            # 旧文件标题

            没有文件头，标题取自第一个标题。
            """,
        "content/notices/notice-1.md": """
            ---
            title: 幸福清单公告
            date: 2022-02-23T10:46:48+08:00
            type: 幸福清单
            region: "410829000000"
            ---
            见[标准](../articles/standards-2024.md)。
            """,
        // The county the notice's region: names.
        "content/regions.csv": "区划代码,名称,撤销后代码\n410829000000,云台县,\n",
    ]

    @Test func writesExactlyThePlannedFiles() throws {
        let site = try SiteFixture(Self.files)
        let report = try site.build()
        #expect(report.pages == 9)
        #expect(report.warnings.isEmpty)
        let paths = SiteFixture.snapshot(site.publicFolder).keys.sorted()
        #expect(paths == [
            ".gongshi-output", "404.html",
            "articles/index.html", "articles/old.html", "articles/procedure.html", "articles/standards-2024.html",
            "assets/print.css", "assets/site.css", "assets/site.js", "feed.xml", "index.html",
            "notices/index.html", "notices/notice-1.html", "robots.txt", "supervision.html",
        ])
        #expect(report.files == paths.count - 1)
    }

    @Test func articlePageShowsFrontMatterAndRewritesContentLinks() throws {
        let site = try SiteFixture(Self.files)
        try site.build()
        let page = try #require(site.text("articles/standards-2024.html"))
        #expect(page.contains("<title>2024年低保标准 - 测试县低保公示</title>"))
        #expect(page.contains("<h1>2024年低保标准</h1>"))
        #expect(page.contains("<time datetime=\"2022-02-23T10:46:48+08:00\">2022年2月23日</time>"))
        #expect(page.contains("<time datetime=\"2022-03-01T00:00:00+08:00\">2022年3月1日</time>"))
        #expect(page.contains("<span>发布：测试县民政局</span>"))
        #expect(page.contains("<a href=\"procedure.html#%E5%8F%97%E7%90%86\">办理程序</a>"))
        #expect(page.contains("<a href=\"../notices/notice-1.html\">公告</a>"))
        #expect(page.contains("href=\"../assets/site.css\""))
        #expect(page.contains("<li>监督举报电话：<a href=\"tel:03917123456\"><strong>0391-7123456</strong></a></li>"))
        #expect(page.contains("<span class=\"tag\">低保</span>"))
        #expect(page.hasPrefix("<!DOCTYPE html>\n<html lang=\"zh-CN\" id=\"large-type-on\">"))
    }

    @Test func linksFromOtherFoldersAndDotSegmentsResolve() throws {
        let site = try SiteFixture(Self.files)
        try site.build()
        let procedure = try #require(site.text("articles/procedure.html"))
        #expect(procedure.contains("<a href=\"standards-2024.html\">标准</a>"))
        #expect(procedure.contains("<a href=\"https://www.mca.gov.cn/\">民政部</a>"))
        // RFC 2822 in GMT is shown in the site's zone.
        #expect(procedure.contains("<time datetime=\"2022-02-23T18:46:48+08:00\">2022年2月23日</time>"))
        let notice = try #require(site.text("notices/notice-1.html"))
        #expect(notice.contains("<a href=\"../articles/standards-2024.html\">标准</a>"))
        #expect(notice.contains("<p class=\"kind\">幸福清单</p>"))
    }

    @Test func fileWithoutFrontMatterTakesItsTitleFromTheFirstHeading() throws {
        let site = try SiteFixture(Self.files)
        try site.build()
        let page = try #require(site.text("articles/old.html"))
        #expect(page.contains("<title>旧文件标题 - 测试县低保公示</title>"))
    }

    @Test func articleIndexIsDateDescendingThenUndated() throws {
        let site = try SiteFixture(Self.files)
        try site.build()
        let index = try #require(site.text("articles/index.html"))
        let order = ["procedure.html", "standards-2024.html", "old.html"].map { name in
            index.range(of: "href=\"\(name)\"")?.lowerBound
        }
        let positions = order.compactMap { $0 }
        #expect(positions.count == 3)
        #expect(positions == positions.sorted())
    }

    @Test func homeListsLatestNoticesAndArticlesWithRootRelativeLinks() throws {
        let site = try SiteFixture(Self.files)
        try site.build()
        let home = try #require(site.text("index.html"))
        #expect(home.contains("<a href=\"notices/notice-1.html\">幸福清单公告</a>"))
        #expect(home.contains("<a href=\"articles/standards-2024.html\">2024年低保标准</a>"))
        #expect(home.contains("href=\"assets/site.css\""))
        #expect(!home.contains("http://") && !home.contains("https://"))
    }

    @Test func everyInternalLinkIsRelative() throws {
        let site = try SiteFixture(Self.files)
        try site.build()
        for (path, data) in SiteFixture.snapshot(site.publicFolder) where path.hasSuffix(".html") {
            let html = String(decoding: data, as: UTF8.self)
            #expect(!html.contains("href=\"/"), "\(path) has a root-absolute link")
            #expect(!html.contains("src=\"/"), "\(path) has a root-absolute source")
            #expect(!html.contains(site.root.path), "\(path) contains an absolute path of the build machine")
        }
    }

    @Test func feedListsEntriesNewestFirstWithoutBaseURL() throws {
        let site = try SiteFixture(Self.files)
        try site.build()
        let feed = try #require(site.text("feed.xml"))
        #expect(feed.hasPrefix("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"zh-CN\">"))
        #expect(feed.contains("<updated>2022-03-01T00:00:00+08:00</updated>"))
        #expect(feed.contains("<id>urn:gongshi:articles:standards-2024.html</id>"))
        #expect(feed.contains("<link rel=\"alternate\" type=\"text/html\" href=\"articles/standards-2024.html\"/>"))
        #expect(feed.contains("<summary>城市667元，农村550元。</summary>"))
        let first = try #require(feed.range(of: "standards-2024.html")).lowerBound
        let second = try #require(feed.range(of: "procedure.html")).lowerBound
        #expect(first < second)
        #expect(!FileManager.default.fileExists(atPath: site.publicFolder.appendingPathComponent("sitemap.xml").path))
        #expect(site.text("robots.txt") == "User-agent: *\nDisallow:\n")
    }

    @Test func baseURLAddsSitemapCanonicalLinksAndAbsoluteFeed() throws {
        var files = Self.files
        files["site.yaml"] = SiteFixture.minimalSiteYAML + "base_url: https://mz.example.gov.cn/dibao\n"
        let site = try SiteFixture(files)
        try site.build()
        let sitemap = try #require(site.text("sitemap.xml"))
        #expect(sitemap.contains("<url><loc>https://mz.example.gov.cn/dibao/articles/standards-2024.html</loc><lastmod>2022-03-01</lastmod></url>"))
        #expect(sitemap.contains("<url><loc>https://mz.example.gov.cn/dibao/index.html</loc></url>"))
        #expect(!sitemap.contains("404.html"))
        #expect(site.text("robots.txt") == "User-agent: *\nDisallow:\n\nSitemap: https://mz.example.gov.cn/dibao/sitemap.xml\n")
        let page = try #require(site.text("articles/procedure.html"))
        #expect(page.contains("<link rel=\"canonical\" href=\"https://mz.example.gov.cn/dibao/articles/procedure.html\">"))
        #expect(page.contains("href=\"../assets/site.css\""))
        let notFound = try #require(site.text("404.html"))
        #expect(notFound.contains("<meta name=\"robots\" content=\"noindex\">"))
        #expect(notFound.contains("href=\"https://mz.example.gov.cn/dibao/assets/site.css\""))
        let feed = try #require(site.text("feed.xml"))
        #expect(feed.contains("<id>https://mz.example.gov.cn/dibao/articles/standards-2024.html</id>"))
        #expect(feed.contains("<link rel=\"self\" href=\"https://mz.example.gov.cn/dibao/feed.xml\"/>"))
    }

    @Test func unknownFrontMatterKeysReachTemplates() throws {
        var files = Self.files
        files["content/articles/standards-2024.md"] = files["content/articles/standards-2024.md"]?
            .replacingOccurrences(of: "draft: false\n", with: "source_office: 社会救助股\n")
        files["templates/article.mustache"] = "{{#document}}{{title}}|{{params.source_office}}|{{type}}{{/document}}"
        let site = try SiteFixture(files)
        // Read by the template: no warning.
        #expect(try site.build().warnings.isEmpty)
        #expect(site.text("articles/standards-2024.html") == "2024年低保标准|社会救助股|")
    }

    @Test func siteTemplateOverridesOnlyThatTemplate() throws {
        var files = Self.files
        files["templates/notice.mustache"] = "<p>自定义公告页：{{page.title}}</p>\n"
        let site = try SiteFixture(files)
        try site.build()
        #expect(site.text("notices/notice-1.html") == "<p>自定义公告页：幸福清单公告</p>\n")
        #expect(site.text("articles/procedure.html")?.contains("<h1>申请程序</h1>") == true)
    }

    @Test func valuesAreHTMLEscaped() throws {
        let site = try SiteFixture([
            "content/articles/a.md": "---\ntitle: \"<script>alert(1)</script> & 标准\"\nsummary: \"\\\"引号\\\"\"\n---\n正文\n",
        ])
        try site.build()
        let page = try #require(site.text("articles/a.html"))
        #expect(page.contains("<h1>&lt;script&gt;alert(1)&lt;/script&gt; &amp; 标准</h1>"))
        #expect(!page.contains("<script>alert"))
        #expect(page.components(separatedBy: "<script").count - 1 == 2)  // the theme's own, no other
        let index = try #require(site.text("articles/index.html"))
        #expect(index.contains("<p class=\"summary\">&quot;引号&quot;</p>"))
    }

    @Test func rawHTMLIsSanitisedWithWarningsAtTheSourceLine() throws {
        let site = try SiteFixture([
            "content/articles/pasted.md": """
                ---
                title: 转载文章
                ---
                <div style="color:red">转载正文</div>

                <script>alert("x")</script>

                <img src="https://cdn.example.com/a.png" alt="外部图">
                """,
        ])
        let report = try site.build()
        let page = try #require(site.text("articles/pasted.html"))
        #expect(page.contains("<div>转载正文</div>"))
        #expect(!page.contains("alert"))
        #expect(!page.contains("<img"))
        #expect(page.contains("<a href=\"https://cdn.example.com/a.png\">图片：外部图</a>"))
        let warnings = report.warnings.map(\.location.description)
        #expect(warnings == ["content/articles/pasted.md:4:6", "content/articles/pasted.md:6:1", "content/articles/pasted.md:8:11"])
        #expect(report.warnings.allSatisfy { $0.severity == .warning })
        #expect(report.warnings.map(\.message) == [
            "已删除不允许的属性 style（<div>）",
            "已删除不允许的 HTML 元素 <script> 及其内容",
            "外部图片不会加载，已改为链接：https://cdn.example.com/a.png",
        ])
    }

    @Test func draftsAreLeftOutUnlessAskedFor() throws {
        let site = try SiteFixture([
            "content/articles/a.md": "---\ntitle: 正式\n---\n正文\n",
            "content/articles/b.md": "---\ntitle: 草稿\ndraft: true\n---\n正文\n",
        ])
        try site.build()
        #expect(site.text("articles/b.html") == nil)
        #expect(site.text("articles/index.html")?.contains("草稿") == false)
        try site.build(drafts: true)
        #expect(site.text("articles/b.html")?.contains("<h1>草稿</h1>") == true)
    }

    @Test func chineseSlugIsPercentEncodedInLinks() throws {
        let site = try SiteFixture([
            "content/articles/a.md": "---\ntitle: 标准\nslug: 低保标准\n---\n正文\n",
        ])
        try site.build()
        #expect(site.text("articles/低保标准.html") != nil)
        #expect(site.text("articles/index.html")?.contains("href=\"%E4%BD%8E%E4%BF%9D%E6%A0%87%E5%87%86.html\"") == true)
    }
}
