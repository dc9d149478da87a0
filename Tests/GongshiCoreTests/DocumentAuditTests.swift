import Testing
@testable import GongshiCore

@Suite("DocumentAudit")
struct DocumentAuditTests {
    static let config = SiteConfig(title: "低保公示", publisher: "民政局")

    func article(_ file: String, slug: String? = nil) -> Document {
        document(.article, file, slug: slug)
    }

    func notice(_ file: String, slug: String? = nil) -> Document {
        document(.notice, file, slug: slug)
    }

    /// A document as the loader makes it: slug from the stem unless given (then located at line 2, column 7).
    func document(_ kind: DocumentKind, _ file: String, slug: String?) -> Document {
        let contentPath = kind.folder + "/" + file
        let sourcePath = "content/" + contentPath
        let stem = String(file.split(separator: "/").last!.dropLast(3))
        return Document(
            kind: kind, sourcePath: sourcePath, contentPath: contentPath, slug: slug ?? stem, title: "t", body: "",
            slugLocation: slug == nil ? nil : SourceLocation(file: sourcePath, line: 2, column: 7))
    }

    func audit(articles: [Document] = [], notices: [Document] = []) -> [String] {
        DocumentAudit.audit(SiteContent(config: Self.config, articles: articles, notices: notices)).map(\.description)
    }

    @Test func goodSlugsGiveNoDiagnostics() {
        #expect(audit(articles: [article("低保标准.md"), article("b.md", slug: "standards-2024")],
                      notices: [notice("2024/xingfu.md")]) == [])
    }

    @Test("bad slugs from front matter are located at the slug value", arguments: [
        ("../x", Messages.slugHasSeparator),
        ("/etc/x", Messages.slugHasSeparator),
        (".hidden", Messages.slugLeadingDot),
        ("a/b", Messages.slugHasSeparator),
        ("index", Messages.slugReserved),
        ("a b", Messages.slugCharacter(" ")),
        ("", Messages.slugEmpty),
    ])
    func badFrontMatterSlug(_ slug: String, _ problem: String) {
        #expect(audit(articles: [article("a.md", slug: slug)]) ==
            [errorLine("content/articles/a.md:2:7", Messages.invalidSlug(problem: problem))])
    }

    @Test func badSlugFromFileNameIsLocatedAtTheFile() {
        #expect(audit(notices: [notice("幸福 清单.md"), notice("index.md")]) == [
            "content/notices/幸福 清单.md: 错误 GS1060: slug 无效，已隐去；含有字符“ ”：只能使用文字、数字、- 、_ 和 .",
            errorLine("content/notices/index.md", Messages.invalidSlug(problem: Messages.slugReserved)),
        ])
    }

    @Test func badSlugThroughTheLoader() throws {
        // The slug's location comes from the loader: `slug:` value on file line 3, column 7.
        let parsed = parseDocument("---\ntitle: t\nslug: ../../etc/passwd\n---\n")
        let d = try #require(parsed.document)
        #expect(audit(articles: [d]) ==
            [errorLine("content/articles/a.md:3:7", Messages.invalidSlug(problem: Messages.slugHasSeparator))])
    }

    @Test func duplicateSlugsNameBothFiles() {
        #expect(audit(articles: [article("a.md", slug: "standards"), article("2024/b.md", slug: "standards")]) == [
            "content/articles/2024/b.md:2:7: 错误 GS1061: slug 重复，已隐去；content/articles/a.md 与 content/articles/2024/b.md 会生成同一个页面\n  提示：请修改其中一个的 slug 或文件名"
        ])
    }

    @Test func slugFromFileNameClashingWithFrontMatterSlug() {
        #expect(audit(articles: [article("低保标准.md"), article("b.md", slug: "低保标准")]) == [
            errorLine("content/articles/b.md:2:7",
                      Messages.duplicateSlug(first: "content/articles/低保标准.md", second: "content/articles/b.md"))
        ])
    }

    @Test func slugsDifferingOnlyInCaseClash() {
        #expect(audit(notices: [notice("a.md", slug: "Standards"), notice("b.md", slug: "standards")]) == [
            errorLine("content/notices/b.md:2:7",
                      Messages.duplicateSlug(first: "content/notices/a.md", second: "content/notices/b.md"))
        ])
    }

    @Test func threeDocumentsWithOneSlugGiveTwoErrorsNamingTheFirst() {
        #expect(audit(articles: [article("a.md", slug: "s"), article("b.md", slug: "s"), article("c.md", slug: "S")]) == [
            errorLine("content/articles/b.md:2:7", Messages.duplicateSlug(first: "content/articles/a.md", second: "content/articles/b.md")),
            errorLine("content/articles/c.md:2:7", Messages.duplicateSlug(first: "content/articles/a.md", second: "content/articles/c.md")),
        ])
    }

    @Test func sameSlugInArticlesAndNoticesIsFine() {
        #expect(audit(articles: [article("standards.md")], notices: [notice("standards.md")]) == [])
    }

    @Test func invalidSlugsAreNotAlsoReportedAsDuplicates() {
        #expect(audit(articles: [article("a.md", slug: "a b"), article("b.md", slug: "a b")]) == [
            errorLine("content/articles/a.md:2:7", Messages.invalidSlug(problem: Messages.slugCharacter(" "))),
            errorLine("content/articles/b.md:2:7", Messages.invalidSlug(problem: Messages.slugCharacter(" "))),
        ])
    }
}
