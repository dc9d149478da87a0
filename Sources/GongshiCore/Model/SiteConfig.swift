import Foundation

/// An official telephone line published in full on every page (allow-listed for the privacy guard).
public struct Hotline: Sendable, Hashable {
    public let name: String
    public let number: String
    public init(name: String, number: String) {
        self.name = name
        self.number = number
    }
}

/// One `privacy.reviewed_files` entry: a file a person checked, released by its content hash.
public struct ReviewedFile: Sendable, Hashable {
    /// Lowercase hex SHA-256 of the file's bytes.
    public let sha256: String
    public let reason: String
    public let location: SourceLocation
    public init(sha256: String, reason: String, location: SourceLocation) {
        self.sha256 = sha256
        self.reason = reason
        self.location = location
    }
}

/// `site.yaml`: what the whole site shares.
public struct SiteConfig: Sendable {
    public var title: String
    public var publisher: String
    public var hotlines: [Hotline]
    /// Absolute base URL ending in `/`, or nil. Needed only for the sitemap and absolute links in the feed.
    public var baseURL: String?
    public var theme: String
    public var timeZone: TimeZone
    /// Defaults and rules for roster months.
    public var disclosure: DisclosureSettings
    /// `privacy.allowed_numbers`: official numbers that may be published in full.
    public var allowedNumbers: [String] = []
    /// `privacy.allowed_emails`: official mailboxes that may be published (compared lowercased).
    public var allowedEmails: [String] = []
    /// `privacy.reviewed_files`: published files that no rule can read through (a font, a
    /// scanned PDF), each released by its SHA-256 after a person checked it, with the reason.
    public var reviewedFiles: [ReviewedFile] = []
    /// `print:` paper, orientation and type size of notice-board pages and cards.
    public var print = PrintSettings()
    /// `limits:` what any one input file may be (see `InputLimits`).
    public var limits = InputLimits()
    /// `supervision:` what the 监督举报 page says beyond the hotlines.
    public var supervision = SupervisionSettings()
    /// `pagination: {page_size: N}`: entries on each page of a document list and of the roster archive.
    public var pageSize = SiteConfig.defaultPageSize
    public static let defaultPageSize = 20
    public static let pageSizes = 1...1000
    /// `open_data: {households: true}`: each village's household list as a CSV beside its page
    /// (masked as the page is). Off by default: the totals are always published, names only when asked.
    public var openDataHouseholds = false
    /// `search: true` (or `gongshi build --search`): a Pagefind index of the articles, notices,
    /// standards and village directory, and a search page.
    public var search = false
    /// `retention:` how long household names stay published (default: 12 months, said by the build).
    public var retention = RetentionSettings()
    /// `portal:` the county portal's meta tags and footer lines; nil: none.
    public var portal: PortalSettings?
    /// Where each key was written, for messages that point back into site.yaml.
    public var keyLocations: [String: SourceLocation]

    public init(
        title: String,
        publisher: String,
        hotlines: [Hotline] = [],
        baseURL: String? = nil,
        theme: String = "default",
        timeZone: TimeZone = SiteConfig.defaultTimeZone,
        disclosure: DisclosureSettings = DisclosureSettings(),
        keyLocations: [String: SourceLocation] = [:]
    ) {
        self.disclosure = disclosure
        self.title = title
        self.publisher = publisher
        self.hotlines = hotlines
        self.baseURL = baseURL
        self.theme = theme
        self.timeZone = timeZone
        self.keyLocations = keyLocations
    }

    public static let fileName = "site.yaml"

    /// Every number the privacy guard lets through: the allow-list, the hotlines, the roster hotline.
    public var officialNumbers: [String] {
        allowedNumbers + hotlines.map(\.number) + (disclosure.hotline.map { [$0] } ?? [])
    }

    /// The objection hotline shown on roster pages unless a month names its own.
    public var defaultRosterHotline: String? { disclosure.hotline ?? hotlines.first?.number }
    /// The keys its YAML mapping may hold, in the order messages list them (from its schema).
    static var knownKeys: [String] { SiteConfigSchema.schema.keys }
    // Asia/Shanghai always exists in the tz database; UTC+8 is the fallback should it not.
    public static let defaultTimeZone: TimeZone =
        TimeZone(identifier: "Asia/Shanghai") ?? TimeZone(secondsFromGMT: 8 * 3600) ?? .current
}
