import GongshiCore

/// One 更正说明 of a month: when, why, and its totals before and after (the next correction's
/// `before`, or the month's totals for the last one).
struct CorrectionView: TemplateView {
    static let schema = ViewSchema("correction", [
        ViewField("date", DateView.type),
        ViewField("reason", .text),
        ViewField("before", TotalsView.type),
        ViewField("after", TotalsView.type),
        /// `户数 172 → 171，人数 373 → 371，金额 153,260.50 → 152,560.50 元`.
        ViewField("change", .text),
    ])
    let correction: MonthCorrection
    let after: RosterTotals
    var values: [TemplateValue] {
        [DateView(date: correction.date).templateValue, .text(correction.reason), TotalsView(totals: correction.before).templateValue,
         TotalsView(totals: after).templateValue, .text(Messages.totalsChange(correction.before, after))]
    }

    /// A month's corrections, oldest first.
    static func list(_ corrections: [MonthCorrection], totals: RosterTotals) -> [CorrectionView] {
        corrections.indices.map { index in
            CorrectionView(correction: corrections[index],
                           after: index + 1 < corrections.count ? corrections[index + 1].before : totals)
        }
    }
}
