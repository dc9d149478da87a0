import Foundation
import Testing
@testable import GongshiCore
@testable import GongshiSite

/// `gongshi print --pdf` for many documents at once: one headless Chromium kept open prints them
/// all, a township's PDF is its villages' PDFs joined (each village numbered on its own), and a
/// village's PDF is what one Chromium start per PDF wrote before. Checked with poppler.
@Suite(.serialized, .enabled(if: PDFTools.canPrint, "needs chromium, poppler-utils and fonts-wqy-microhei: scripts/ensure-deps.sh --test installs them"))
struct PrintPDFBatchTests {
    static let township = "410829101000"
    static let long = "410829101201"
    static let short = "410829101202"
    /// Households of 柳林村 that fill exactly two A4 sheets.
    static let twoSheets = 40

    /// A township of two villages: 柳林村 on two sheets, 杨庄村 on one.
    static func townshipSite() -> [String: String] {
        var long = RosterSite.header
        for i in 0..<twoSheets {
            long += "P\(1000 + i),\(PrintPDFTests.name(i)),1,1,农村低保,550,2024-01,\n"
        }
        return [
            "site.yaml": SiteFixture.minimalSiteYAML,
            "content/regions.csv": "区划代码,名称\n410829000000,云台县\n\(township),柳林镇\n\(Self.long),柳林村\n\(short),杨庄村\n",
            "content/standards.yaml": "- from: 2024-01-01\n  region: \"410829\"\n  农村低保: 550\n  农村特困: 715\n",
            "content/rosters/2026-11/_month.yaml": RosterSite.month("2026-11", days: 30),
            "content/rosters/2026-11/\(Self.long).csv": long,
            "content/rosters/2026-11/\(short).csv": RosterSite.header + "B001,赵**明,1,1,农村低保,550,2024-01,\n",
        ]
    }

    /// The PDFs `gongshi print … --pdf` reports, in the order it reports them.
    static func printed(_ site: SiteFixture, _ arguments: [String], environment: [String: String] = [:]) throws -> [String] {
        let result = try CLI.run(["print"] + arguments + ["--month", "2026-11", "--pdf", "--source", site.siteFolder.path],
                                 environment: environment)
        #expect(result.status == 0, "\(result.stderr)")
        return result.stdout.split(separator: "\n").filter { $0.hasPrefix("已生成 PDF：") }.map { String($0.dropFirst("已生成 PDF：".count)) }
    }

    /// 「第 N 页 共 M 页」 of each page, as pdftotext reads them (without spaces).
    static func pageNumbers(_ pdf: URL) throws -> [String] {
        try (1...PDFTools.pageCount(pdf)).map { page in
            let text = try PDFTools.text(pdf, page: page).filter { !$0.isWhitespace }
            guard let start = text.range(of: "第"), let end = text.range(of: "页", range: start.upperBound..<text.endIndex),
                  let total = text.range(of: "页", range: end.upperBound..<text.endIndex) else { return "" }
            return String(text[start.lowerBound..<total.upperBound])
        }
    }

    @Test func townshipNumbersTheSheetsOfEachVillageOnTheirOwn() throws {
        let site = try SiteFixture(Self.townshipSite())
        let folder = site.siteFolder.appendingPathComponent("print/2026-11")
        // Each village alone: two sheets and one.
        let alone = try Self.printed(site, ["--region", Self.long]) + Self.printed(site, ["--region", Self.short])
        #expect(try alone.map { try Self.pageNumbers(URL(fileURLWithPath: $0)) } == [["第1页共2页", "第2页共2页"], ["第1页共1页"]])

        let pdfs = try Self.printed(site, ["--region", Self.township])
        #expect(pdfs == [folder.appendingPathComponent("\(Self.township).pdf").path])
        let pdf = folder.appendingPathComponent("\(Self.township).pdf")
        #expect(try Self.pageNumbers(pdf) == ["第1页共2页", "第2页共2页", "第1页共1页"])
        let pages = try (1...3).map { try PDFTools.text(pdf, page: $0) }
        #expect(pages[0].contains("柳林村2026年11月最低生活保障对象长期公示") && pages[0].contains("户主姓名"))
        #expect(pages[1].contains("合计 \(Self.twoSheets) 户") && pages[1].contains("盖章处") && !pages[0].contains("盖章处"))
        #expect(pages[2].contains("杨庄村2026年11月最低生活保障对象长期公示") && pages[2].contains("赵**明") && pages[2].contains("盖章处"))
        // The village PDFs the township was joined from are gone; those printed before are untouched.
        let left = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".pdf") || $0.hasPrefix(".") }
        #expect(left.sorted() == ["\(Self.long).pdf", "\(Self.short).pdf", "\(Self.township).pdf"].sorted())
        #expect(try FileManager.default.contentsOfDirectory(atPath: site.siteFolder.appendingPathComponent("print").path).sorted() == ["2026-11", "assets"])
    }

    @Test func everyVillageOfTheMonthFromOneRunReportedInOrder() throws {
        let site = try SiteFixture(RosterSite.files)
        let folder = site.siteFolder.appendingPathComponent("print/2026-11")
        let pdfs = try Self.printed(site, [])
        #expect(pdfs == ["410829101201", "410829101202", "410829201201"].map { folder.appendingPathComponent("\($0).pdf").path })
        for pdf in pdfs {
            #expect(try Self.pageNumbers(URL(fileURLWithPath: pdf)) == ["第1页共1页"], "\(pdf)")
        }
        #expect(try PDFTools.text(URL(fileURLWithPath: pdfs[2]), page: 1).contains("石门村2026年11月最低生活保障对象长期公示"))
    }

    /// The bytes of a PDF with what differs from run to run blanked: its creation and modification
    /// dates, and the tagged structure's element ids (`/ID (node00000028)`), which count the DOM
    /// nodes the browser made before the page (a tab kept open has made more): renumbered here in
    /// the order they appear.
    static func comparable(_ pdf: URL) throws -> String {
        let text = try #require(String(data: try Data(contentsOf: pdf), encoding: .isoLatin1))
        var ids: [Substring: Int] = [:]
        return text
            .replacing(/\/(CreationDate|ModDate) \(D:[0-9+'-]+\)/) { "/\($0.output.1) (D:)" }
            .replacing(/\(node([0-9]+)\)/) { match in
                let id = ids[match.output.1] ?? ids.count
                ids[match.output.1] = id
                return "(node\(id))"
            }
    }

    @Test func aVillagesPDFIsWhatOneChromiumStartPerPDFWritesButForItsDatesAndNodeIDs() throws {
        let site = try SiteFixture(RosterSite.files)
        // The last of three villages: with one or two tabs (cores), its tab printed a page before it.
        let pdf = try #require(try Self.printed(site, []).last)
        let html = URL(fileURLWithPath: String(pdf.dropLast(".pdf".count)) + ".html")
        let alone = site.root.appendingPathComponent("alone.pdf")
        try #require(PDFTools.chromium).printPDF(html: html, to: alone)
        let printed = try Self.comparable(URL(fileURLWithPath: pdf))
        #expect(printed.contains("/CreationDate (D:)") && printed.contains("(node0)"))
        let original = try Self.comparable(alone)
        #expect(printed == original)
    }

    @Test func aFailingPdfuniteNamesTheTownshipsPDFAndExitsThree() throws {
        let site = try SiteFixture(Self.townshipSite())
        let tools = site.root.appendingPathComponent("tools")
        try FileManager.default.createDirectory(at: tools, withIntermediateDirectories: true)
        let fake = tools.appendingPathComponent("pdfunite")
        try Data("#!/bin/sh\necho 'Syntax Error: broken' >&2\nexit 1\n".utf8).write(to: fake)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: fake.path)
        let path = tools.path + ":" + (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin")
        let result = try CLI.run(["print", "--month", "2026-11", "--region", Self.township, "--pdf", "--source", site.siteFolder.path],
                                 environment: ["PATH": path])
        #expect(result.status == 3)
        let pdf = site.siteFolder.appendingPathComponent("print/2026-11/\(Self.township).pdf")
        #expect(result.stderr == Messages.pdfJoinFailed(pdf.path, detail: "退出码 1\nSyntax Error: broken").line(.error) + "\n")
        #expect(!FileManager.default.fileExists(atPath: pdf.path))
        let left = try FileManager.default.contentsOfDirectory(atPath: pdf.deletingLastPathComponent().path)
        #expect(left.sorted() == ["\(Self.township).html", "\(Self.long).html", "\(Self.short).html"].sorted())
    }
}
