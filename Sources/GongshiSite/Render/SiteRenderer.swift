import Dispatch
import Foundation
import GongshiCore

/// A file of the built site: its path inside the output folder and its bytes.
public struct OutputFile: Sendable, Equatable {
    public let path: String
    public let bytes: [UInt8]

    public init(path: String, bytes: [UInt8]) {
        self.path = path
        self.bytes = bytes
    }

    public init(path: String, text: String) {
        self.init(path: path, bytes: Array(text.utf8))
    }
}

/// The render stage: every planned page to bytes, in parallel. Results are stored by page index,
/// so output never depends on scheduling.
enum SiteRenderer {
    struct Result {
        var files: [OutputFile]
        var diagnostics: [Diagnostic]
    }

    static func render(plan: SitePlan, theme: Theme, progress: (@Sendable (Int, Int) -> Void)? = nil) -> Result {
        let pages = plan.pages
        let slots = IndexedResults<(OutputFile, [Diagnostic])>(count: pages.count)
        let counter = ProgressCounter()
        DispatchQueue.concurrentPerform(iterations: pages.count) { index in
            let rendered = renderPage(pages[index], plan: plan, theme: theme)
            slots.set(index, rendered)
            if let progress { progress(counter.increment(), pages.count) }
        }
        var files: [OutputFile] = []
        var diagnostics: [Diagnostic] = []
        for (file, found) in slots.values() {
            files.append(file)
            diagnostics.append(contentsOf: found)
        }
        return Result(files: files, diagnostics: diagnostics)
    }

    static func renderPage(_ page: Page, plan: SitePlan, theme: Theme) -> (OutputFile, [Diagnostic]) {
        let builder = TemplateContextBuilder(plan: plan)
        var diagnostics: [Diagnostic] = []
        var extra: [String: Any] = [:]
        switch page.kind {
        case .feed:
            return (OutputFile(path: page.outputPath, text: AtomFeed.render(plan: plan)), [])
        case .sitemap:
            let base = plan.config.baseURL ?? ""
            return (OutputFile(path: page.outputPath, text: SitemapXML.render(plan: plan, baseURL: base)), [])
        case .robots:
            return (OutputFile(path: page.outputPath, text: RobotsText.render(plan: plan)), [])
        case .rosterArchive:
            extra = RosterContextBuilder(plan: plan).archive(from: page)
        case .rosterMonth(let month):
            extra = RosterContextBuilder(plan: plan).month(month, from: page)
        case .rosterTownship(let month, let township):
            extra = RosterContextBuilder(plan: plan).township(month, township: township, from: page)
        case .rosterVillage(let month, let village):
            extra = RosterContextBuilder(plan: plan).village(month, village: village, from: page)
        case .regionHistory(let village):
            extra = RosterContextBuilder(plan: plan).history(village: village, from: page)
        case .standards:
            extra = RosterContextBuilder(plan: plan).standards(from: page)
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
            diagnostics.append(contentsOf: markdown.diagnostics)
            extra["document"] = builder.documentValues(document, from: page, content: markdown.html)
        case .notFound:
            break
        }
        let context = builder.context(for: page, extra: extra)
        let html = page.template.flatMap { theme.render(context, template: $0) } ?? ""
        return (OutputFile(path: page.outputPath, text: html), diagnostics)
    }
}

final class ProgressCounter: @unchecked Sendable {
    private var count = 0
    private let lock = NSLock()

    func increment() -> Int {
        lock.lock()
        defer { lock.unlock() }
        count += 1
        return count
    }
}
