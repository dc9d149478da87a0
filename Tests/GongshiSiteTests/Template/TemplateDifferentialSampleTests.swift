import Foundation
import Mustache
import Testing
@testable import GongshiCore
@testable import GongshiSite

/// Every template of the default theme, with the real values of every page of the sample site,
/// rendered by swift-mustache (over dictionaries) and by the compiled template (over typed
/// values): the bytes must be the same.
///
/// Until the typed views exist, the page values come from the `[String: Any]` contexts of the
/// old context builders through `sampleSitePages()`, and a TEST-ONLY schema inference turns them
/// into `ViewSchema`s and `TemplateObject`s. When the typed views are merged, replace
/// `sampleSitePages()` (and drop `InferredViews`) with the views themselves.
@Suite struct TemplateDifferentialSampleTests {
    /// One page: its template and its values.
    struct SamplePage {
        let outputPath: String
        let template: String
        let root: TemplateObject
        /// The dictionaries the page is rendered with today.
        let context: [String: Any]
    }

    @Test func everySamplePageRendersTheSameBytesAsSwiftMustache() throws {
        let prepared = try SiteBuilder.prepare(siteFolder: SiteFixture.repositoryRoot, includeDrafts: false)
        let theme = prepared.theme
        let compiler = TemplateCompiler(templates: try Self.templateSources(theme))
        let pages = Self.sampleSitePages(prepared.plan)
        #expect(pages.count > 20)
        var compiled: [String: CompiledTemplate] = [:]
        var templatesSeen: Set<String> = []
        for page in pages {
            if compiled[page.template] == nil {
                compiled[page.template] = try compiler.compile(page.template, root: page.root.schema)
            }
            let expected = theme.library.render(page.root.mustacheDictionary, withTemplate: page.template) ?? ""
            // The inferred values say what the dictionaries said.
            #expect(expected == theme.library.render(page.context, withTemplate: page.template))
            let actual = compiled[page.template]?.render(page.root) ?? ""
            #expect(Array(actual.utf8) == Array(expected.utf8), "\(page.outputPath) (\(page.template)) differs")
            templatesSeen.insert(page.template)
        }
        // Every page template of the theme was exercised (partials through them).
        let pageTemplates = Set(prepared.plan.pages.compactMap(\.template))
        #expect(templatesSeen == pageTemplates)
    }

    static func templateSources(_ theme: Theme) throws -> [String: TemplateSource] {
        var sources: [String: TemplateSource] = [:]
        for (name, path) in theme.templatePaths {
            let text = try String(contentsOf: SiteFixture.repositoryRoot.appendingPathComponent(path), encoding: .utf8)
            sources[name] = TemplateSource(path: path, text: text)
        }
        return sources
    }

    /// The one place that knows how a page's values are made (the old builders, as
    /// `SiteRenderer.renderPage` calls them); every page rendered with a template. One root
    /// schema for all pages of a template (keys united, a key some page lacks is optional).
    static func sampleSitePages(_ plan: SitePlan) -> [SamplePage] {
        var contexts: [(Page, String, [String: Any])] = []
        for page in plan.pages {
            guard let template = page.template else { continue }
            let builder = TemplateContextBuilder(plan: plan)
            var extra: [String: Any] = [:]
            switch page.kind {
            case .feed, .sitemap, .robots, .notFound: break
            case .rosterArchive: extra = RosterContextBuilder(plan: plan).archive(from: page)
            case .rosterMonth(let month): extra = RosterContextBuilder(plan: plan).month(month, from: page)
            case .rosterTownship(let month, let township):
                extra = RosterContextBuilder(plan: plan).township(month, township: township, from: page)
            case .rosterVillage(let month, let village):
                extra = RosterContextBuilder(plan: plan).village(month, village: village, from: page)
            case .regionHistory(let village): extra = RosterContextBuilder(plan: plan).history(village: village, from: page)
            case .standards: extra = RosterContextBuilder(plan: plan).standards(from: page)
            case .printVillage(let month, let village):
                extra = PrintContextBuilder(plan: plan).village(month, village: village, from: page)
            case .printTownship(let month, let township):
                extra = PrintContextBuilder(plan: plan).township(month, township: township, from: page)
            case .printCards(let month, let region):
                extra = PrintContextBuilder(plan: plan).cards(month, region: region, from: page)
            case .home:
                if let latest = plan.rosters.latest {
                    extra["latest_month"] = RosterContextBuilder(plan: plan).monthValues(latest, from: page)
                }
                let articles = plan.articles.prefix(TemplateContextBuilder.homeListLength)
                let notices = plan.notices.prefix(TemplateContextBuilder.homeListLength)
                extra["latest_articles"] = articles.map { builder.documentValues($0, from: page) }
                extra["latest_notices"] = notices.map { builder.documentValues($0, from: page) }
                extra["has_articles"] = !articles.isEmpty
                extra["has_notices"] = !notices.isEmpty
            case .documentList(let kind):
                let documents = plan.documents(of: kind)
                extra["documents"] = documents.map { builder.documentValues($0, from: page) }
                extra["has_documents"] = !documents.isEmpty
                extra["list_title"] = TemplateContextBuilder.listTitle(kind)
            case .document(let kind, let index):
                let document = plan.document(kind, index: index)
                let markdown = MarkdownRenderer.render(document, pageOutputPath: page.outputPath, links: plan.links)
                extra["document"] = builder.documentValues(document, from: page, content: markdown.html)
            }
            contexts.append((page, template, builder.context(for: page, extra: extra)))
        }
        var schemas: [String: ViewSchema] = [:]
        for template in Set(contexts.map(\.1)) {
            schemas[template] = InferredViews.inferSchema(contexts.filter { $0.1 == template }.map(\.2), name: "root")
        }
        return contexts.compactMap { page, template, context in
            schemas[template].map {
                SamplePage(outputPath: page.outputPath, template: template, root: InferredViews.convert(context, $0), context: context)
            }
        }
    }
}

/// TEST ONLY: a `ViewSchema` inferred from `[String: Any]` values (keys united across the items
/// of a list; a key missing somewhere is optional), and the values converted to typed values.
enum InferredViews {
    /// Keys the templates read that no page of the sample site has (it sets no `base_url`, no
    /// hotline, no successor of a region, …), by the last part of the inferred schema's name
    /// (`root.page` is the root's `page`; the items of a list are named after the list). An
    /// absent optional field is looked up like a missing key, so declaring one too many is
    /// harmless.
    static let neverSeen: [String: [(String, ViewFieldType)]] = {
        let date = ViewFieldType.object(ViewSchema("date", [ViewField("iso", .text), ViewField("day", .text), ViewField("display", .text)]))
        let document: [(String, ViewFieldType)] = [
            ("type", .text), ("date", date), ("updated", date), ("author", .text), ("summary", .text), ("region", .text),
        ]
        let successor = ViewFieldType.object(ViewSchema("successor", [
            ViewField("code", .text), ViewField("name", .text), ViewField("url", .text, optional: true),
        ]))
        return [
            "root": [("back_url", .text), ("online_url", .text), ("qr_svg", .text), ("successor", successor)],
            "page": [("canonical_url", .text)],
            "site": [("base_url", .text)],
            "print": [("margin", .text)],
            "notice": [("hotline", .text), ("address", .text)],
            "sheets": [("back_url", .text), ("online_url", .text), ("qr_svg", .text)],
            "cards": [("standard", .text), ("hotline", .text)],
            "document": document, "documents": document, "latest_articles": document, "latest_notices": document,
        ]
    }()

    static func inferSchema(_ dictionaries: [[String: Any]], name: String) -> ViewSchema {
        var keys: [String] = []
        var seen: Set<String> = []
        for dictionary in dictionaries {
            for key in dictionary.keys.sorted() where seen.insert(key).inserted { keys.append(key) }
        }
        var fields = keys.map { key -> ViewField in
            let values = dictionaries.compactMap { $0[key] }
            return ViewField(key, inferType(values, name: name + "." + key), optional: values.count < dictionaries.count)
        }
        let lastPart = name.split(separator: ".").last.map(String.init) ?? name
        for (key, type) in neverSeen[lastPart] ?? [] where !seen.contains(key) {
            fields.append(ViewField(key, type, optional: true))
        }
        return ViewSchema(name, fields)
    }

    static func inferType(_ values: [Any], name: String) -> ViewFieldType {
        guard let first = values.first else { return .text }
        switch first {
        case is String: return .text
        case is Bool: return .flag
        case is Int: return .number
        case is [String: Any]:
            return .object(inferSchema(values.compactMap { $0 as? [String: Any] }, name: name))
        case is [Any]:
            return .list(inferType(values.flatMap { $0 as? [Any] ?? [] }, name: name))
        default:
            Issue.record("\(name): a value of type \(type(of: first)) in a template context")
            return .text
        }
    }

    static func convert(_ dictionary: [String: Any], _ schema: ViewSchema) -> TemplateObject {
        TemplateObject(schema, schema.fields.map { field in
            dictionary[field.name].map { convert($0, field.type) } ?? .absent
        })
    }

    static func convert(_ value: Any, _ type: ViewFieldType) -> TemplateValue {
        switch (type, value) {
        case (.text, let text as String): return .text(text)
        case (.flag, let flag as Bool): return .flag(flag)
        case (.number, let number as Int): return .number(number)
        case (.object(let schema), let dictionary as [String: Any]): return .object(convert(dictionary, schema))
        case (.list(let item), let items as [Any]): return .list(items.map { convert($0, item) })
        default:
            Issue.record("a value of type \(Swift.type(of: value)) where \(type) was inferred")
            return .absent
        }
    }
}
