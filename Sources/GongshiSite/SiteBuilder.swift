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
        case output(Message, warnings: [Diagnostic])
    }

    /// What load, audit and plan made of a site folder: shared by build, check and print.
    struct Prepared {
        let plan: SitePlan
        let theme: Theme
        /// Warnings so far (an error would have been thrown).
        let warnings: [Diagnostic]
    }

    /// Load → audit → plan, and the theme with every template the plan (and `extraTemplates`) needs.
    /// Throws every error found, warnings included.
    static func prepare(
        siteFolder: URL, includeDrafts: Bool, extraTemplates: Set<String> = [], timer: StageTimer? = nil
    ) throws(ContentErrors) -> Prepared {
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
                siteFolder: siteFolder, config: content.config,
                requiredTemplates: Set(plan.pages.compactMap(\.template)).union(extraTemplates))
            timer?.lap("plan")
            if diagnostics.hasErrors { throw ContentErrors(diagnostics) }
            return Prepared(plan: plan, theme: theme, warnings: diagnostics)
        } catch {
            throw ContentErrors((diagnostics + error.diagnostics).uniqued().sortedForDisplay())
        }
    }

    /// Render → the theme's assets → the output privacy scan, for the pages of `plan`. Returns the
    /// files and the diagnostics of these steps; the caller decides whether errors stop it.
    static func renderScanned(
        _ plan: SitePlan, theme: Theme, progress: (@Sendable (Int, Int) -> Void)? = nil, timer: StageTimer? = nil
    ) throws(ContentErrors) -> (files: [OutputFile], pages: Int, diagnostics: [Diagnostic]) {
        let rendered = SiteRenderer.render(plan: plan, theme: theme, progress: progress)
        timer?.lap("render")
        if rendered.diagnostics.hasErrors { return (rendered.files, 0, rendered.diagnostics) }
        let assets = try ThemeAssets.collect(from: theme.assetsFolder)
        let files = rendered.files + assets
        let found = rendered.diagnostics + OutputPrivacyGate.scan(files, context: plan.privacy, reviewedFiles: plan.config.reviewedFiles)
        timer?.lap("output scan")
        return (files, rendered.files.filter { $0.path.hasSuffix(".html") }.count, found)
    }

    /// Builds the site in memory, from load to render, without writing anything.
    public static func render(
        siteFolder: URL, includeDrafts: Bool, progress: (@Sendable (Int, Int) -> Void)? = nil, timer: StageTimer? = nil
    ) throws(Failure) -> (files: [OutputFile], pages: Int, warnings: [Diagnostic]) {
        let result = try renderWithTheme(siteFolder: siteFolder, includeDrafts: includeDrafts, progress: progress, timer: timer)
        return (result.files, result.pages, result.warnings)
    }

    /// `render`, also naming the theme in use (an input of the build's input digest).
    private static func renderWithTheme(
        siteFolder: URL, includeDrafts: Bool, progress: (@Sendable (Int, Int) -> Void)?, timer: StageTimer?
    ) throws(Failure) -> (files: [OutputFile], pages: Int, warnings: [Diagnostic], theme: String) {
        var diagnostics: [Diagnostic] = []
        do throws(ContentErrors) {
            let prepared = try prepare(siteFolder: siteFolder, includeDrafts: includeDrafts, timer: timer)
            diagnostics += prepared.warnings
            let result = try renderScanned(prepared.plan, theme: prepared.theme, progress: progress, timer: timer)
            diagnostics += result.diagnostics
            if diagnostics.hasErrors { throw ContentErrors(diagnostics) }
            return (result.files, result.pages, diagnostics.sortedForDisplay(), prepared.plan.config.theme)
        } catch {
            throw .content((diagnostics + error.diagnostics).uniqued().sortedForDisplay())
        }
    }

    /// Builds and publishes, with the output manifest. On failure nothing in the output folder
    /// changes (except in the rare fallback failure whose message says where the old site went).
    public static func build(
        _ options: Options, progress: (@Sendable (Int, Int) -> Void)? = nil, timer: StageTimer? = nil
    ) throws(Failure) -> Report {
        Publisher.restoreInterrupted(output: options.outputFolder, siteFolder: options.siteFolder)
        let result = try renderWithTheme(
            siteFolder: options.siteFolder, includeDrafts: options.includeDrafts, progress: progress, timer: timer)
        let digest: String
        do {
            digest = try InputDigest.compute(siteFolder: options.siteFolder.standardizedFileURL.path, theme: result.theme)
        } catch {
            let message = error.isFolder ? Messages.inputFolderNotReadable(SystemErrorText.reason(errno: error.errno))
                : Messages.inputNotReadable(SystemErrorText.reason(errno: error.errno))
            throw .content((result.warnings + [.error(SourceLocation(file: error.path), message)]).sortedForDisplay())
        }
        let publishWarnings: [Diagnostic]
        do {
            publishWarnings = try Publisher.publish(
                result.files, to: options.outputFolder, siteFolder: options.siteFolder, inputDigest: digest)
            timer?.lap("publish")
        } catch {
            // When the old output could not be put back, the message says where it is now.
            throw .output(error.message, warnings: result.warnings + error.warnings)
        }
        return Report(pages: result.pages, files: result.files.count, warnings: result.warnings + publishWarnings)
    }
}

extension Array where Element == Diagnostic {
    /// Drops repeats, keeping the first of each.
    func uniqued() -> [Diagnostic] {
        var seen: Set<Diagnostic> = []
        return filter { seen.insert($0).inserted }
    }
}
