import Foundation
import Testing
@testable import GongshiCore

/// The parts of `gongshi import-posts` that rewrite text: tag arguments, link targets, front
/// matter edited line by line, and body conversion (the whole import is `ImportPostsTests`).
@Suite struct PostConversionTests {
    @Test func tagArgumentsSplitLikeHexoAndHugo() {
        #expect(TagArguments("photo.png 会议 现场") == TagArguments(positional: ["photo.png", "会议", "现场"]))
        let hugo = TagArguments(#" src="a b.jpg" alt='标准 对比' width=300 `raw "x"` "q\"uote""#)
        #expect(hugo.named == ["src": "a b.jpg", "alt": "标准 对比", "width": "300"])
        #expect(hugo.positional == [#"raw "x""#, #"q"uote"#])
        #expect(TagArguments("") == TagArguments())
        #expect(TagArguments("\"unclosed").positional == ["unclosed"])
    }

    @Test func inlineTagsAreReadToTheirClose() throws {
        let tag = try #require(InlineTag(#"{%- asset_img "a b.png" 说明 -%} 之后"#))
        #expect(tag.name == "asset_img" && !tag.hugo && !tag.closing)
        #expect(tag.arguments.positional == ["a b.png", "说明"])
        #expect(tag.length == #"{%- asset_img "a b.png" 说明 -%}"#.count)
        let closing = try #require(InlineTag("{{< /highlight >}}"))
        #expect(closing.closing && closing.hugo && closing.name == "highlight")
        #expect(InlineTag("{% unclosed") == nil)
        #expect(InlineTag("{{< >}}") == nil)
        #expect(InlineTag("{%%}") == nil)
    }

    @Test func linkTargetsOutsideCodeAreOfferedForRewriting() {
        let rewrite = { (line: String) in LinkTargets.rewrite(line) { $0 == "a.png" || $0 == "my file.pdf" ? "post/" + $0 : nil } }
        #expect(rewrite("![x](a.png) `![y](a.png)` [z](b.png)") == "![x](post/a.png) `![y](a.png)` [z](b.png)")
        #expect(rewrite("[f](<my file.pdf>) and [g](a.png \"title\")") == "[f](<post/my file.pdf>) and [g](post/a.png \"title\")")
        #expect(rewrite(#"<img src="a.png" alt=""> <a href='a.png'>x</a> data-src="a.png""#)
                == #"<img src="post/a.png" alt=""> <a href='post/a.png'>x</a> data-src="a.png""#)
        #expect(rewrite("[ref]: a.png \"t\"") == "[ref]: post/a.png \"t\"")
        #expect(rewrite("[x](https://example.org/(a).png)") == "[x](https://example.org/(a).png)")
    }

    @Test func frontMatterLinesKeepWhatIsNotTouched() {
        var lines = FrontMatterLines("# 说明\ntitle: \"标题\" # 注释\ntags:\n- 低保\n- 标准\nparams:\n  source: 县民政局\n  region: \"410829\"\n", firstLine: 2)
        #expect(lines.keys == ["title", "tags", "params"])
        #expect(lines.scalar("title") == "标题")
        #expect(lines.scalar("tags") == nil)
        #expect(lines.entry("params")?.sourceLine == 7)
        #expect(lines.flatten("params") == ["source", "region"])
        lines.rename("title", to: "summary")
        lines.set("slug", "std 2024")
        lines.remove("tags")
        #expect(lines.text == "# 说明\nsummary: \"标题\" # 注释\nsource: 县民政局\nregion: \"410829\"\nslug: std 2024")
        // A key taken at the top: params stays as it is.
        var taken = FrontMatterLines("source: 甲\nparams:\n  source: 乙", firstLine: 1)
        #expect(taken.flatten("params") == nil)
        #expect(taken.keys == ["source", "params"])
    }

    @Test("dates Hexo wrote, in the form Gongshi reads", arguments: [
        ("2022/2/3", "2022-02-03"), ("2022/02/23 10:46", "2022-02-23 10:46:00"), ("2022.2.3 9:05:07", "2022-02-03 09:05:07"),
    ])
    func dashedDates(written: String, read: String) {
        #expect(PostFrontMatterConverter.dashedDate(written) == read)
    }

    @Test func namesThatAreNoSlugsAreMadeSafe() {
        #expect(PostsImporter.safeName("2024-标准") == "2024-标准")
        #expect(PostsImporter.safeName("bad name (1)") == "bad-name-1")
        #expect(PostsImporter.safeName(".hidden") == "hidden")
        #expect(PostsImporter.safeName("index") == "post-index")
        #expect(PostsImporter.safeName("con") == "post-con")
        #expect(PostsImporter.safeName("???") == "post")
    }

    @Test func aJSONFrontMatterBecomesYAMLInItsOrder() {
        let result = PostFrontMatterConverter.convert("{\n  \"title\": \"标准\",\n  \"date\": \"2024-01-05\",\n  \"draft\": false\n}\n正文\n",
                                                       file: "a.md", timeZone: .current, keptOut: nil, now: 1_764_547_200)
        #expect(result.frontMatter == "title: 标准\ndate: 2024-01-05\ndraft: false")
        #expect(result.changes == ["JSON 文件头改为 YAML"])
        #expect(result.body == "正文\n")
    }

    @Test func aTOMLFrontMatterGongshiCannotSayIsLeftAndReportedAtItsLine() {
        let text = "+++\ntitle = \"\"\"多行\n标题\"\"\"\n+++\n正文\n"
        let result = PostFrontMatterConverter.convert(text, file: "a.md", timeZone: .current, keptOut: nil, now: 1_764_547_200)
        #expect(result.frontMatter == nil)
        #expect(result.body == text)
        #expect(result.problems == [PostProblem(line: 2, column: 1, message: Messages.frontMatterFormat("TOML 多行字符串"))])
    }

    @Test func blocksAndCodeInTheBody() {
        let converter = PostBodyConverter(name: "p", assets: ["a.png"], assetFolderName: "p",
                                          findPost: { _ in nil }, findRootFile: { _ in nil })
        let result = converter.convert("""
            ```
            {% asset_img a.png %}
            ```
            {% codeblock lang:swift %}
            ```
            {% endcodeblock %}
            {% raw %}
            {{ 原样 }}
            {% endraw %}
            {% post_link missing %} {% asset_img gone.png %}
            """, firstLine: 5)
        #expect(result.body == """
            ```
            {% asset_img a.png %}
            ```
            ````swift
            ```
            ````
            {{ 原样 }}
            {% post_link missing %} ![](p/gone.png)
            """)
        #expect(result.problems == [
            PostProblem(line: 14, column: 1, message: Messages.postTagNotConverted(
                "post_link", hugo: false, replacement: ShortcodeScanner.replacement(for: "post_link"))),
            PostProblem(line: 14, column: 1, message: Messages.postFileNotFound),
        ])
    }

    static func convert(_ text: String, keptOut: String? = nil, now: Int64 = 1_764_547_200) -> PostFrontMatterConverter.Result {
        PostFrontMatterConverter.convert(text, file: "a.md", timeZone: TimeZone(identifier: "Asia/Shanghai") ?? .current,
                                         keptOut: keptOut, now: now)
    }

    @Test func linesAreTheFilesOwnWhenTheOpeningFenceWasAdded() {
        let result = Self.convert("title: 甲\ndate: 下周一\n---\n正文\n")
        #expect(result.changes.first == "文件头补上开头的 ---")
        #expect(result.problems.map(\.line) == [2])
        #expect(result.bodyFirstLine == 4)
    }

    @Test func valuesYAMLWouldMisreadAreQuoted() {
        #expect(FrontMatterLines.quoted("通知:") == "\"通知:\"")
        #expect(FrontMatterLines.quoted("null") == "\"null\"")
        #expect(FrontMatterLines.quoted("Yes") == "\"Yes\"")
        #expect(FrontMatterLines.quoted("第一行\n第二行") == "\"第一行\\n第二行\"")
        #expect(FrontMatterLines.quoted("#标签") == "\"#标签\"")
        #expect(FrontMatterLines.quoted("2024-01-05T09:00:00+08:00") == "2024-01-05T09:00:00+08:00")
        #expect(FrontMatterLines.quoted("a: b") == "\"a: b\"")
        let json = Self.convert("{\n  \"title\": \"通知:\",\n  \"summary\": \"null\",\n  \"draft\": false\n}\n正文\n")
        #expect(json.frontMatter == "title: \"通知:\"\nsummary: \"null\"\ndraft: false")
    }

    @Test func hugoKeysInAnyCaseAndWaysOfStayingUnpublished() {
        var result = Self.convert("---\nTitle: 甲\nDraft: true\n---\n")
        #expect(result.frontMatter == "title: 甲\ndraft: true")
        result = Self.convert("---\ntitle: 乙\nhidden: true\n---\n")
        #expect(result.frontMatter == "title: 乙\ndraft: true")
        // Dated in the future (after `now`, 2025-12-01): published from that date, withdrawn at unpublishdate.
        result = Self.convert("---\ntitle: 丙\ndate: 2099-01-05\nunpublishdate: 2099-12-31\n---\n")
        #expect(result.frontMatter == "title: 丙\ndate: 2099-01-05\nexpiryDate: 2099-12-31\npublishDate: 2099-01-05")
        result = Self.convert("---\ntitle: 丁\n---\n", keptOut: "Hexo 的 _drafts 中的草稿")
        #expect(result.frontMatter == "title: 丁\ndraft: true")
        #expect(result.changes == ["Hexo 的 _drafts 中的草稿：写上 draft: true"])
    }

    @Test func linksToThePostsFilesAreBuiltFromTheDecodedPath() {
        let converter = PostBodyConverter(name: "my-post", assets: ["a b.jpg", "x.png"], assetFolderName: "my post",
                                          findPost: { _ in nil }, findRootFile: { _ in nil })
        let result = converter.convert("![x](my%20post/x.png) ![y](a%20b.jpg) [z](./x.png)", firstLine: 1)
        #expect(result.body == "![x](my-post/x.png) ![y](my-post/a%20b.jpg) [z](my-post/x.png)")
    }

    @Test func aLongLineIsScannedOnce() {
        let line = String(repeating: "[a](b.md) 文字 ", count: 4_000)
        var offered = 0
        _ = LinkTargets.rewrite(line) { _ in
            offered += 1
            return nil
        }
        #expect(offered == 4_000)
    }
}
