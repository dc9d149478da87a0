import Foundation
import Testing
@testable import GongshiCore
@testable import GongshiSite

/// `Page` stores its kind and month and works out its path, template and `noindex`: each kind must
/// give exactly what the plan stored for it before (the path functions of `SitePlan`, the template
/// names, `noindex` on every roster, history, print and 404 page), and the sample site's plan must
/// name exactly the pages its golden output holds.
@Suite struct CompactPageTests {
    static let month = YearMonth(year: 2026, month: 11)!
    static let village = RegionCode("410829101201")!
    static let township = RegionCode("410829101000")!

    struct Expected {
        let page: Page
        let path: String
        let template: String?
        let noindex: Bool
        let standalone: Bool
    }

    /// Every kind, as the plan made it before pages were compact (path, template, noindex, standalone).
    static let everyKind: [Expected] = [
        Expected(page: .home, path: "index.html", template: "home", noindex: false, standalone: false),
        Expected(page: .documentList(.article), path: "articles/index.html", template: "article_list", noindex: false, standalone: false),
        Expected(page: .documentList(.notice), path: "notices/index.html", template: "notice_list", noindex: false, standalone: false),
        Expected(page: .document(.article, index: 0, path: "articles/standards-2024.html"), path: "articles/standards-2024.html",
                 template: "article", noindex: false, standalone: false),
        Expected(page: .document(.notice, index: 4, path: "notices/n-1.html"), path: "notices/n-1.html", template: "notice",
                 noindex: false, standalone: false),
        Expected(page: .notFound, path: "404.html", template: "404", noindex: true, standalone: false),
        Expected(page: .rosterArchive, path: "rosters/index.html", template: "roster_archive", noindex: true, standalone: false),
        Expected(page: .rosterMonth(1, month), path: "rosters/2026-11/index.html", template: "roster_month", noindex: true, standalone: false),
        Expected(page: .rosterTownship(1, month, township: township), path: "rosters/2026-11/410829101000.html",
                 template: "roster_township", noindex: true, standalone: false),
        Expected(page: .rosterVillage(1, month, village: village), path: "rosters/2026-11/410829101201.html",
                 template: "roster_village", noindex: true, standalone: false),
        Expected(page: .regionHistory(village), path: "regions/410829101201.html", template: "region_history", noindex: true, standalone: false),
        Expected(page: .standards, path: "standards.html", template: "standards", noindex: false, standalone: false),
        Expected(page: .printVillage(1, month, village: village), path: "print/2026-11/410829101201.html", template: "print_village",
                 noindex: true, standalone: false),
        Expected(page: .printVillage(1, month, village: village, standalone: true), path: "2026-11/410829101201.html",
                 template: "print_village", noindex: true, standalone: true),
        Expected(page: .printTownship(1, month, township: township), path: "print/2026-11/410829101000.html",
                 template: "print_township", noindex: true, standalone: false),
        Expected(page: .printTownship(1, month, township: township, standalone: true), path: "2026-11/410829101000.html",
                 template: "print_township", noindex: true, standalone: true),
        Expected(page: .printCards(1, month, region: township), path: "2026-11/cards/410829101000.html", template: "print_cards",
                 noindex: true, standalone: true),
        Expected(page: .feed, path: "feed.xml", template: nil, noindex: false, standalone: false),
        Expected(page: .sitemap, path: "sitemap.xml", template: nil, noindex: false, standalone: false),
        Expected(page: .robots, path: "robots.txt", template: nil, noindex: false, standalone: false),
    ]

    @Test func everyKindHasThePathTemplateAndFlagsThePlanGaveIt() {
        for expected in Self.everyKind {
            let page = expected.page
            #expect(page.outputPath == expected.path)
            #expect(page.template == expected.template, "\(expected.path)")
            #expect(page.noindex == expected.noindex, "\(expected.path)")
            #expect(page.standalone == expected.standalone, "\(expected.path)")
            #expect(page.isHTML == expected.path.hasSuffix(".html"), "\(expected.path)")
            #expect(page.inSitemap == (expected.path.hasSuffix(".html") && !expected.noindex && page.kind != .notFound))
        }
    }

    /// `sharesTopFolder(with:)` (which lets robots.txt skip formatting paths) is true only where
    /// the first folders of the two paths are equal: every pair of kinds, months and villages.
    @Test func pagesSaidToShareTheirTopFolderDo() {
        let month = Self.month, village = Self.village
        let other = YearMonth(year: 2026, month: 12)!
        let village2 = RegionCode("410829102203")!
        var pages = Self.everyKind.map(\.page)
        pages += [.rosterVillage(2, other, village: village2), .rosterTownship(1, month, township: RegionCode("410829102000")!),
                  .regionHistory(village2), .printVillage(1, month, village: village2), .printCards(2, other, region: village2),
                  .printVillage(1, month, village: village2, standalone: true), .rosterVillage(1, month, village: village2)]
        func top(_ page: Page) -> Substring { page.outputPath.split(separator: "/", omittingEmptySubsequences: false)[0] }
        var shared = 0
        for a in pages {
            for b in pages where a.sharesTopFolder(with: b) {
                #expect(top(a) == top(b), "\(a.outputPath) \(b.outputPath)")
                #expect(a.noindex == b.noindex && a.isHTML == b.isHTML)
                shared += 1
            }
        }
        #expect(shared == 25)  // 15 pages with themselves, 5 pairs both ways
        #expect(!Page.rosterVillage(1, month, village: village).sharesTopFolder(with: .rosterVillage(2, other, village: village)))
    }

    @Test func theMonthPathsAreThoseOfSitePlansPathFunctions() {
        for month in [YearMonth(year: 1, month: 1)!, YearMonth(year: 2024, month: 9)!, YearMonth(year: 9999, month: 12)!] {
            #expect(Page.rosterMonth(0, month).outputPath == SitePlan.rosterMonthPath(month))
            #expect(Page.rosterVillage(0, month, village: Self.village).outputPath == SitePlan.rosterPath(month, region: Self.village))
            #expect(Page.rosterTownship(0, month, township: Self.township).outputPath == SitePlan.rosterPath(month, region: Self.township))
            #expect(Page.printVillage(0, month, village: Self.village).outputPath == SitePlan.printPath(month, region: Self.village))
            #expect(Page.printTownship(0, month, township: Self.township, standalone: true).outputPath
                    == SitePlan.printPath(month, region: Self.township, standalone: true))
            #expect(Page.printCards(0, month, region: Self.village).outputPath == SitePlan.cardsPath(month, region: Self.village))
        }
    }

    @Test func aPageWithItsPathKeptIsTheSamePage() {
        for expected in Self.everyKind {
            let kept = expected.page.keepingPath()
            #expect(kept == expected.page)
            #expect(kept.hashValue == expected.page.hashValue)
            #expect(kept.outputPath == expected.path)
            #expect(kept.template == expected.template)
            #expect(kept.noindex == expected.noindex)
            #expect(kept.standalone == expected.standalone)
        }
        #expect(Page.rosterVillage(0, Self.month, village: Self.village) != Page.printVillage(0, Self.month, village: Self.village))
        #expect(Page.rosterMonth(0, Self.month) != Page.rosterMonth(0, YearMonth(year: 2026, month: 10)!))
    }

    @Test func aPageIsFortyBytes() {
        #expect(MemoryLayout<Page>.stride == 40)
    }

    /// The sample site's plan names every page of its golden output (assets and attachments aside)
    /// and no other.
    @Test func theSampleSitesPlanNamesExactlyTheGoldenPages() throws {
        let plan = try SiteBuilder.prepare(siteFolder: SiteFixture.repositoryRoot, includeDrafts: false).plan
        let golden = try String(contentsOf: SampleSiteGoldenTests.goldenFile, encoding: .utf8)
        let attachments = Set(plan.extras.files.map(\.path))
        #expect(attachments == ["articles/附件1-2024年标准表.xlsx", "articles/附件2-县政府批复.pdf"])
        let goldenPaths = golden.split(separator: "\n").compactMap { $0.split(separator: " ").last.map(String.init) }
            .filter { !$0.hasPrefix(SitePlan.assetsFolder + "/") && !attachments.contains($0) }
        let planned = plan.pages.map(\.outputPath)
        #expect(Set(planned).count == planned.count)
        #expect(planned.sorted() == goldenPaths.sorted())
        #expect(plan.pages.allSatisfy { $0.keepingPath() == $0 && $0.keepingPath().outputPath == $0.outputPath })
        #expect(plan.pages.filter(\.noindex).allSatisfy { $0.kind == .notFound || !$0.inSitemap })
    }
}
