import GongshiCore

/// Template values for roster, township, month, archive, history and standards pages
/// (README: "Template context").
struct RosterContextBuilder {
    let plan: SitePlan
    let base: TemplateContextBuilder

    init(plan: SitePlan) {
        self.plan = plan
        base = TemplateContextBuilder(plan: plan)
    }

    var regions: RegionDirectory { plan.regions }
    var index: RosterIndex { plan.rosters }

    func totalsValues(_ totals: RosterTotals) -> [String: Any] {
        ["households": totals.households, "persons": totals.persons, "amount": totals.amount.yuanDisplay]
    }

    func changeCountValues(_ entry: RosterIndex.MonthEntry, within region: RegionCode) -> [String: Any] {
        let counts = entry.changeCounts(within: region)
        return ["added": counts.added, "stopped": counts.stopped, "adjusted": counts.adjusted, "compared": entry.hasPrevious]
    }

    func noticeValues(_ notice: MonthNotice) -> [String: Any] {
        var values: [String: Any] = [
            "type": notice.noticeType.rawValue,
            "from": base.dateValues(notice.publishFrom),
            "to": base.dateValues(notice.publishTo),
            "days": notice.dayCount,
            "publisher": notice.publisher,
            "basis": notice.basis,
            "has_basis": !notice.basis.isEmpty,
        ]
        if let hotline = notice.hotline { values["hotline"] = hotline }
        if let address = notice.address { values["address"] = address }
        return values
    }

    func monthValues(_ entry: RosterIndex.MonthEntry, from page: Page) -> [String: Any] {
        let month = entry.month.month
        return [
            "id": month.description,
            "display": month.chineseDisplay,
            "url": base.url(from: page, to: SitePlan.rosterMonthPath(month)),
            "totals": totalsValues(entry.totals),
            "village_count": entry.month.villages.count,
            "notice": noticeValues(entry.month.notice),
        ]
    }

    /// A row of a summary table: a village, township or county with its totals and change counts.
    func regionRow(_ code: RegionCode, entry: RosterIndex.MonthEntry, from page: Page, link: String?) -> [String: Any] {
        var row: [String: Any] = [
            "code": code.digits,
            "name": regions.name(of: code),
            "totals": totalsValues(entry.totals(of: code)),
            "changes": changeCountValues(entry, within: code),
        ]
        if let link { row["url"] = base.url(from: page, to: link) }
        return row
    }

    // MARK: Pages

    func archive(from page: Page) -> [String: Any] {
        let months = index.months.reversed().map { monthValues($0, from: page) }
        return ["months": months, "has_months": !months.isEmpty]
    }

    func month(_ position: Int, from page: Page) -> [String: Any] {
        let entry = index.months[position]
        let month = entry.month.month
        var counties: [[String: Any]] = []
        for county in entry.regions(at: .county) {
            var townships: [[String: Any]] = []
            for township in entry.regions(at: .township, within: county) {
                var row = regionRow(township, entry: entry, from: page, link: SitePlan.rosterPath(month, region: township))
                row["villages"] = entry.villages(within: township).map {
                    regionRow($0, entry: entry, from: page, link: SitePlan.rosterPath(month, region: $0))
                }
                townships.append(row)
            }
            var row = regionRow(county, entry: entry, from: page, link: nil)
            row["townships"] = townships
            counties.append(row)
        }
        var values = neighbourValues(position, from: page) { SitePlan.rosterMonthPath($0) }
        values["month"] = monthValues(entry, from: page)
        values["counties"] = counties
        return values
    }

    func township(_ position: Int, township: RegionCode, from page: Page) -> [String: Any] {
        let entry = index.months[position]
        let month = entry.month.month
        var values: [String: Any] = [
            "month": monthValues(entry, from: page),
            "township": regionRow(township, entry: entry, from: page, link: nil),
            "villages": entry.villages(within: township).map {
                regionRow($0, entry: entry, from: page, link: SitePlan.rosterPath(month, region: $0))
            },
            "qualified_name": regions.qualifiedName(of: township),
            "print_url": base.url(from: page, to: SitePlan.printPath(month, region: township)),
        ]
        values["county_name"] = regions.name(of: township.ancestor(at: .county))
        return values
    }

    func village(_ position: Int, village: RegionCode, from page: Page) -> [String: Any] {
        let entry = index.months[position]
        let month = entry.month.month
        let households = entry.households(in: village)
        let rows: [[String: Any]] = households.enumerated().map { offset, household in
            [
                "number": offset + 1,
                "name": household.headName,
                "persons": household.persons,
                "category": household.category.rawValue,
                "amount": household.amount.yuanDisplay,
            ]
        }
        let changes = entry.changes(in: village)
        let township = village.ancestor(at: .township)
        var values: [String: Any] = [
            "month": monthValues(entry, from: page),
            "notice": noticeValues(entry.month.notice),
            "village": ["code": village.digits, "name": regions.name(of: village),
                        "qualified_name": regions.qualifiedName(of: village),
                        "history_url": base.url(from: page, to: SitePlan.regionHistoryPath(village)),
                        "print_url": base.url(from: page, to: SitePlan.printPath(month, region: village))],
            "township": ["name": regions.name(of: township), "url": base.url(from: page, to: SitePlan.rosterPath(month, region: township))],
            "households": rows,
            "has_households": !rows.isEmpty,
            "totals": totalsValues(RosterTotals(households)),
            "changes": changeValues(changes, compared: entry.hasPrevious),
        ]
        let villageMonths = index.monthsByVillage[village] ?? []
        if let at = villageMonths.firstIndex(of: position) {
            if at > 0 {
                let previous = index.months[villageMonths[at - 1]].month.month
                values["previous"] = ["display": previous.chineseDisplay, "url": base.url(from: page, to: SitePlan.rosterPath(previous, region: village))]
            }
            if at + 1 < villageMonths.count {
                let next = index.months[villageMonths[at + 1]].month.month
                values["next"] = ["display": next.chineseDisplay, "url": base.url(from: page, to: SitePlan.rosterPath(next, region: village))]
            }
        }
        return values
    }

    func changeValues(_ changes: RosterChanges, compared: Bool) -> [String: Any] {
        func row(_ household: Household) -> [String: Any] {
            ["name": household.headName, "persons": household.persons, "category": household.category.rawValue,
             "amount": household.amount.yuanDisplay]
        }
        let adjusted: [[String: Any]] = changes.adjusted.map { adjustment in
            var items: [String] = []
            if adjustment.personsChanged { items.append("保障人数 \(adjustment.before.persons) → \(adjustment.after.persons)") }
            if adjustment.amountChanged {
                items.append("月保障金额 \(adjustment.before.amount.yuanDisplay) → \(adjustment.after.amount.yuanDisplay)")
            }
            if adjustment.villageChanged {
                items.append("所在村 \(regions.name(of: adjustment.before.village)) → \(regions.name(of: adjustment.after.village))")
            }
            return ["name": adjustment.after.headName, "category": adjustment.after.category.rawValue,
                    "before_amount": adjustment.before.amount.yuanDisplay, "after_amount": adjustment.after.amount.yuanDisplay,
                    "before_persons": adjustment.before.persons, "after_persons": adjustment.after.persons,
                    "description": items.joined(separator: "；")]
        }
        return [
            "compared": compared,
            "added": changes.added.map(row), "has_added": !changes.added.isEmpty,
            "stopped": changes.stopped.map(row), "has_stopped": !changes.stopped.isEmpty,
            "adjusted": adjusted, "has_adjusted": !adjusted.isEmpty,
            "none": changes.isEmpty,
        ]
    }

    func history(village: RegionCode, from page: Page) -> [String: Any] {
        let positions = index.monthsByVillage[village] ?? []
        var rows: [[String: Any]] = []
        var householdPoints: [BarChartPoint] = []
        var amountPoints: [BarChartPoint] = []
        for position in positions {
            let entry = index.months[position]
            let month = entry.month.month
            let totals = entry.totals(of: village)
            rows.append([
                "display": month.chineseDisplay,
                "url": base.url(from: page, to: SitePlan.rosterPath(month, region: village)),
                "totals": totalsValues(totals),
            ])
            householdPoints.append(BarChartPoint(label: month.description, longLabel: month.chineseDisplay, value: Int64(totals.households)))
            amountPoints.append(BarChartPoint(label: month.description, longLabel: month.chineseDisplay, value: totals.amount.value))
        }
        let name = regions.name(of: village)
        var values: [String: Any] = [
            "village": ["code": village.digits, "name": name, "qualified_name": regions.qualifiedName(of: village)],
            "months": rows.reversed() as [[String: Any]],
            "households_chart": BarChartSVG.render(title: "\(name)各月保障户数", points: householdPoints, format: .count(unit: "户"), id: "chart-households"),
            "amount_chart": BarChartSVG.render(title: "\(name)各月保障金额（元）", points: amountPoints, format: .yuanFromFen, id: "chart-amount"),
        ]
        if let successor = regions[village]?.successor {
            var successorValues: [String: Any] = ["code": successor.digits, "name": regions.name(of: successor)]
            if index.monthsByVillage[successor] != nil {
                successorValues["url"] = base.url(from: page, to: SitePlan.regionHistoryPath(successor))
            }
            values["successor"] = successorValues
        }
        return values
    }

    func standards(from page: Page) -> [String: Any] {
        let rows: [[String: Any]] = plan.standards.standards.map { standard in
            var row: [String: Any] = [
                "from": base.dateValues(standard.from),
                "region": standard.regionPrefix,
                "region_name": RegionCode(standard.regionPrefix.padding(toLength: 12, withPad: "0", startingAt: 0))
                    .map { regions.name(of: $0) } ?? standard.regionPrefix,
            ]
            for category in BenefitCategory.allCases {
                row[Self.standardKey(category)] = standard.amounts[category]?.yuanDisplay ?? "—"
            }
            return row
        }
        return ["standards": rows]
    }

    static func standardKey(_ category: BenefitCategory) -> String {
        switch category {
        case .urbanDibao: return "urban_dibao"
        case .ruralDibao: return "rural_dibao"
        case .urbanTekun: return "urban_tekun"
        case .ruralTekun: return "rural_tekun"
        }
    }

    /// Links to the month before and after, for month-level pages.
    private func neighbourValues(_ position: Int, from page: Page, path: (YearMonth) -> String) -> [String: Any] {
        var values: [String: Any] = [:]
        if position > 0 {
            let month = index.months[position - 1].month.month
            values["previous"] = ["display": month.chineseDisplay, "url": base.url(from: page, to: path(month))]
        }
        if position + 1 < index.months.count {
            let month = index.months[position + 1].month.month
            values["next"] = ["display": month.chineseDisplay, "url": base.url(from: page, to: path(month))]
        }
        return values
    }
}
