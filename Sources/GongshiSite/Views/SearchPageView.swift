/// `search.html` (站内搜索): Pagefind's search box over the articles, notices, standards and
/// village directory. `pagefind_js` is the link to the search script of the bundle the build made.
struct SearchPageView: PageRootView {
    static let kindFields = [ViewField("pagefind_js", .text)]
    static let schema = rootSchema("search")
    let common: PageCommonView
    let pagefindScript: String

    var kindValues: [TemplateValue] { [.text(pagefindScript)] }
}
