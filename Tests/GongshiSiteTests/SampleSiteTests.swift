import Foundation
import Testing
@testable import GongshiCore
@testable import GongshiSite

/// The sample site in the repository: builds with zero warnings, exact pages, no broken links.
@Suite struct SampleSiteTests {
    func buildSample() throws -> (URL, SiteBuilder.Report) {
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("gongshi-sample-\(UUID().uuidString)/public")
        TemporaryFolders.removeAtExit(output.deletingLastPathComponent())
        let report = try SiteBuilder.build(.init(siteFolder: SiteFixture.repositoryRoot, outputFolder: output))
        return (output, report)
    }

    @Test func buildsWithZeroWarningsAndTheExpectedPages() throws {
        let (output, report) = try buildSample()
        #expect(report.warnings.isEmpty, "\(report.warnings)")
        let pages = SiteFixture.snapshot(output).keys.filter { $0.hasSuffix(".html") }.sorted()
        let prose = [
            "404.html",
            "articles/application-procedure.html", "articles/index.html", "articles/payment-yikatong.html",
            "articles/privacy-disclosure.html", "articles/standards-2023.html", "articles/standards-2024-interpretation.html",
            "articles/standards-2024.html",
            "index.html",
            "notices/happiness-list-2024.html", "notices/index.html", "notices/notice-period-2024-11.html",
            "standards.html", "supervision.html",
        ]
        #expect(pages.filter { !$0.hasPrefix("rosters/") && !$0.hasPrefix("regions/") && !$0.hasPrefix("print/") } == prose)
        // 13 villages (one retired before 2026-11): 13 + 13 + 12 village pages, 3 townships and a
        // month index per month, the archive, 13 history pages and the village directory.
        #expect(pages.filter { $0.hasPrefix("rosters/2026-09/") }.count == 13 + 3 + 1)
        #expect(pages.filter { $0.hasPrefix("rosters/2026-10/") }.count == 13 + 3 + 1)
        #expect(pages.filter { $0.hasPrefix("rosters/2026-11/") }.count == 12 + 3 + 1)
        #expect(pages.filter { $0.hasPrefix("regions/") }.count == 13 + 1)
        // A notice-board page per village and per township of each month.
        #expect(pages.filter { $0.hasPrefix("print/2026-09/") }.count == 13 + 3)
        #expect(pages.filter { $0.hasPrefix("print/2026-10/") }.count == 13 + 3)
        #expect(pages.filter { $0.hasPrefix("print/2026-11/") }.count == 12 + 3)
        #expect(pages.count == 14 + 17 + 17 + 16 + 1 + 13 + 1 + 16 + 16 + 15)
        #expect(report.pages == pages.count)
    }

    @Test(arguments: [
        ("2026-09", "173", "378", "156,640.50", "—", "—", "—"),
        ("2026-10", "170", "371", "152,285.50", "4", "7", "4"),
        ("2026-11", "172", "373", "153,260.50", "7", "5", "14"),
    ])
    func countyTotalsAndChangesOfEachSampleMonth(
        month: String, households: String, persons: String, amount: String, added: String, stopped: String, adjusted: String
    ) throws {
        let (output, _) = try buildSample()
        let page = try String(contentsOf: output.appendingPathComponent("rosters/\(month)/index.html"), encoding: .utf8)
        let cells = [households, persons, amount, added, stopped, adjusted].map { "<td class=\"num\">\($0)</td>" }.joined()
        #expect(page.contains("<tr><th scope=\"row\">云台县合计</th>\(cells)</tr>"))
    }

    @Test func everyRelativeLinkAndSourceLeadsToAFileOfTheSite() throws {
        let (output, _) = try buildSample()
        let files = SiteFixture.snapshot(output)
        var checked = 0
        for (path, data) in files where path.hasSuffix(".html") && path != "404.html" {
            let html = String(decoding: data, as: UTF8.self)
            for link in Self.linkTargets(in: html) {
                if link.hasPrefix("#") || link.hasPrefix("http://") || link.hasPrefix("https://") { continue }
                if link.hasPrefix("tel:") {
                    // Only the site's official lines are dialled.
                    #expect(["tel:03917123456", "tel:12345"].contains(link), "\(path) links to \(link)")
                    continue
                }
                var target = link
                if let cut = target.firstIndex(where: { $0 == "#" || $0 == "?" }) { target = String(target[..<cut]) }
                let folder = (path as NSString).deletingLastPathComponent
                let joined = folder.isEmpty ? target : folder + "/" + target
                let resolved = try #require(ContentLinkTable.normalize(joined.removingPercentEncoding ?? joined), "\(path): \(link) leaves the site")
                #expect(files[resolved] != nil, "\(path) links to \(link), which the site does not have")
                checked += 1
            }
        }
        #expect(checked > 60)
    }

    @Test func contentLinksBetweenArticlesAndNoticesAreRewritten() throws {
        let (output, _) = try buildSample()
        let standards = try String(contentsOf: output.appendingPathComponent("articles/standards-2024.html"), encoding: .utf8)
        #expect(standards.contains("href=\"application-procedure.html\""))
        #expect(!standards.contains(".md\""))
        let notice = try String(contentsOf: output.appendingPathComponent("notices/happiness-list-2024.html"), encoding: .utf8)
        #expect(notice.contains("href=\"../articles/standards-2024.html\""))
    }

    /// Values of every `href` and `src` attribute.
    static func linkTargets(in html: String) -> [String] {
        var targets: [String] = []
        for attribute in ["href=\"", "src=\""] {
            var rest = html[...]
            while let start = rest.range(of: attribute) {
                let valueStart = start.upperBound
                guard let end = rest[valueStart...].firstIndex(of: "\"") else { break }
                targets.append(String(rest[valueStart..<end]).replacingOccurrences(of: "&amp;", with: "&"))
                rest = rest[end...]
            }
        }
        return targets
    }
}
