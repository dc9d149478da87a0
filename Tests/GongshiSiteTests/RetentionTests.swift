import Foundation
import Testing
@testable import GongshiCore
@testable import GongshiSite

/// `retention: {names_months: N}` and the 停保 households after their notice period, through the
/// binary: exactly the months and households they should lose their names, and nothing else.
@Suite struct RetentionTests {
    /// 柳林村 from 2025-01 to 2026-03 (15 months). A002 stops in 2025-02, A003 in 2026-03; A004
    /// arrives in 2025-02. Every month's notice runs its first ten days.
    static func files(retention: String?) -> [String: String] {
        var files: [String: String] = ["content/regions.csv": RosterSite.regions]
        for index in 0..<15 {
            let month = String(format: "%04d-%02d", 2025 + index / 12, index % 12 + 1)
            var rows = ["A001,张*丰,2,3,农村低保,1100,2024-01,"]
            if index == 0 { rows.append("A002,李*,1,1,农村特困,715.00,2023-05,") }
            if index < 14 { rows.append("A003,欧阳*娜,3,3,农村低保,1200.5,2024-02,") }
            if index > 0 { rows.append("A004,赵**明,1,1,农村低保,550,2025-02,") }
            files["content/rosters/\(month)/_month.yaml"] = """
                notice_type: 长期公示
                publish_from: \(month)-01
                publish_to: \(month)-10
                publisher: 云台县民政局
                hotline: "0391-7123456"

                """
            files["content/rosters/\(month)/410829101201.csv"] = RosterSite.header + rows.joined(separator: "\n") + "\n"
        }
        files["site.yaml"] = SiteFixture.minimalSiteYAML + "open_data: {households: true}\n"
            + (retention.map { "retention: {names_months: \($0)}\n" } ?? "")
        return files
    }

    static func build(_ site: SiteFixture, _ extra: [String] = []) throws -> CLI.Result {
        try CLI.run(["build", "--source", site.siteFolder.path] + extra)
    }

    static let names = ["张*丰", "李*", "欧阳*娜", "赵**明"]

    @Test func monthsBeyondTheRetentionLoseTheirNamesAndKeepTheirTotals() throws {
        let site = try SiteFixture(Self.files(retention: "12"))
        let result = try Self.build(site, ["--now", "2026-03-05"])
        #expect(result.status == 0, "\(result.stderr)")
        // 2026-03 is the latest: 2025-01 and 2025-02 are more than 12 months before it.
        #expect(result.stdout.hasPrefix(Messages.namesWithdrawn(months: 2, namesMonths: 12, isDefault: false).text + "\n"), "\(result.stdout)")
        for month in ["2025-01", "2025-02"] {
            let page = try #require(site.text("rosters/\(month)/410829101201.html"))
            for name in Self.names { #expect(!page.contains(name), "\(month) names \(name)") }
            #expect(page.contains("<p class=\"withdrawn\">本站只公布最新月份及其前 12 个月的保障对象名单。"))
            #expect(!page.contains("print/\(month)"))
            #expect(!page.contains("下载名单"))
            #expect(site.text("print/\(month)/410829101201.html") == nil)
            #expect(site.text("print/\(month)/410829101000.html") == nil)
            #expect(site.text("rosters/\(month)/410829101201.csv") == nil)
            let township = try #require(site.text("rosters/\(month)/410829101000.html"))
            #expect(!township.contains("print-link"))
        }
        // The withdrawn month's totals and change counts, without a name.
        let february = try #require(site.text("rosters/2025-02/410829101201.html"))
        #expect(february.contains("本村（社区）本月合计 3 户、6 人，月保障金额 2,850.50 元。"))
        #expect(february.contains("<p>新增 1 户。</p>"))
        #expect(february.contains("<p>停保 1 户。公示期已结束，不再列出户名。</p>"))
        // 2025-03, 12 months before the latest, keeps its list, print page and CSV.
        let march = try #require(site.text("rosters/2025-03/410829101201.html"))
        #expect(march.contains("<td>欧阳*娜</td>"))
        #expect(site.text("print/2025-03/410829101201.html")?.contains("欧阳*娜") == true)
        #expect(site.text("rosters/2025-03/410829101201.csv") != nil)

        // History and totals are the bytes of a build that withdraws nothing.
        let kept = try SiteFixture(Self.files(retention: "600"))
        let keptResult = try Self.build(kept, ["--now", "2026-03-05"])
        #expect(keptResult.status == 0)
        #expect(!keptResult.stdout.contains("GS5014") && !keptResult.stdout.contains("保留期限"))
        for path in ["rosters/totals.csv", "rosters/2025-01/totals.csv", "rosters/2025-02/totals.csv", "regions/410829101201.html",
                     "rosters/2025-02/index.html", "rosters/index.html", "index.html"] {
            #expect(site.text(path) != nil && site.text(path) == kept.text(path), "\(path)")
        }
        #expect(kept.text("rosters/2025-02/410829101201.html")?.contains("<td>赵**明</td>") == true)
        #expect(kept.text("print/2025-01/410829101201.html") != nil)
    }

    @Test func stoppedHouseholdsAreNamedOnlyDuringTheirNoticePeriod() throws {
        let site = try SiteFixture(Self.files(retention: "12"))
        #expect(try Self.build(site, ["--now", "2026-03-10"]).status == 0)
        var march = try #require(site.text("rosters/2026-03/410829101201.html"))
        #expect(march.contains("<li>欧阳*娜，农村低保，3 人</li>"))
        // The day after the period: the count stays, the name goes; the current households stay named.
        #expect(try Self.build(site, ["--now", "2026-03-11"]).status == 0)
        march = try #require(site.text("rosters/2026-03/410829101201.html"))
        #expect(!march.contains("欧阳*娜"))
        #expect(march.contains("<p>停保 1 户。公示期已结束，不再列出户名。</p>"))
        #expect(march.contains("<td>张*丰</td>"))
        // 新增 and 调整 in a month still named keep their names after the period.
        let february2026 = try #require(site.text("rosters/2026-02/410829101201.html"))
        #expect(february2026.contains("<p>本月无新增、停保或调整。</p>"))
        let march2025 = try #require(site.text("rosters/2025-03/410829101201.html"))
        #expect(march2025.contains("<td>赵**明</td>"))
    }

    @Test func withoutTheSettingTwelveMonthsApplyAndTheBuildSaysSo() throws {
        let site = try SiteFixture(Self.files(retention: nil))
        let result = try Self.build(site, ["--now", "2026-03-05"])
        #expect(result.status == 0)
        let message = Messages.namesWithdrawn(months: 2, namesMonths: 12, isDefault: true)
        #expect(result.stdout.hasPrefix(message.text + "\n  提示：" + (message.hint ?? "") + "\n"), "\(result.stdout)")
        #expect(site.text("rosters/2025-02/410829101201.html")?.contains("赵**明") == false)
    }

    @Test func printingAWithdrawnMonthIsRefused() throws {
        let site = try SiteFixture(Self.files(retention: "12"))
        let result = try CLI.run(["print", "--month", "2025-02", "--source", site.siteFolder.path])
        #expect(result.status == 1)
        #expect(result.stderr == Messages.printNamesWithdrawn("2025-02", namesMonths: 12).line(.error) + "\n")
        let cards = try CLI.run(["print", "cards", "--month", "2025-02", "--region", "410829101201", "--source", site.siteFolder.path])
        #expect(cards.status == 1)
        #expect(cards.stderr.contains("GS7021"))
    }

    @Test func aBadSettingIsAnErrorAtItsPlace() throws {
        var files = Self.files(retention: nil)
        files["site.yaml"] = SiteFixture.minimalSiteYAML + "retention:\n  name_months: 12\n"
        var site = try SiteFixture(files)
        var result = try Self.build(site)
        #expect(result.status == 1)
        #expect(result.stderr.contains("site.yaml:7:3: 错误"), "\(result.stderr)")
        #expect(result.stderr.contains("错误 GS1023: 未知的配置项 name_months，是不是 names_months？\n  提示：可用的配置项：names_months"))
        files["site.yaml"] = SiteFixture.minimalSiteYAML + "retention: {names_months: -1}\n"
        site = try SiteFixture(files)
        result = try Self.build(site)
        #expect(result.status == 1)
        #expect(result.stderr.contains(Messages.expectedInteger("retention.names_months", "-1", range: RetentionSettings.namesMonthsRange).text))
    }

    /// `names_months: 0`: only the latest month names its households.
    @Test func zeroKeepsOnlyTheLatestMonthNamed() throws {
        let site = try SiteFixture(Self.files(retention: "0"))
        let result = try Self.build(site, ["--now", "2026-03-05"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix(Messages.namesWithdrawn(months: 14, namesMonths: 0, isDefault: false).text + "\n"))
        #expect(site.text("rosters/2026-02/410829101201.html")?.contains("张*丰") == false)
        #expect(site.text("rosters/2026-03/410829101201.html")?.contains("<td>张*丰</td>") == true)
        #expect(site.text("print/2026-03/410829101201.html") != nil && site.text("print/2026-02/410829101201.html") == nil)
    }
}
