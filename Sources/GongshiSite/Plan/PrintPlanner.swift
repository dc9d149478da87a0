import GongshiCore

/// Notice-board pages (村务公开栏) and 明白卡 cards: which exist and where they go.
public enum PrintPlanner {
    /// A month's print pages, for the site (`print/…`) or for `gongshi print` (`standalone`): one per
    /// village, and one per township holding all its villages. `region` keeps the pages under it
    /// (a village: its page; a township: its page and its villages'; a county: its townships').
    public static func pages(_ index: RosterIndex, month position: Int, region: RegionCode? = nil, standalone: Bool = false) -> [Page] {
        let entry = index.months[position]
        let month = entry.month.month
        func wanted(_ code: RegionCode) -> Bool {
            guard let region else { return true }
            return code.level >= region.level && code.ancestor(at: region.level) == region
        }
        var pages: [Page] = []
        for township in entry.regions(at: .township) where wanted(township) {
            pages.append(.printTownship(position, month, township: township, standalone: standalone))
        }
        for village in entry.month.villages where wanted(village) {
            pages.append(.printVillage(position, month, village: village, standalone: standalone))
        }
        return pages
    }

    /// The page of 明白卡 for the households under `region` in a month: print-only, never in the site.
    public static func cardsPage(_ index: RosterIndex, month position: Int, region: RegionCode) -> Page {
        let month = index.months[position].month.month
        return .printCards(position, month, region: region)
    }

    /// The position of `month` in the index, if it has rosters.
    public static func position(of month: YearMonth, in index: RosterIndex) -> Int? {
        index.months.firstIndex { $0.month.month == month }
    }
}
