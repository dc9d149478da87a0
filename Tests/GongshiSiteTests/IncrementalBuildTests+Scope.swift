import Foundation
import Testing
@testable import GongshiCore
@testable import GongshiSite

/// Page keys as fine as what a page reads (`PageKeys`, `RosterKeyParts`): after each edit the
/// build re-renders exactly the pages that read what changed, named here one by one (a reused
/// page is hard-linked from the old output, so it keeps its inode; a rendered one is a new
/// file), and the output is byte for byte a clean build's.
@Suite struct PageKeyScopeTests {
    typealias SampleCopy = IncrementalBuildTests.SampleCopy

    /// The sample site with 2026-11's expected totals taken out, so that a roster can change
    /// alone (with them, each such edit also edits `_month.yaml`).
    static func copyWithoutExpectedTotals() throws -> SampleCopy {
        let copy = try SampleCopy()
        try copy.edit("content/rosters/2026-11/_month.yaml") { text in
            text.components(separatedBy: "expected_totals:")[0]
        }
        return copy
    }

    /// The HTML pages of the output, each with its inode.
    static func inodes(_ copy: SampleCopy) throws -> [String: UInt64] {
        var result: [String: UInt64] = [:]
        let root = copy.output.path
        guard let walker = FileManager.default.enumerator(atPath: root) else { return [:] }
        for case let relative as String in walker where relative.hasSuffix(".html") {
            let attributes = try FileManager.default.attributesOfItem(atPath: root + "/" + relative)
            if let inode = attributes[.systemFileNumber] as? UInt64 { result[relative] = inode }
        }
        return result
    }

    /// Builds, and returns the pages rendered (new or not linked from the old output) and the
    /// count the build's cache line gives.
    static func rebuild(_ copy: SampleCopy) throws -> (pages: [String], count: Int?) {
        let before = try inodes(copy)
        let result = try copy.build()
        #expect(result.status == 0, "\(result.stderr)")
        let after = try inodes(copy)
        return (after.filter { before[$0.key] != $0.value }.keys.sorted(), result.rendered)
    }

    static let month = "2026-11"

    @Test func anUnchangedSiteRendersNoPage() throws {
        let copy = try SampleCopy()
        defer { copy.cleanUp() }
        #expect(try copy.build().rendered == 126)
        let again = try Self.rebuild(copy)
        #expect(again.pages == [])
        #expect(again.count == 0)
    }

    @Test func oneAmountRerendersItsVillageTownshipMonthAndSummaries() throws {
        let copy = try Self.copyWithoutExpectedTotals()
        defer { copy.cleanUp() }
        _ = try copy.build()
        try copy.edit("content/rosters/2026-11/410829101201.csv") { $0.replacingOccurrences(of: ",703.00,", with: ",704.00,") }
        let result = try Self.rebuild(copy)
        // The village's roster and notice-board pages, its township's, the month page, the
        // village's history; the month's totals changed: the home page and the roster archive.
        #expect(result.pages == [
            "index.html",
            "print/2026-11/410829101000.html", "print/2026-11/410829101201.html",
            "regions/410829101201.html",
            "rosters/2026-11/410829101000.html", "rosters/2026-11/410829101201.html", "rosters/2026-11/index.html",
            "rosters/index.html",
        ])
        #expect(result.count == 8)
        #expect(try copy.differencesFromCleanBuild() == [])
    }

    @Test func aRenamedHouseholdLeavesTotalsAndSummariesAlone() throws {
        let copy = try SampleCopy()
        defer { copy.cleanUp() }
        _ = try copy.build()
        try copy.edit("content/rosters/2026-11/410829101201.csv") { $0.replacingOccurrences(of: ",李*山,", with: ",张*山,") }
        let result = try Self.rebuild(copy)
        #expect(result.pages == [
            "print/2026-11/410829101000.html", "print/2026-11/410829101201.html",
            "rosters/2026-11/410829101000.html", "rosters/2026-11/410829101201.html", "rosters/2026-11/index.html",
        ])
        #expect(result.count == 5)
        #expect(try copy.differencesFromCleanBuild() == [])
    }

    @Test func aHouseholdMovingBetweenVillagesRerendersBoth() throws {
        let copy = try SampleCopy()
        defer { copy.cleanUp() }
        _ = try copy.build()
        let from = "content/rosters/2026-11/410829101201.csv"
        let text = try String(contentsOf: copy.site.appendingPathComponent(from), encoding: .utf8)
        guard let row = text.split(separator: "\n").first(where: { $0.hasPrefix("YT014234,") }) else {
            Issue.record("no row YT014234 in \(from)")
            return
        }
        try copy.edit(from) { $0.replacingOccurrences(of: row + "\n", with: "") }
        try copy.edit("content/rosters/2026-11/410829101202.csv") { $0 + row + "\n" }
        let result = try Self.rebuild(copy)
        // Both villages (their tables, totals, changes: an adjustment 所在村 in the new one),
        // their township, the month page and both histories; the month's totals are the same.
        #expect(result.pages == [
            "print/2026-11/410829101000.html", "print/2026-11/410829101201.html", "print/2026-11/410829101202.html",
            "regions/410829101201.html", "regions/410829101202.html",
            "rosters/2026-11/410829101000.html", "rosters/2026-11/410829101201.html",
            "rosters/2026-11/410829101202.html", "rosters/2026-11/index.html",
        ])
        #expect(result.count == 9)
        #expect(try copy.differencesFromCleanBuild() == [])
        let page = try String(contentsOf: copy.output.appendingPathComponent("rosters/2026-11/410829101202.html"), encoding: .utf8)
        #expect(page.contains("所在村 柳林村 → 杨庄村"))
    }

    @Test func aNoticeEditRerendersEveryPageOfTheMonth() throws {
        let copy = try SampleCopy()
        defer { copy.cleanUp() }
        _ = try copy.build()
        try copy.edit("content/rosters/2026-11/_month.yaml") {
            $0.replacingOccurrences(of: "（云台县人民路88号）", with: "（云台县人民路 88 号）")
        }
        let result = try Self.rebuild(copy)
        let monthPages = result.pages.filter { $0.contains("/2026-11/") }
        // 12 village and 3 township roster pages, the month page, 12 + 3 notice-board pages;
        // the home page and the archive show the latest month's notice.
        #expect(monthPages.count == 31)
        #expect(Set(result.pages).subtracting(monthPages) == ["index.html", "rosters/index.html"])
        #expect(result.count == 33)
        #expect(try copy.differencesFromCleanBuild() == [])
    }

    @Test func aRegionNameChangeRerendersEverything() throws {
        let copy = try SampleCopy()
        defer { copy.cleanUp() }
        _ = try copy.build()
        try copy.edit("content/regions.csv") { $0.replacingOccurrences(of: ",柳林村,", with: ",柳林新村,") }
        let result = try Self.rebuild(copy)
        #expect(result.count == 126)
        #expect(try copy.differencesFromCleanBuild() == [])
    }

    @Test func aVillageBackInTheLatestMonthChangesItsPreviousPager() throws {
        let copy = try Self.copyWithoutExpectedTotals()
        defer { copy.cleanUp() }
        let file = "content/rosters/2026-11/410829101205.csv"
        let aside = copy.root.appendingPathComponent("410829101205.csv")
        try FileManager.default.moveItem(at: copy.site.appendingPathComponent(file), to: aside)
        #expect(try copy.build().status == 0)
        try FileManager.default.moveItem(at: aside, to: copy.site.appendingPathComponent(file))
        let result = try Self.rebuild(copy)
        // Its new pages; its township's (a new row, and no longer its 停保); the month page; its
        // history; 2026-10's page of it (a 下月 link now); home and archive (the month's totals);
        // the village directory (its latest month).
        #expect(result.pages == [
            "index.html",
            "print/2026-11/410829101000.html", "print/2026-11/410829101205.html",
            "regions/410829101205.html", "regions/index.html",
            "rosters/2026-10/410829101205.html",
            "rosters/2026-11/410829101000.html", "rosters/2026-11/410829101205.html", "rosters/2026-11/index.html",
            "rosters/index.html",
        ])
        #expect(result.count == 10)
        #expect(try copy.differencesFromCleanBuild() == [])
    }

    /// The preview keeps the theme's assets read and scanned (`RenderMemory.assets`): unchanged,
    /// they are the same files; an edited stylesheet is read again.
    @Test func thePreviewKeepsTheThemeAssetsUntilOneChanges() throws {
        let copy = try SampleCopy()
        defer { copy.cleanUp() }
        let first = try SiteBuilder.render(siteFolder: copy.site, includeDrafts: false, memory: RenderMemory())
        #expect(first.memory.assets != nil)
        let unchanged = try SiteBuilder.render(siteFolder: copy.site, includeDrafts: false, memory: first.memory)
        #expect(unchanged.files == first.files)
        try copy.edit("themes/default/assets/site.css") { $0 + "\n/* 修改 */\n" }
        let edited = try SiteBuilder.render(siteFolder: copy.site, includeDrafts: false, memory: unchanged.memory)
        #expect(edited.reused == 131)
        let clean = try SiteBuilder.render(siteFolder: copy.site, includeDrafts: false)
        #expect(edited.files == clean.files)
        #expect(edited.files.first { $0.path == "assets/site.css" } != first.files.first { $0.path == "assets/site.css" })
    }
}
