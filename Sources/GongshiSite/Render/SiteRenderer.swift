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
        let views = PageViews(plan: plan, sharing: pages, documentSchemas: theme.documentSchemas)
        DispatchQueue.concurrentPerform(iterations: pages.count) { index in
            let rendered = renderPage(pages[index], views: views, theme: theme)
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

    /// One page on its own (nothing shared with other pages).
    static func renderPage(_ page: Page, plan: SitePlan, theme: Theme) -> (OutputFile, [Diagnostic]) {
        renderPage(page, views: PageViews(plan: plan, documentSchemas: theme.documentSchemas), theme: theme)
    }

    /// One page, with views shared among the pages of one render (`views` built for them).
    static func renderPage(_ page: Page, views: PageViews, theme: Theme) -> (OutputFile, [Diagnostic]) {
        let plan = views.plan
        switch page.kind {
        case .feed:
            return (OutputFile(path: page.outputPath, text: AtomFeed.render(plan: plan)), [])
        case .sitemap:
            let base = plan.config.baseURL ?? ""
            return (OutputFile(path: page.outputPath, text: SitemapXML.render(plan: plan, baseURL: base)), [])
        case .robots:
            return (OutputFile(path: page.outputPath, text: RobotsText.render(plan: plan)), [])
        default:
            guard let (root, diagnostics) = views.root(for: page) else { return (OutputFile(path: page.outputPath, text: ""), []) }
            var bytes: [UInt8] = []
            if let name = page.template, let template = theme.compiled[name] {
                template.render(root, into: &bytes)
            }
            return (OutputFile(path: page.outputPath, bytes: bytes), diagnostics)
        }
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
