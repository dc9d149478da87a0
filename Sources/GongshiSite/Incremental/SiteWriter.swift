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
    let keys: [Digest32?]
    let progress: (@Sendable (Int, Int) -> Void)?

    /// What became of one file: a small value with no heap part (its path is its page's or
    /// asset's, found by place: `Result.path(_:)`).
    struct Outcome: Sendable {
        let sha256: Digest32
        let size: Int
        let stamp: FileStamp
        /// Remembered under its page's key for the next build (false: rendered again next time).
        let keepsKey: Bool
        let reused: Bool
    }

    struct Result: Sendable {
        /// One per file, the plan's pages and then the assets; nil: not written (an error or a failure).
        var outcomes: [Outcome?]
        var diagnostics: [Diagnostic]
        /// The first file that could not be written, if any.
        var failure: Publisher.Failure?
        let pages: [Page]
        let assets: [OutputFile]

        /// The output path of file `index`.
        func path(_ index: Int) -> String {
            index < pages.count ? pages[index].outputPath : assets[index - pages.count].path
        }
    }

    /// Links what `previous` (the last build's cache, emptied as soon as it is consulted, so the
    /// render stage does not carry it) proves unchanged, then renders, scans and writes the rest
    /// and `assets`.
    func run(assets: [OutputFile], previous: inout BuildCache) -> Result {
        let pages = plan.pages
        let scanner = OutputPrivacyGate.Scanner(context: plan.privacy, reviewedFiles: plan.config.reviewedFiles)
        let total = pages.count + assets.count
        let counter = ProgressCounter()
        let outcomes = WriteOutcomes(count: total)
        // Unchanged pages first: linked, and left out of the views that are shared among pages.
        let linked = linkUnchanged(previous: previous, into: outcomes)
        previous = BuildCache()
        // What load, audit, plan and the load cache's save freed is given back before the render,
        // where a province build's resident size peaks. Once only: each call walks every free
        // chunk of every heap under the heap's lock (given back every 50,000 pages, a 3-month
        // province site took 170 s more system time). Only in a big build: in a small one, the
        // pages given back are only faulted in again.
        FreedMemory.giveBack(whenResidentAtLeast: FreedMemory.worthwhileResidentSize)
        if let progress, linked > 0 { progress(counter.add(linked), total) }
        let order = RenderOrder.of(pages) { !outcomes.has($0) }
        let views = PageViews(plan: plan, sharing: order.map { pages[$0] }, documentSchemas: theme.documentSchemas)
        let work = order + Array(pages.count..<total)
        DispatchQueue.concurrentPerform(iterations: work.count) { position in
            let index = work[position]
            if index < pages.count {
                let (file, diagnostics) = SiteRenderer.renderPage(pages[index], views: views, theme: theme)
                // A page with warnings is rendered on every build, so its warnings are shown every time.
                publish(file, at: index, keepsKey: diagnostics.isEmpty && keys[index] != nil, scanner: scanner,
                        renderDiagnostics: diagnostics, into: outcomes)
            } else {
                publish(assets[index - pages.count], at: index, keepsKey: false, scanner: scanner, renderDiagnostics: [],
                        into: outcomes)
            }
            if let progress { progress(counter.increment(), total) }
        }
        let (all, diagnostics, failure) = outcomes.take()
        return Result(outcomes: all, diagnostics: diagnostics, failure: failure, pages: pages, assets: assets)
    }

    /// Hard-links each page whose key the last build recorded, and whose file still has the
    /// recorded stamp, from the current output; records their outcomes and returns how many.
    private func linkUnchanged(previous: BuildCache, into outcomes: WriteOutcomes) -> Int {
        let pages = plan.pages
        let entries = previous.entries
        var candidates: [(index: Int, entry: Int)] = []
        for index in pages.indices {
            guard let key = keys[index], let entry = previous.entry(for: key) else { continue }
            candidates.append((index, entry))
        }
        let reusable = candidates
        let linked = tree.linkExisting(reusable.map { pages[$0.index].outputPath }) { position, stamp in
            stamp == entries[reusable[position].entry].stamp
        }
        PublishFaults.reached(.relinked)
        for position in linked {
            let (index, at) = reusable[position]
            let entry = entries[at]
            outcomes.set(index, Outcome(sha256: entry.sha256, size: entry.stamp.size, stamp: entry.stamp,
                                        keepsKey: true, reused: true))
        }
        return linked.count
    }

    private func publish(
        _ file: OutputFile, at index: Int, keepsKey: Bool, scanner: OutputPrivacyGate.Scanner, renderDiagnostics: [Diagnostic],
        into outcomes: WriteOutcomes
    ) {
        let found = renderDiagnostics + scanner.scan(file)
        if found.hasErrors { return outcomes.set(index, nil, diagnostics: found) }
        do {
            let stamp = try tree.write(file.bytes, to: file.path)
            outcomes.set(index, Outcome(sha256: Digest32.of(file.bytes), size: file.bytes.count, stamp: stamp,
                                        keepsKey: keepsKey, reused: false), diagnostics: found)
        } catch {
            outcomes.set(index, nil, diagnostics: found, failure: error)
        }
    }
}
