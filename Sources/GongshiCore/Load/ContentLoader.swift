import Foundation

/// The load stage: reads `site.yaml` and `content/` into typed values. Parsing only.
public enum ContentLoader {
    public struct Options: Sendable {
        public var includeDrafts: Bool
        /// Where the roster months' rows are written aside as they are loaded, at province scale
        /// (`RowSpill`); nil: all rows stay in memory.
        package var rowSpill: RowSpill?
        public init(includeDrafts: Bool = false) { self.includeDrafts = includeDrafts }
    }

    /// Returns the content and the warnings found; throws `ContentErrors` when anything could not be read.
    public static func load(siteFolder: URL, options: Options = Options()) throws(ContentErrors) -> (SiteContent, [Diagnostic]) {
        var memory: LoadMemory?
        return try load(siteFolder: siteFolder, options: options, reuse: nil, remember: &memory)
    }

    /// `load` for a preview: roster files, months and documents whose SHA-256 is unchanged are
    /// taken from `reuse` instead of read and parsed; what was loaded is recorded in `remember`
    /// (when not nil; its fingerprint is the caller's to set). Same content, same messages.
    package static func load(
        siteFolder: URL, options: Options, reuse: LoadReuse?, remember: inout LoadMemory?
    ) throws(ContentErrors) -> (SiteContent, [Diagnostic]) {
        let config = try SiteConfigLoader.load(siteFolder: siteFolder)
        let files = SiteFiles(siteFolder: siteFolder, limits: config.limits)
        var log = DiagnosticLog()
        var articles = DocumentLoader.load(
            kind: .article, files: files, timeZone: config.timeZone, reuse: reuse, remember: &remember, log: &log)
        var notices = DocumentLoader.load(
            kind: .notice, files: files, timeZone: config.timeZone, reuse: reuse, remember: &remember, log: &log)
        let months = RosterLoader.load(files: files, config: config, reuse: reuse, remember: &remember,
                                       spill: options.rowSpill, log: &log)
        let regions = RegionsLoader.load(files: files, log: &log)
        if regions == nil, !months.isEmpty {
            log.error(SourceLocation(file: RegionsLoader.path), Messages.regionsMissing)
        }
        let standards = StandardsLoader.load(files: files, timeZone: config.timeZone, log: &log)
        let contentFiles = PublishableFilesLoader.contentFiles(files: files, log: &log)
        let staticFiles = PublishableFilesLoader.staticFiles(files: files, log: &log)
        var knownNames: KnownNames?
        do {
            knownNames = try KnownNames.load(siteFolder: siteFolder, limits: config.limits)
        } catch {
            log.append(contentsOf: error.diagnostics)
        }
        try log.throwIfErrors()
        if !options.includeDrafts {
            articles.removeAll(where: \.draft)
            notices.removeAll(where: \.draft)
        }
        var content = SiteContent(
            config: config, articles: articles, notices: notices, regions: regions ?? .empty,
            standards: standards, months: months)
        content.knownNames = knownNames
        content.contentFiles = contentFiles
        content.staticFiles = staticFiles
        return (content, log.all)
    }
}
