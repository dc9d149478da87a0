import Foundation
import Testing
@testable import GongshiCore
@testable import GongshiSite

/// The village directory `regions/index.html` (村庄查询): every current township and village,
/// linked to the latest roster and the history, retired codes under their successor, a filter box
/// that works in a real browser and a complete page without script.
@Suite struct RegionDirectoryTests {
    /// Two counties; in 县乙 a chain of mergers (C → B → A) and a village with no roster yet.
    static let regions = """
        区划代码,名称,撤销后代码
        410829000000,云台县,
        410829101000,柳林镇,
        410829101201,柳林村,
        410829101202,杨庄村,
        410829201000,石门乡,
        410829201201,石门村,
        410830000000,县乙,
        410830101000,东镇,
        410830101201,甲村,
        410830101202,乙村,410830101201
        410830101203,丙村,410830101202
        410830101204,丁村,
        410830102000,西乡,410830101000

        """

    static func site() throws -> SiteFixture {
        var files = RosterSite.files
        files["content/regions.csv"] = regions
        files["content/rosters/2026-10/410830101203.csv"] = RosterSite.header + "C001,孙*,1,1,农村低保,550,2020-01,\n"
        files["content/rosters/2026-10/410830101201.csv"] = RosterSite.header + "D001,钱*,1,1,农村低保,550,2020-01,\n"
        files["content/rosters/2026-10/_month.yaml"] = RosterSite.month("2026-10", days: 31, totals: (7, 12, "5865.50"))
        return try SiteFixture(files)
    }

    @Test func listsCurrentVillagesByCountyAndTownshipWithTheirLatestRosterAndHistory() throws {
        let site = try Self.site()
        let report = try site.build()
        #expect(report.warnings.isEmpty, "\(report.warnings)")
        let page = try #require(site.text("regions/index.html"))
        #expect(page.contains("<p>共 3 个乡镇（街道）、5 个村（社区）。"))
        // Two counties: county headings, townships one level below.
        #expect(page.contains("<h2>云台县</h2>") && page.contains("<h2>县乙</h2>"))
        #expect(page.contains("<h3 id=\"township-410829101000\"><a href=\"../rosters/2026-11/410829101000.html\">柳林镇</a> <span class=\"directory-note\">2 个村（社区）</span></h3>"))
        // 柳林村: latest month 2026-11.
        #expect(page.contains("<li data-search=\"柳林村 柳林镇\"><a href=\"../rosters/2026-11/410829101201.html\">柳林村</a> <span class=\"directory-note\">2026年11月</span> <a href=\"410829101201.html\" aria-label=\"柳林村历月公示\">历月</a></li>"))
        // 甲村 has only 2026-10; 乙村 and 丙村 (a chain) are listed under it, 丙村 with its history.
        #expect(page.contains("<li data-search=\"甲村 东镇 乙村 丙村\"><a href=\"../rosters/2026-10/410830101201.html\">甲村</a> <span class=\"directory-note\">2026年10月</span> <a href=\"410830101201.html\" aria-label=\"甲村历月公示\">历月</a><br><span class=\"directory-note\">已并入：乙村 <a href=\"410830101203.html\">丙村</a> </span></li>"))
        // 丁村 has no roster: named, not linked.
        #expect(page.contains("<li data-search=\"丁村 东镇\">丁村 <span class=\"directory-note\">暂无公示</span></li>"))
        // 西乡 was merged into 东镇.
        #expect(page.contains("<p class=\"directory-note\">已并入本乡镇：西乡（原区划代码 410830102000） </p>"))
        // Retired codes are not listed as villages of their own.
        #expect(!page.contains("data-search=\"乙村") && !page.contains("data-search=\"丙村"))
        // Code order: 云台县 before 县乙, 柳林镇 before 石门乡.
        let order = ["柳林村 柳林镇", "杨庄村 柳林镇", "石门村 石门乡", "甲村 东镇", "丁村 东镇"].compactMap { page.range(of: "data-search=\"\($0)")?.lowerBound }
        #expect(order.count == 5 && order == order.sorted())
        // Without script the filter stays hidden and every village is listed.
        #expect(page.contains("<form class=\"directory-filter\" role=\"search\" hidden>"))
        #expect(page.components(separatedBy: "<li data-search=").count - 1 == 5)
    }

    @Test func everyPageLinksToTheDirectoryAndOneCountyHasNoCountyHeading() throws {
        let site = try SiteFixture(RosterSite.files)
        try site.build()
        let page = try #require(site.text("regions/index.html"))
        #expect(!page.contains("<h2>云台县</h2>"))
        #expect(page.contains("<h2 id=\"township-410829101000\">"))
        #expect(try #require(site.text("index.html")).contains("<li><a href=\"regions/index.html\">村庄查询</a></li>"))
        #expect(try #require(site.text("index.html")).contains("<a href=\"regions/index.html\">查找我的村</a>"))
        #expect(try #require(site.text("rosters/2026-11/410829101201.html")).contains("<li><a href=\"../../regions/index.html\">村庄查询</a></li>"))
        #expect(try #require(site.text("regions/410829101201.html")).contains("<li><a href=\"index.html\">村庄查询</a></li>"))
    }

    @Test func aSiteWithoutVillagesHasNoDirectory() throws {
        let site = try SiteFixture([:])
        try site.build()
        #expect(site.text("regions/index.html") == nil)
        #expect(!(try #require(site.text("index.html")).contains("村庄查询")))
    }

    @Test func theDirectoryIsIndexedWhileTheHistoriesBesideItAreNot() throws {
        var files = RosterSite.files
        files["site.yaml"] = SiteFixture.minimalSiteYAML + "base_url: https://mz.example.gov.cn/dibao/\n"
        let site = try SiteFixture(files)
        try site.build()
        let page = try #require(site.text("regions/index.html"))
        #expect(!page.contains("noindex"))
        #expect(try #require(site.text("regions/410829101201.html")).contains("<meta name=\"robots\" content=\"noindex\">"))
        let sitemap = try #require(site.text("sitemap.xml"))
        #expect(sitemap.contains("<loc>https://mz.example.gov.cn/dibao/regions/index.html</loc>"))
        #expect(!sitemap.contains("regions/4108"))
        #expect(site.text("robots.txt") == """
            User-agent: *
            Allow: /dibao/regions/index.html
            Disallow: /dibao/print/
            Disallow: /dibao/regions/
            Disallow: /dibao/rosters/

            Sitemap: https://mz.example.gov.cn/dibao/sitemap.xml

            """)
    }

    @Test func aNewVillageRosterRerendersTheDirectoryFromTheCache() throws {
        let site = try Self.site()
        try site.build()
        let before = try #require(site.text("regions/index.html"))
        try site.write("content/rosters/2026-11/410830101204.csv", RosterSite.header + "E001,周*,1,1,农村低保,550,2026-11,新纳入\n")
        try site.write("content/rosters/2026-11/_month.yaml", RosterSite.month("2026-11", days: 30, totals: (6, 10, "4950.50")))
        PublishedBaseline.forget(in: site.publicFolder)
        let report = try site.build()
        #expect(report.warnings.isEmpty, "\(report.warnings)")
        let after = try #require(site.text("regions/index.html"))
        #expect(before.contains("<li data-search=\"丁村 东镇\">丁村 <span class=\"directory-note\">暂无公示</span></li>"))
        #expect(after.contains("<li data-search=\"丁村 东镇\"><a href=\"../rosters/2026-11/410830101204.html\">丁村</a> <span class=\"directory-note\">2026年11月</span> <a href=\"410830101204.html\" aria-label=\"丁村历月公示\">历月</a></li>"))
    }
}
