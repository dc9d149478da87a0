/// Everything `load` read: the site configuration and the documents, drafts already left out
/// unless asked for.
public struct SiteContent: Sendable {
    public var config: SiteConfig
    public var articles: [Document]
    public var notices: [Document]
    public var regions: RegionDirectory
    public var standards: StandardsTable
    /// Roster months, oldest first.
    public var months: [RosterMonth]
    /// Full names from the site's private known-names file (salted hashes), when it has one.
    package var knownNames: KnownNames?
    /// Files under `content/` that are neither Markdown nor source data, content-relative
    /// (`articles/附件1.pdf`): published beside their pages when a document links to them.
    package var contentFiles: [String] = []
    /// Files under `static/`, relative to it: published as they are, at the same path.
    package var staticFiles: [String] = []

    public init(
        config: SiteConfig, articles: [Document], notices: [Document], regions: RegionDirectory = .empty,
        standards: StandardsTable = .empty, months: [RosterMonth] = []
    ) {
        self.config = config
        self.articles = articles
        self.notices = notices
        self.regions = regions
        self.standards = standards
        self.months = months
    }

    public var documents: [Document] { articles + notices }
}
