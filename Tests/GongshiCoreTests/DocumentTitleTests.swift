import Testing
@testable import GongshiCore

/// Where a document's title comes from: front matter, else the first `# heading`, else the file name.
@Suite("Document titles")
struct DocumentTitleTests {
    @Test func titleFromFirstHeadingWithoutFrontMatter() throws {
        let outcome = parseDocument("\n# 2024年低保标准 #\n\n正文\n# 第二个标题\n", contentPath: "articles/biaozhun.md")
        #expect(outcome.diagnostics.isEmpty)
        let d = try #require(outcome.document)
        #expect(d.title == "2024年低保标准")
        #expect(d.slug == "biaozhun")
        #expect(d.body == "\n# 2024年低保标准 #\n\n正文\n# 第二个标题\n")
        #expect(d.bodyFirstLine == 1)
    }

    @Test func titleFromHeadingWhenFrontMatterHasNone() throws {
        let outcome = parseDocument("---\ndate: 2022-02-23\n---\n# 关于调整低保标准的通知\n")
        #expect(outcome.diagnostics.isEmpty)
        #expect(outcome.document?.title == "关于调整低保标准的通知")
    }

    @Test func frontMatterTitleWinsOverHeading() {
        #expect(parseDocument("---\ntitle: 文件头标题\n---\n# 正文标题\n").document?.title == "文件头标题")
    }

    @Test func headingInsideFencedCodeIsSkipped() {
        let body = "```\n# 注释\n```\n~~~\n# 另一个注释\n~~~\n#   真正的标题   \n"
        #expect(parseDocument(body).document?.title == "真正的标题")
    }

    @Test("not a heading", arguments: ["#标题", "####### 七级", "正文 # 不是标题", "#"])
    func notAHeading(_ line: String) throws {
        let outcome = parseDocument(line + "\n", contentPath: "articles/wenjian.md")
        #expect(outcome.document?.title == "wenjian")
        #expect(outcome.rendered == [warningLine("content/articles/wenjian.md:1", Messages.missingTitle)])
    }

    @Test func missingTitleFallsBackToFileStemWithWarning() throws {
        let outcome = parseDocument("---\ndate: 2022-02-23\n---\n只有正文\n", contentPath: "notices/2024/xingfu-qingdan.md", kind: .notice)
        let d = try #require(outcome.document)
        #expect(d.title == "xingfu-qingdan")
        #expect(outcome.diagnostics.count == 1)
        #expect(outcome.diagnostics.first?.severity == .warning)
        #expect(outcome.rendered == ["content/notices/2024/xingfu-qingdan.md:1: 警告 GS1053: 缺少标题，暂用文件名作标题\n  提示：请在文件头中写 title，或以“# 标题”开头"])
    }

    @Test func nullTitleFallsBackWithOnlyTheWarning() {
        let outcome = parseDocument("---\ntitle:\n---\n")
        #expect(outcome.document?.title == "a")
        #expect(outcome.rendered == [warningLine("content/articles/a.md:1", Messages.missingTitle)])
    }

    @Test func blankTitleIsAnErrorAndFallsBack() {
        let outcome = parseDocument("---\ntitle: \"  \"\n---\n")
        #expect(outcome.document?.title == "a")
        #expect(outcome.rendered == [
            errorLine("content/articles/a.md:2:8", Messages.expectedText("title")),
            warningLine("content/articles/a.md:1", Messages.missingTitle),
        ])
    }

    @Test func headingOfACRLFFile() {
        // Files saved by Windows Notepad end lines with CR LF.
        let outcome = parseDocument("# 低保标准\r\n\r\n正文\r\n")
        #expect(outcome.document?.title == "低保标准")
        #expect(outcome.diagnostics.isEmpty)
    }

    @Test("closing #s belong to the heading unless preceded by a space (CommonMark)")
    func hashWithoutSpaceIsPartOfTheHeading() {
        #expect(parseDocument("# 学习 C#\n").document?.title == "学习 C#")
    }
}
