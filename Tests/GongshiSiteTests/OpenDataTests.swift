import Foundation
import Testing
@testable import GongshiCore
@testable import GongshiSite

/// Open data: each month's totals by region (`rosters/YYYY-MM/totals.csv`), every month's
/// (`rosters/totals.csv`), and households only when `open_data: {households: true}` — CSV that
/// Excel opens (UTF-8 with BOM, CRLF).
@Suite struct OpenDataTests {
    /// A published file's bytes, byte order mark included.
    static func bytes(_ site: SiteFixture, _ path: String) -> Data? {
        FileManager.default.contents(atPath: site.publicFolder.appendingPathComponent(path).path)
    }

    @Test func eachMonthsTotalsByRegionInTheMonthPagesOrder() throws {
        let site = try SiteFixture(RosterSite.files)
        try site.build()
        #expect(Self.bytes(site, "rosters/2026-11/totals.csv") == Data("""
            \u{FEFF}区划代码,名称,户数,人数,金额\r
            410829000000,云台县,5,9,4400.50\r
            410829101000,柳林镇,3,5,2650.50\r
            410829101201,柳林村,2,4,2100.50\r
            410829101202,杨庄村,1,1,550.00\r
            410829201000,石门乡,2,4,1750.00\r
            410829201201,石门村,2,4,1750.00\r

            """.utf8))
        #expect(Self.bytes(site, "rosters/totals.csv") == Data("""
            \u{FEFF}月份,区划代码,名称,户数,人数,金额\r
            2026-10,410829000000,云台县,5,10,4765.50\r
            2026-10,410829101000,柳林镇,3,6,3015.50\r
            2026-10,410829101201,柳林村,3,6,3015.50\r
            2026-10,410829101202,杨庄村,0,0,0.00\r
            2026-10,410829201000,石门乡,2,4,1750.00\r
            2026-10,410829201201,石门村,2,4,1750.00\r
            2026-11,410829000000,云台县,5,9,4400.50\r
            2026-11,410829101000,柳林镇,3,5,2650.50\r
            2026-11,410829101201,柳林村,2,4,2100.50\r
            2026-11,410829101202,杨庄村,1,1,550.00\r
            2026-11,410829201000,石门乡,2,4,1750.00\r
            2026-11,410829201201,石门村,2,4,1750.00\r

            """.utf8))
        #expect(try #require(site.text("rosters/2026-11/index.html")).contains("<p class=\"download\"><a href=\"totals.csv\" download>"))
        #expect(try #require(site.text("rosters/index.html")).contains("<p class=\"download\"><a href=\"totals.csv\" download>"))
        // No names unless the site asks: no household file, no link.
        #expect(site.text("rosters/2026-11/410829101201.csv") == nil)
        #expect(!(try #require(site.text("rosters/2026-11/410829101201.html")).contains(".csv")))
        // Kept out of the sitemap and behind robots.txt's rosters/ like the pages.
        #expect(try #require(site.text("robots.txt")).contains("Disallow: /rosters/"))
    }

    @Test func householdsOnlyWhenTheSiteSaysSoMaskedAsThePage() throws {
        var files = RosterSite.files
        files["site.yaml"] = SiteFixture.minimalSiteYAML + "open_data:\n  households: true\n"
        let site = try SiteFixture(files)
        try site.build()
        #expect(Self.bytes(site, "rosters/2026-11/410829101201.csv") == Data("""
            \u{FEFF}序号,户主姓名,保障人数,保障类别,月保障金额\r
            1,张*丰,2,农村低保,1000.50\r
            2,欧阳*娜,2,农村低保,1100.00\r

            """.utf8))
        #expect(Self.bytes(site, "rosters/2026-10/410829101202.csv") == Data("\u{FEFF}序号,户主姓名,保障人数,保障类别,月保障金额\r\n".utf8))
        #expect(try #require(site.text("rosters/2026-11/410829101201.html"))
            .contains("<a href=\"410829101201.csv\" download>下载名单（CSV）</a>"))
        // An edit re-renders the village's file; the result is a clean build's.
        try site.write("content/rosters/2026-11/410829101201.csv", RosterSite.header + """
            A001,张*丰,2,3,农村低保,1000.50,2024-01,收入变化
            A003,欧阳*娜,2,3,农村低保,1200,2025-02,人口变化

            """)
        try site.write("content/rosters/2026-11/_month.yaml", RosterSite.month("2026-11", days: 30, totals: (5, 9, "4500.50")))
        PublishedBaseline.forget(in: site.publicFolder)
        try site.build()
        #expect(try #require(site.text("rosters/2026-11/410829101201.csv")).hasSuffix("2,欧阳*娜,2,农村低保,1200.00\r\n"))
        #expect(try #require(site.text("rosters/2026-11/totals.csv")).contains("410829000000,云台县,5,9,4500.50\r\n"))
        let clean = site.root.appendingPathComponent("clean")
        _ = try SiteBuilder.build(.init(siteFolder: site.siteFolder, outputFolder: clean, useCache: false))
        #expect(SiteFixture.snapshot(clean) == SiteFixture.snapshot(site.publicFolder))
    }

    @Test func fieldsAreQuotedAndNeverRunAsFormulas() {
        #expect(OpenDataCSV.field("柳林村") == "柳林村")
        #expect(OpenDataCSV.field("甲,乙") == "\"甲,乙\"")
        #expect(OpenDataCSV.field("说\"好\"") == "\"说\"\"好\"\"\"")
        #expect(OpenDataCSV.field("=HYPERLINK(\"x\")") == "\"'=HYPERLINK(\"\"x\"\")\"")
        #expect(OpenDataCSV.field("+1") == "'+1" && OpenDataCSV.field("@A1") == "'@A1" && OpenDataCSV.field("-2") == "'-2")
    }

    @Test func aBadOpenDataSettingIsAnError() throws {
        let site = try SiteFixture(["site.yaml": SiteFixture.minimalSiteYAML + "open_data:\n  households: 是\n"])
        let diagnostics = try #require(site.buildFailure())
        #expect(diagnostics.map(\.description) == [errorLine("site.yaml:7:15", Messages.expectedBool("open_data.households"))])
    }
}
