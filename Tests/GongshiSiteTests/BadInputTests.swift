import Foundation
import Testing
@testable import GongshiCore
@testable import GongshiSite

/// Each bad input: the build fails with a message naming the file and line, nothing is written,
/// and the previous `public/` stays byte for byte as it was.
@Suite struct BadInputTests {
    static let goodFiles: [String: String] = [
        "content/articles/a.md": "---\ntitle: 甲\ndate: 2024-01-05\n---\n正文，见[乙](b.md)。\n",
        "content/articles/b.md": "---\ntitle: 乙\ndate: 2024-01-06\n---\n正文\n",
        "content/notices/n.md": "---\ntitle: 公告\n---\n正文\n",
    ]

    /// Builds the good site, applies `breakIt`, builds again and returns the failure's diagnostics
    /// after checking that the output is untouched and no staging folder is left behind.
    func failingBuild(_ breakIt: (SiteFixture) throws -> Void) throws -> [Diagnostic] {
        let site = try SiteFixture(Self.goodFiles)
        try site.build()
        let before = SiteFixture.snapshot(site.publicFolder)
        #expect(before.count == 14)
        try breakIt(site)
        let siblingsBefore = site.siblings()
        let diagnostics = try #require(site.buildFailure())
        #expect(SiteFixture.snapshot(site.publicFolder) == before, "previous public/ changed")
        #expect(site.siblings() == siblingsBefore, "a staging folder was left behind")
        return diagnostics.errors
    }

    @Test func malformedFrontMatterYAML() throws {
        let errors = try failingBuild { try $0.write("content/articles/a.md", "---\ntitle: 甲\ntags: [低保\ndate: 2024-01-05\n---\n正文\n") }
        #expect(errors.count == 1)
        #expect(errors.first?.location.file == "content/articles/a.md")
        #expect((errors.first?.location.line ?? 0) >= 3)
        #expect(errors.first?.message.hasPrefix("YAML 格式错误") == true)
    }

    @Test func unterminatedFrontMatter() throws {
        let errors = try failingBuild { try $0.write("content/articles/a.md", "\n---\ntitle: 甲\n正文\n") }
        #expect(errors.map(\.description) == [errorLine("content/articles/a.md:2:1", Messages.frontMatterUnterminated)])
    }

    @Test func dateInNoAcceptedFormListsTheForms() throws {
        let errors = try failingBuild { try $0.write("content/articles/b.md", "---\ntitle: 乙\ndate: 2024年1月6日\n---\n正文\n") }
        #expect(errors.map(\.description) == [
            "content/articles/b.md:3:7: 错误 GS1052: date 的日期“2024年1月6日”无法识别\n  提示：可用的格式：2022-02-23、2022-02-23 10:46:48、2022-02-23T10:46:48+08:00、Wed, 23 Feb 2022 10:46:48 GMT"
        ])
    }

    @Test func unknownSiteKeyListsTheKnownOnes() throws {
        let errors = try failingBuild { try $0.write("site.yaml", SiteFixture.minimalSiteYAML + "titel: 错字\n") }
        #expect(errors.map(\.description) == [
            "site.yaml:6:1: 错误 GS1023: 未知的配置项 titel，是不是 title？\n  提示：可用的配置项：title, publisher, hotlines, base_url, theme, timezone, disclosure, privacy, print, limits, supervision, pagination, open_data, search, portal, retention"
        ])
    }

    @Test func markdownFileThatIsNotUTF8() throws {
        // "正文" in GB18030, on the fourth line.
        let bytes = Data("---\ntitle: x\n---\n".utf8) + Data([0xD5, 0xFD, 0xCE, 0xC4, 0x0A])
        let errors = try failingBuild { try $0.write("content/notices/n.md", bytes: bytes) }
        #expect(errors.map(\.description) == [errorLine("content/notices/n.md:4:1", Messages.notUTF8)])
    }

    @Test func twoPagesWithTheSameSlugNameBothFiles() throws {
        let errors = try failingBuild { try $0.write("content/articles/2024/a.md", "---\ntitle: 另一个甲\n---\n正文\n") }
        #expect(errors.count == 1)
        let message = try #require(errors.first).description
        #expect(message.contains("content/articles/2024/a.md") && message.contains("content/articles/a.md"))
        #expect(message.contains("slug 重复，已隐去；"))
    }

    @Test(arguments: ["../x", "/etc/x", "..", ".hidden", "a/../../x"])
    func slugThatWouldEscapeTheOutputFolder(slug: String) throws {
        let errors = try failingBuild { try $0.write("content/articles/b.md", "---\ntitle: 乙\nslug: \"\(slug)\"\n---\n正文\n") }
        #expect(errors.count == 1)
        #expect(errors.first?.location.description == "content/articles/b.md:3:7")
        #expect(errors.first?.message.hasPrefix("slug 无效，已隐去；") == true)
    }

    @Test func templateWithSyntaxError() throws {
        let errors = try failingBuild { try $0.write("templates/notice.mustache", "<h1>{{page.title}}</h1>\n{{#document}}\n<p>{{title}}</p>\n") }
        #expect(errors.count == 1)
        #expect(errors.first?.location.file == "templates/notice.mustache")
        #expect(errors.first?.message.hasPrefix("模板语法错误") == true)
    }

    @Test func templateNamingMissingPartial() throws {
        let errors = try failingBuild { try $0.write("templates/notice.mustache", "<h1>{{page.title}}</h1>\n  {{> sidebar}}\n") }
        #expect(errors.map(\.description) == [
            "templates/notice.mustache:2:3: 错误 GS4004: 模板引用的局部模板 sidebar 不存在（需要文件 sidebar.mustache）"
        ])
    }

    @Test func linkToContentFileThatDoesNotExist() throws {
        let errors = try failingBuild { try $0.write("content/articles/b.md", "---\ntitle: 乙\n---\n第一段。\n\n见[标准](standard-2024.md)。\n") }
        #expect(errors.map(\.description) == ["content/articles/b.md:6:7: 错误 GS1070: 链接的内容文件不存在：articles/standard-2024.md"])
    }

    @Test func linkToDraft() throws {
        let errors = try failingBuild { try $0.write("content/articles/b.md", "---\ntitle: 乙\ndraft: true\n---\n正文\n") }
        #expect(errors.map(\.description) == [errorLine("content/articles/a.md:5:9", Messages.draftLinkTarget("articles/b.md"))])
    }

    @Test func missingThemeNamesTheSiteKey() throws {
        let errors = try failingBuild { try $0.write("site.yaml", SiteFixture.minimalSiteYAML + "theme: official\n") }
        #expect(errors.map(\.description) == ["site.yaml:6:1: 错误 GS4001: 找不到主题目录 themes/official\n  提示：请检查 site.yaml 中的 theme"])
    }

    @Test func everyErrorOfEveryFileIsReportedAtOnce() throws {
        let errors = try failingBuild { site in
            try site.write("content/articles/a.md", "---\ntitle: 甲\ndate: yesterday\n---\n")
            try site.write("content/notices/n.md", "---\ntitle: 公告\nupdated: soon\n---\n")
        }
        #expect(errors.map(\.location.description) == ["content/articles/a.md:3:7", "content/notices/n.md:3:10"])
    }

    @Test func outputFolderThatCannotBeWritten() throws {
        let site = try SiteFixture(Self.goodFiles)
        try site.write("blocker", "a file where a folder should be")
        let output = site.siteFolder.appendingPathComponent("blocker/public")
        #expect(throws: SiteBuilder.Failure.self) { try site.build(output: output) }
        do {
            try site.build(output: output)
        } catch {
            guard case .output(let message, _) = error else {
                Issue.record("expected an output failure, got \(error)")
                return
            }
            // Relative to the site folder, the reason in Chinese (issue 10).
            #expect(message == Messages.outputNotWritable("blocker/public", SystemErrorText.reason(errno: ENOTDIR)))
        }
        #expect(site.siblings() == ["blocker", "content", "site.yaml", "themes"])
    }

    @Test func refusesToReplaceAFolderItDidNotWrite() throws {
        let site = try SiteFixture(Self.goodFiles)
        try site.write("public/keep.txt", "someone's file")
        do {
            try site.build()
            Issue.record("build replaced a foreign folder")
        } catch {
            guard case .output(let message, _) = error else { return }
            #expect(message == Messages.outputNotGongshi("public"))
        }
        #expect(site.text("keep.txt") == "someone's file")
    }

    @Test func refusesToWriteOverTheSiteFolder() throws {
        let site = try SiteFixture(Self.goodFiles)
        do {
            try site.build(output: site.siteFolder)
            Issue.record("build wrote over its own source")
        } catch {
            guard case .output(let message, _) = error else { return }
            #expect(message == Messages.outputInsideSource("."))
        }
        #expect(FileManager.default.fileExists(atPath: site.siteFolder.appendingPathComponent("content/articles/a.md").path))
    }
}
