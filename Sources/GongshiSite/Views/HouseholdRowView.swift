import GongshiCore

/// One household as every table and list shows it: the roster page, the printed sheet, the
/// 新增/停保 lists and (with more fields) the 明白卡. `number` (序号) only in numbered tables.
struct HouseholdRowView: TemplateView {
    static let schema = ViewSchema("household", [
        ViewField("number", .number, optional: true),
        ViewField("name", .text),
        ViewField("persons", .number),
        ViewField("category", .text),
        ViewField("amount", .text),
    ])
    let number: Int?
    let household: Household

    var values: [TemplateValue] {
        [number.map(TemplateValue.number) ?? .absent, .text(household.headName), .number(household.persons),
         .text(household.category.rawValue), .text(YuanText.display(household.amount))]
    }

    /// The numbered rows of a village's table, in roster order.
    static func numbered(_ households: [Household]) -> [TemplateValue] {
        households.enumerated().map { HouseholdRowView(number: $0.offset + 1, household: $0.element).templateValue }
    }
}
