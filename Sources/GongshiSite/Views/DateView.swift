import GongshiCore

/// A date as templates print it: `iso` (with time zone), `day` (`2024-05-01`), `display` (`2024年5月1日`).
struct DateView: TemplateView {
    static let schema = ViewSchema("date", [ViewField("iso", .text), ViewField("day", .text), ViewField("display", .text)])
    let date: ContentDate
    var values: [TemplateValue] { [.text(date.iso8601), .text(date.isoDay), .text(date.chineseDisplay)] }
}
