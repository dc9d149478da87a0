import Foundation
import Testing
@testable import GongshiCore
@testable import GongshiSite

/// Issue 10 items 2, 3 and 7: limits on input, checked before work, each an exit 1 naming the
/// file and the limit; YAML refused before it is composed; line breaks in roster cells.
@Suite struct InputHardeningLimitTests {
    static let smallLimit = SiteFixture.minimalSiteYAML + "limits:\n  max_file_size: 1KiB\n"

    @Test func fileOverTheConfiguredLimitIsRefused() throws {
        var files = BadInputTests.goodFiles
        files["site.yaml"] = Self.smallLimit
        files["content/articles/c.md"] = "---\ntitle: 丙\n---\n" + String(repeating: "低保", count: 400) + "\n"
        let site = try SiteFixture(files)
        let result = try HardeningCLI.build(site)
        #expect(result.status == 1)
        let size = InputLimits.describe(bytes: Int64(files["content/articles/c.md"]?.utf8.count ?? 0))
        #expect(result.says(Messages.fileTooLarge(size: size, limit: "1 KiB"), at: "content/articles/c.md"), "\(result.stderr)")
        #expect(result.errorLines.count == 1)
    }

    @Test func markdownOverTheDocumentLimitIsRefusedWhateverMaxFileSizeSays() throws {
        var files = BadInputTests.goodFiles
        files["site.yaml"] = SiteFixture.minimalSiteYAML + "limits:\n  max_file_size: 1GiB\n"
        let site = try SiteFixture(files)
        try site.write("content/notices/big.md", bytes: Data(count: Int(InputLimits.maxDocumentSize) + 1))
        let result = try HardeningCLI.build(site)
        #expect(result.status == 1)
        #expect(result.says(Messages.documentTooLarge(size: "4.1 MiB", limit: "4 MiB"), at: "content/notices/big.md"), "\(result.stderr)")
    }

    @Test func rosterOverTheConfiguredLimitIsRefused() throws {
        var files = RosterSite.files
        files["site.yaml"] = Self.smallLimit
        let path = "content/rosters/2026-11/410829101203.csv"
        files[path] = RosterSite.header + String(repeating: "A009,孙*,1,1,农村低保,550,2024-01,\n", count: 40)
        let site = try SiteFixture(files)
        let result = try HardeningCLI.build(site)
        #expect(result.status == 1)
        #expect(result.says(text: "错误 GS1106: 文件过大（1.7 KiB），超过了每个文件的上限 1 KiB", at: path), "\(result.stderr)")
    }

    @Test func rosterWithMoreRowsThanTheBoundIsRefusedAtTheFirstRowOver() throws {
        var files = RosterSite.files
        let path = "content/rosters/2026-11/410829101203.csv"
        files[path] = RosterSite.header + String(repeating: "A009,孙*,1,1,农村低保,550,2024-01,\n", count: InputLimits.maxCSVRows)
        let site = try SiteFixture(files)
        let result = try HardeningCLI.build(site)
        #expect(result.status == 1)
        #expect(result.says(Messages.csvTooManyRows(limit: 100_000), at: path + ":100001:1"), "\(result.stderr.prefix(600))")
    }

    @Test func rosterRowWithMoreColumnsThanTheBoundIsRefused() throws {
        var files = RosterSite.files
        let path = "content/rosters/2026-11/410829101203.csv"
        files[path] = RosterSite.header + "A009,孙*,1,1,农村低保,550,2024-01," + String(repeating: ",", count: 300) + "\n"
        let site = try SiteFixture(files)
        let result = try HardeningCLI.build(site)
        #expect(result.status == 1)
        #expect(result.says(Messages.csvTooManyColumns(limit: 256), at: path + ":2:279"), "\(result.stderr.prefix(600))")
    }

    @Test func rosterCellLongerThanTheBoundIsRefusedBeforeAnyCheckReadsIt() throws {
        var files = RosterSite.files
        let path = "content/rosters/2026-11/410829101203.csv"
        files[path] = RosterSite.header + "A009,\"" + String(repeating: "孟", count: 683) + "\",1,1,农村低保,550,2024-01,\n"
        let site = try SiteFixture(files)
        let result = try HardeningCLI.build(site)
        #expect(result.status == 1)
        #expect(result.says(Messages.csvCellTooLong(limit: 2048), at: path + ":2:6"), "\(result.stderr.prefix(600))")
        #expect(!result.stderr.contains("孟孟"))
    }

    @Test func invalidLimitIsAnErrorAtItsValue() throws {
        var files = BadInputTests.goodFiles
        files["site.yaml"] = SiteFixture.minimalSiteYAML + "limits:\n  max_file_size: 64 兆\n"
        let result = try HardeningCLI.build(try SiteFixture(files))
        #expect(result.status == 1)
        #expect(result.says(Messages.invalidMaxFileSize, at: "site.yaml:7:18"), "\(result.stderr)")
    }

    @Test func unknownLimitKeyListsTheKnownOnes() throws {
        var files = BadInputTests.goodFiles
        files["site.yaml"] = SiteFixture.minimalSiteYAML + "limits:\n  max_filesize: 1MiB\n"
        let result = try HardeningCLI.build(try SiteFixture(files))
        #expect(result.status == 1)
        #expect(result.says(Messages.unknownSiteKey("max_filesize", known: ["max_file_size"]), at: "site.yaml:7:3"), "\(result.stderr)")
    }

    @Test func aliasBombInFrontMatterIsRefusedBeforeExpanding() throws {
        var bomb = "---\ntitle: 丙\nx0: &a0 [\"低保低保低保低保\",\"低保低保低保低保\"]\n"
        for level in 1..<40 {
            let previous = "*a\(level - 1)"
            bomb += "x\(level): &a\(level) [\(Array(repeating: previous, count: 9).joined(separator: ","))]\n"
        }
        bomb += "---\n正文\n"
        let site = try SiteFixture(BadInputTests.goodFiles.merging(["content/articles/c.md": bomb]) { $1 })
        let result = try HardeningCLI.build(site, seconds: 30)
        #expect(result.status == 1)
        #expect(result.says(Messages.yamlAnchorRefused, at: "content/articles/c.md:3:5"), "\(result.stderr)")
    }

    @Test(arguments: [
        ("site.yaml", SiteFixture.minimalSiteYAML + "hotlines: *h\n", 6, 11),
        ("content/rosters/2026-11/_month.yaml", RosterSite.month("2026-11", days: 30) + "publisher: *p\n", 9, 12),
        ("content/standards.yaml", "- from: *d\n", 1, 9),
    ])
    func aliasesAreRefusedInEveryYAML(_ path: String, _ text: String, _ line: Int, _ column: Int) throws {
        let site = try SiteFixture(RosterSite.files.merging([path: text]) { $1 })
        let result = try HardeningCLI.build(site)
        #expect(result.status == 1)
        #expect(result.says(Messages.yamlAliasRefused, at: "\(path):\(line):\(column)"), "\(result.stderr)")
    }

    @Test func deepNestingIsRefusedBeforeComposing() throws {
        let deep = "---\ntitle: 丙\ntags: " + String(repeating: "[", count: 200_000) + "\n---\n正文\n"
        let site = try SiteFixture(BadInputTests.goodFiles.merging(["content/articles/c.md": deep]) { $1 })
        let result = try HardeningCLI.build(site)
        #expect(result.status == 1)
        #expect(result.says(Messages.yamlTooDeep(limit: InputLimits.maxYAMLDepth), at: "content/articles/c.md:3"), "\(result.stderr)")
    }

    @Test func tabInIndentationIsCalledATab() throws {
        let site = try SiteFixture(BadInputTests.goodFiles.merging(["content/articles/c.md": "---\ntitle: 丙\n\tdate: 2024-01-07\n---\n正文\n"]) { $1 })
        let result = try HardeningCLI.build(site)
        #expect(result.status == 1)
        #expect(result.says(Messages.yamlTab, at: "content/articles/c.md:3:1"), "\(result.stderr)")
        #expect(result.stderr.contains("制表符"))
    }

    @Test func brokenMonthFileGivesOnlyTheRealError() throws {
        let month = RosterSite.month("2026-11", days: 30).replacingOccurrences(of: "publish_from: 2026-11-01", with: "publish_from: 明天")
        let site = try SiteFixture(RosterSite.files.merging(["content/rosters/2026-11/_month.yaml": month]) { $1 })
        let result = try HardeningCLI.build(site)
        #expect(result.status == 1)
        #expect(result.errorLines.count == 1, "\(result.stderr)")
        #expect(result.errorLines.first?.hasPrefix("content/rosters/2026-11/_month.yaml:2:15:") == true, "\(result.stderr)")
    }

    @Test func monthFileWithASyntaxErrorGivesOnlyThatError() throws {
        let month = "publish_from: \"2026-11-01\npublish_to: 2026-11-30\n"
        let site = try SiteFixture(RosterSite.files.merging(["content/rosters/2026-11/_month.yaml": month]) { $1 })
        let result = try HardeningCLI.build(site)
        #expect(result.status == 1)
        #expect(result.errorLines.count == 1, "\(result.stderr)")
        #expect(result.says(Messages.yamlUnclosedQuote, at: "content/rosters/2026-11/_month.yaml:1:15"), "\(result.stderr)")
    }

    @Test(arguments: ["\"孟\n*民\"", "\"孟\r\n*民\"", "\"孟\u{2028}*民\"", "孟\u{2029}*民", "孟\u{85}*民"])
    func lineBreakInARosterCellIsRefused(_ cell: String) throws {
        let path = "content/rosters/2026-11/410829101203.csv"
        let site = try SiteFixture(RosterSite.files.merging([path: RosterSite.header + "A009," + cell + ",1,1,农村低保,550,2024-01,\n"]) { $1 })
        let result = try HardeningCLI.build(site)
        #expect(result.status == 1)
        #expect(result.says(Messages.cellLineBreak(header: "户主姓名", column: 2), at: path + ":2:6"), "\(result.stderr)")
        #expect(!result.stderr.contains("孟"))
    }
}
