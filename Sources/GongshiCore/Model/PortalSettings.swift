/// `site.yaml` `portal:`: what a county portal (《政府网站发展指引》) asks of every page: the site's
/// name, domain and 网站标识码, the units that run it, its ICP and 公安 registrations, the 党政机关
/// 标识, and a column name and type for each section. With the block, every page carries the
/// portal's meta tags and the footer its lines; a value left out leaves no empty tag or line.
public struct PortalSettings: Sendable, Hashable {
    /// A section's column (栏目): its name and type as the portal's meta tags give them.
    public struct Column: Sendable, Hashable {
        public var name: String
        public var type: String

        public init(name: String, type: String) {
            self.name = name
            self.type = type
        }
    }

    /// The sections a site has, in `columns:` and in the pages' `ColumnName`.
    public static let sections = ["home", "articles", "notices", "rosters", "regions", "standards", "supervision", "search"]
    /// Column names as the main navigation shows them; the type is what the column does
    /// (信息发布, 办事服务, 互动交流, as the guideline's column classes).
    public static let defaultColumns: [String: Column] = [
        "home": Column(name: "首页", type: "首页"),
        "articles": Column(name: "政策文件", type: "信息发布"),
        "notices": Column(name: "通知公告", type: "信息发布"),
        "rosters": Column(name: "低保公示", type: "信息发布"),
        "regions": Column(name: "村庄查询", type: "办事服务"),
        "standards": Column(name: "保障标准", type: "信息发布"),
        "supervision": Column(name: "监督举报", type: "互动交流"),
        "search": Column(name: "站内搜索", type: "办事服务"),
    ]
    /// The keys its YAML mapping may hold, in the order messages list them (from its schema).
    static var knownKeys: [String] { PortalSchema.schema.keys }
    public static let defaultICPURL = "https://beian.miit.gov.cn/"

    /// SiteName (default: the site's title).
    public var siteName: String?
    /// SiteDomain (default: the host of `base_url`).
    public var siteDomain: String?
    /// 网站标识码 (SiteIDCode): ten letters or digits, as the portal registry issued it.
    public var siteIDCode: String?
    /// 主办单位 (default: the site's publisher).
    public var sponsor: String?
    /// 承办单位.
    public var organizer: String?
    /// ICP 备案号 (`豫ICP备12345678号`), linked to `icpURL`.
    public var icp: String?
    public var icpURL = PortalSettings.defaultICPURL
    /// 公安机关备案号 (`豫公网安备 41082902000123号`), linked to `policeRecordURL` (default: the
    /// national registry's page for its number).
    public var policeRecord: String?
    public var policeRecordURL: String?
    /// 党政机关标识: the image's path in the published site (a theme asset, e.g.
    /// `assets/dzjg.png`) and the address the registry gave it to link to.
    public var partyMark: String?
    public var partyMarkURL: String?
    public var columns = PortalSettings.defaultColumns

    public init() {}

    /// The 公安 registry's page for a record number: its digits in the query.
    public static func policeRecordURL(for record: String) -> String? {
        let digits = record.unicodeScalars.filter { $0.value >= 48 && $0.value <= 57 }
        guard digits.count >= 10 else { return nil }
        return "https://beian.mps.gov.cn/#/query/webSearch?code=" + String(String.UnicodeScalarView(digits))
    }
}
