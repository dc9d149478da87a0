/// The `supervision:` block of `site.yaml`: what the 监督举报 page (`supervision.html`) tells a
/// person who wants to report a wrong entry or object to a decision. Every value is optional; the
/// page's defaults follow the regulations (社会救助暂行办法, 最低生活保障审核确认办法, and the
/// statutory limits of 行政复议法 art. 20 and 行政诉讼法 art. 46).
public struct SupervisionSettings: Sendable, Hashable {
    /// A way to report other than the telephone and a letter: a window, a mailbox on a portal.
    public struct Channel: Sendable, Hashable {
        public let name: String
        public let detail: String
        public init(name: String, detail: String) {
            self.name = name
            self.detail = detail
        }
    }

    /// Where to send a written report (书面反映), with the office's name.
    public var address: String?
    public var channels: [Channel] = []
    /// Within how many days a real-name report is answered (the office's own commitment); nil:
    /// the page says 及时, as the regulation does.
    public var replyDays: Int?
    /// Who decides an application for 行政复议 (the county government, for a county office's decision).
    public var reviewBody = SupervisionSettings.defaultReviewBody
    /// Days to apply for 行政复议 from knowing the decision.
    public var reviewDays = 60
    /// The court for 行政诉讼.
    public var court = SupervisionSettings.defaultCourt
    /// Months to sue from knowing the decision.
    public var lawsuitMonths = 6

    public static let defaultReviewBody = "县级人民政府"
    public static let defaultCourt = "有管辖权的人民法院"
    /// The keys its YAML mapping may hold, in the order messages list them (from its schema).
    static var knownKeys: [String] { SupervisionSchema.schema.keys }
    public static let replyDaysRange = 1...90
    public static let reviewDaysRange = 1...365
    public static let lawsuitMonthsRange = 1...24

    public init() {}
}
