import Foundation
import Testing
@testable import GongshiCore

/// `ContentLoader.load` over a small site written to a temporary folder.
@Suite("ContentLoader")
struct ContentLoaderTests {
    static let site: [String: String] = [
        "site.yaml": "title: 低保公示\npublisher: 民政局\n",
        "content/articles/standards.md": "---\ntitle: 标准\ndate: 2022-02-23\n---\n正文\n",
        "content/articles/2024/policy.md": "# 政策\n",
        "content/articles/draft.md": "---\ntitle: 草稿\ndraft: true\n---\n",
        "content/articles/.hidden.md": "---\nbroken\n",
        "content/articles/notes.txt": "not markdown",
        "content/articles/upper.MD": "---\ntitle: 大写扩展名\n---\n",
        "content/notices/xingfu.md": "---\ntitle: 幸福清单\ntype: 幸福清单\nregion: \"410821101201\"\n---\n",
        "content/notices/untitled.md": "没有标题\n",
    ]

    func withSite<T>(_ files: [String: Data], _ body: (URL) throws -> T) throws -> T {
        let folder = try makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try write(files, in: folder)
        return try body(folder)
    }

    static func utf8(_ files: [String: String]) -> [String: Data] { files.mapValues { Data($0.utf8) } }

    @Test func loadsDocumentsInPathOrderWithoutDrafts() throws {
        let (content, warnings) = try withSite(Self.utf8(Self.site)) { try ContentLoader.load(siteFolder: $0) }
        #expect(content.config.title == "低保公示")
        #expect(content.articles.map(\.contentPath) == ["articles/2024/policy.md", "articles/standards.md", "articles/upper.MD"])
        #expect(content.articles.map(\.sourcePath) == [
            "content/articles/2024/policy.md", "content/articles/standards.md", "content/articles/upper.MD",
        ])
        #expect(content.articles.map(\.slug) == ["policy", "standards", "upper"])
        #expect(content.articles.map(\.title) == ["政策", "标准", "大写扩展名"])
        #expect(content.articles[1].date?.epochSeconds == 1_645_545_600)
        #expect(content.notices.map(\.contentPath) == ["notices/untitled.md", "notices/xingfu.md"])
        #expect(content.notices.allSatisfy { $0.kind == .notice })
        #expect(content.notices[1].param("region") == .text("410821101201"))
        #expect(warnings.map(\.description) == [warningLine("content/notices/untitled.md:1", Messages.missingTitle)])
    }

    @Test func draftsIncludedWhenAsked() throws {
        let (content, _) = try withSite(Self.utf8(Self.site)) {
            try ContentLoader.load(siteFolder: $0, options: .init(includeDrafts: true))
        }
        #expect(content.articles.map(\.contentPath) == [
            "articles/2024/policy.md", "articles/draft.md", "articles/standards.md", "articles/upper.MD",
        ])
        #expect(content.articles[1].draft)
    }

    @Test func crlfDraftIsLeftOut() throws {
        // Saved by Windows Notepad: CR LF line ends. `draft: true` must still keep it unpublished.
        var files = Self.site
        files["content/articles/draft.md"] = "---\r\ntitle: 草稿\r\ndraft: true\r\n---\r\n正文\r\n"
        let (content, _) = try withSite(Self.utf8(files)) { try ContentLoader.load(siteFolder: $0) }
        #expect(content.articles.map(\.contentPath) == ["articles/2024/policy.md", "articles/standards.md", "articles/upper.MD"])
    }

    @Test func siteTimeZoneAppliesToDocumentDates() throws {
        var files = Self.site
        files["site.yaml"] = "title: t\npublisher: p\ntimezone: America/New_York\n"
        let (content, _) = try withSite(Self.utf8(files)) { try ContentLoader.load(siteFolder: $0) }
        #expect(content.articles[1].date?.iso8601 == "2022-02-23T00:00:00-05:00")
        #expect(content.articles[1].date?.epochSeconds == 1_645_592_400)
    }

    @Test func everyBrokenFileIsReported() throws {
        var files = Self.utf8(Self.site)
        files["content/articles/unterminated.md"] = Data("\n---\ntitle: a\n".utf8)
        files["content/notices/gbk.md"] = Data(Array("---\ntitle: ".utf8) + [0xB5, 0xCD, 0xB1, 0xA3] + Array("\n---\n".utf8))
        files["content/notices/baddate.md"] = Data("---\ntitle: t\ndate: 2022-02-30\n---\n".utf8)
        let rendered: [String] = try withSite(files) { folder in
            do {
                _ = try ContentLoader.load(siteFolder: folder)
                return []
            } catch let error as ContentErrors {
                return error.diagnostics.map(\.description)
            }
        }
        #expect(rendered == [
            errorLine("content/articles/unterminated.md:2:1", Messages.frontMatterUnterminated),
            errorLine("content/notices/baddate.md:3:7",
                      Messages.invalidDate("2022-02-30", key: "date", accepted: DateParser.acceptedForms)),
            errorLine("content/notices/gbk.md:2:8", Messages.notUTF8),
            warningLine("content/notices/untitled.md:1", Messages.missingTitle),
        ])
    }

    @Test func siteConfigErrorsStopBeforeDocuments() throws {
        var files = Self.site
        files["site.yaml"] = "title: t\n"
        files["content/articles/unterminated.md"] = "---\n"
        let rendered: [String] = try withSite(Self.utf8(files)) { folder in
            do {
                _ = try ContentLoader.load(siteFolder: folder)
                return []
            } catch let error as ContentErrors {
                return error.diagnostics.map(\.description)
            }
        }
        #expect(rendered == [errorLine("site.yaml", Messages.missingKey("publisher"))])
    }

    @Test func siteWithoutContentFolderHasNoDocuments() throws {
        let (content, warnings) = try withSite(["site.yaml": Data("title: t\npublisher: p\n".utf8)]) {
            try ContentLoader.load(siteFolder: $0)
        }
        #expect(content.articles.isEmpty)
        #expect(content.notices.isEmpty)
        #expect(warnings.isEmpty)
    }
}
