import GongshiCore

/// `supervision.html` (监督举报): the official lines to call, where to write, the other channels,
/// how a real-name report is answered, and the right to 行政复议 and 行政诉讼 with the bodies and
/// time limits of `site.yaml` `supervision:`. The sentences are the template's.
struct SupervisionPageView: PageRootView {
    struct Channel: TemplateView {
        static let schema = ViewSchema("supervision_channel", [ViewField("name", .text), ViewField("detail", .text)])
        let channel: SupervisionSettings.Channel
        var values: [TemplateValue] { [.text(channel.name), .text(channel.detail)] }
    }

    static let kindFields = [
        ViewField("hotlines", .list(SiteView.Hotline.type)),
        ViewField("has_hotlines", .flag),
        ViewField("address", .text, optional: true),
        ViewField("has_address", .flag),
        ViewField("channels", .list(Channel.type)),
        ViewField("has_channels", .flag),
        ViewField("reply_days", .number, optional: true),
        ViewField("has_reply_days", .flag),
        ViewField("review_body", .text),
        ViewField("review_days", .number),
        ViewField("court", .text),
        ViewField("lawsuit_months", .number),
    ]
    static let schema = rootSchema("supervision")
    let common: PageCommonView
    let config: SiteConfig

    /// The site's hotlines, and the roster pages' objection line when it is not one of them.
    var hotlines: [SiteView.Hotline] {
        var lines = config.hotlines.map { SiteView.Hotline(name: $0.name, number: $0.number) }
        if let roster = config.disclosure.hotline, !config.hotlines.contains(where: { $0.number == roster }) {
            lines.append(SiteView.Hotline(name: "低保公示监督举报电话", number: roster))
        }
        return lines
    }

    var kindValues: [TemplateValue] {
        let settings = config.supervision
        let lines = hotlines
        return [
            .views(lines), .flag(!lines.isEmpty),
            .optional(settings.address), .flag(settings.address != nil),
            .views(settings.channels.map(Channel.init)), .flag(!settings.channels.isEmpty),
            settings.replyDays.map(TemplateValue.number) ?? .absent, .flag(settings.replyDays != nil),
            .text(settings.reviewBody), .number(settings.reviewDays), .text(settings.court), .number(settings.lawsuitMonths),
        ]
    }
}
