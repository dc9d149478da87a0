import GongshiCore

/// A village-month's household table as views: its numbered rows and totals. Built once per
/// village-month and shared by the roster page, the printed sheet and the township's sheets;
/// `identity` (`2024-05/410829101201`) names it for the renderer's fragment cache.
struct VillageMonthTable: Sendable {
    let identity: String
    let rows: TemplateValue
    let hasRows: Bool
    let totals: TemplateValue

    init(_ entry: RosterIndex.MonthEntry, village: RegionCode) {
        let households = entry.households(in: village)
        identity = Self.identity(entry.month.month, village: village)
        rows = .list(HouseholdRowView.numbered(households))
        hasRows = !households.isEmpty
        totals = TotalsView(totals: RosterTotals(households)).templateValue
    }

    static func identity(_ month: YearMonth, village: RegionCode) -> String { "\(month)/\(village.digits)" }
}
