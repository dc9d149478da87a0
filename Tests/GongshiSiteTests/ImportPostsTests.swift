import Foundation
import Testing
@testable import GongshiCore
@testable import GongshiSite

/// `gongshi import-posts DIR` through the real binary: a Hexo `source/_posts` and a Hugo
/// `content/` converted into `content/articles`, the report, the warnings at their lines, all or
/// nothing written, and the site built from the result.
@Suite struct ImportPostsTests {
    /// Files outside the site (the old blog), beside it in the fixture's folder.
    static func writeOutside(_ site: SiteFixture, _ files: [String: String], bytes: [String: [UInt8]] = [:]) throws {
        for (path, text) in files { try write(site.root.appendingPathComponent(path), Data(text.utf8)) }
        for (path, data) in bytes { try write(site.root.appendingPathComponent(path), Data(data)) }
    }

    static func write(_ url: URL, _ data: Data) throws {
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: url)
    }

    static func importPosts(_ site: SiteFixture, _ folder: String, _ extra: [String] = []) throws -> CLI.Result {
        try CLI.run(["import-posts", folder, "--source", site.siteFolder.path] + extra, in: site.root)
    }

    /// A Hexo post of the seed's shape (a blank line first, an RFC 2822 date, a theme's external
    /// thumbnail, a raw HTML body) with Hexo's tags, its asset folder and the site root's images.
    static let hexoPost = """

        ---
        title: 关于做好2022年城乡低保动态管理工作的通知
        date: Wed, 23 Feb 2022 10:46:48 GMT
        updated: 2022/3/1 9:05
        tags: [低保, 动态管理]
        layout: post
        thumbnail: https://img.example.com/2022/banner.jpg
        permalink: /2022/02/23/dongtai-guanli.html
        ---
        <p>各乡镇人民政府：</p>

        {% asset_img photo.png 会议现场 %}

        附件：{% asset_link 申请表.pdf 低保申请表 %}；标准见 {% post_link standard %}，写法如 `{% post_link x %}`。

        ![横幅](/images/banner.png)

        {% blockquote 民政部 %}
        给予最低生活保障。
        {% endblockquote %}

        {% youtube abc123 %}

        """

    static let hexoStandard = """
        title: 2022年低保标准
        date: 2022-01-05
        published: true
        ---
        见{% post_link dongtai 动态管理通知 %}。

        """

    @Test func aHexoFolderIsConvertedReportedAndBuilds() throws {
        let site = try SiteFixture([:])
        let png = ImageFixtures.png()
        try Self.writeOutside(site, [
            "blog/source/_posts/dongtai.md": Self.hexoPost,
            "blog/source/_posts/standard.md": Self.hexoStandard,
            "blog/source/_posts/dongtai/申请表.pdf": "%PDF-1.4 placeholder",
        ], bytes: ["blog/source/_posts/dongtai/photo.png": png, "blog/source/images/banner.png": png])
        let result = try Self.importPosts(site, "blog/source/_posts")
        #expect(result.status == 0)
        #expect(result.stdout == """
            blog/source/_posts/dongtai.md → content/articles/dongtai.md
              permalink 改为 slug: dongtai-guanli
              删除主题设置（在这里不起作用）：layout、thumbnail
              updated 的日期改写为 YYYY-MM-DD 形式
              {% asset_img %} 改为 Markdown：1 处
              {% asset_link %} 改为 Markdown：1 处
              {% blockquote %} 改为引用：1 处
              {% post_link %} 改为 Markdown：1 处
              站点根目录的文件复制到文章旁：1 处
              复制 3 个文件到 content/articles/dongtai/
            blog/source/_posts/standard.md → content/articles/standard.md
              文件头补上开头的 ---
              保留 Gongshi 不认识的键（构建时会提示）：published
              {% post_link %} 改为 Markdown：1 处
            已导入 2 篇文章，其中 1 篇有无法自动转换之处（见警告），需要手工修改。请运行 gongshi build 检查。

            """)
        #expect(result.stderr == warningLine("blog/source/_posts/dongtai.md:23:1", Messages.postTagNotConverted(
            "youtube", hugo: false, replacement: "[视频标题](https://视频地址)（本站不嵌入外部播放器）")) + "\n")
        #expect(site.text("content/articles/dongtai.md", in: site.siteFolder) == """
            ---
            title: 关于做好2022年城乡低保动态管理工作的通知
            date: Wed, 23 Feb 2022 10:46:48 GMT
            updated: 2022-03-01 09:05:00
            tags: [低保, 动态管理]
            slug: dongtai-guanli
            ---
            <p>各乡镇人民政府：</p>

            ![会议现场](dongtai/photo.png)

            附件：[低保申请表](dongtai/申请表.pdf)；标准见 [2022年低保标准](standard.md)，写法如 `{% post_link x %}`。

            ![横幅](dongtai/banner.png)

            > 给予最低生活保障。
            >
            > —— 民政部

            {% youtube abc123 %}

            """)
        #expect(site.text("content/articles/standard.md", in: site.siteFolder) == """
            ---
            title: 2022年低保标准
            date: 2022-01-05
            published: true
            ---
            见[动态管理通知](dongtai.md)。

            """)
        let copied = try Data(contentsOf: site.siteFolder.appendingPathComponent("content/articles/dongtai/banner.png"))
        #expect(copied == Data(png))
        #expect(FileManager.default.fileExists(atPath: site.siteFolder.appendingPathComponent("content/articles/dongtai/申请表.pdf").path))
        // The build refuses what was left, at the line the import named; fixed, the site builds.
        var build = try CLI.run(["build", "--source", site.siteFolder.path])
        #expect(build.status == 1)
        #expect(build.stderr.contains(errorLine("content/articles/dongtai.md:20:1", Messages.shortcode(
            "youtube", hugo: false, replacement: "[视频标题](https://视频地址)（本站不嵌入外部播放器）"))))
        let fixed = try #require(site.text("content/articles/dongtai.md", in: site.siteFolder)).replacingOccurrences(
            of: "{% youtube abc123 %}", with: "[会议视频](https://video.example.org/abc123)")
        try site.write("content/articles/dongtai.md", fixed)
        try site.remove("content/articles/dongtai/申请表.pdf")
        try site.write("content/articles/dongtai/申请表.pdf", bytes: Data(ImageFixtures.pdf(text: "Shenqingbiao")))
        build = try CLI.run(["build", "--source", site.siteFolder.path])
        #expect(build.status == 0)
        #expect(build.stderr == warningLine("content/articles/standard.md:4:1", Messages.unknownFrontMatterKey("published", nearest: nil)) + "\n")
        let page = try #require(site.text("articles/dongtai-guanli.html"))
        #expect(page.contains("<img src=\"dongtai/photo.png\" alt=\"会议现场\" width=\"3\" height=\"2\" loading=\"lazy\" />"))
        #expect(page.contains("<a href=\"dongtai/%E7%94%B3%E8%AF%B7%E8%A1%A8.pdf\">低保申请表</a>"))
        #expect(page.contains("<a href=\"standard.html\">2022年低保标准</a>"))
        #expect(try #require(site.text("articles/standard.html")).contains("<a href=\"dongtai-guanli.html\">动态管理通知</a>"))
    }

    static let hugoBundle = """
        +++
        title = "2024年低保标准调整"
        date = 2024-01-05T09:00:00+08:00
        lastmod = 2024-01-06
        tags = ["低保", '标准']
        url = "/zcwj/std-2024/"
        weight = 3
        aliases = ["/old/std/"]

        [params]
          source = "县民政局"
        +++

        {{< figure src="chart.png" alt="标准对比" >}}

        ![图标](/img/logo.png) 见 [说明]({{< ref "posts/guide.md" >}})。

        {{< highlight go >}}
        fmt.Println("{{< not-a-shortcode >}}")
        {{< /highlight >}}

        """

    @Test func aHugoFolderWithABundleTOMLAndShortcodes() throws {
        let site = try SiteFixture([:])
        let png = ImageFixtures.png()
        try Self.writeOutside(site, [
            "hugo/content/_index.md": "---\ntitle: 首页\n---\n",
            "hugo/content/posts/std-2024/index.md": Self.hugoBundle,
            "hugo/content/posts/guide.md": "---\ntitle: 办理指南\ndescription: 怎样申请。\n---\n正文。\n",
            "hugo/content/posts/secret.md": "---\ntitle: 内部\nheadless: true\n---\n正文。\n",
        ], bytes: ["hugo/content/posts/std-2024/chart.png": png, "hugo/static/img/logo.png": png,
                   "hugo/content/posts/stray.png": png])
        let result = try Self.importPosts(site, "hugo/content")
        #expect(result.status == 0)
        #expect(result.stdout == """
            hugo/content/posts/guide.md → content/articles/guide.md
              description 改为 summary
            hugo/content/posts/secret.md → content/articles/secret.md
              headless 表示不公开：改为 draft: true
            hugo/content/posts/std-2024/index.md → content/articles/std-2024.md
              TOML 文件头改为 YAML
              Hugo 的 params 中的键移到顶层：source
              url 改为 slug: std-2024
              lastmod 改为 updated
              删除主题设置（在这里不起作用）：weight
              {{< figure >}} 改为 Markdown：1 处
              {{< highlight >}} 改为代码块：1 处
              {{< ref >}} 改为 Markdown：1 处
              文章自带文件的链接指向文章旁的文件夹：1 处
              站点根目录的文件复制到文章旁：1 处
              复制 2 个文件到 content/articles/std-2024/
            已导入 3 篇文章，其中 1 篇有无法自动转换之处（见警告），需要手工修改；跳过 2 个文件（见警告）。请运行 gongshi build 检查。

            """)
        #expect(result.stderr == [
            warningLine("hugo/content/_index.md", Messages.postSkipped(Messages.postSkippedListPage)),
            warningLine("hugo/content/posts/std-2024/index.md:8:1", Messages.postKeyNotConverted("aliases", why: "本站不为旧地址生成跳转页，已删除")),
            warningLine("hugo/content/posts/stray.png", Messages.postSkipped(Messages.postSkippedNoPost)),
        ].map { $0 + "\n" }.joined())
        #expect(site.text("content/articles/std-2024.md", in: site.siteFolder) == """
            ---
            title: "2024年低保标准调整"
            date: 2024-01-05T09:00:00+08:00
            updated: 2024-01-06
            tags: ["低保", '标准']
            slug: std-2024
            source: "县民政局"
            ---

            ![标准对比](std-2024/chart.png)

            ![图标](std-2024/logo.png) 见 [说明](guide.md)。

            ```go
            fmt.Println("{{< not-a-shortcode >}}")
            ```

            """)
        #expect(site.text("content/articles/secret.md", in: site.siteFolder) == "---\ntitle: 内部\ndraft: true\n---\n正文。\n")
        let build = try CLI.run(["build", "--source", site.siteFolder.path])
        #expect(build.status == 0)
        #expect(build.stderr == "")
        let page = try #require(site.text("articles/std-2024.html"))
        #expect(page.contains("<img src=\"std-2024/chart.png\" alt=\"标准对比\" width=\"3\" height=\"2\" loading=\"lazy\" />"))
        #expect(page.contains("<a href=\"guide.html\">说明</a>"))
        #expect(page.contains("县民政局"))
        #expect(site.text("articles/secret.html") == nil)
    }

    @Test func allOrNothingExistingArticlesNeedForceAndDryRunWritesNothing() throws {
        let site = try SiteFixture(["content/articles/a.md": "---\ntitle: 原有\n---\n原有正文。\n"])
        try Self.writeOutside(site, [
            "posts/a.md": "---\ntitle: 新的\n---\n新正文。\n",
            "posts/b.md": "---\ntitle: 乙\n---\n乙。\n",
        ])
        var result = try Self.importPosts(site, "posts")
        #expect(result.status == 1)
        #expect(result.stdout == "")
        #expect(result.stderr == [
            errorLine("content/articles/a.md", Messages.postsDestinationExists),
            Messages.postsImportFailed(errors: 1).line(.error),
        ].map { $0 + "\n" }.joined())
        #expect(site.text("content/articles/a.md", in: site.siteFolder) == "---\ntitle: 原有\n---\n原有正文。\n")
        #expect(site.text("content/articles/b.md", in: site.siteFolder) == nil)
        result = try Self.importPosts(site, "posts", ["--force", "--dry-run"])
        #expect(result.status == 0)
        #expect(result.stdout.hasSuffix("将导入 2 篇文章。试运行：没有写入任何文件。\n"))
        #expect(site.text("content/articles/b.md", in: site.siteFolder) == nil)
        result = try Self.importPosts(site, "posts", ["--force"])
        #expect(result.status == 0)
        #expect(site.text("content/articles/a.md", in: site.siteFolder) == "---\ntitle: 新的\n---\n新正文。\n")
        #expect(site.text("content/articles/b.md", in: site.siteFolder) == "---\ntitle: 乙\n---\n乙。\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: site.siteFolder.appendingPathComponent(".gongshi").path)
            .filter { $0.hasPrefix("import-posts") }.isEmpty)
    }

    @Test func twoPostsOfOneNameAnEmptyFolderAndNoFolderAreErrors() throws {
        let site = try SiteFixture([:])
        try Self.writeOutside(site, [
            "hugo/content/posts/a.md": "---\ntitle: 甲\n---\n",
            "hugo/content/news/A.md": "---\ntitle: 乙\n---\n",
            "empty/readme.txt": "说明",
        ])
        var result = try Self.importPosts(site, "hugo/content")
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix(errorLine("hugo/content/posts/a.md", Messages.postsSameName(first: "hugo/content/news/A.md")) + "\n"))
        #expect(site.text("content/articles/a.md", in: site.siteFolder) == nil && site.text("content/articles/A.md", in: site.siteFolder) == nil)
        result = try Self.importPosts(site, "empty")
        #expect(result.status == 1)
        #expect(result.stderr.contains(errorLine("empty", Messages.postsNothingFound)))
        result = try Self.importPosts(site, "nowhere")
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix(errorLine("nowhere", Messages.postsSourceMissing) + "\n"))
    }

    @Test func hexoWaysOfKeepingAPostUnpublishedBecomeDrafts() throws {
        let site = try SiteFixture([:])
        try Self.writeOutside(site, [
            "source/_posts/off.md": "---\ntitle: 未发布\npublished: false\n---\n正文。\n",
            "source/_posts/locked.md": "---\ntitle: 加密\npassword: \"123456\"\n---\n正文。\n",
            "source/_posts/bad name (1).md": "---\ntitle: 名字\n---\n正文。\n",
        ])
        let result = try Self.importPosts(site, "source/_posts")
        #expect(result.status == 0)
        #expect(site.text("content/articles/off.md", in: site.siteFolder) == "---\ntitle: 未发布\ndraft: true\n---\n正文。\n")
        #expect(site.text("content/articles/locked.md", in: site.siteFolder) == "---\ntitle: 加密\ndraft: true\n---\n正文。\n")
        #expect(site.text("content/articles/bad-name-1.md", in: site.siteFolder) == "---\ntitle: 名字\n---\n正文。\n")
        #expect(result.stdout.contains("  文件名改为 bad-name-1.md（原名不能用作页面文件名）\n"))
        #expect(result.stdout.contains("  password 表示不公开：改为 draft: true\n"))
        #expect(!result.stdout.contains("123456"))
    }

    /// Posts Hexo or Hugo would not publish stay unpublished: the `_drafts` folder itself, a
    /// section whose `_index.md` cascades `draft`, a key in another case.
    @Test func draftsFoldersCascadesAndKeysInAnyCaseStayUnpublished() throws {
        let site = try SiteFixture([:])
        try Self.writeOutside(site, [
            "blog/source/_drafts/later.md": "---\ntitle: 草稿\n---\n正文。\n",
            "hugo/content/internal/_index.md": "+++\ntitle = \"内部\"\n[cascade]\n  draft = true\n+++\n",
            "hugo/content/internal/memo.md": "+++\ntitle = \"备忘\"\n+++\n正文。\n",
            "hugo/content/posts/open.md": "+++\nTitle = \"公开\"\nDraft = true\n+++\n正文。\n",
            "hugo/content/posts/lang/index.md": "---\ntitle: 中文\n---\n![图](a.png)\n",
            "hugo/content/posts/lang/index.en.md": "---\ntitle: English\n---\n",
        ], bytes: ["hugo/content/posts/lang/a.png": ImageFixtures.png()])
        var result = try Self.importPosts(site, "blog/source/_drafts")
        #expect(result.status == 0)
        #expect(site.text("content/articles/later.md", in: site.siteFolder) == "---\ntitle: 草稿\ndraft: true\n---\n正文。\n")
        result = try Self.importPosts(site, "hugo/content")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(site.text("content/articles/memo.md", in: site.siteFolder) == "---\ntitle: \"备忘\"\ndraft: true\n---\n正文。\n")
        #expect(result.stdout.contains("  Hugo 的 hugo/content/internal/_index.md 以 cascade 设为不发布：写上 draft: true\n"))
        #expect(site.text("content/articles/open.md", in: site.siteFolder) == "---\ntitle: \"公开\"\ndraft: true\n---\n正文。\n")
        // A bundle's page is index.md, its language versions are not other posts.
        #expect(site.text("content/articles/lang.md", in: site.siteFolder) == "---\ntitle: 中文\n---\n![图](lang/a.png)\n")
        #expect(result.stderr.contains(warningLine("hugo/content/posts/lang/index.en.md", Messages.postSkipped(Messages.postSkippedInsideFolder))))
        let build = try CLI.run(["build", "--source", site.siteFolder.path])
        #expect(build.status == 0, "\(build.stderr)")
        for page in ["later", "memo", "open"] { #expect(site.text("articles/\(page).html") == nil) }
        #expect(site.text("articles/lang.html") != nil)
    }

    /// A site-absolute link is copied only from Hexo's source/ or Hugo's static/, never through a
    /// link out of them; a folder given through a link is read where it leads.
    @Test func rootFilesComeOnlyFromTheGeneratorsFolders() throws {
        let site = try SiteFixture([:])
        try Self.writeOutside(site, [
            "hugo/content/posts/a.md": "---\ntitle: 甲\n---\n![证](/img/id.png) ![标](/logo/l.png)\n",
        ], bytes: ["secret/id.png": ImageFixtures.png(), "hugo/static/logo/l.png": ImageFixtures.png()])
        try FileManager.default.createSymbolicLink(at: site.root.appendingPathComponent("hugo/static/img"),
                                                   withDestinationURL: site.root.appendingPathComponent("secret"))
        try FileManager.default.createSymbolicLink(at: site.root.appendingPathComponent("linked"),
                                                   withDestinationURL: site.root.appendingPathComponent("hugo/content"))
        let result = try Self.importPosts(site, "linked")
        #expect(result.status == 0)
        #expect(result.stderr == warningLine("linked/posts/a.md:4:1", Messages.postFileNotFound) + "\n")
        #expect(site.text("content/articles/a.md", in: site.siteFolder) == "---\ntitle: 甲\n---\n![证](/img/id.png) ![标](a/l.png)\n")
        #expect(!FileManager.default.fileExists(atPath: site.siteFolder.appendingPathComponent("content/articles/a/id.png").path))
    }

    /// A move that fails part-way (strace fails the third rename) puts back what was replaced.
    @Test(.enabled(if: AtomicPublishTests.straceWorks, "strace cannot trace here"))
    func aFailedMovePutsEverythingBack() throws {
        let site = try SiteFixture(["content/articles/a.md": "---\ntitle: 原有\n---\n原有。\n"])
        try Self.writeOutside(site, ["posts/a.md": "---\ntitle: 新\n---\n新。\n", "posts/b.md": "---\ntitle: 乙\n---\n乙。\n"])
        let result = try CLI.runProgram(
            URL(fileURLWithPath: "/usr/bin/strace"),
            ["-f", "-qq", "-o", "/dev/null", "-e", "trace=rename", "-e", "inject=rename:error=EIO:when=3",
             CLI.executable.path, "import-posts", "posts", "--source", site.siteFolder.path, "--force"], in: site.root)
        #expect(result.status == 1)
        #expect(result.stderr.contains(Messages.postsImportFailed(errors: 1).line(.error)))
        #expect(site.text("content/articles/a.md", in: site.siteFolder) == "---\ntitle: 原有\n---\n原有。\n")
        #expect(site.text("content/articles/b.md", in: site.siteFolder) == nil)
        #expect(try FileManager.default.contentsOfDirectory(atPath: site.siteFolder.appendingPathComponent(".gongshi").path)
            .filter { $0.hasPrefix("import-posts") }.isEmpty)
    }
}
