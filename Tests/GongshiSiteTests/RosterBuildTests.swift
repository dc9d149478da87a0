import Foundation
import Testing
@testable import GongshiCore
@testable import GongshiSite

/// Roster months end to end: exact pages, totals computed by the generator, changes by 记录编号.
@Suite struct RosterBuildTests {
    func built() throws -> SiteFixture {
        let site = try SiteFixture(RosterSite.files)
        // Inside 2026-11's notice period, so its 停保 household is still named.
        let report = try site.build(now: "2026-11-15")
        #expect(report.warnings.isEmpty, "\(report.warnings)")
        return site
    }

    @Test func writesEveryRosterPageAndNoOther() throws {
        let site = try built()
        let pages = SiteFixture.snapshot(site.publicFolder).keys.filter {
            $0.hasPrefix("rosters/") || $0.hasPrefix("regions/") || $0 == "standards.html"
        }.sorted()
        #expect(pages == [
            "regions/410829101201.html", "regions/410829101202.html", "regions/410829201201.html", "regions/index.html",
            "rosters/2026-10/410829101000.html", "rosters/2026-10/410829101201.html", "rosters/2026-10/410829101202.html",
            "rosters/2026-10/410829201000.html", "rosters/2026-10/410829201201.html", "rosters/2026-10/index.html",
            "rosters/2026-10/totals.csv",
            "rosters/2026-11/410829101000.html", "rosters/2026-11/410829101201.html", "rosters/2026-11/410829101202.html",
            "rosters/2026-11/410829201000.html", "rosters/2026-11/410829201201.html", "rosters/2026-11/index.html",
            "rosters/2026-11/totals.csv", "rosters/index.html", "rosters/totals.csv", "standards.html",
        ])
    }

    @Test func villagePageHasHeaderTableTotalsAndChanges() throws {
        let site = try built()
        let page = try #require(site.text("rosters/2026-11/410829101201.html"))
        #expect(page.contains("<h1>柳林村2026年11月最低生活保障对象长期公示</h1>"))
        #expect(page.contains("<meta name=\"robots\" content=\"noindex\">"))
        #expect(page.contains("<dd><time datetime=\"2026-11-01\">2026年11月1日</time>至<time datetime=\"2026-11-30\">2026年11月30日</time>（共 30 天）</dd>"))
        #expect(page.contains("<dd>云台县民政局</dd>"))
        #expect(page.contains("<dd><a href=\"tel:03917123456\"><strong>0391-7123456</strong></a></dd>"))
        #expect(page.contains("<dd>云台县人民路88号民政局社会救助股</dd>"))
        #expect(page.contains("<span class=\"basis\">《最低生活保障审核确认办法》</span>"))
        #expect(page.contains("<tr><td class=\"num\">1</td><td>张*丰</td><td class=\"num\">2</td><td>农村低保</td><td class=\"num\">1,000.50</td></tr>"))
        #expect(page.contains("<tr><td class=\"num\">2</td><td>欧阳*娜</td><td class=\"num\">2</td><td>农村低保</td><td class=\"num\">1,100.00</td></tr>"))
        #expect(page.contains("<tr><th scope=\"row\" colspan=\"2\">合计 2 户</th><td class=\"num\">4</td><td></td><td class=\"num\">2,100.50</td></tr>"))
        #expect(page.contains("<li>李*，农村特困，1 人</li>"))
        #expect(page.contains("<li>张*丰：月保障金额 1,100.00 → 1,000.50</li>"))
        #expect(page.contains("<li>欧阳*娜：保障人数 3 → 2；月保障金额 1,200.50 → 1,100.00</li>"))
        #expect(!page.contains("<h3>新增</h3>"))
        // Nothing private in a roster page: no 记录编号, no 起始月份, no 备注.
        #expect(!page.contains("A001") && !page.contains("2024-01") && !page.contains("收入变化"))
        #expect(page.contains("<a href=\"../2026-10/410829101201.html\">上月：2026年10月</a>"))
        #expect(page.contains("<a href=\"../../regions/410829101201.html\">本村历月公示</a>"))
    }

    @Test func firstMonthHasNoChangesAndHeaderOnlyFileShowsNoRecipients() throws {
        let site = try built()
        let first = try #require(site.text("rosters/2026-10/410829101201.html"))
        #expect(first.contains("<p>本月为首次公示，无变动信息。</p>"))
        let empty = try #require(site.text("rosters/2026-10/410829101202.html"))
        #expect(empty.contains("<p class=\"empty\">本月本村（社区）无最低生活保障对象。</p>"))
        let added = try #require(site.text("rosters/2026-11/410829101202.html"))
        #expect(added.contains("<li>赵**明，农村低保，1 人，月保障金额 550.00 元</li>"))
        let unchanged = try #require(site.text("rosters/2026-11/410829201201.html"))
        #expect(unchanged.contains("<p>本月无新增、停保或调整。</p>"))
    }

    @Test func monthIndexHasTownshipVillageAndCountyTotals() throws {
        let site = try built()
        let page = try #require(site.text("rosters/2026-11/index.html"))
        func row(_ name: String, _ h: Int, _ p: Int, _ amount: String, _ a: Int, _ s: Int, _ adj: Int) -> String {
            "\(name)</a></th><td class=\"num\">\(h)</td><td class=\"num\">\(p)</td><td class=\"num\">\(amount)</td><td class=\"num\">\(a)</td><td class=\"num\">\(s)</td><td class=\"num\">\(adj)</td></tr>"
        }
        #expect(page.contains(row("柳林镇", 3, 5, "2,650.50", 1, 1, 2)))
        #expect(page.contains(row("柳林村", 2, 4, "2,100.50", 0, 1, 2)))
        #expect(page.contains(row("杨庄村", 1, 1, "550.00", 1, 0, 0)))
        #expect(page.contains(row("石门乡", 2, 4, "1,750.00", 0, 0, 0)))
        #expect(page.contains("<tr><th scope=\"row\">云台县合计</th><td class=\"num\">5</td><td class=\"num\">9</td><td class=\"num\">4,400.50</td><td class=\"num\">1</td><td class=\"num\">1</td><td class=\"num\">2</td></tr>"))
        #expect(page.contains("<a href=\"410829101000.html\">柳林镇</a>"))
        #expect(page.contains("<a href=\"../2026-10/index.html\">上月：2026年10月</a>"))
        let october = try #require(site.text("rosters/2026-10/index.html"))
        #expect(october.contains("<tr><th scope=\"row\">云台县合计</th><td class=\"num\">5</td><td class=\"num\">10</td><td class=\"num\">4,765.50</td><td class=\"num\">—</td><td class=\"num\">—</td><td class=\"num\">—</td></tr>"))
    }

    @Test func townshipPageListsItsVillages() throws {
        let site = try built()
        let page = try #require(site.text("rosters/2026-10/410829101000.html"))
        #expect(page.contains("<h1>柳林镇2026年10月最低生活保障对象长期公示</h1>"))
        #expect(page.contains("<a href=\"410829101201.html\">柳林村</a></th><td class=\"num\">3</td><td class=\"num\">6</td><td class=\"num\">3,015.50</td>"))
        #expect(page.contains("<a href=\"410829101202.html\">杨庄村</a></th><td class=\"num\">0</td><td class=\"num\">0</td><td class=\"num\">0.00</td>"))
        #expect(page.contains("<tr><th scope=\"row\">柳林镇合计</th><td class=\"num\">3</td><td class=\"num\">6</td><td class=\"num\">3,015.50</td>"))
        #expect(!page.contains("石门村"))
    }

    @Test func archiveHistoryAndHomeSummary() throws {
        let site = try built()
        let archive = try #require(site.text("rosters/index.html"))
        #expect(archive.contains("<tr><th scope=\"row\"><a href=\"2026-11/index.html\">2026年11月</a></th><td>长期公示</td><td class=\"num\">3</td><td class=\"num\">5</td><td class=\"num\">9</td><td class=\"num\">4,400.50</td></tr>"))
        let first = try #require(archive.range(of: "2026年11月")).lowerBound
        let second = try #require(archive.range(of: "2026年10月")).lowerBound
        #expect(first < second)
        let history = try #require(site.text("regions/410829101201.html"))
        #expect(history.contains("<tr><th scope=\"row\"><a href=\"../rosters/2026-10/410829101201.html\">2026年10月</a></th><td class=\"num\">3</td><td class=\"num\">6</td><td class=\"num\">3,015.50</td></tr>"))
        #expect(history.contains("<svg"))
        #expect(history.contains("role=\"img\""))
        // The charts are drawn without script: the page's only scripts are the theme's 大字版 pair.
        #expect(history.components(separatedBy: "<script").count - 1 == 2)
        let home = try #require(site.text("index.html"))
        #expect(home.contains("共 3 个村（社区），保障 <strong>5</strong> 户 <strong>9</strong> 人，月保障金额合计 <strong>4,400.50</strong> 元。"))
        #expect(home.contains("<a href=\"rosters/2026-11/index.html\">查看本月公示</a>"))
    }

    @Test func rosterPagesStayOutOfSitemapAndAreDisallowed() throws {
        var files = RosterSite.files
        files["site.yaml"] = SiteFixture.minimalSiteYAML + "base_url: https://mz.example.gov.cn/dibao/\n"
        let site = try SiteFixture(files)
        try site.build()
        let sitemap = try #require(site.text("sitemap.xml"))
        // Of the regions folder only the village directory, which names no person.
        #expect(!sitemap.contains("rosters/") && !sitemap.contains("regions/4") && !sitemap.contains("print/"))
        #expect(sitemap.contains("regions/index.html"))
        #expect(sitemap.contains("standards.html"))
        #expect(site.text("robots.txt") == "User-agent: *\nAllow: /dibao/regions/index.html\nDisallow: /dibao/print/\nDisallow: /dibao/regions/\nDisallow: /dibao/rosters/\n\nSitemap: https://mz.example.gov.cn/dibao/sitemap.xml\n")
    }

    @Test func retiredVillageKeepsItsPagesAndPointsToItsSuccessor() throws {
        var files = RosterSite.files
        files["content/regions.csv"] = RosterSite.regions + "410829201202,河口村,410829201201\n"
        files["content/rosters/2026-10/410829201202.csv"] = RosterSite.header + "C001,孙*,1,1,农村低保,550,2020-01,\n"
        files["content/rosters/2026-10/_month.yaml"] = RosterSite.month("2026-10", days: 31, totals: (6, 11, "5315.50"))
        files["content/rosters/2026-11/石门乡.csv"] = (files["content/rosters/2026-11/石门乡.csv"] ?? "") + "410829201201,C001,孙*,1,农村低保,550\n"
        files["content/rosters/2026-11/_month.yaml"] = RosterSite.month("2026-11", days: 30, totals: (6, 10, "4950.50"))
        let site = try SiteFixture(files)
        let report = try site.build()
        #expect(report.warnings.isEmpty)
        let history = try #require(site.text("regions/410829201202.html"))
        #expect(history.contains("该区划代码已撤销，现属<a href=\"410829201201.html\">石门村</a>（区划代码 410829201201）。"))
        #expect(site.text("rosters/2026-10/410829201202.html") != nil)
        #expect(site.text("rosters/2026-11/410829201202.html") == nil)
        let moved = try #require(site.text("rosters/2026-11/410829201201.html"))
        #expect(moved.contains("<li>孙*：所在村 河口村 → 石门村</li>"))
    }

    @Test func standardsPageAndWarnings() throws {
        var files = RosterSite.files
        // 3 persons × 550 = 1,650.00 is the most a 农村低保 household of three can get.
        files["content/rosters/2026-11/石门乡.csv"] = """
            区划代码,记录编号,户主姓名,保障人数,保障类别,月保障金额(元),起始月份
            410829201201,B001,王*,1,农村低保,550,2026-12
            410829201201,B002,"买买提·**",3,农村低保,1700.00,2020-01

            """
        files["content/rosters/2026-11/_month.yaml"] = RosterSite.month("2026-11", days: 30)
        let site = try SiteFixture(files)
        let report = try site.build()
        #expect(report.warnings.map(\.description) == [
            "content/rosters/2026-11/石门乡.csv:2:33: 警告 GS2066: 起始月份 2026-12 晚于名册月份 2026-11",
            "content/rosters/2026-11/石门乡.csv:3:35: 警告 GS2067: 月保障金额 1,700.00 元高于标准：550.00 元 × 3 人 = 1,650.00 元",
        ])
        let standards = try #require(site.text("standards.html"))
        #expect(standards.contains("<tr><td><time datetime=\"2024-01-01\">2024年1月1日</time></td><td>云台县</td><td class=\"num\">667.00</td><td class=\"num\">550.00</td><td class=\"num\">868.00</td><td class=\"num\">715.00</td></tr>"))
    }
}
