import Foundation
import Testing
@testable import GongshiCore
@testable import GongshiSite

/// `supervision.html` (监督举报): the official lines as `tel:` links, the channels, how a real-name
/// report is answered, and the right to 行政复议 and 行政诉讼; linked from every page's footer and
/// from the roster notice.
@Suite struct SupervisionPageTests {
    static func main(_ page: String) -> String {
        guard let start = page.range(of: "<main id=\"main\">"), let end = page.range(of: "</main>") else { return "" }
        return String(page[start.upperBound..<end.lowerBound])
    }

    @Test func withoutASupervisionBlockThePageSaysWhatTheRegulationsSay() throws {
        let site = try SiteFixture([:])
        let report = try site.build()
        #expect(report.warnings.isEmpty)
        let page = try #require(site.text("supervision.html"))
        #expect(!page.contains("noindex"))
        let main = Self.main(page)
        #expect(main.contains("<li>监督举报电话：<a href=\"tel:03917123456\"><strong>0391-7123456</strong></a></li>"))
        #expect(main.contains("对实名举报逐一核查，并及时向举报人反馈核查处理结果。"))
        #expect(main.contains("自知道或者应当知道该决定之日起 60 日内，向县级人民政府申请<strong>行政复议</strong>；"))
        #expect(main.contains("自知道或者应当知道该决定之日起 6 个月内，向有管辖权的人民法院提起<strong>行政诉讼</strong>。"))
        #expect(!main.contains("<h2>写信</h2>") && !main.contains("<h2>其他渠道</h2>"))
    }

    @Test func theSiteSaysWhereToWriteWhoElseListensAndHowSoonItAnswers() throws {
        let site = try SiteFixture(["site.yaml": SiteFixture.minimalSiteYAML + """
            disclosure:
              hotline: "0391-7654321"
            supervision:
              address: 测试县人民路1号 测试县民政局
              channels:
                - {name: 现场反映, detail: 县民政局一楼窗口}
              reply_days: 15
              review_body: 测试县人民政府
              review_days: 60
              court: 测试县人民法院
              lawsuit_months: 6

            """])
        try site.build()
        let main = Self.main(try #require(site.text("supervision.html")))
        #expect(main.contains("""
            <ul class="hotlines">
            <li>监督举报电话：<a href="tel:03917123456"><strong>0391-7123456</strong></a></li>
            <li>低保公示监督举报电话：<a href="tel:03917654321"><strong>0391-7654321</strong></a></li>
            </ul>
            """))
        #expect(main.contains("<h2>写信</h2>\n<p>来信请寄：测试县人民路1号 测试县民政局</p>"))
        #expect(main.contains("<dt>现场反映</dt><dd>县民政局一楼窗口</dd>"))
        #expect(main.contains("自受理之日起 15 日内向举报人反馈核查处理结果。"))
        #expect(main.contains("向测试县人民政府申请<strong>行政复议</strong>") && main.contains("向测试县人民法院提起<strong>行政诉讼</strong>"))
    }

    @Test func everyPageLinksToItAndRosterNoticesDialTheirHotline() throws {
        let site = try SiteFixture(RosterSite.files)
        try site.build()
        for (path, link) in [("index.html", "supervision.html"), ("rosters/2026-11/410829101201.html", "../../supervision.html"),
                             ("regions/index.html", "../supervision.html"), ("404.html", "supervision.html")] {
            let page = try #require(site.text(path))
            #expect(page.contains("<p><a href=\"\(link)\">监督举报与权利救济</a></p>"), "\(path)")
            #expect(page.contains("<li>监督举报电话：<a href=\"tel:03917123456\"><strong>0391-7123456</strong></a></li>"), "\(path)")
        }
        let village = try #require(site.text("rosters/2026-11/410829101201.html"))
        #expect(village.contains("<dt>监督举报电话</dt><dd><a href=\"tel:03917123456\"><strong>0391-7123456</strong></a></dd>"))
        #expect(village.contains("<a href=\"../../supervision.html\">如何举报、如何申请复议</a></p>"))
        // Paper has no links: the printed notice shows the number only.
        #expect(!(try #require(site.text("print/2026-11/410829101201.html")).contains("tel:")))
    }

    @Test func aNumberThatCannotBeDialledAsWrittenIsShownNotLinked() {
        #expect(TelLink.uri("0391-7123456") == "tel:03917123456")
        #expect(TelLink.uri("+86 391 712 3456") == "tel:+863917123456")
        #expect(TelLink.uri("12345") == "tel:12345")
        #expect(TelLink.uri("0391-7123456转8001") == nil)
        #expect(TelLink.uri("12") == nil)
        #expect(TelLink.uri("38+1") == nil)
        // Two numbers written together are not one to dial.
        #expect(TelLink.uri("0391-7123456 0391-7654321") == nil)
    }

    @Test func aPrivateNumberInAChannelIsRefusedWithoutBeingQuoted() throws {
        let site = try SiteFixture(["site.yaml": SiteFixture.minimalSiteYAML + """
            supervision:
              channels:
                - {name: 联系人, detail: 王主任 13812345678}

            """])
        let result = try CLI.run(["build", "--source", site.siteFolder.path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("138****5678"))
        #expect(!result.stderr.contains("13812345678"))
        #expect(site.text("supervision.html") == nil)
    }
}
