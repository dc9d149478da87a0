import Foundation
import Testing
@testable import GongshiCore
@testable import GongshiSite

/// 幸福清单 ↔ village: a notice's `region:` must be a code of `regions.csv`; the village's and
/// township's pages list the notices for them and for the regions above them.
@Suite struct RegionNoticesTests {
    static func notice(_ title: String, date: String, region: String, type: String = "幸福清单") -> String {
        "---\ntitle: \(title)\ndate: \(date)\ntype: \(type)\nregion: \"\(region)\"\n---\n正文。\n"
    }

    static func site() throws -> SiteFixture {
        var files = RosterSite.files
        files["content/notices/county.md"] = notice("云台县幸福清单", date: "2024-06-28", region: "410829000000")
        files["content/notices/liulin.md"] = notice("柳林镇幸福清单", date: "2024-07-01", region: "410829101000")
        files["content/notices/shimen-village.md"] = notice("石门村幸福清单", date: "2024-07-02", region: "410829201201")
        files["content/notices/plain.md"] = "---\ntitle: 普通通知\ndate: 2024-07-03\n---\n正文。\n"
        return try SiteFixture(files)
    }

    /// The titles a page lists under 本地相关通知公告, in order.
    static func listed(_ page: String) -> [String] {
        guard let start = page.range(of: "<section class=\"region-notices\""), let end = page.range(of: "</section>", range: start.upperBound..<page.endIndex) else { return [] }
        return page[start.upperBound..<end.lowerBound].components(separatedBy: "\">").dropFirst().compactMap { part in
            part.range(of: "</a>").map { String(part[..<$0.lowerBound]) }
        }
    }

    @Test func eachRegionsPagesListItsNoticesAndThoseAboveItNewestFirst() throws {
        let site = try Self.site()
        let report = try site.build()
        #expect(report.warnings.isEmpty, "\(report.warnings)")
        #expect(Self.listed(try #require(site.text("rosters/2026-11/410829101201.html"))) == ["柳林镇幸福清单", "云台县幸福清单"])
        #expect(Self.listed(try #require(site.text("regions/410829101202.html"))) == ["柳林镇幸福清单", "云台县幸福清单"])
        #expect(Self.listed(try #require(site.text("rosters/2026-11/410829101000.html"))) == ["柳林镇幸福清单", "云台县幸福清单"])
        #expect(Self.listed(try #require(site.text("rosters/2026-11/410829201201.html"))) == ["石门村幸福清单", "云台县幸福清单"])
        // A township's page lists no village's notice.
        #expect(Self.listed(try #require(site.text("rosters/2026-11/410829201000.html"))) == ["云台县幸福清单"])
        let village = try #require(site.text("rosters/2026-11/410829101201.html"))
        #expect(village.contains("<li><a href=\"../../notices/liulin.html\">柳林镇幸福清单</a> <span class=\"tag\">幸福清单</span> <time datetime=\"2024-07-01\">2024年7月1日</time></li>"))
        // Notices without a region are not listed; printed sheets list none.
        #expect(!village.contains("普通通知"))
        #expect(!(try #require(site.text("print/2026-11/410829101201.html")).contains("幸福清单")))
    }

    @Test func anEditedNoticeReachesItsVillagesPagesThroughTheCache() throws {
        let site = try Self.site()
        try site.build()
        try site.write("content/notices/liulin.md", Self.notice("柳林镇幸福清单（修订）", date: "2024-07-01", region: "410829101000"))
        try site.build()
        #expect(Self.listed(try #require(site.text("rosters/2026-10/410829101202.html"))) == ["柳林镇幸福清单（修订）", "云台县幸福清单"])
        let clean = site.root.appendingPathComponent("clean")
        _ = try SiteBuilder.build(.init(siteFolder: site.siteFolder, outputFolder: clean, useCache: false))
        #expect(SiteFixture.snapshot(clean) == SiteFixture.snapshot(site.publicFolder))
    }

    @Test(arguments: [("410829999999", 5), ("柳林镇", 5), ("33010299", 5)])
    func aRegionThatIsNotInRegionsCSVIsAnErrorAtItsValue(region: String, line: Int) throws {
        var files = RosterSite.files
        files["content/notices/bad.md"] = Self.notice("某通知", date: "2024-07-01", region: region)
        let site = try SiteFixture(files)
        let diagnostics = try #require(site.buildFailure())
        #expect(diagnostics.map(\.description) == [errorLine("content/notices/bad.md:\(line):9", Messages.unknownDocumentRegion)])
        #expect(!diagnostics.map(\.description).joined().contains(region))
    }
}
