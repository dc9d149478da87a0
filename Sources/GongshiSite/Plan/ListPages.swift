/// How a long list (documents, the roster months) is cut into pages: `pageSize` entries a page,
/// newest first, page 1 at the list's index. A list always has a first page, even when empty.
/// The URLs stay `…/index.html`, `…/page/2.html`, …; as entries are added an older entry moves to a
/// later page, as on every paginated site.
enum ListPages {
    static func count(of entries: Int, pageSize: Int) -> Int {
        max(1, (entries + pageSize - 1) / max(pageSize, 1))
    }

    /// The positions of the entries shown on page `page` (1-based).
    static func range(of page: Int, entries: Int, pageSize: Int) -> Range<Int> {
        let start = min(entries, (page - 1) * pageSize)
        return start..<min(entries, start + pageSize)
    }
}
