import GongshiCore

/// `site`: what `site.yaml` says about the site, the same on every page.
struct SiteView: TemplateView {
    /// An official line: its name, the number as written, and the `tel:` URI a phone dials
    /// (`has_tel` false when the number cannot be dialled as written).
    struct Hotline: TemplateView {
        static let schema = ViewSchema("hotline", [
            ViewField("name", .text), ViewField("number", .text), ViewField("tel", .text, optional: true),
            ViewField("has_tel", .flag),
        ])
        let name: String
        let number: String
        var values: [TemplateValue] {
            let tel = TelLink.uri(number)
            return [.text(name), .text(number), .optional(tel), .flag(tel != nil)]
        }
    }

    static let schema = ViewSchema("site", [
        ViewField("title", .text),
        ViewField("publisher", .text),
        ViewField("hotlines", .list(Hotline.type)),
        ViewField("has_hotlines", .flag),
        ViewField("language", .text),
        ViewField("base_url", .text, optional: true),
    ])

    let title: String
    let publisher: String
    let hotlines: [Hotline]
    let baseURL: String?

    init(_ config: SiteConfig) {
        title = config.title
        publisher = config.publisher
        hotlines = config.hotlines.map { Hotline(name: $0.name, number: $0.number) }
        baseURL = config.baseURL
    }

    var values: [TemplateValue] {
        [.text(title), .text(publisher), .views(hotlines), .flag(!hotlines.isEmpty), .text("zh-CN"), .optional(baseURL)]
    }
}
