/// The values of one roster row by column, as the parser and `gongshi import` collect them before a
/// `Household` (or an imported row) is made: the one place that says which field holds which column.
struct RosterRowValues: Sendable {
    var recordID: String?
    var village: RegionCode?
    var headName: String?
    var persons: Int?
    var householdSize: Int?
    var category: BenefitCategory?
    var careMode: String?
    var amount: Fen?
    var startMonth: YearMonth?
    var note: String?

    subscript(column: RosterColumn) -> RosterCellValue? {
        get {
            switch column {
            case .recordID: recordID.map(RosterCellValue.text)
            case .divisionCode: village.map(RosterCellValue.region)
            case .headName: headName.map(RosterCellValue.text)
            case .persons: persons.map(RosterCellValue.number)
            case .householdSize: householdSize.map(RosterCellValue.number)
            case .category: category.map(RosterCellValue.category)
            case .careMode: careMode.map(RosterCellValue.text)
            case .amount: amount.map(RosterCellValue.amount)
            case .startMonth: startMonth.map(RosterCellValue.month)
            case .note: note.map(RosterCellValue.text)
            }
        }
        set {
            switch column {
            case .recordID: recordID = newValue?.text
            case .divisionCode: village = newValue?.region
            case .headName: headName = newValue?.text
            case .persons: persons = newValue?.number
            case .householdSize: householdSize = newValue?.number
            case .category: category = newValue?.category
            case .careMode: careMode = newValue?.text
            case .amount: amount = newValue?.amount
            case .startMonth: startMonth = newValue?.month
            case .note: note = newValue?.text
            }
        }
    }
}
