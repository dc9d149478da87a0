import Foundation
import Testing
@testable import GongshiCore
@testable import GongshiSite

/// Printed output in a real browser: `gongshi print --pdf` through headless Chromium, checked with
/// poppler (page size, pages, text of each page) and ZBar (the QR code). Skipped, saying why, where
/// Chromium is not installed; `.ci/run` installs it and runs them.
@Suite(.serialized, .enabled(if: PDFTools.canPrint, "needs chromium, poppler-utils and fonts-wqy-microhei: scripts/ensure-deps.sh --test installs them"))
struct PrintPDFTests {
    static let village = "410829101201"
    static let hotline = "0391-7123456"

    /// The masked name of household `i` (0-based): unique for the first 400.
    static func name(_ i: Int) -> String {
        let surnames = Array("王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗")
        let given = Array("华明军平芳英兰秀珍强伟丽敏静霞红梅玲桂凤")
        return "\(surnames[i % surnames.count])*\(given[(i / surnames.count) % given.count])"
    }

    /// One village of `count` households, each with its own masked name.
    static func site(households count: Int, extraSiteYAML: String = "") -> [String: String] {
        var csv = "记录编号,户主姓名,保障人数,保障类别,月保障金额(元)\n"
        for i in 0..<count {
            let name = Self.name(i)
            let persons = 1 + i % 4
            let tekun = i % 5 == 0
            csv += "P\(1000 + i),\(name),\(persons),\(tekun ? "农村特困" : "农村低保"),\(persons * (tekun ? 700 : 500))\n"
        }
        return [
            "site.yaml": SiteFixture.minimalSiteYAML + extraSiteYAML,
            "content/regions.csv": "区划代码,名称\n410829000000,云台县\n410829101000,柳林镇\n\(village),柳林村\n",
            "content/standards.yaml": "- from: 2024-01-01\n  region: \"410829\"\n  农村低保: 550\n  农村特困: 715\n",
            "content/rosters/2026-11/_month.yaml": RosterSite.month("2026-11", days: 30),
            "content/rosters/2026-11/\(village).csv": csv,
        ]
    }

    static func printPDF(_ site: SiteFixture, _ arguments: [String]) throws -> URL {
        let result = try CLI.run(["print"] + arguments + ["--month", "2026-11", "--pdf", "--source", site.siteFolder.path])
        #expect(result.status == 0, "\(result.stderr)")
        let line = try #require(result.stdout.split(separator: "\n").first { $0.hasPrefix("已生成 PDF：") })
        return URL(fileURLWithPath: String(line.dropFirst("已生成 PDF：".count)))
    }

    @Test func villageOf130HouseholdsPrintsOnA4WithTheHeaderOnEveryPageAndTotalsOnTheLast() throws {
        let started = Date()
        let site = try SiteFixture(Self.site(households: 130))
        let pdf = try Self.printPDF(site, ["--region", Self.village])
        #expect(pdf.path == site.siteFolder.appendingPathComponent("print/2026-11/\(Self.village).pdf").path)
        #expect(try PDFTools.pageSize(pdf) == [595, 842])
        let pages = try PDFTools.pageCount(pdf)
        #expect(pages > 1)
        for page in 1...pages {
            let text = try PDFTools.text(pdf, page: page)
            #expect(text.contains("户主姓名") && text.contains("月保障金额（元）"), "table header on page \(page)")
            // pdftotext drops the spaces between Chinese characters and digits.
            #expect(text.filter { !$0.isWhitespace }.contains("第\(page)页共\(pages)页"), "page number on page \(page)")
            #expect(text.contains("合计") == (page == pages), "totals on page \(page) of \(pages)")
            #expect(text.contains("盖章处") == (page == pages), "seal area on page \(page) of \(pages)")
        }
        let first = try PDFTools.text(pdf, page: 1)
        #expect(first.contains("柳林村2026年11月最低生活保障对象长期公示"))
        #expect(first.contains("公示期：2026年11月1日至2026年11月30日"))
        #expect(first.contains(Self.hotline))
        let last = try PDFTools.text(pdf, page: pages)
        #expect(last.contains("合计 130 户"))
        #expect(last.contains(Self.name(129)), "the 130th household is on the last page")
        #expect(Date().timeIntervalSince(started) < 20)
    }

    @Test(.enabled(if: PDFTools.canScan, "needs zbar-tools (zbarimg) to read the QR code"))
    func qrCodeOnThePrintedPageScansToTheVillagesPage() throws {
        let site = try SiteFixture(Self.site(households: 8, extraSiteYAML: "base_url: https://mz.example.gov.cn/dibao/\n"))
        let pdf = try Self.printPDF(site, ["--region", Self.village])
        let pages = try PDFTools.pageCount(pdf)
        let image = site.root.appendingPathComponent("qr")
        _ = try PDFTools.run("pdftoppm", ["-png", "-r", "200", "-f", "\(pages)", "-l", "\(pages)", "-singlefile", pdf.path, image.path])
        let decoded = try PDFTools.run("zbarimg", ["--quiet", "--raw", image.path + ".png"])
        #expect(decoded == "https://mz.example.gov.cn/dibao/rosters/2026-11/\(Self.village).html\n")
    }

    @Test func townshipPrintsEachVillageOnSheetsOfItsOwn() throws {
        let site = try SiteFixture(RosterSite.files)
        let pdf = try Self.printPDF(site, ["--region", "410829101000"])
        #expect(pdf.lastPathComponent == "410829101000.pdf")
        #expect(try PDFTools.pageCount(pdf) == 2)
        let first = try PDFTools.text(pdf, page: 1)
        let second = try PDFTools.text(pdf, page: 2)
        #expect(first.contains("柳林村2026年11月最低生活保障对象长期公示") && !first.contains("杨庄村"))
        #expect(second.contains("杨庄村2026年11月最低生活保障对象长期公示") && second.contains("赵**明"))
        #expect(first.contains("盖章处") && second.contains("盖章处"))
    }

    @Test func paperAndOrientationFromSiteYAMLReachThePDF() throws {
        let site = try SiteFixture(Self.site(households: 40, extraSiteYAML: "print:\n  paper: A3\n  orientation: landscape\n"))
        let pdf = try Self.printPDF(site, ["--region", Self.village])
        #expect(try PDFTools.pageSize(pdf) == [1191, 842])
        #expect(try PDFTools.pageCount(pdf) >= 1)
    }

    @Test func cardsFillSheetsAndNeverSplit() throws {
        let started = Date()
        let count = 15
        let site = try SiteFixture(Self.site(households: count))
        let pdf = try Self.printPDF(site, ["cards", "--region", Self.village])
        #expect(pdf.path == site.siteFolder.appendingPathComponent("print/2026-11/cards/\(Self.village).pdf").path)
        #expect(try PDFTools.pageSize(pdf) == [595, 842])
        let pages = try PDFTools.pageCount(pdf)
        #expect(pages > 1 && pages < count, "several cards per sheet")
        let names = (0..<count).map(Self.name)
        var cards = 0
        var pageOfName: [String: Int] = [:]
        for page in 1...pages {
            let text = try PDFTools.text(pdf, page: page)
            let titles = PDFTools.occurrences(of: "最低生活保障明白卡", in: text)
            let here = names.filter { text.contains($0) }
            for name in here { pageOfName[name, default: 0] += page }
            // A whole card: its title, its household's name and its contact line on the same sheet.
            #expect(titles == here.count, "page \(page): \(titles) titles, names \(here)")
            #expect(PDFTools.occurrences(of: "如有疑问请联系", in: text) == titles, "page \(page)")
            #expect(PDFTools.occurrences(of: Self.hotline, in: text) == titles, "page \(page)")
            #expect(PDFTools.occurrences(of: "社保卡一卡通", in: text) == titles, "page \(page)")
            cards += titles
        }
        #expect(cards == count)
        #expect(pageOfName.count == count, "every household has a card")
        #expect(Date().timeIntervalSince(started) < 20)
    }
}
