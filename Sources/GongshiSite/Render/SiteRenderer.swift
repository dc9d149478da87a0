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

/// The render stage for one page: its root view through its compiled template (or the feed,
/// sitemap and robots.txt written by code). `SiteWriter` (build) and `SiteBuilder.renderScanned`
/// (check, print, serve) call it on every core, storing results by page index.
enum SiteRenderer {
    /// One page, with views shared among the pages of one render (`views` built for them).
    static func renderPage(_ page: Page, views: PageViews, theme: Theme) -> (OutputFile, [Diagnostic]) {
        let plan = views.plan
        // The views read the page's path for each link they make: formatted once, here.
        let page = page.keepingPath()
        switch page.kind {
        case .feed:
            return (OutputFile(path: page.outputPath, text: AtomFeed.render(plan: plan)), [])
        case .sitemap:
            let base = plan.config.baseURL ?? ""
            return (OutputFile(path: page.outputPath, text: SitemapXML.render(plan: plan, baseURL: base)), [])
        case .robots:
            return (OutputFile(path: page.outputPath, text: RobotsText.render(plan: plan)), [])
        case .rosterTotals(let position):
            return (OutputFile(path: page.outputPath, text: OpenDataCSV.monthTotals(plan.rosters.months[position], regions: plan.regions)), [])
        case .rosterTotalsAll:
            return (OutputFile(path: page.outputPath, text: OpenDataCSV.allTotals(plan.rosters, regions: plan.regions)), [])
        case .rosterHouseholds(let position, let village):
            return (OutputFile(path: page.outputPath, text: OpenDataCSV.households(plan.rosters.months[position], village: village)), [])
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

    func increment() -> Int { add(1) }

    /// Counts `done` more at once (the pages linked in one go), returning the new total.
    func add(_ done: Int) -> Int {
        lock.lock()
        defer { lock.unlock() }
        count += done
        return count
    }
}
