import Foundation
import Testing
@testable import GongshiCore
@testable import GongshiSite

/// `site.yaml` `portal:` (《政府网站发展指引》): the portal's meta tags on every page, only those
/// with a value, and the footer's 主办单位, 网站标识码, ICP and 公安 registrations and 党政机关标识.
@Suite struct PortalTests {
    static let article = """
        ---
        title: 低保金通过“一卡通”发放
        date: 2024-05-20T09:00:00+08:00
        categories: [资金发放]
        tags: [一卡通, 低保金]
        author: 测试县民政局社会救助股
        summary: 低保金每月10日前到账。
        ---

        正文。

        """

    static let portalYAML = SiteFixture.minimalSiteYAML + """
        base_url: https://mz.ceshi.gov.cn/dibao/
        portal:
          site_id_code: "4108290001"
          organizer: 测试县民政局办公室
          icp: 豫ICP备2024012345号-1
          police_record: 豫公网安备41082902000123号
          party_mark: assets/dzjg.png
          party_mark_url: https://bszs.conac.cn/sitename?method=show&id=0A1B2C3D
          columns:
            notices: {name: 公示公告}

        """

    /// A one-pixel PNG for the 党政机关标识.
    static let mark = Data(base64Encoded: "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGNYLC4DAAI3ANds+BUUAAAAAElFTkSuQmCC") ?? Data()

    static func metaTags(_ page: String) -> [String] {
        page.split(separator: "\n").filter { $0.hasPrefix("<meta name=\"") && !$0.contains("viewport") && !$0.contains("generator") && !$0.contains("robots") }
            .map(String.init)
    }

    @Test func aDocumentCarriesEveryTagWithAValueAndAListOnlyTheSiteAndColumn() throws {
        let site = try SiteFixture(["site.yaml": Self.portalYAML, "content/articles/pay.md": Self.article,
                                    "content/notices/n.md": "---\ntitle: 通知\ndate: 2024-06-01\n---\n\n正文。\n"])
        // The mark must be published: without the image the build stops.
        #expect(site.buildFailure()?.map(\.description) == [errorLine("site.yaml:7:1", Messages.partyMarkMissing("assets/dzjg.png"))])
        try site.write("themes/default/assets/dzjg.png", bytes: Self.mark)
        try site.build()
        #expect(Self.metaTags(try #require(site.text("articles/pay.html"))) == [
            "<meta name=\"SiteName\" content=\"测试县低保公示\">",
            "<meta name=\"SiteDomain\" content=\"mz.ceshi.gov.cn\">",
            "<meta name=\"SiteIDCode\" content=\"4108290001\">",
            "<meta name=\"ColumnName\" content=\"政策文件\">",
            "<meta name=\"ColumnType\" content=\"信息发布\">",
            "<meta name=\"ArticleTitle\" content=\"低保金通过“一卡通”发放\">",
            "<meta name=\"PubDate\" content=\"2024-05-20 09:00\">",
            "<meta name=\"ContentSource\" content=\"测试县民政局\">",
            "<meta name=\"Keywords\" content=\"资金发放,一卡通,低保金\">",
            "<meta name=\"Author\" content=\"测试县民政局社会救助股\">",
            "<meta name=\"Description\" content=\"低保金每月10日前到账。\">",
            "<meta name=\"Url\" content=\"https://mz.ceshi.gov.cn/dibao/articles/pay.html\">",
        ])
        // A notice without author, summary or tags: those tags are left out, not written empty.
        #expect(Self.metaTags(try #require(site.text("notices/n.html"))) == [
            "<meta name=\"SiteName\" content=\"测试县低保公示\">",
            "<meta name=\"SiteDomain\" content=\"mz.ceshi.gov.cn\">",
            "<meta name=\"SiteIDCode\" content=\"4108290001\">",
            "<meta name=\"ColumnName\" content=\"公示公告\">",
            "<meta name=\"ColumnType\" content=\"信息发布\">",
            "<meta name=\"ArticleTitle\" content=\"通知\">",
            "<meta name=\"PubDate\" content=\"2024-06-01 00:00\">",
            "<meta name=\"ContentSource\" content=\"测试县民政局\">",
            "<meta name=\"Url\" content=\"https://mz.ceshi.gov.cn/dibao/notices/n.html\">",
        ])
        #expect(Self.metaTags(try #require(site.text("supervision.html"))).filter { $0.contains("Column") } == [
            "<meta name=\"ColumnName\" content=\"监督举报\">", "<meta name=\"ColumnType\" content=\"互动交流\">",
        ])
        let footer = try #require(site.text("index.html"))
        #expect(footer.contains("""
            <ul class="portal-lines">
            <li>主办单位：测试县民政局</li>
            <li>承办单位：测试县民政局办公室</li>
            <li>网站标识码：4108290001</li>
            <li><a href="https://beian.miit.gov.cn/">豫ICP备2024012345号-1</a></li>
            <li><a href="https://beian.mps.gov.cn/#/query/webSearch?code=41082902000123">豫公网安备41082902000123号</a></li>
            </ul>
            <p class="party-mark"><a href="https://bszs.conac.cn/sitename?method=show&amp;id=0A1B2C3D"><img src="assets/dzjg.png" alt="党政机关" width="55" height="64"></a></p>
            """))
        #expect(!footer.contains("发布单位："))
        #expect(try #require(site.text("articles/pay.html")).contains("<img src=\"../assets/dzjg.png\""))
    }

    @Test func withoutTheBlockThereIsNoPortalTagAndWithoutValuesNoEmptyOne() throws {
        let plain = try SiteFixture(["content/articles/pay.md": Self.article])
        try plain.build()
        #expect(Self.metaTags(try #require(plain.text("articles/pay.html"))) == [])
        #expect(try #require(plain.text("index.html")).contains("<p>发布单位：测试县民政局</p>"))
        // An empty block: the site's name and the column, nothing else (no domain without base_url).
        let bare = try SiteFixture(["site.yaml": SiteFixture.minimalSiteYAML + "portal: {}\n"])
        try bare.build()
        let home = try #require(bare.text("index.html"))
        #expect(Self.metaTags(home) == ["<meta name=\"SiteName\" content=\"测试县低保公示\">",
                                        "<meta name=\"ColumnName\" content=\"首页\">", "<meta name=\"ColumnType\" content=\"首页\">"])
        #expect(home.contains("<ul class=\"portal-lines\">\n<li>主办单位：测试县民政局</li>\n</ul>"))
        #expect(!home.contains("party-mark"))
    }

    @Test func unknownKeysAndMalformedValuesAreErrorsThatDoNotRepeatTheValue() throws {
        let text = SiteFixture.minimalSiteYAML + """
            portal:
              site_id_code: "ABC"
              icp: 12345678
              sitename: x
              columns:
                notice: {name: 通知}
                rosters: {title: 名单}

            """
        do {
            _ = try SiteConfigLoader.parse(text)
            Issue.record("accepted")
        } catch {
            #expect(error.diagnostics.map(\.description) == [
                errorLine("site.yaml:7:17", Messages.portalValueInvalid("site_id_code")),
                errorLine("site.yaml:8:8", Messages.portalValueInvalid("icp")),
                errorLine("site.yaml:9:3", Messages.unknownSiteKey("sitename", known: PortalSettings.knownKeys)),
                errorLine("site.yaml:11:5", Messages.unknownSiteKey("notice", known: PortalSettings.sections)),
                errorLine("site.yaml:12:15", Messages.unknownSiteKey("title", known: ["name", "type"])),
            ])
            #expect(!error.diagnostics.map(\.description).joined().contains("ABC"))
        }
    }
}
