import GongshiCore

/// What every page showing a roster month shares: its totals and its notice (with three dates,
/// each formatted three ways), built once per month instead of once per page. A city's month has
/// thousands of pages (roster, print, township) that all show the same notice; formatting its
/// dates for each of them was the largest single cost of building views.
struct MonthParts: Sendable {
    let id: String
    let display: String
    let totals: TemplateValue
    let villageCount: Int
    /// `NoticeView` of the month's notice.
    let notice: TemplateValue
    /// The month's 更正说明 (`CorrectionView`s), oldest first.
    let corrections: TemplateValue
    let hasCorrections: Bool

    init(_ entry: RosterIndex.MonthEntry) {
        let month = entry.month.month
        id = month.description
        display = month.chineseDisplay
        totals = TotalsView(totals: entry.totals).templateValue
        villageCount = entry.month.villages.count
        notice = NoticeView(notice: entry.month.notice).templateValue
        corrections = .views(CorrectionView.list(entry.month.notice.corrections, totals: entry.totals))
        hasCorrections = !entry.month.notice.corrections.isEmpty
    }
}
