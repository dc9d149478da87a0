/// The two kinds of prose content: policy articles and notices (幸福清单 and other announcements).
public enum DocumentKind: String, Sendable, Hashable, CaseIterable {
    case article
    case notice

    /// Folder under `content/` and under the output.
    public var folder: String {
        switch self {
        case .article: return "articles"
        case .notice: return "notices"
        }
    }
}

/// A value of a front-matter key that Gongshi does not interpret; passed to templates as written.
public indirect enum FrontMatterValue: Sendable, Hashable {
    case text(String)
    case list([FrontMatterValue])
    case map([(key: String, value: FrontMatterValue)])

    public static func == (lhs: FrontMatterValue, rhs: FrontMatterValue) -> Bool {
        switch (lhs, rhs) {
        case (.text(let a), .text(let b)): return a == b
        case (.list(let a), .list(let b)): return a == b
        case (.map(let a), .map(let b)):
            return a.count == b.count && zip(a, b).allSatisfy { $0.key == $1.key && $0.value == $1.value }
        default: return false
        }
    }

    public func hash(into hasher: inout Hasher) {
        switch self {
        case .text(let s): hasher.combine(s)
        case .list(let l): hasher.combine(l)
        case .map(let m):
            for pair in m {
                hasher.combine(pair.key)
                hasher.combine(pair.value)
            }
        }
    }
}

/// An article or notice: front matter decoded, body still Markdown.
public struct Document: Sendable {
    public var kind: DocumentKind
    /// Path relative to the site folder, for messages: `content/articles/standards-2024.md`.
    public var sourcePath: String
    /// Path relative to `content/`, the key authors link by: `articles/standards-2024.md`.
    public var contentPath: String
    public var slug: String
    public var title: String
    public var date: ContentDate?
    public var updated: ContentDate?
    public var categories: [String]
    public var tags: [String]
    public var author: String?
    public var summary: String?
    public var draft: Bool
    /// Every other front-matter key (for notices, `type` and `region` among them), in file order.
    public var params: [(key: String, value: FrontMatterValue)]
    public var body: String
    /// The whole file as read (line ends normalised), for the privacy scan of front matter and body.
    public var sourceText: String
    /// Line number (1-based) in the source file of the body's first line.
    public var bodyFirstLine: Int
    /// Where the slug came from (the front-matter value, or the file itself).
    public var slugLocation: SourceLocation
    /// Where each key of `params` is written (for the warning about keys nothing reads).
    public var paramLocations: [(key: String, location: SourceLocation)] = []
    /// Where the front matter's `region:` value is, when there is one (it stays in `params`).
    public var regionLocation: SourceLocation?
    /// The 信息公开 fields (`index_no`, `doc_no`, `issuer`, `source`, `written`, `status`, `status_date`).
    public var record = DocumentRecord()
    /// `interprets:` the slug of the article this one explains (政策解读), and where it is written.
    public var interprets: String?
    public var interpretsLocation: SourceLocation?
    /// Hugo's `publishDate` and `expiryDate`: published from the one, withdrawn after the other
    /// (compared with the build's date, `gongshi build --now`).
    public var publishDate: ContentDate?
    public var expiryDate: ContentDate?

    /// Whether the document is out of the site at `now` (epoch seconds): not yet published, or expired.
    public func isScheduledOut(at now: Int64) -> Bool {
        if let publishDate, publishDate.epochSeconds > now { return true }
        if let expiryDate, expiryDate.epochSeconds <= now { return true }
        return false
    }

    public init(
        kind: DocumentKind, sourcePath: String, contentPath: String, slug: String, title: String,
        date: ContentDate? = nil, updated: ContentDate? = nil, categories: [String] = [], tags: [String] = [],
        author: String? = nil, summary: String? = nil, draft: Bool = false,
        params: [(key: String, value: FrontMatterValue)] = [], body: String, bodyFirstLine: Int = 1,
        slugLocation: SourceLocation? = nil, sourceText: String? = nil
    ) {
        self.sourceText = sourceText ?? body
        self.kind = kind
        self.sourcePath = sourcePath
        self.contentPath = contentPath
        self.slug = slug
        self.title = title
        self.date = date
        self.updated = updated
        self.categories = categories
        self.tags = tags
        self.author = author
        self.summary = summary
        self.draft = draft
        self.params = params
        self.body = body
        self.bodyFirstLine = bodyFirstLine
        self.slugLocation = slugLocation ?? SourceLocation(file: sourcePath)
    }

    /// Where the front-matter key `key` of `params` is written, when known.
    public func paramLocation(_ key: String) -> SourceLocation? {
        paramLocations.first { $0.key == key }?.location
    }

    /// A front-matter value Gongshi keeps but does not interpret (e.g. a notice's `type`).
    public func param(_ key: String) -> FrontMatterValue? {
        params.first { $0.key == key }?.value
    }

    /// The front matter's `region:` as a code (the 幸福清单 of a county, township or village); nil
    /// when there is none or it is not 12 digits (`DocumentAudit` says so).
    public var region: RegionCode? {
        guard case .text(let text)? = param("region") else { return nil }
        return RegionCode(text.trimmingCharacters(in: .whitespaces))
    }

    /// The date used for ordering and feeds: `updated` when later than `date`.
    /// Every front-matter text as YAML decoded it (title, author, summary, categories, tags and
    /// every other key's values), for the privacy guard.
    package var frontMatterTexts: [String] {
        func texts(_ value: FrontMatterValue) -> [String] {
            switch value {
            case .text(let text): [text]
            case .list(let items): items.flatMap(texts)
            case .map(let pairs): pairs.flatMap { [$0.key] + texts($0.value) }
            }
        }
        return [title] + [author, summary].compactMap { $0 } + categories + tags + record.texts + [interprets].compactMap { $0 }
            + params.flatMap { [$0.key] + texts($0.value) }
    }

    public var lastModified: ContentDate? {
        switch (date, updated) {
        case (let d?, let u?): return max(d, u)
        case (let d?, nil): return d
        case (nil, let u?): return u
        default: return nil
        }
    }
}
