import Foundation
import GongshiCore

/// Runs the five stages (load → audit → plan → render → publish) for `gongshi build`.
public enum SiteBuilder {
    public struct Options: Sendable {
        public var siteFolder: URL
        public var outputFolder: URL
        public var includeDrafts: Bool

        public init(siteFolder: URL, outputFolder: URL, includeDrafts: Bool = false) {
            self.siteFolder = siteFolder
            self.outputFolder = outputFolder
            self.includeDrafts = includeDrafts
        }
    }

    public struct Report: Sendable {
        /// HTML pages written.
        public var pages: Int
        /// Every file written (pages, feed, sitemap, robots.txt, assets).
        public var files: Int
        public var warnings: [Diagnostic]
    }

    public enum Failure: Error, Sendable {
        /// Content errors (exit 1): nothing was published.
        case content([Diagnostic])
        /// The output could not be written (exit 1): the previous output is untouched.
        case output(String, warnings: [Diagnostic])
    }

    /// Builds the site in memory, from load to render, without writing anything.
    public static func render(
        siteFolder: URL, includeDrafts: Bool, progress: (@Sendable (Int, Int) -> Void)? = nil, timer: StageTimer? = nil
    ) throws(Failure) -> (files: [OutputFile], pages: Int, warnings: [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        do throws(ContentErrors) {
            let (content, loadWarnings) = try ContentLoader.load(
                siteFolder: siteFolder, options: .init(includeDrafts: true))
            diagnostics += loadWarnings
            timer?.lap("load")
            let drafts = includeDrafts ? [] : content.documents.filter(\.draft)
            var published = content
            published.articles.removeAll { !includeDrafts && $0.draft }
            published.notices.removeAll { !includeDrafts && $0.draft }
            diagnostics += DocumentAudit.audit(published)
            diagnostics += RosterAudit.audit(published)
            diagnostics += PrivacyAudit.audit(published)
            timer?.lap("audit")
            let plan = SitePlanner.plan(published, draftContentPaths: Set(drafts.map(\.contentPath)))
            let theme = try ThemeLoader.load(
                siteFolder: siteFolder, config: content.config, requiredTemplates: Set(plan.pages.compactMap(\.template)))
            timer?.lap("plan")
            if diagnostics.hasErrors { throw ContentErrors(diagnostics) }
            let rendered = SiteRenderer.render(plan: plan, theme: theme, progress: progress)
            timer?.lap("render")
            diagnostics += rendered.diagnostics
            if diagnostics.hasErrors { throw ContentErrors(diagnostics) }
            let assets = try ThemeAssets.collect(from: theme.assetsFolder)
            let files = rendered.files + assets
            diagnostics += OutputPrivacyGate.scan(files, allowedNumbers: content.config.officialNumbers)
            timer?.lap("output scan")
            if diagnostics.hasErrors { throw ContentErrors(diagnostics) }
            let pages = rendered.files.filter { $0.path.hasSuffix(".html") }.count
            return (files, pages, diagnostics.sortedForDisplay())
        } catch {
            throw .content((diagnostics + error.diagnostics).uniqued().sortedForDisplay())
        }
    }

    /// Builds and publishes. On failure nothing in the output folder changes.
    public static func build(
        _ options: Options, progress: (@Sendable (Int, Int) -> Void)? = nil, timer: StageTimer? = nil
    ) throws(Failure) -> Report {
        let result = try render(siteFolder: options.siteFolder, includeDrafts: options.includeDrafts, progress: progress, timer: timer)
        do {
            try Publisher.publish(result.files, to: options.outputFolder, siteFolder: options.siteFolder)
            timer?.lap("publish")
        } catch {
            throw .output(error.message, warnings: result.warnings)
        }
        return Report(pages: result.pages, files: result.files.count, warnings: result.warnings)
    }
}

extension Array where Element == Diagnostic {
    /// Drops repeats, keeping the first of each.
    func uniqued() -> [Diagnostic] {
        var seen: Set<Diagnostic> = []
        return filter { seen.insert($0).inserted }
    }
}
