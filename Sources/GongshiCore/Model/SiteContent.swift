/// Everything `load` read: the site configuration and the documents, drafts already left out
/// unless asked for.
public struct SiteContent: Sendable {
    public var config: SiteConfig
    public var articles: [Document]
    public var notices: [Document]

    public init(config: SiteConfig, articles: [Document], notices: [Document]) {
        self.config = config
        self.articles = articles
        self.notices = notices
    }

    public var documents: [Document] { articles + notices }
}
