import Foundation
import Testing
@testable import GongshiCore
@testable import GongshiSite

/// Notice-board pages in the built site: planned per village and township, noindex, linked from
/// the roster pages, with the header block, totals after the last row, seal area and QR code.
@Suite struct PrintPagesTests {
    func built(_ extraSiteYAML: String = "") throws -> SiteFixture {
        var files = RosterSite.files
        files["site.yaml"] = SiteFixture.minimalSiteYAML + extraSiteYAML
        let site = try SiteFixture(files)
        let report = try site.build()
        #expect(report.warnings.isEmpty, "\(report.warnings)")
        return site
    }

    @Test func onePagePerVillageAndTownshipOfEveryMonth() throws {
        let site = try built()
        let pages = SiteFixture.snapshot(site.publicFolder).keys.filter { $0.hasPrefix("print/") }.sorted()
        #expect(pages == [
            "print/2026-10/410829101000.html", "print/2026-10/410829101201.html", "print/2026-10/410829101202.html",
            "print/2026-10/410829201000.html", "print/2026-10/410829201201.html",
            "print/2026-11/410829101000.html", "print/2026-11/410829101201.html", "print/2026-11/410829101202.html",
            "print/2026-11/410829201000.html", "print/2026-11/410829201201.html",
        ])
        #expect(site.text("assets/print.css")?.contains("@page") == true)
    }

    @Test func villagePageHasHeaderTableTotalsAfterTheLastRowAndSealArea() throws {
        let site = try built()
        let page = try #require(site.text("print/2026-11/410829101201.html"))
        #expect(page.contains("<meta name=\"robots\" content=\"noindex\">"))
        #expect(page.contains("<link rel=\"stylesheet\" href=\"../../assets/print.css\">"))
        #expect(page.contains("@page { size: A4 portrait; }\nhtml { font-size: 14pt; }"))
        #expect(page.contains("<h1>柳林村2026年11月最低生活保障对象长期公示</h1>"))
        #expect(page.contains("<p class=\"basis-sentence\">根据《最低生活保障审核确认办法》有关规定，现将柳林村2026年11月最低生活保障对象名单予以公示，接受群众监督。</p>"))
        #expect(page.contains("<p class=\"period\">公示期：<time datetime=\"2026-11-01\">2026年11月1日</time>至<time datetime=\"2026-11-30\">2026年11月30日</time>（共 30 天）</p>"))
        #expect(page.contains("请向云台县民政局反映，监督举报电话：<strong>0391-7123456</strong>，书面反映地址：云台县人民路88号民政局社会救助股。"))
        #expect(page.contains("<thead>\n<tr><th scope=\"col\" class=\"num\">序号</th><th scope=\"col\">户主姓名</th>"))
        // Totals are the last body row: Chromium would repeat a <tfoot> on every printed page.
        #expect(page.contains("<td class=\"num\">1,100.00</td></tr>\n<tr class=\"totals\"><th scope=\"row\" colspan=\"2\">合计 2 户</th><td class=\"num\">4 人</td><td></td><td class=\"num\">2,100.50</td></tr>\n</tbody>"))
        #expect(!page.contains("<tfoot"))
        #expect(page.contains("<p>公示单位：云台县民政局</p>"))
        #expect(page.contains("<div class=\"seal\">（盖章处）</div>"))
        #expect(page.contains("<a href=\"../../rosters/2026-11/410829101201.html\">返回网上公示</a>"))
        #expect(!page.contains("<svg"), "no QR code without base_url")
        #expect(!page.contains("A001") && !page.contains("收入变化"))
    }

    @Test func townshipPageHoldsEachVillageAsItsOwnSheet() throws {
        let site = try built()
        let page = try #require(site.text("print/2026-11/410829101000.html"))
        #expect(page.components(separatedBy: "<section class=\"sheet\">").count - 1 == 2)
        let liulin = try #require(page.range(of: "<h1>柳林村2026年11月最低生活保障对象长期公示</h1>"))
        let yangzhuang = try #require(page.range(of: "<h1>杨庄村2026年11月最低生活保障对象长期公示</h1>"))
        #expect(liulin.lowerBound < yangzhuang.lowerBound)
        #expect(page.contains("<title>柳林镇2026年11月最低生活保障对象长期公示（张贴版）</title>"))
        #expect(page.contains("<a href=\"../../rosters/2026-11/410829101000.html\">返回网上公示</a>"))
        #expect(try #require(site.text("assets/print.css")).contains(".sheet + .sheet { break-before: page; }"))
    }

    @Test func rosterPagesLinkToTheirPrintPages() throws {
        let site = try built()
        let village = try #require(site.text("rosters/2026-11/410829101201.html"))
        #expect(village.contains("<p class=\"print-link\"><a href=\"../../print/2026-11/410829101201.html\">打印公示（村务公开栏）</a></p>"))
        let township = try #require(site.text("rosters/2026-11/410829101000.html"))
        #expect(township.contains("<a href=\"../../print/2026-11/410829101000.html\">打印柳林镇各村公示（村务公开栏，每村另起一页）</a>"))
    }

    @Test func paperOrientationAndTypeSizeComeFromSiteYAML() throws {
        let site = try built("print:\n  paper: A3\n  orientation: landscape\n  font_size: 18pt\n")
        let page = try #require(site.text("print/2026-11/410829101201.html"))
        #expect(page.contains("@page { size: A3 landscape; }\nhtml { font-size: 18pt; }"))
        #expect(page.contains("<body class=\"print paper-a3 landscape\">"))
        #expect(page.contains("纸张 A3 横向"))
    }

    @Test func qrCodeLinksToTheVillagesPageOnline() throws {
        let site = try built("base_url: https://mz.example.gov.cn/dibao/\n")
        let page = try #require(site.text("print/2026-11/410829101201.html"))
        let url = "https://mz.example.gov.cn/dibao/rosters/2026-11/410829101201.html"
        let matrix = try #require(QRCodeMatrix.encode(url))
        #expect(page.contains(QRCodeSVG.render(matrix, label: "扫码查看柳林村网上公示")))
        let full = matrix.width + 2 * QRCodeSVG.quietZone
        let start = try #require(page.range(of: "<svg class=\"qr\""))
        let svg = String(page[start.lowerBound...])
        let drawn = try #require(QRCodeTests.modules(fromPath: svg, size: full))
        #expect(drawn.filter { $0 }.count == matrix.modules.filter { $0 }.count)
        // Online pages stay out of the sitemap and robots.txt disallows print/.
        #expect(try #require(site.text("sitemap.xml")).contains("print/") == false)
        #expect(try #require(site.text("robots.txt")).contains("Disallow: /dibao/print/\n"))
    }
}
