import Foundation
import Mustache
import Testing
@testable import GongshiCore
@testable import GongshiSite

/// Every template of the default theme, with the real typed views of every page of the sample
/// site (and its 明白卡 pages), rendered by swift-mustache (over the same values as dictionaries)
/// and by the compiled template that publishes them: the bytes must be the same.
@Suite struct TemplateDifferentialSampleTests {
    @Test func everySamplePageRendersTheSameBytesAsSwiftMustache() throws {
        let prepared = try SiteBuilder.prepare(siteFolder: SiteFixture.repositoryRoot, includeDrafts: false,
                                               extraTemplates: ["print_cards"])
        let theme = prepared.theme
        let plan = prepared.plan
        let cards = plan.rosters.months.indices.flatMap { month in
            plan.rosters.months[month].regions(at: .township).map { PrintPlanner.cardsPage(plan.rosters, month: month, region: $0) }
        }
        let pages = plan.pages + cards
        let views = PageViews(plan: plan, documentSchemas: theme.documentSchemas)
        var templatesSeen: Set<String> = []
        var compared = 0
        for page in pages {
            guard let template = page.template, let (root, _) = views.root(for: page) else { continue }
            let compiled = try #require(theme.compiled[template], "\(template) was not compiled")
            let expected = theme.referenceRender(root.mustacheDictionary, template: template) ?? ""
            let actual = compiled.render(root)
            #expect(Array(actual.utf8) == Array(expected.utf8), "\(page.outputPath) (\(template)) differs")
            templatesSeen.insert(template)
            compared += 1
        }
        #expect(cards.count == 9)
        #expect(compared == 126 + 9)  // every HTML page of the site, and the cards
        // Every page template of the theme was exercised (partials through them).
        #expect(templatesSeen == Set(pages.compactMap(\.template)))
        #expect(templatesSeen.contains("print_cards"))
    }
}
