import GongshiCore

/// Template values for notice-board pages and 明白卡 cards (README: "Template context").
struct PrintContextBuilder {
    let plan: SitePlan
    let roster: RosterContextBuilder

    init(plan: SitePlan) {
        self.plan = plan
        roster = RosterContextBuilder(plan: plan)
    }

    var base: TemplateContextBuilder { roster.base }
    var regions: RegionDirectory { plan.regions }

    /// Paper and type for `@page` and the sheet on screen.
    func printValues(_ settings: PrintSettings) -> [String: Any] {
        [
            "page_size": settings.pageSize,
            "font_size": "\(settings.fontSize)pt",
            "paper": settings.paper.rawValue.lowercased(),
            "orientation": settings.orientation.rawValue,
            "paper_label": settings.paper.rawValue + (settings.orientation == .portrait ? " 纵向" : " 横向"),
        ]
    }

    // MARK: Pages

    func village(_ position: Int, village: RegionCode, from page: Page) -> [String: Any] {
        let entry = plan.rosters.months[position]
        var values: [String: Any] = [
            "print": printValues(plan.config.print),
            "sheets": [sheet(entry, village: village)],
        ]
        if !page.standalone {
            values["back_url"] = base.url(from: page, to: SitePlan.rosterPath(entry.month.month, region: village))
        }
        return values
    }

    func township(_ position: Int, township: RegionCode, from page: Page) -> [String: Any] {
        let entry = plan.rosters.months[position]
        var values: [String: Any] = [
            "print": printValues(plan.config.print),
            "sheets": entry.villages(within: township).map { sheet(entry, village: $0) },
        ]
        if !page.standalone {
            values["back_url"] = base.url(from: page, to: SitePlan.rosterPath(entry.month.month, region: township))
        }
        return values
    }

    func cards(_ position: Int, region: RegionCode, from page: Page) -> [String: Any] {
        let entry = plan.rosters.months[position]
        let villages = region.level == .village ? [region] : entry.villages(within: region)
        let cards = villages.flatMap { village in entry.households(in: village).map { card($0, entry: entry) } }
        // Cards are cut apart and handed out: always A4 portrait, at the site's type size.
        var settings = plan.config.print
        settings.paper = .a4
        settings.orientation = .portrait
        var print = printValues(settings)
        print["margin"] = "10mm 10mm 12mm"
        return [
            "print": print,
            "cards": cards,
            "has_cards": !cards.isEmpty,
            "card_count": cards.count,
            "region_name": regions.qualifiedName(of: region),
            "month": entry.month.month.chineseDisplay,
        ]
    }

    // MARK: Parts

    /// One village's notice: header block, table with totals after the last row, footer with seal area.
    func sheet(_ entry: RosterIndex.MonthEntry, village: RegionCode) -> [String: Any] {
        let month = entry.month.month
        let notice = entry.month.notice
        let name = regions.name(of: village)
        let households = entry.households(in: village)
        let rows: [[String: Any]] = households.enumerated().map { offset, household in
            ["number": offset + 1, "name": household.headName, "persons": household.persons,
             "category": household.category.rawValue, "amount": household.amount.yuanDisplay]
        }
        let subject = "\(name)\(month.chineseDisplay)最低生活保障对象"
        let basis = notice.basis.isEmpty ? "最低生活保障" : notice.basis.joined()
        var values: [String: Any] = [
            "title": subject + notice.noticeType.rawValue,
            "basis_sentence": "根据\(basis)有关规定，现将\(subject)名单予以公示，接受群众监督。",
            "village": ["code": village.digits, "name": name, "qualified_name": regions.qualifiedName(of: village)],
            "notice": roster.noticeValues(notice),
            "households": rows,
            "has_households": !rows.isEmpty,
            "totals": roster.totalsValues(RosterTotals(households)),
        ]
        if let online = plan.onlineRosterURL(month, village: village) {
            values["online_url"] = online
            if let matrix = QRCodeMatrix.encode(online) {
                values["qr_svg"] = QRCodeSVG.render(matrix, label: "扫码查看\(name)网上公示")
            }
        }
        return values
    }

    /// 明白卡: what one household receives, and whom to ask. No record number, no account number.
    func card(_ household: Household, entry: RosterIndex.MonthEntry) -> [String: Any] {
        let month = entry.month.month
        let notice = entry.month.notice
        var values: [String: Any] = [
            "name": household.headName,
            "village": regions.qualifiedName(of: household.village),
            "month": month.chineseDisplay,
            "category": household.category.rawValue,
            "persons": household.persons,
            "amount": household.amount.yuanDisplay,
            "channel": "社保卡一卡通",
            "publisher": notice.publisher,
        ]
        if let standard = plan.standards.amount(for: household.category, village: household.village, month: month) {
            values["standard"] = standard.yuanDisplay
        }
        if let hotline = notice.hotline { values["hotline"] = hotline }
        return values
    }
}
