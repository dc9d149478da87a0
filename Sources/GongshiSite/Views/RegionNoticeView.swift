import GongshiCore

/// A notice that names the page's region or a region above it (`region:`, a 幸福清单): its title,
/// link, date and type, on the village's and township's pages (`region_notices`).
struct RegionNoticeView: TemplateView {
    static let schema = ViewSchema("region_notice", [
        ViewField("title", .text), ViewField("url", .text), ViewField("date", DateView.type, optional: true),
        ViewField("has_date", .flag), ViewField("type", .text, optional: true), ViewField("has_type", .flag),
    ])
    let title: String
    let url: String
    let date: ContentDate?
    let type: String?

    var values: [TemplateValue] {
        [.text(title), .text(url), date.map { DateView(date: $0).templateValue } ?? .absent, .flag(date != nil),
         .optional(type), .flag(type != nil)]
    }

    /// The fields a root view adds for them.
    static let fields = [ViewField("region_notices", .list(type)), ViewField("has_region_notices", .flag)]

    static func values(_ notices: [RegionNoticeView]) -> [TemplateValue] {
        [.views(notices), .flag(!notices.isEmpty)]
    }
}

extension PageViews {
    /// The notices for `code` and the regions above it, linked from `page`.
    func regionNotices(for code: RegionCode, from page: Page) -> [RegionNoticeView] {
        plan.regionNotices.notices(for: code).map { position in
            let notice = plan.notices[position]
            var type: String?
            if case .text(let text)? = notice.param("type"), !text.isEmpty { type = text }
            return RegionNoticeView(title: notice.title, url: url(from: page, to: SitePlan.outputPath(of: notice)),
                                    date: notice.date, type: type)
        }
    }
}
