import Foundation
import Testing
@testable import GongshiCore
@testable import GongshiSite

/// Every page's root view against its schema: as many values as fields, each of its field's type
/// (recursively), `.absent` only where the field is optional. The compiled renderer reads values by
/// schema index, so a view that disagrees with its schema would print the wrong field.
@Suite struct ViewSchemaConformanceTests {
    /// Where `object` disagrees with its schema, as `path: problem` lines.
    static func mismatches(_ object: TemplateObject, at path: String = "") -> [String] {
        var found: [String] = []
        if object.values.count != object.schema.fields.count {
            return ["\(path)\(object.schema.name): \(object.values.count) values for \(object.schema.fields.count) fields"]
        }
        for (field, value) in zip(object.schema.fields, object.values) {
            found += mismatches(value, type: field.type, optional: field.optional, at: path + field.name)
        }
        return found
    }

    static func mismatches(_ value: TemplateValue, type: ViewFieldType, optional: Bool, at path: String) -> [String] {
        switch (value, type) {
        case (.absent, _): return optional ? [] : ["\(path): absent but not optional"]
        case (.text, .text), (.number, .number), (.flag, .flag): return []
        case (.list(let items), .list(let element)):
            return items.enumerated().flatMap { mismatches($0.element, type: element, optional: false, at: "\(path)[\($0.offset)]") }
        case (.object(let object), .object(let schema)):
            guard object.schema === schema else { return ["\(path): schema \(object.schema.name), declared \(schema.name)"] }
            return mismatches(object, at: path + ".")
        default:
            return ["\(path): \(value) is not a \(type)"]
        }
    }

    static func samplePlan() throws -> SitePlan {
        try SiteBuilder.prepare(siteFolder: SiteFixture.repositoryRoot, includeDrafts: false).plan
    }

    @Test func everyPageOfTheSampleSiteMatchesItsTemplatesRootSchema() throws {
        let plan = try Self.samplePlan()
        let views = PageViews(plan: plan, sharing: plan.pages)
        var checked: Set<String> = []
        for page in plan.pages {
            guard let template = page.template else {
                #expect(views.root(for: page) == nil)
                continue
            }
            let root = try #require(views.root(for: page)?.object, "\(page.outputPath)")
            let schema = try #require(views.rootSchema(forTemplate: template))
            #expect(root.schema === schema, "\(page.outputPath)")
            #expect(views.rootSchema(for: page.kind) === schema)
            let problems = Self.mismatches(root)
            #expect(problems.isEmpty, "\(page.outputPath): \(problems.prefix(5))")
            checked.insert(template)
        }
        #expect(checked == ["home", "article_list", "notice_list", "article", "notice", "404", "roster_archive", "roster_month",
                            "roster_township", "roster_village", "region_history", "standards", "region_directory", "supervision",
                            "print_village",
                            "print_township"])
    }

    @Test func cardsPagesMatchTheirSchema() throws {
        let plan = try Self.samplePlan()
        let views = PageViews(plan: plan)
        let latest = plan.rosters.months.count - 1
        let regions = plan.rosters.months[latest].month.villages.prefix(1) + plan.rosters.months[latest].regions(at: .township)
        for region in regions {
            let page = PrintPlanner.cardsPage(plan.rosters, month: latest, region: region)
            let root = try #require(views.root(for: page)?.object)
            #expect(root.schema === PrintCardsPageView.schema)
            #expect(Self.mismatches(root).isEmpty, "\(Self.mismatches(root).prefix(5))")
            guard case .list(let cards)? = root["cards"] else { Issue.record("no cards"); continue }
            #expect(!cards.isEmpty)
        }
    }

    @Test func aVillageMonthsSheetIsOneObjectOnTheVillagesAndTheTownshipsPrintPage() throws {
        let plan = try Self.samplePlan()
        let views = PageViews(plan: plan, sharing: plan.pages)
        let villagePage = try #require(plan.pages.first { if case .printVillage = $0.kind { true } else { false } })
        guard case .printVillage(let month, let village) = villagePage.kind else { return }
        let townshipPage = try #require(plan.pages.first {
            if case .printTownship(month, village.ancestor(at: .township)) = $0.kind { true } else { false }
        })
        func sheets(_ page: Page) -> [TemplateObject] {
            guard case .list(let items)? = views.root(for: page)?.object["sheets"] else { return [] }
            return items.compactMap { if case .object(let sheet) = $0 { sheet } else { nil } }
        }
        let single = try #require(sheets(villagePage).first)
        let identity = "\(plan.rosters.months[month].month.month)/\(village.digits)"
        #expect(single.identity == identity)
        let inTownship = try #require(sheets(townshipPage).first { $0.identity == identity })
        // The same stored values, not a rebuilt copy.
        #expect(inTownship.values.withUnsafeBufferPointer { $0.baseAddress } == single.values.withUnsafeBufferPointer { $0.baseAddress })
    }
}
