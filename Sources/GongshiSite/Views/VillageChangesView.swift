import GongshiCore

/// 本月变动 of a village: 新增 and 停保 as household rows, 调整 with what changed. Names are left
/// out where `HouseholdNaming` says so (the lists are empty, the counts stay): all of them in a
/// withdrawn month, the 停保 households once the month's notice period is over.
struct VillageChangesView: TemplateView {
    /// A household whose persons, amount or village changed since last month.
    struct Adjusted: TemplateView {
        static let schema = ViewSchema("adjusted_household", [
            ViewField("name", .text),
            ViewField("category", .text),
            ViewField("before_amount", .text),
            ViewField("after_amount", .text),
            ViewField("before_persons", .number),
            ViewField("after_persons", .number),
            ViewField("description", .text),
        ])
        let adjustment: RosterChanges.Adjustment
        let regions: RegionDirectory

        var values: [TemplateValue] {
            let before = adjustment.before
            let after = adjustment.after
            var items: [String] = []
            if adjustment.personsChanged { items.append("保障人数 \(before.persons) → \(after.persons)") }
            if adjustment.amountChanged { items.append("月保障金额 \(YuanText.display(before.amount)) → \(YuanText.display(after.amount))") }
            if adjustment.villageChanged {
                items.append("所在村 \(regions.name(of: before.village)) → \(regions.name(of: after.village))")
            }
            return [.text(after.headName), .text(after.category.rawValue), .text(YuanText.display(before.amount)),
                    .text(YuanText.display(after.amount)), .number(before.persons), .number(after.persons),
                    .text(items.joined(separator: "；"))]
        }
    }

    static let schema = ViewSchema("village_changes", [
        ViewField("compared", .flag),
        ViewField("added", .list(HouseholdRowView.type)),
        ViewField("has_added", .flag),
        ViewField("stopped", .list(HouseholdRowView.type)),
        ViewField("has_stopped", .flag),
        ViewField("adjusted", .list(Adjusted.type)),
        ViewField("has_adjusted", .flag),
        ViewField("none", .flag),
        ViewField("added_count", .number),
        ViewField("stopped_count", .number),
        ViewField("adjusted_count", .number),
        /// 新增 and 调整 are listed by name (false in a withdrawn month).
        ViewField("names_shown", .flag),
        /// 停保 households are listed by name (only during the month's notice period).
        ViewField("stopped_named", .flag),
    ])

    let changes: RosterChanges
    let compared: Bool
    let regions: RegionDirectory
    var namesShown = true
    var stoppedNamed = true

    var values: [TemplateValue] {
        func rows(_ households: [Household]) -> TemplateValue {
            .views(households.map { HouseholdRowView(number: nil, household: $0) })
        }
        let adjusted = namesShown ? changes.adjusted.map { Adjusted(adjustment: $0, regions: regions) } : []
        return [.flag(compared), rows(namesShown ? changes.added : []), .flag(!changes.added.isEmpty),
                rows(stoppedNamed ? changes.stopped : []), .flag(!changes.stopped.isEmpty), .views(adjusted),
                .flag(!changes.adjusted.isEmpty), .flag(changes.isEmpty), .number(changes.added.count),
                .number(changes.stopped.count), .number(changes.adjusted.count), .flag(namesShown), .flag(stoppedNamed)]
    }
}
