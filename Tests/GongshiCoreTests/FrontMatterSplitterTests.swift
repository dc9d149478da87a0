import Testing
@testable import GongshiCore

@Suite("FrontMatterSplitter")
struct FrontMatterSplitterTests {
    static let file = "content/articles/a.md"

    func split(_ text: String) throws(ContentErrors) -> FrontMatterSplit {
        try FrontMatterSplitter.split(text, file: Self.file)
    }

    func thrown(_ text: String) -> [String] {
        do {
            _ = try split(text)
            return []
        } catch {
            return error.diagnostics.map(\.description)
        }
    }

    @Test func fileWithoutFrontMatterIsAllBody() throws {
        let text = "# 低保标准\n\n正文\n"
        #expect(try split(text) == FrontMatterSplit(yaml: nil, yamlFirstLine: 0, body: text, bodyFirstLine: 1))
    }

    @Test func frontMatterAndBody() throws {
        let text = "---\ntitle: 低保标准\ndate: 2022-02-23\n---\n正文第一行\n第二行\n"
        #expect(try split(text) == FrontMatterSplit(
            yaml: "title: 低保标准\ndate: 2022-02-23", yamlFirstLine: 2, body: "正文第一行\n第二行\n", bodyFirstLine: 5))
    }

    @Test func leadingBlankLinesAreTolerated() throws {
        // Lines 1–2 blank (one with spaces and a tab), `---` on line 3.
        let text = "\n  \t\n---\ntitle: a\n---\n\n正文"
        #expect(try split(text) == FrontMatterSplit(yaml: "title: a", yamlFirstLine: 4, body: "\n正文", bodyFirstLine: 6))
    }

    @Test func crlfLineEnds() throws {
        let result = try split("---\r\ntitle: a\r\ndate: 2022-02-23\r\n---\r\n正文\r\n")
        #expect(result.yamlFirstLine == 2)
        #expect(result.bodyFirstLine == 5)
        #expect(result.body == "正文\r\n")
        #expect(result.yaml?.replacingOccurrences(of: "\r", with: "") == "title: a\ndate: 2022-02-23")
    }

    @Test func fencesWithTrailingSpacesAndTabs() throws {
        #expect(try split("---  \ntitle: a\n---\t \nbody") ==
            FrontMatterSplit(yaml: "title: a", yamlFirstLine: 2, body: "body", bodyFirstLine: 4))
    }

    @Test func threeDotsCloseTheFrontMatter() throws {
        #expect(try split("---\ntitle: a\n...\nbody\n") ==
            FrontMatterSplit(yaml: "title: a", yamlFirstLine: 2, body: "body\n", bodyFirstLine: 4))
    }

    @Test func emptyFrontMatter() throws {
        #expect(try split("---\n---\nbody") == FrontMatterSplit(yaml: "", yamlFirstLine: 2, body: "body", bodyFirstLine: 3))
    }

    @Test func frontMatterWithoutBodyOrFinalNewline() throws {
        #expect(try split("---\ntitle: a\n---") == FrontMatterSplit(yaml: "title: a", yamlFirstLine: 2, body: "", bodyFirstLine: 4))
    }

    @Test func onlyTheFirstClosingFenceEndsTheFrontMatter() throws {
        // A thematic break in the body stays in the body.
        #expect(try split("---\ntitle: a\n---\none\n---\ntwo") ==
            FrontMatterSplit(yaml: "title: a", yamlFirstLine: 2, body: "one\n---\ntwo", bodyFirstLine: 4))
    }

    @Test("not front matter", arguments: [
        "----\ntitle: a\n----\nbody",   // four dashes
        " ---\ntitle: a\n---\nbody",    // indented opening
        "text\n---\ntitle: a\n---\n",   // fence not at the top
        "",
    ])
    func notFrontMatter(_ text: String) throws {
        #expect(try split(text) == FrontMatterSplit(yaml: nil, yamlFirstLine: 0, body: text, bodyFirstLine: 1))
    }

    @Test func unterminatedFrontMatterIsAnError() {
        #expect(thrown("---\ntitle: a\n\n正文\n") ==
            [errorLine("content/articles/a.md:1:1", Messages.frontMatterUnterminated)])
    }

    @Test func unterminatedAfterBlankLinesPointsAtTheOpeningLine() {
        #expect(thrown("\n\n---\ntitle: a\n") ==
            [errorLine("content/articles/a.md:3:1", Messages.frontMatterUnterminated)])
    }

    @Test func loneOpeningFenceIsUnterminated() {
        #expect(thrown("---") == [errorLine("content/articles/a.md:1:1", Messages.frontMatterUnterminated)])
    }

    @Test func unterminatedMessageText() {
        #expect(Messages.frontMatterUnterminated == Message(.frontMatterUnterminated, "文件头（front matter）没有结束", hint: "以 --- 开始的文件头需要另一行 --- 结束"))
    }
}
