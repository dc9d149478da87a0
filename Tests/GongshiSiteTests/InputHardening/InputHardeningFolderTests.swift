import Foundation
import Testing
@testable import GongshiCore
@testable import GongshiSite

/// Issue 10 item 1: a folder that cannot be read is an error, never an empty section; symbolic
/// links are followed alike for every kind of file and kept inside the site; special files are
/// refused before they are opened. Through the real binary.
@Suite struct InputHardeningFolderTests {
    static func expectRefused(_ site: SiteFixture, _ message: Message, at place: String) throws {
        let result = try HardeningCLI.build(site)
        #expect(result.status == 1)
        #expect(result.says(message, at: place), "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: site.publicFolder.path))
    }

    @Test(arguments: ["content/rosters", "content/articles", "content/notices", "content/rosters/2026-11"])
    func contentFolderThatIsAFile(_ folder: String) throws {
        var files = RosterSite.files
        files["content/articles/a.md"] = "---\ntitle: 甲\ndate: 2024-01-05\n---\n正文\n"
        files["content/notices/n.md"] = "---\ntitle: 公告\n---\n正文\n"
        let site = try SiteFixture(files)
        try site.replaceFolderByFile(folder)
        try Self.expectRefused(site, Messages.folderIsAFile, at: folder)
    }

    @Test func monthFolderThatIsAFileIsNotReportedAsMissingItsNoticePeriod() throws {
        let site = try SiteFixture(RosterSite.files)
        try site.replaceFolderByFile("content/rosters/2026-11")
        let result = try HardeningCLI.build(site)
        #expect(result.status == 1)
        #expect(result.errorLines.count == 1)
        #expect(!result.stderr.contains("公示期"))
    }

    @Test(arguments: ["themes/default/assets", "themes/default/templates", "templates"])
    func themeFolderThatIsAFile(_ folder: String) throws {
        let site = try SiteFixture(BadInputTests.goodFiles)
        if folder == "templates" {
            try site.write(folder, "这不是目录\n")
        } else {
            try site.replaceFolderByFile(folder)
        }
        try Self.expectRefused(site, Messages.folderIsAFile, at: folder)
    }

    @Test func monthFolderInALinkLoopIsAnErrorNamingIt() throws {
        let site = try SiteFixture(RosterSite.files)
        try site.symlink("content/rosters/2026-12", to: "2026-12")
        try Self.expectRefused(site, Messages.cannotReadFile(SystemErrorText.reason(errno: ELOOP)), at: "content/rosters/2026-12")
    }

    @Test func danglingSymlinkIsAnError() throws {
        let site = try SiteFixture(BadInputTests.goodFiles)
        try site.symlink("content/articles/c.md", to: "gone.md")
        try Self.expectRefused(site, Messages.danglingSymlink, at: "content/articles/c.md")
    }

    @Test func symlinkOutOfTheSiteIsRefused() throws {
        let site = try SiteFixture(BadInputTests.goodFiles)
        let outside = site.root.appendingPathComponent("outside.md")
        try Data("---\ntitle: 外\n---\n正文\n".utf8).write(to: outside)
        try site.symlink("content/articles/c.md", to: outside.path)
        try Self.expectRefused(site, Messages.symlinkLeavesSite, at: "content/articles/c.md")
    }

    @Test func symlinkedRosterOutOfTheSiteIsRefused() throws {
        let site = try SiteFixture(RosterSite.files)
        let outside = site.root.appendingPathComponent("outside.csv")
        try Data(RosterSite.header.utf8).write(to: outside)
        try site.symlink("content/rosters/2026-11/410829101203.csv", to: outside.path)
        try Self.expectRefused(site, Messages.symlinkLeavesSite, at: "content/rosters/2026-11/410829101203.csv")
    }

    @Test func symlinkedMarkdownInsideTheSiteIsPublishedLikeASymlinkedRoster() throws {
        let site = try SiteFixture(BadInputTests.goodFiles)
        try site.write("shared/c.md", "---\ntitle: 丙\ndate: 2024-01-07\n---\n正文\n")
        try site.symlink("content/articles/c.md", to: "../../shared/c.md")
        try site.symlink("content/more", to: "../shared")
        let result = try HardeningCLI.build(site)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(site.text("articles/c.html")?.contains("丙") == true)
    }

    /// 公告.md written in GBK, as a Windows zip unpacks it: Foundation's listing would mangle the name
    /// and the article would silently not be published.
    @Test func fileNameThatIsNotUTF8IsAnErrorNamingTheFolder() throws {
        let site = try SiteFixture(RosterSite.files)
        let folder = site.siteFolder.appendingPathComponent("content/articles").path
        #expect(mkdir(folder, 0o755) == 0 || errno == EEXIST)
        let name = Array((folder + "/").utf8) + [0xB9, 0xAB, 0xB8, 0xE6] + Array(".md".utf8)
        let descriptor = open(name.map { CChar(bitPattern: $0) } + [0], O_CREAT | O_WRONLY, 0o644)
        #expect(descriptor >= 0)
        let text = Array("# 公告\n".utf8)
        #expect(write(descriptor, text, text.count) == text.count)
        close(descriptor)
        try Self.expectRefused(site, Messages.fileNameNotUTF8(count: 1), at: "content/articles")
    }

    @Test func fifoAmongArticlesIsRefusedWithoutHanging() throws {
        let site = try SiteFixture(BadInputTests.goodFiles)
        try site.fifo("content/articles/c.md")
        try Self.expectRefused(site, Messages.specialFileRefused(Messages.fileKindFIFO), at: "content/articles/c.md")
    }

    @Test func fifoAsARosterOrMonthFileIsRefusedWithoutHanging() throws {
        let site = try SiteFixture(RosterSite.files)
        try site.fifo("content/rosters/2026-11/410829101203.csv")
        try site.remove("content/rosters/2026-10/_month.yaml")
        try site.fifo("content/rosters/2026-10/_month.yaml")
        let result = try HardeningCLI.build(site)
        #expect(result.status == 1)
        let refused = Messages.specialFileRefused(Messages.fileKindFIFO)
        #expect(result.says(refused, at: "content/rosters/2026-11/410829101203.csv"))
        #expect(result.says(refused, at: "content/rosters/2026-10/_month.yaml"))
    }

    @Test func fifoAsTheRawFileOfImportIsRefusedWithoutHanging() throws {
        let site = try SiteFixture(RosterSite.files)
        let raw = site.root.appendingPathComponent("raw.csv")
        #expect(mkfifo(raw.path, 0o644) == 0)
        let result = try HardeningCLI.run(["import", raw.path, "--month", "2026-12", "--source", site.siteFolder.path])
        #expect(result.status == 1)
        #expect(result.says(Messages.specialFileRefused(Messages.fileKindFIFO), at: "raw.csv"), "\(result.stderr)")
    }
}
