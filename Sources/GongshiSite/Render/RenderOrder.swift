/// The order pages are handed to the render threads in: one roster month at a time (its roster,
/// township and notice-board pages together), so the village-month views they share
/// (`VillageMonthCache`) are dropped soon after they are made instead of living until the print
/// pages at the end of the plan. Output never depends on it: results are stored by page index.
enum RenderOrder {
    /// The indexes of `pages` that `include` accepts, in render order.
    static func of(_ pages: [Page], including include: (Int) -> Bool = { _ in true }) -> [Int] {
        let monthPages = pages.indices.filter(include)
        return monthPages.sorted { a, b in
            let x = month(of: pages[a].kind), y = month(of: pages[b].kind)
            return x != y ? x < y : a < b
        }
    }

    /// The roster month a page belongs to; pages of no month first.
    private static func month(of kind: PageKind) -> Int {
        switch kind {
        case .rosterMonth(let month), .rosterTownship(let month, _), .rosterVillage(let month, _),
             .printVillage(let month, _), .printTownship(let month, _), .printCards(let month, _):
            return month
        default:
            return -1
        }
    }
}
