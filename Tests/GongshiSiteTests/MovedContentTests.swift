import Foundation
import Testing
@testable import GongshiCore
@testable import GongshiSite

/// Content moved from Hexo or Hugo, through the real binary: what those generators understand and
/// Gongshi does not is refused with the fix, never published as literal text.
@Suite struct MovedContentTests {
    /// A Hexo post of the shape offices bring: a blank line first, an RFC 2822 date, a theme's
    /// external thumbnail, a raw HTML body.
    static let hexoPost = """

        ---
        title: 关于做好2022年城乡低保动态管理工作的通知
        date: Wed, 23 Feb 2022 10:46:48 GMT
        tags: [低保, 动态管理]
        thumbnail: https://img.example.com/2022/banner.jpg
        ---
        <p>各乡镇人民政府：</p>
        <p>现将2022年城乡低保动态管理工作有关事项通知如下。</p>
        <img src="https://img.example.com/2022/photo.jpg" alt="会议现场">

        """

    static func build(_ site: SiteFixture, _ extra: [String] = []) throws -> CLI.Result {
        try CLI.run(["build", "--source", site.siteFolder.path] + extra)
    }

    @Test func aHexoPostBuildsAndItsTagsAreErrorsWithTheFix() throws {
        let site = try SiteFixture(["content/notices/dynamic.md": Self.hexoPost])
        var result = try Self.build(site)
        #expect(result.status == 0)
        let page = try #require(site.text("notices/dynamic.html"))
        #expect(page.contains("<h1>关于做好2022年城乡低保动态管理工作的通知</h1>"))
        #expect(page.contains("<time datetime=\"2022-02-23T18:46:48+08:00\">2022年2月23日</time>"))
        #expect(page.contains("<p>各乡镇人民政府：</p>"))
        // Hexo's theme key does nothing here; the external picture is not loaded: a link, with a warning.
        #expect(result.stderr.hasPrefix([
            warningLine("content/notices/dynamic.md:6:1", Messages.unknownFrontMatterKey("thumbnail", nearest: nil)),
            warningLine("content/notices/dynamic.md:10:11", Messages.externalImageLinked("https://img.example.com/2022/photo.jpg")),
        ].map { $0 + "\n" }.joined()))
        try site.write("content/notices/dynamic.md", Self.hexoPost + """
            {% asset_img banner.jpg 会议横幅 %}
            见 `{% post_link other %}` 写法。

            {% post_link standards-2022 %}

            """)
        result = try Self.build(site)
        #expect(result.status == 1)
        let file = "content/notices/dynamic.md"
        #expect(result.stderr.hasPrefix([
            errorLine("\(file):11:1", Messages.shortcode("asset_img", hugo: false, replacement: "![说明](图片文件名.jpg)")),
            errorLine("\(file):14:1", Messages.shortcode("post_link", hugo: false,
                                                        replacement: "[链接文字](文件名.md) 或 [附件](附件.pdf)")),
        ].joined(separator: "\n") + "\n"))
    }

    static let hugoPost = """
        +++
        title = "2024年低保标准调整"
        date = 2024-01-05T09:00:00+08:00
        draft = false
        tags = ["低保", '标准']  # a comment
        summary = "城市每人每月667元。"

        [params]
          source = "县民政局"
        +++

        正文。

        """

    @Test func hugoTOMLFrontMatterIsReadNotPrinted() throws {
        let site = try SiteFixture(["content/articles/std.md": Self.hugoPost])
        var result = try Self.build(site)
        #expect(result.status == 0)
        let page = try #require(site.text("articles/std.html"))
        #expect(page.contains("<h1>2024年低保标准调整</h1>"))
        #expect(page.contains("<span class=\"tag\">低保</span> <span class=\"tag\">标准</span>"))
        #expect(!page.contains("+++") && !page.contains("title ="))
        // draft = true is a draft, as in Hugo.
        try site.write("content/articles/std.md", Self.hugoPost.replacingOccurrences(of: "draft = false", with: "draft = true"))
        result = try Self.build(site)
        #expect(result.status == 0)
        #expect(site.text("articles/std.html") == nil)
        // A shortcode is an error at its place; what TOML cannot say in YAML is an error at its line.
        try site.write("content/articles/std.md", Self.hugoPost + "{{< figure src=\"a.jpg\" title=\"窗口\" >}}\n")
        result = try Self.build(site)
        #expect(result.status == 1)
        #expect(result.stderr.contains(errorLine("content/articles/std.md:13:1",
                                                 Messages.shortcode("figure", hugo: true, replacement: "![说明](图片文件名.jpg)"))))
        try site.write("content/articles/std.md", Self.hugoPost.replacingOccurrences(of: "summary = \"城市每人每月667元。\"",
                                                                                   with: "summary = \"\"\"\n多行\n\"\"\""))
        result = try Self.build(site)
        #expect(result.status == 1)
        #expect(result.stderr.contains(errorLine("content/articles/std.md:6:1", Messages.frontMatterFormat("TOML 多行字符串"))))
    }

    @Test func hugoJSONFrontMatterIsRead() throws {
        let site = try SiteFixture(["content/articles/j.md": "{\n  \"title\": \"JSON 文件头\",\n  \"date\": \"2024-03-01\",\n  \"tags\": [\"a\"]\n}\n\n正文。\n"])
        #expect(try Self.build(site).status == 0)
        let page = try #require(site.text("articles/j.html"))
        #expect(page.contains("<h1>JSON 文件头</h1>") && !page.contains("\"title\""))
    }

    @Test func publishDateAndExpiryDateFollowTheBuildsDate() throws {
        let site = try SiteFixture([
            "content/notices/later.md": "---\ntitle: 七月公告\ndate: 2024-06-20\npublishDate: 2024-07-01\n---\n\n正文。\n",
            "content/notices/ends.md": "---\ntitle: 限期公示\ndate: 2024-06-01\nexpiryDate: 2024-06-15T18:00:00+08:00\n---\n\n正文。\n",
        ])
        #expect(try Self.build(site, ["--now", "2024-06-10"]).status == 0)
        #expect(site.text("notices/later.html") == nil)
        #expect(site.text("notices/ends.html") != nil)
        let june = SiteFixture.snapshot(site.publicFolder)
        #expect(try Self.build(site, ["--now", "2024-07-02"]).status == 0)
        #expect(site.text("notices/later.html") != nil)
        #expect(site.text("notices/ends.html") == nil)
        #expect(site.text("notices/index.html")?.contains("七月公告") == true)
        #expect(site.text("notices/index.html")?.contains("限期公示") == false)
        // The same date gives the same site, cache or not.
        #expect(try Self.build(site, ["--now", "2024-06-10", "--no-cache"]).status == 0)
        #expect(SiteFixture.snapshot(site.publicFolder).filter { $0.key != ".gongshi-output" } == june.filter { $0.key != ".gongshi-output" })
        // A link to a document left out is an error, as to a draft.
        try site.write("content/notices/link.md", "---\ntitle: 链接\n---\n\n见[七月公告](later.md)。\n")
        let result = try Self.build(site, ["--now", "2024-06-10"])
        #expect(result.status == 1)
        #expect(result.stderr.contains(errorLine("content/notices/link.md:5:9", Messages.draftLinkTarget("notices/later.md"))))
        let invalid = try Self.build(site, ["--now", "明天"])
        #expect(invalid.status == 1)
        #expect(invalid.stderr.contains(errorLine("--now", Messages.invalidNow)))
    }

    @Test func permalinkAndURLNameThePageWhenSafe() throws {
        let site = try SiteFixture([
            "content/articles/2024-10-01-move.md": """
                ---
                title: 迁移
                permalink: /2024/10/01/move-test.html
                ---
                见[标准](std-file.md)。

                """,
            "content/articles/std-file.md": """
                +++
                title = "标准"
                url = "/posts/standards/"
                +++
                正文。

                """,
            "content/articles/unsafe.md": """
                ---
                title: 不安全
                permalink: /p/a b/
                ---
                正文。

                """,
            "content/articles/both.md": """
                ---
                title: 两者
                url: /posts/from-url/
                slug: from-slug
                ---
                正文。

                """,
        ])
        let result = try Self.build(site)
        #expect(result.status == 0)
        #expect(result.stderr == warningLine("content/articles/unsafe.md:3:12", Messages.addressNotUsable("permalink", kept: "unsafe")) + "\n")
        #expect(site.text("articles/move-test.html") != nil)
        #expect(site.text("articles/standards.html") != nil)
        #expect(site.text("articles/unsafe.html") != nil)
        #expect(site.text("articles/from-slug.html") != nil)
        #expect(site.text("articles/2024-10-01-move.html") == nil && site.text("articles/std-file.html") == nil)
        // A link to the Markdown file follows the page's new name.
        #expect(try #require(site.text("articles/move-test.html")).contains("<a href=\"standards.html\">标准</a>"))
    }

    @Test func aFrontMatterKeyNothingReadsIsAWarningNamingIt() throws {
        let site = try SiteFixture([
            "content/articles/a.md": """
                ---
                titel: 错字
                layout: post
                source_office: 县民政局
                联系人: 某某
                ---
                # 标题

                """,
            "content/articles/draft.md": "---\ntitle: 草稿\ndraft: true\nweight: 3\n---\n正文\n",
        ])
        var result = try Self.build(site)
        #expect(result.status == 0)
        let file = "content/articles/a.md"
        #expect(result.stderr == [
            warningLine("\(file):2:1", Messages.unknownFrontMatterKey("titel", nearest: "title")),
            warningLine("\(file):3:1", Messages.unknownFrontMatterKey("layout", nearest: nil)),
            warningLine("\(file):4:1", Messages.unknownFrontMatterKey("source_office", nearest: nil)),
            warningLine("\(file):5:1", Messages.unknownFrontMatterKey("联系人", nearest: nil)),
        ].map { $0 + "\n" }.joined())
        // The Chinese key is not quoted: it may be a name.
        #expect(!result.stderr.contains("联系人"))
        // A theme whose article template reads `document.params.source_office`: that key is used.
        try site.write("templates/article.mustache", "{{#document}}{{title}}|{{params.source_office}}{{/document}}")
        result = try Self.build(site)
        #expect(result.status == 0)
        #expect(!result.stderr.contains("source_office"))
        #expect(result.stderr.contains(warningLine("\(file):2:1", Messages.unknownFrontMatterKey("titel", nearest: "title"))))
        #expect(try #require(site.text("articles/a.html")).contains("标题|县民政局"))
    }
}
