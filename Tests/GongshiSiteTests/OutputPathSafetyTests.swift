import Foundation
import Testing
@testable import GongshiCore
@testable import GongshiSite

/// Print pages, 明白卡 and imported rosters never land where the next build publishes from or
/// into, through symbolic links too: `gongshi print --out`, `gongshi print cards --out`, the
/// default `print/` and `gongshi import`'s month folder are judged on their real paths.
@Suite struct OutputPathSafetyTests {
    static let assets = "themes/default/assets"

    func link(_ site: SiteFixture, _ path: String, to destination: String) throws -> URL {
        let url = site.siteFolder.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: url.path, withDestinationPath: destination)
        return url
    }

    func real(_ url: URL) -> String { url.resolvingSymlinksInPath().path }

    // MARK: gongshi print --out

    @Test func printOutThroughALinkIntoTheThemeAssetsIsRefused() throws {
        let site = try SiteFixture(RosterSite.files)
        let out = try link(site, "out", to: Self.assets)
        let before = SiteFixture.snapshot(site.siteFolder.appendingPathComponent(Self.assets))
        let result = try CLI.run(["print", "--month", "2026-11", "--source", site.siteFolder.path, "--out", out.path])
        #expect(result.status == 2)
        #expect(result.stdout == "")
        let resolved = real(site.siteFolder.appendingPathComponent(Self.assets))
        #expect(result.stderr == Messages.printDestinationRefused(
            option: "--out", path: out.path, resolved: resolved, place: Messages.destinationThemes).line(.error) + "\n")
        #expect(result.stderr.contains("--out") && result.stderr.contains("经符号链接实际指向"))
        #expect(SiteFixture.snapshot(site.siteFolder.appendingPathComponent(Self.assets)) == before)
    }

    @Test func cardsOutThroughADanglingLinkIntoTheThemeIsRefused() throws {
        let site = try SiteFixture(RosterSite.files)
        // The link's target does not exist yet: the cards would create it inside the theme.
        let out = try link(site, "cards", to: Self.assets + "/cards")
        let result = try CLI.run(["print", "cards", "--month", "2026-11", "--region", "410829101201",
                                  "--source", site.siteFolder.path, "--out", out.path])
        #expect(result.status == 2, "\(result.stderr)")
        #expect(result.stderr.contains(Messages.destinationThemes))
        #expect(!FileManager.default.fileExists(atPath: site.siteFolder.appendingPathComponent(Self.assets + "/cards").path))
        try site.build()
        #expect(SiteFixture.snapshot(site.publicFolder).keys.allSatisfy { !$0.contains("cards") })
    }

    @Test(arguments: [
        ("public", Messages.destinationOutput), ("content", Messages.destinationContent),
        ("templates", Messages.destinationTemplates), (".", Messages.destinationSiteOrAbove),
        ("..", Messages.destinationSiteOrAbove), ("content/rosters", Messages.destinationContent),
    ])
    func printOutThroughALinkIntoTheSiteIsRefused(_ target: String, _ place: String) throws {
        let site = try SiteFixture(RosterSite.files)
        try site.build()
        try FileManager.default.createDirectory(at: site.siteFolder.appendingPathComponent("templates"), withIntermediateDirectories: true)
        let elsewhere = site.root.appendingPathComponent("elsewhere")
        try FileManager.default.createDirectory(at: elsewhere, withIntermediateDirectories: true)
        let out = elsewhere.appendingPathComponent("board")
        try FileManager.default.createSymbolicLink(atPath: out.path, withDestinationPath: site.siteFolder.appendingPathComponent(target).path)
        let before = SiteFixture.snapshot(site.siteFolder)
        let result = try CLI.run(["print", "--month", "2026-11", "--source", site.siteFolder.path, "--out", out.path])
        #expect(result.status == 2, "\(result.stderr)")
        #expect(result.stderr == Messages.printDestinationRefused(
            option: "--out", path: out.path, resolved: real(site.siteFolder.appendingPathComponent(target)), place: place).line(.error) + "\n")
        #expect(SiteFixture.snapshot(site.siteFolder) == before)
    }

    @Test func printOutThroughALinkIntoAFolderGongshiBuiltIsRefused() throws {
        let site = try SiteFixture(RosterSite.files)
        let www = site.root.appendingPathComponent("www")
        try site.build(output: www)
        let out = site.root.appendingPathComponent("board")
        try FileManager.default.createSymbolicLink(atPath: out.path, withDestinationPath: "www/assets")
        let result = try CLI.run(["print", "--month", "2026-11", "--source", site.siteFolder.path, "--out", out.path])
        #expect(result.status == 2)
        #expect(result.stderr.contains(Messages.destinationOutput))
        #expect(!FileManager.default.fileExists(atPath: www.appendingPathComponent("assets/2026-11").path))
    }

    @Test func aDefaultPrintFolderThatIsALinkIntoTheThemeIsRefused() throws {
        let site = try SiteFixture(RosterSite.files)
        let print = try link(site, "print", to: Self.assets)
        let result = try CLI.run(["print", "--month", "2026-11", "--source", site.siteFolder.path])
        #expect(result.status == 2)
        #expect(result.stderr == Messages.printDestinationRefused(
            option: nil, path: print.path, resolved: real(site.siteFolder.appendingPathComponent(Self.assets)),
            place: Messages.destinationThemes).line(.error) + "\n")
        #expect(!FileManager.default.fileExists(atPath: site.siteFolder.appendingPathComponent(Self.assets + "/2026-11").path))
    }

    @Test(arguments: ["2026-11", "assets", "2026-11/cards"])
    func aFolderInsideThePrintFolderThatIsALinkIntoTheThemeIsRefused(_ inside: String) throws {
        let site = try SiteFixture(RosterSite.files)
        try FileManager.default.createDirectory(at: site.siteFolder.appendingPathComponent("themes/default/assets/x"), withIntermediateDirectories: true)
        let linked = try link(site, "print/" + inside, to: site.siteFolder.appendingPathComponent(Self.assets + "/x").path)
        let before = SiteFixture.snapshot(site.siteFolder.appendingPathComponent(Self.assets))
        let result = try CLI.run(["print", "cards", "--month", "2026-11", "--region", "410829101201", "--source", site.siteFolder.path])
        #expect(result.status == 2, "\(result.stderr)")
        #expect(result.stderr == Messages.printDestinationRefused(
            option: nil, path: linked.path, resolved: real(site.siteFolder.appendingPathComponent(Self.assets + "/x")),
            place: Messages.destinationThemes).line(.error) + "\n")
        #expect(SiteFixture.snapshot(site.siteFolder.appendingPathComponent(Self.assets)) == before)
    }

    @Test func aLinkToAFolderOutsideTheSiteIsFine() throws {
        let site = try SiteFixture(RosterSite.files)
        let shared = site.root.appendingPathComponent("shared/notice-board")
        try FileManager.default.createDirectory(at: shared, withIntermediateDirectories: true)
        _ = try link(site, "print", to: shared.path)
        let out = site.root.appendingPathComponent("board")
        try FileManager.default.createSymbolicLink(atPath: out.path, withDestinationPath: "shared/notice-board")
        #expect(try CLI.run(["print", "--month", "2026-11", "--source", site.siteFolder.path, "--quiet"]).status == 0)
        #expect(try CLI.run(["print", "cards", "--month", "2026-11", "--region", "410829101201",
                             "--source", site.siteFolder.path, "--out", out.path, "--quiet"]).status == 0)
        #expect(FileManager.default.fileExists(atPath: shared.appendingPathComponent("2026-11/410829101201.html").path))
        #expect(FileManager.default.fileExists(atPath: shared.appendingPathComponent("2026-11/cards/410829101201.html").path))
    }

    // MARK: gongshi import

    static let raw = "记录编号,区划代码,户主姓名,保障人口,保障类别,月保障金（元）,享受起始年月\nA001,410829101201,张三丰,2,农村低保,1100,2024-01\n"

    func importMonth(_ site: SiteFixture, force: Bool = false) throws -> CLI.Result {
        let rawFile = site.root.appendingPathComponent("导出.csv")
        try Data(Self.raw.utf8).write(to: rawFile)
        return try CLI.run(["import", rawFile.path, "--month", "2026-12", "--source", site.siteFolder.path] + (force ? ["--force"] : []))
    }

    @Test(arguments: [false, true])
    func aMonthFolderThatIsALinkIntoTheThemeIsRefused(force: Bool) throws {
        let site = try SiteFixture(RosterSite.files)
        _ = try link(site, "content/rosters/2026-12", to: "../../" + Self.assets)
        let before = SiteFixture.snapshot(site.siteFolder.appendingPathComponent(Self.assets))
        let result = try importMonth(site, force: force)
        #expect(result.status == 2, "\(result.stderr)")
        #expect(result.stderr == Messages.importDestinationRefused(
            folder: "content/rosters/2026-12", resolved: real(site.siteFolder.appendingPathComponent(Self.assets)),
            place: Messages.destinationThemes).line(.error) + "\n")
        #expect(SiteFixture.snapshot(site.siteFolder.appendingPathComponent(Self.assets)) == before)
    }

    @Test func aRostersFolderThatIsALinkIntoTheThemeIsRefused() throws {
        var files = RosterSite.files
        for path in files.keys where path.hasPrefix("content/rosters/") { files[path] = nil }
        let site = try SiteFixture(files)
        try FileManager.default.createDirectory(at: site.siteFolder.appendingPathComponent(Self.assets + "/r"), withIntermediateDirectories: true)
        _ = try link(site, "content/rosters", to: "../" + Self.assets + "/r")
        let result = try importMonth(site)
        #expect(result.status == 2)
        #expect(result.stderr.contains(Messages.destinationThemes))
        #expect(SiteFixture.snapshot(site.siteFolder.appendingPathComponent(Self.assets + "/r")).isEmpty)
    }

    @Test func aMonthFolderThatIsALinkElsewhereInTheSiteIsRefused() throws {
        let site = try SiteFixture(RosterSite.files)
        _ = try link(site, "content/rosters/2026-12", to: "../articles")
        let result = try importMonth(site)
        #expect(result.status == 2)
        #expect(result.stderr == Messages.importDestinationRefused(
            folder: "content/rosters/2026-12", resolved: real(site.siteFolder.appendingPathComponent("content/articles")),
            place: Messages.destinationOutsideRosters).line(.error) + "\n")
    }

    @Test func aRostersFolderOnASharedDriveIsFine() throws {
        var files = RosterSite.files
        for path in files.keys where path.hasPrefix("content/rosters/") { files[path] = nil }
        let site = try SiteFixture(files)
        let shared = site.root.appendingPathComponent("shared/rosters")
        try FileManager.default.createDirectory(at: shared, withIntermediateDirectories: true)
        _ = try link(site, "content/rosters", to: shared.path)
        let result = try importMonth(site)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(FileManager.default.fileExists(atPath: shared.appendingPathComponent("2026-12/410829101201.csv").path))
    }
}

/// `RealPath.resolve`: where a path leads, like `realpath -m`.
@Suite struct RealPathTests {
    @Test func followsLinksAlsoDanglingOnesAndAppendsWhatDoesNotExist() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("gongshi-realpath-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let base = root.resolvingSymlinksInPath().path
        try FileManager.default.createDirectory(atPath: base + "/a/b", withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: base + "/up", withDestinationPath: "a/b")
        try FileManager.default.createSymbolicLink(atPath: base + "/dangling", withDestinationPath: "a/none/deeper")
        try FileManager.default.createSymbolicLink(atPath: base + "/loop1", withDestinationPath: "loop2")
        try FileManager.default.createSymbolicLink(atPath: base + "/loop2", withDestinationPath: "loop1")
        #expect(RealPath.resolve(base + "/up/new/x") == base + "/a/b/new/x")
        #expect(RealPath.resolve(base + "/up/../c") == base + "/a/c")
        #expect(RealPath.resolve(base + "/dangling/x") == base + "/a/none/deeper/x")
        #expect(RealPath.resolve(base + "//a/./b/") == base + "/a/b")
        #expect(RealPath.resolve(base + "/loop1/x") == nil)
        #expect(RealPath.isWithin(base + "/a/b", base + "/a"))
        #expect(!RealPath.isWithin(base + "/ab", base + "/a"))
    }
}
