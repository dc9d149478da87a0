import GongshiCore

/// A village-month's household table as views: its numbered rows and totals. Built once per
/// village-month and shared by the roster page, the printed sheet and the township's sheets;
/// `identity` (`2024-05/410829101201`) names it for the renderer's fragment cache.
struct VillageMonthTable: Sendable {
    let identity: String
    let rows: TemplateValue
    let hasRows: Bool
    /// The month's names are withdrawn (retention): no rows, the totals alone.
    let withdrawn: Bool
    let totals: TemplateValue

    init(_ entry: RosterIndex.MonthEntry, village: RegionCode, withdrawn: Bool = false) {
        let households = entry.households(in: village)
        identity = Self.identity(entry.month.month, village: village)
        rows = .list(withdrawn ? [] : HouseholdRowView.numbered(households))
        hasRows = !withdrawn && !households.isEmpty
        self.withdrawn = withdrawn
        totals = TotalsView(totals: RosterTotals(households)).templateValue
    }

    static func identity(_ month: YearMonth, village: RegionCode) -> String { "\(month)/\(village.digits)" }
}
