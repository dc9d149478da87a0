import Dispatch
import Foundation
import GongshiCore

/// Render → output scan → write, page by page on every core, straight into the staging tree: a
/// page's bytes live only while it is rendered, scanned, hashed and written, so memory stays
/// bounded by the pages in flight, not the site. A page the build cache proves unchanged is
/// hard-linked from the current output instead (it passed the same scan when it was written).
struct SiteWriter {
    let plan: SitePlan
    let theme: Theme
    let tree: StagingTree
    /// One per page of the plan; nil: always render.
    let keys: [String?]
    let cache: BuildCache
    let progress: (@Sendable (Int, Int) -> Void)?

    /// What became of one file.
    struct Outcome: Sendable {
        let path: String
        let size: Int
        let sha256: String
        let stamp: FileStamp
        /// The key to remember it under (nil: render it again next time).
        let key: String?
        let reused: Bool
    }

    struct Result: Sendable {
        var outcomes: [Outcome]
        var diagnostics: [Diagnostic]
        /// The first file that could not be written, if any.
        var failure: Publisher.Failure?
        var reused: Int { outcomes.count(where: \.reused) }
    }

    func run(assets: [OutputFile]) -> Result {
        let pages = plan.pages
        let scanner = OutputPrivacyGate.Scanner(context: plan.privacy, reviewedFiles: plan.config.reviewedFiles)
        let total = pages.count + assets.count
        let counter = ProgressCounter()
        // Unchanged pages first: linked, and left out of the views that are shared among pages.
        var candidates: [(index: Int, entry: BuildCache.Entry)] = []
        for (index, page) in pages.enumerated() {
            guard let key = keys[index], let entry = cache.entries[page.outputPath], entry.key == key else { continue }
            candidates.append((index, entry))
        }
        let reusable = candidates
        let linked = tree.linkExisting(reusable.map { pages[$0.index].outputPath }) { position, stamp in
            stamp == reusable[position].entry.stamp
        }
        PublishFaults.reached(.relinked)
        // The linked pages' outcomes are filled here, on one thread, straight into the array in
        // page order (a city's 55,000 went one by one through a lock before); only the pages
        // rendered below are gathered across threads.
        var slots = [(Outcome?, [Diagnostic], Publisher.Failure?)?](repeating: nil, count: total)
        var skipped = Set<Int>(minimumCapacity: linked.count)
        for position in linked {
            let (index, entry) = reusable[position]
            slots[index] = (Outcome(path: pages[index].outputPath, size: entry.stamp.size, sha256: entry.sha256,
                                    stamp: entry.stamp, key: entry.key, reused: true), [], nil)
            skipped.insert(index)
        }
        if let progress, !linked.isEmpty { progress(counter.add(linked.count), total) }
        let order = RenderOrder.of(pages, skipping: skipped)
        let views = PageViews(plan: plan, sharing: order.map { pages[$0] }, documentSchemas: theme.documentSchemas)
        let work = order + Array(pages.count..<total)
        let rendered = IndexedResults<(Outcome?, [Diagnostic], Publisher.Failure?)>(count: work.count)
        DispatchQueue.concurrentPerform(iterations: work.count) { position in
            let index = work[position]
            if index < pages.count {
                let (file, diagnostics) = SiteRenderer.renderPage(pages[index], views: views, theme: theme)
                // A page with warnings is rendered on every build, so its warnings are shown every time.
                rendered.set(position, publish(file, key: diagnostics.isEmpty ? keys[index] : nil, scanner: scanner,
                                               renderDiagnostics: diagnostics))
            } else {
                rendered.set(position, publish(assets[index - pages.count], key: nil, scanner: scanner, renderDiagnostics: []))
            }
            if let progress { progress(counter.increment(), total) }
        }
        for (index, value) in zip(work, rendered.values()) { slots[index] = value }  // every position was set
        var result = Result(outcomes: [], diagnostics: [], failure: nil)
        result.outcomes.reserveCapacity(total)
        for case let (outcome, diagnostics, failure)? in slots {
            if let outcome { result.outcomes.append(outcome) }
            result.diagnostics += diagnostics
            if result.failure == nil, let failure { result.failure = failure }
        }
        return result
    }

    private func publish(
        _ file: OutputFile, key: String?, scanner: OutputPrivacyGate.Scanner, renderDiagnostics: [Diagnostic]
    ) -> (Outcome?, [Diagnostic], Publisher.Failure?) {
        let found = renderDiagnostics + scanner.scan(file)
        if found.hasErrors { return (nil, found, nil) }
        do {
            let stamp = try tree.write(file.bytes, to: file.path)
            return (Outcome(path: file.path, size: file.bytes.count, sha256: SHA256.hexDigest(file.bytes), stamp: stamp,
                            key: key, reused: false), found, nil)
        } catch {
            return (nil, found, error)
        }
    }
}
