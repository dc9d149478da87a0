/// `pagination`: where a page of a long list stands (document lists, the roster archive), with
/// links to the page before and after and a window of page numbers: the first and last, and two on
/// each side of this one, with a gap (…) where numbers are left out.
struct PaginationView: TemplateView {
    /// One place in the row of page numbers.
    struct Link: TemplateView {
        static let schema = ViewSchema("pagination_link", [
            ViewField("number", .number), ViewField("url", .text), ViewField("current", .flag), ViewField("gap", .flag),
        ])
        let number: Int
        let url: String
        let current: Bool
        let gap: Bool
        var values: [TemplateValue] { [.number(number), .text(url), .flag(current), .flag(gap)] }
    }

    static let schema = ViewSchema("pagination", [
        ViewField("number", .number),
        ViewField("total", .number),
        ViewField("several", .flag),
        ViewField("previous_url", .text, optional: true),
        ViewField("has_previous", .flag),
        ViewField("next_url", .text, optional: true),
        ViewField("has_next", .flag),
        /// Not `links`: that would hide the page's own `links` inside `{{#pagination}}`.
        ViewField("pages", .list(Link.type)),
    ])

    let number: Int
    let total: Int
    /// The URL of page `n` (1-based) from the page shown.
    let url: (Int) -> String

    var previousURL: String? { number > 1 ? url(number - 1) : nil }
    var nextURL: String? { number < total ? url(number + 1) : nil }

    /// Page numbers shown: 1, the last, and `number` ± 2; a gap where they jump.
    var links: [Link] {
        let shown = Set([1, total] + Array(max(1, number - 2)...min(total, number + 2))).sorted()
        var links: [Link] = []
        for (index, page) in shown.enumerated() {
            if index > 0, page > shown[index - 1] + 1 { links.append(Link(number: 0, url: "", current: false, gap: true)) }
            links.append(Link(number: page, url: url(page), current: page == number, gap: false))
        }
        return links
    }

    var values: [TemplateValue] {
        [.number(number), .number(total), .flag(total > 1), .optional(previousURL), .flag(number > 1), .optional(nextURL),
         .flag(number < total), .views(total > 1 ? links : [])]
    }
}
