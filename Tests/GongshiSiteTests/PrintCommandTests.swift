import Foundation
import Testing
@testable import GongshiCore
@testable import GongshiSite

/// `gongshi print` and `gongshi print cards` through the real binary: where files go, what they
/// hold, exit codes. (The PDFs themselves: PrintPDFTests.)
@Suite struct PrintCommandTests {
    func printFolder(_ site: SiteFixture) -> URL { site.siteFolder.appendingPathComponent("print") }

    @Test func writesTheMonthBesidePublicWithItsAssets() throws {
        let site = try SiteFixture(RosterSite.files)
        let result = try CLI.run(["print", "--month", "2026-11", "--source", site.siteFolder.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr == "")
        let folder = printFolder(site)
        #expect(result.stdout.hasPrefix(Messages.printSummary(pages: 5, folder: folder.path, warnings: 0).text + "\n"))
        #expect(SiteFixture.snapshot(folder).keys.sorted() == [
            "2026-11/410829101000.html", "2026-11/410829101201.html", "2026-11/410829101202.html",
            "2026-11/410829201000.html", "2026-11/410829201201.html", "assets/print.css", "assets/site.css", "assets/site.js",
        ])
        let page = try #require(site.text("2026-11/410829101201.html", in: folder))
        #expect(page.contains("<link rel=\"stylesheet\" href=\"../assets/print.css\">"))
        #expect(page.contains("<h1>柳林村2026年11月最低生活保障对象长期公示</h1>"))
        // Opened from disk, away from the site: no link into it.
        #expect(!page.contains("rosters/") && !page.contains("返回网上公示"))
        #expect(!FileManager.default.fileExists(atPath: site.publicFolder.path))
    }

    @Test func sameBytesAsTheSitesPrintPageButForTheLinks() throws {
        let site = try SiteFixture(RosterSite.files)
        try site.build()
        #expect(try CLI.run(["print", "--month", "2026-11", "--source", site.siteFolder.path, "--quiet"]).status == 0)
        let online = try #require(site.text("print/2026-11/410829201201.html"))
        let printed = try #require(site.text("2026-11/410829201201.html", in: printFolder(site)))
        let sheet = { (page: String) in page.components(separatedBy: "<main>").last }
        #expect(sheet(online) == sheet(printed))
    }

    @Test func townshipRegionWritesTheTownshipAndItsVillages() throws {
        let site = try SiteFixture(RosterSite.files)
        let out = site.root.appendingPathComponent("board")
        let result = try CLI.run(["print", "--month", "2026-10", "--region", "410829101000", "--source", site.siteFolder.path, "--out", out.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(SiteFixture.snapshot(out).keys.filter { $0.hasSuffix(".html") }.sorted() == [
            "2026-10/410829101000.html", "2026-10/410829101201.html", "2026-10/410829101202.html",
        ])
    }

    @Test func oneDocumentPerVillageOrTheTownshipAskedFor() throws {
        func documents(_ region: String?, _ target: PrintBuilder.Target = .noticeBoard) throws -> [String] {
            let site = try SiteFixture(RosterSite.files)
            let request = PrintBuilder.Request(siteFolder: site.siteFolder, month: try #require(YearMonth("2026-11")),
                                               region: region.flatMap(RegionCode.init), target: target)
            return try PrintBuilder.render(request).documents.map(\.pdf)
        }
        #expect(try documents(nil) == ["2026-11/410829101201.pdf", "2026-11/410829101202.pdf", "2026-11/410829201201.pdf"])
        #expect(try documents("410829101000") == ["2026-11/410829101000.pdf"])
        #expect(try documents("410829101202") == ["2026-11/410829101202.pdf"])
        #expect(try documents("410829000000") == ["2026-11/410829101201.pdf", "2026-11/410829101202.pdf", "2026-11/410829201201.pdf"])
        #expect(try documents("410829201000", .cards) == ["2026-11/cards/410829201000.pdf"])
    }

    @Test func aWriteThatCannotFinishChangesNothing() throws {
        let site = try SiteFixture(RosterSite.files)
        let out = site.root.appendingPathComponent("notice-board")
        #expect(try CLI.run(["print", "--month", "2026-11", "--source", site.siteFolder.path, "--out", out.path, "--quiet"]).status == 0)
        let township = out.appendingPathComponent("2026-11/410829101000.html")
        try Data("OLD".utf8).write(to: township)
        let blocked = out.appendingPathComponent("2026-11/410829201201.html")
        try FileManager.default.removeItem(at: blocked)
        try FileManager.default.createDirectory(at: blocked, withIntermediateDirectories: true)
        let result = try CLI.run(["print", "--month", "2026-11", "--source", site.siteFolder.path, "--out", out.path, "--quiet"])
        #expect(result.status == 1)
        #expect(try String(contentsOf: township, encoding: .utf8) == "OLD")
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: out.path).filter { $0.hasPrefix(".") }
        #expect(leftovers.isEmpty)
    }

    @Test func contentErrorExitsOneLikeBuildAndWritesNothing() throws {
        let site = try SiteFixture(RosterSite.files)
        try site.write("content/rosters/2026-11/410829101202.csv", RosterSite.header + "A004,赵四明,1,1,农村低保,550,2026-11,\n")
        let result = try CLI.run(["print", "--month", "2026-11", "--source", site.siteFolder.path])
        #expect(result.status == 1)
        #expect(result.stdout == "")
        #expect(result.stderr.hasPrefix("content/rosters/2026-11/410829101202.csv:2:"))
        #expect(result.stderr.hasSuffix(Messages.printFailed(errors: 1, warnings: 0).line(.error) + "\n"))
        #expect(!FileManager.default.fileExists(atPath: printFolder(site).path))
    }

    @Test func monthOrRegionWithoutRostersExitsOne() throws {
        let site = try SiteFixture(RosterSite.files)
        let month = try CLI.run(["print", "--month", "2026-12", "--source", site.siteFolder.path])
        #expect(month.status == 1)
        #expect(month.stderr == Messages.printMonthMissing("2026-12").line(.error) + "\n")
        let region = try CLI.run(["print", "--month", "2026-11", "--region", "410829301201", "--source", site.siteFolder.path])
        #expect(region.status == 1)
        #expect(region.stderr == Messages.printRegionMissing("410829301201", month: "2026-11").line(.error) + "\n")
    }

    @Test(arguments: [
        ["print", "--month", "2026-1"],
        ["print", "--month", "2026-11", "--region", "4108"],
        ["print", "cards", "--month", "2026-11"],
        ["print", "--month", "2026-11", "--paper", "A3"],
    ])
    func usageErrorsExitTwo(_ arguments: [String]) throws {
        let site = try SiteFixture(RosterSite.files)
        let result = try CLI.run(arguments + ["--source", site.siteFolder.path])
        #expect(result.status == 2, "\(result.stderr)")
    }

    @Test(arguments: ["public", "public/print", "content/print", "."])
    func refusesToWriteIntoTheSite(_ out: String) throws {
        let site = try SiteFixture(RosterSite.files)
        let folder = site.siteFolder.appendingPathComponent(out).standardizedFileURL
        let result = try CLI.run(["print", "--month", "2026-11", "--source", site.siteFolder.path, "--out", folder.path])
        #expect(result.status == 2)
        let place = out == "." ? Messages.destinationSiteOrAbove : out.hasPrefix("content") ? Messages.destinationContent : Messages.destinationOutput
        #expect(result.stderr == Messages.printDestinationRefused(option: "--out", path: folder.path, resolved: folder.path, place: place).line(.error) + "\n")
    }

    @Test func refusesAFolderGongshiBuilt() throws {
        let site = try SiteFixture(RosterSite.files)
        let built = site.root.appendingPathComponent("www")
        try site.build(output: built)
        let result = try CLI.run(["print", "cards", "--month", "2026-11", "--region", "410829101201",
                                  "--source", site.siteFolder.path, "--out", built.appendingPathComponent("cards").path])
        #expect(result.status == 2)
        #expect(SiteFixture.snapshot(built).keys.allSatisfy { !$0.hasPrefix("cards") && !$0.hasPrefix("2026-11") })
    }

    @Test func withoutChromiumSaysHowToInstallItAndExitsThree() throws {
        let site = try SiteFixture(RosterSite.files)
        let result = try CLI.run(["print", "--month", "2026-11", "--region", "410829101201", "--pdf", "--source", site.siteFolder.path],
                                 environment: [ChromiumPrinter.environmentKey: "/nonexistent/chromium"])
        #expect(result.status == 3)
        #expect(result.stderr == Messages.chromiumMissing.line(.error) + "\n")
        #expect(result.stderr.contains("apt-get install chromium fonts-wqy-microhei"))
        // The HTML is there to print from a browser.
        #expect(site.text("2026-11/410829101201.html", in: printFolder(site)) != nil)
    }

    @Test func aTownshipPDFWithoutPdfuniteSaysHowToInstallItAndExitsThree() throws {
        let site = try SiteFixture(RosterSite.files)
        // Any executable passes for the browser: nothing is printed before pdfunite is found.
        let result = try CLI.run(["print", "--month", "2026-11", "--region", "410829101000", "--pdf", "--source", site.siteFolder.path],
                                 environment: [ChromiumPrinter.environmentKey: "/bin/sh", "PATH": "/nonexistent"])
        #expect(result.status == 3)
        #expect(result.stderr == Messages.pdfUniteMissing.line(.error) + "\n")
        #expect(result.stderr.contains("apt-get install poppler-utils"))
        #expect(site.text("2026-11/410829101000.html", in: printFolder(site)) != nil)
        #expect(SiteFixture.snapshot(printFolder(site)).keys.allSatisfy { !$0.hasSuffix(".pdf") })
    }

    @Test func aBrowserThatEndsAtOnceNamesThePageAndWhatItSaidAndExitsThree() throws {
        let site = try SiteFixture(RosterSite.files)
        let browser = site.root.appendingPathComponent("fake-chromium")
        try Data("#!/bin/sh\necho 'no DevTools here' >&2\nexit 7\n".utf8).write(to: browser)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: browser.path)
        let result = try CLI.run(["print", "--month", "2026-11", "--pdf", "--source", site.siteFolder.path],
                                 environment: [ChromiumPrinter.environmentKey: browser.path])
        #expect(result.status == 3)
        let html = printFolder(site).appendingPathComponent("2026-11/410829101201.html").path
        #expect(result.stderr == Messages.chromiumFailed(html, detail: "浏览器意外退出，退出码 7\nno DevTools here").line(.error) + "\n")
        #expect(SiteFixture.snapshot(printFolder(site)).keys.allSatisfy { !$0.hasSuffix(".pdf") && !$0.hasPrefix(".") })
    }

    // MARK: 明白卡

    @Test func cardsOnePerHouseholdWithWhatTheHouseholdNeedsToKnow() throws {
        let site = try SiteFixture(RosterSite.files)
        try site.build()
        let result = try CLI.run(["print", "cards", "--month", "2026-11", "--region", "410829101000", "--source", site.siteFolder.path])
        #expect(result.status == 0, "\(result.stderr)")
        let page = try #require(site.text("2026-11/cards/410829101000.html", in: printFolder(site)))
        #expect(page.components(separatedBy: "<article class=\"card\">").count - 1 == 3)
        #expect(page.contains("<link rel=\"stylesheet\" href=\"../../assets/print.css\">"))
        #expect(page.contains("@page { size: A4 portrait; margin: 10mm 10mm 12mm; }"))
        #expect(page.contains("""
            <dt>户主</dt><dd>张*丰</dd>
            <dt>村（社区）</dt><dd>云台县柳林镇柳林村</dd>
            <dt>月份</dt><dd>2026年11月</dd>
            <dt>保障类别</dt><dd>农村低保</dd>
            <dt>保障人数</dt><dd>2 人</dd>
            <dt>月保障金额</dt><dd><strong>1,000.50</strong> 元</dd>
            <dt>发放方式</dt><dd>社保卡一卡通</dd>
            <dt>保障标准</dt><dd>550.00 元/人·月</dd>
            </dl>
            <p class="contact">如有疑问请联系云台县民政局，电话 <strong>0391-7123456</strong>。</p>
            """))
        #expect(page.contains("<dd>赵**明</dd>\n<dt>村（社区）</dt><dd>云台县柳林镇杨庄村</dd>"))
        // Nothing a card must not show: no record number, no start month, no note.
        #expect(!page.contains("A001") && !page.contains("2024-01") && !page.contains("收入变化"))
        // Never part of the site, never linked from it.
        let builtFiles = SiteFixture.snapshot(site.publicFolder)
        #expect(builtFiles.keys.allSatisfy { !$0.contains("cards") })
        #expect(builtFiles.filter { $0.key.hasSuffix(".html") }.values.allSatisfy { !String(decoding: $0, as: UTF8.self).contains("明白卡") })
    }

    @Test func cardsPassThePrivacyGuardLikePages() throws {
        var files = RosterSite.files
        // A theme override that would print a mobile number on every card.
        files["templates/print_card.mustache"] = "<article class=\"card\">{{name}} 联系人 13812345678</article>\n"
        let site = try SiteFixture(files)
        let result = try CLI.run(["print", "cards", "--month", "2026-11", "--region", "410829201201", "--source", site.siteFolder.path])
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix("(输出)/2026-11/cards/410829201201.html:"))
        #expect(result.stderr.contains("138****5678") && !result.stderr.contains("13812345678"))
        #expect(!FileManager.default.fileExists(atPath: printFolder(site).path))
    }
}
