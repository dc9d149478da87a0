import GongshiCore

extension PageViews {
    /// The root object a page's template reads, and what rendering a document's Markdown found.
    /// nil for files written by code (feed, sitemap, robots.txt).
    func root(for page: Page) -> (object: TemplateObject, diagnostics: [Diagnostic])? {
        switch page.kind {
        case .feed, .sitemap, .robots, .rosterTotals, .rosterTotalsAll, .rosterHouseholds:
            return nil
        case .home:
            return (home(page), [])
        case .documentList(let kind, let number):
            let all = plan.documents(of: kind)
            let documents = all[ListPages.range(of: number, entries: all.count, pageSize: plan.config.pageSize)]
            let title = DocumentView.kindLabel(kind)
            return (TemplateObject(documentSchemas.list, common(page, title: title).values + [
                .list(documents.map { document($0, from: page) }), .flag(!documents.isEmpty), .text(title),
                .optional(pagination(for: page)),
            ]), [])
        case .document(let kind, let index):
            let source = plan.document(kind, index: index)
            let markdown = MarkdownRenderer.render(source, pageOutputPath: page.outputPath, links: plan.links,
                                                   imageSize: plan.extras.imageSize)
            return (TemplateObject(documentSchemas.page, common(page, title: source.title).values + [
                document(source, from: page, content: markdown.html, attachments: markdown.attachments),
            ]), markdown.diagnostics)
        case .notFound:
            return (NotFoundPageView(common: common(page)).object, [])
        case .rosterArchive(let number):
            let newestFirst = Array(plan.rosters.months.indices.reversed())
            let shown = newestFirst[ListPages.range(of: number, entries: newestFirst.count, pageSize: plan.config.pageSize)]
            return (RosterArchivePageView(common: common(page), months: shown.map { month(at: $0, from: page) },
                                          pagination: pagination(for: page),
                                          csvURL: url(from: page, to: SitePlan.rosterTotalsAllPath)).object, [])
        case .rosterMonth(let position):
            return (rosterMonth(position, page: page).object, [])
        case .rosterTownship(let position, let township):
            return (rosterTownship(position, township: township, page: page).object, [])
        case .rosterVillage(let position, let village):
            return (rosterVillage(position, village: village, page: page).object, [])
        case .regionHistory(let village):
            return (regionHistory(village, page: page).object, [])
        case .standards:
            return (standards(page).object, [])
        case .regionDirectory:
            return (regionDirectory(page).object, [])
        case .supervision:
            return (SupervisionPageView(common: common(page), config: plan.config).object, [])
        case .search:
            return (SearchPageView(common: common(page), pagefindScript: url(from: page, to: SearchBundle.folder + "/pagefind.js")).object, [])
        case .printVillage(let position, let village):
            return (printPage(position, region: village, villages: [village], page: page).rootObject, [])
        case .printTownship(let position, let township):
            let villages = plan.rosters.months[position].villages(within: township)
            return (printPage(position, region: township, villages: villages, page: page).rootObject, [])
        case .printCards(let position, let region):
            return (cards(position, region: region, page: page).object, [])
        }
    }

    /// The root schema of the pages a template renders (each template serves one page kind), for
    /// compiling a theme. nil for a template no page uses directly (partials, parents).
    func rootSchema(forTemplate name: String) -> ViewSchema? {
        switch name {
        case "home": return documentSchemas.home
        case "article_list", "notice_list": return documentSchemas.list
        case "article", "notice": return documentSchemas.page
        case "404": return NotFoundPageView.schema
        case "roster_archive": return RosterArchivePageView.schema
        case "roster_month": return RosterMonthPageView.schema
        case "roster_township": return RosterTownshipPageView.schema
        case "roster_village": return RosterVillagePageView.schema
        case "region_history": return RegionHistoryPageView.schema
        case "standards": return StandardsPageView.schema
        case "region_directory": return RegionDirectoryPageView.schema
        case "supervision": return SupervisionPageView.schema
        case "search": return SearchPageView.schema
        case "print_village": return PrintPageView.villageSchema
        case "print_township": return PrintPageView.townshipSchema
        case "print_cards": return PrintCardsPageView.schema
        default: return nil
        }
    }

    func rootSchema(for kind: PageKind) -> ViewSchema? {
        rootSchema(forTemplate: Self.kindName(kind))
    }

    // MARK: Pages

    private func home(_ page: Page) -> TemplateObject {
        let articles = plan.articles.prefix(Self.homeListLength)
        let notices = plan.notices.prefix(Self.homeListLength)
        return TemplateObject(documentSchemas.home, common(page, title: plan.config.title).values + [
            .optional(plan.rosters.months.indices.last.map { month(at: $0, from: page) }),
            .list(articles.map { document($0, from: page) }), .list(notices.map { document($0, from: page) }),
            .flag(!articles.isEmpty), .flag(!notices.isEmpty),
        ])
    }

    /// Links to the month before and after, for month-level pages.
    private func neighbours(_ position: Int, from page: Page) -> (NeighbourView?, NeighbourView?) {
        let months = plan.rosters.months
        func neighbour(_ at: Int) -> NeighbourView? {
            guard months.indices.contains(at) else { return nil }
            let month = months[at].month.month
            return NeighbourView(display: month.chineseDisplay, url: url(from: page, to: SitePlan.rosterMonthPath(month)))
        }
        return (neighbour(position - 1), neighbour(position + 1))
    }

    private func rosterMonth(_ position: Int, page: Page) -> RosterMonthPageView {
        let entry = plan.rosters.months[position]
        let yearMonth = entry.month.month
        func row(_ code: RegionCode, linked: Bool) -> RegionRowView {
            RegionRowView(code, entry: entry, regions: regions,
                          url: linked ? url(from: page, to: SitePlan.rosterPath(yearMonth, region: code)) : nil)
        }
        let counties = entry.regions(at: .county).map { county in
            MonthCountyRowView(row: row(county, linked: false), townships: entry.regions(at: .township, within: county).map { township in
                MonthTownshipRowView(row: row(township, linked: true),
                                     villages: entry.villages(within: township).map { row($0, linked: true) })
            })
        }
        let (previous, next) = neighbours(position, from: page)
        return RosterMonthPageView(common: common(page), previous: previous, next: next, month: month(at: position, from: page),
                                   counties: counties, csvURL: url(from: page, to: SitePlan.rosterTotalsPath(yearMonth)))
    }

    private func rosterTownship(_ position: Int, township: RegionCode, page: Page) -> RosterTownshipPageView {
        let entry = plan.rosters.months[position]
        let yearMonth = entry.month.month
        return RosterTownshipPageView(
            common: common(page), month: month(at: position, from: page),
            township: RegionRowView(township, entry: entry, regions: regions, url: nil),
            villages: entry.villages(within: township).map {
                RegionRowView($0, entry: entry, regions: regions, url: url(from: page, to: SitePlan.rosterPath(yearMonth, region: $0)))
            },
            qualifiedName: regions.qualifiedName(of: township),
            printURL: plan.naming.isWithdrawn(position) ? nil : url(from: page, to: SitePlan.printPath(yearMonth, region: township)),
            countyName: regions.name(of: township.ancestor(at: .county)),
            regionNotices: regionNotices(for: township, from: page))
    }

    private func rosterVillage(_ position: Int, village: RegionCode, page: Page) -> RosterVillagePageView {
        let entry = plan.rosters.months[position]
        let yearMonth = entry.month.month
        let township = village.ancestor(at: .township)
        var previous: NeighbourView?
        var next: NeighbourView?
        let villageMonths = plan.rosters.monthsByVillage[village] ?? []
        if let at = villageMonths.firstIndex(of: position) {
            func neighbour(_ index: Int) -> NeighbourView {
                let month = plan.rosters.months[villageMonths[index]].month.month
                return NeighbourView(display: month.chineseDisplay, url: url(from: page, to: SitePlan.rosterPath(month, region: village)))
            }
            if at > 0 { previous = neighbour(at - 1) }
            if at + 1 < villageMonths.count { next = neighbour(at + 1) }
        }
        let naming = plan.naming.state(position)
        let named = naming != .withdrawn
        return RosterVillagePageView(
            common: common(page), month: month(at: position, from: page),
            village: .init(names: RegionNameView(village, regions: regions),
                           historyURL: url(from: page, to: SitePlan.regionHistoryPath(village)),
                           printURL: named ? url(from: page, to: SitePlan.printPath(yearMonth, region: village)) : nil,
                           csvURL: plan.config.openDataHouseholds && named
                               ? url(from: page, to: SitePlan.rosterHouseholdsPath(yearMonth, village: village)) : nil),
            township: .init(name: regions.name(of: township), url: url(from: page, to: SitePlan.rosterPath(yearMonth, region: township))),
            table: table(position, village: village),
            changes: VillageChangesView(changes: entry.changes(in: village), compared: entry.hasPrevious, regions: regions,
                                        namesShown: named, stoppedNamed: naming == .named),
            previous: previous, next: next, retentionMonths: plan.naming.retention.namesMonths,
            regionNotices: regionNotices(for: village, from: page))
    }

    private func regionHistory(_ village: RegionCode, page: Page) -> RegionHistoryPageView {
        var months: [RegionHistoryPageView.Month] = []
        var householdPoints: [BarChartPoint] = []
        var amountPoints: [BarChartPoint] = []
        for position in plan.rosters.monthsByVillage[village] ?? [] {
            let month = plan.rosters.months[position].month.month
            let totals = plan.rosters.months[position].totals(of: village)
            months.append(.init(display: month.chineseDisplay, url: url(from: page, to: SitePlan.rosterPath(month, region: village)),
                                totals: totals))
            householdPoints.append(BarChartPoint(label: month.description, longLabel: month.chineseDisplay, value: Int64(totals.households)))
            amountPoints.append(BarChartPoint(label: month.description, longLabel: month.chineseDisplay, value: totals.amount.value))
        }
        let names = RegionNameView(village, regions: regions)
        let successor = regions[village]?.successor.map { code in
            RegionHistoryPageView.Successor(code: code, name: regions.name(of: code),
                                            url: plan.rosters.monthsByVillage[code] == nil ? nil
                                                : url(from: page, to: SitePlan.regionHistoryPath(code)))
        }
        return RegionHistoryPageView(
            common: common(page), village: names, months: months.reversed(),
            householdsChart: BarChartSVG.render(title: "\(names.name)各月保障户数", points: householdPoints,
                                                format: .count(unit: "户"), id: "chart-households"),
            amountChart: BarChartSVG.render(title: "\(names.name)各月保障金额（元）", points: amountPoints,
                                            format: .yuanFromFen, id: "chart-amount"),
            successor: successor, regionNotices: regionNotices(for: village, from: page))
    }

    private func standards(_ page: Page) -> StandardsPageView {
        let categories: [BenefitCategory] = [.urbanDibao, .ruralDibao, .urbanTekun, .ruralTekun]
        return StandardsPageView(common: common(page), standards: plan.standards.standards.map { standard in
            StandardsPageView.Row(
                from: standard.from, region: standard.regionPrefix,
                regionName: RegionCode(standard.regionPrefix.padding(toLength: 12, withPad: "0", startingAt: 0))
                    .map { regions.name(of: $0) } ?? standard.regionPrefix,
                amounts: categories.map { standard.amounts[$0]?.yuanDisplay ?? "—" })
        })
    }

    private func regionDirectory(_ page: Page) -> RegionDirectoryPageView {
        let entries = RegionDirectoryEntries(regions: regions, rosters: plan.rosters)
        let months = plan.rosters.months
        func retired(_ codes: [RegionCode]) -> [RetiredRegionView] {
            codes.map { code in
                RetiredRegionView(code: code, name: regions.name(of: code),
                                  historyURL: plan.rosters.monthsByVillage[code] == nil ? nil
                                      : url(from: page, to: SitePlan.regionHistoryPath(code)))
            }
        }
        let counties = entries.counties.map { county in
            DirectoryCountyView(code: county.code, name: regions.name(of: county.code), townships: county.townships.map { township in
                let townshipName = regions.name(of: township.code)
                let villages = township.villages.map { village in
                    let name = regions.name(of: village.code)
                    let merged = retired(village.retired)
                    let month = village.latestMonth.map { months[$0].month.month }
                    return DirectoryVillageView(
                        code: village.code, name: name, search: ([name, townshipName] + merged.map(\.name)).joined(separator: " "),
                        rosterURL: month.map { url(from: page, to: SitePlan.rosterPath($0, region: village.code)) },
                        month: month?.chineseDisplay,
                        historyURL: village.latestMonth == nil ? nil : url(from: page, to: SitePlan.regionHistoryPath(village.code)),
                        retired: merged)
                }
                let month = township.latestMonth.map { months[$0].month.month }
                return DirectoryTownshipView(
                    code: township.code, name: townshipName,
                    rosterURL: month.map { url(from: page, to: SitePlan.rosterPath($0, region: township.code)) },
                    month: month?.chineseDisplay, villages: villages, retired: retired(township.retired))
            })
        }
        return RegionDirectoryPageView(common: common(page), counties: counties)
    }

    private func printPage(_ position: Int, region: RegionCode, villages: [RegionCode], page: Page) -> PrintPageView {
        let entry = plan.rosters.months[position]
        let isTownship = region.level == .township
        return PrintPageView(
            common: common(page), isTownship: isTownship,
            print: PrintSettingsView(settings: plan.config.print, margin: nil),
            region: RegionView(code: region, name: regions.name(of: region)),
            month: entry.month.month.chineseDisplay, notice: monthParts[position].notice,
            sheets: villages.map { sheet(position, village: $0) },
            backURL: page.standalone ? nil : url(from: page, to: SitePlan.rosterPath(entry.month.month, region: region)))
    }

    private func cards(_ position: Int, region: RegionCode, page: Page) -> PrintCardsPageView {
        let entry = plan.rosters.months[position]
        let month = entry.month.month
        let notice = entry.month.notice
        let villages = region.level == .village ? [region] : entry.villages(within: region)
        let cards = villages.flatMap { village in
            entry.households(in: village).map { household in
                CardView(household: HouseholdRowView(number: nil, household: household),
                         village: regions.qualifiedName(of: household.village), month: month.chineseDisplay,
                         publisher: notice.publisher,
                         standard: plan.standards.amount(for: household.category, village: household.village, month: month).map(YuanText.display),
                         hotline: notice.hotline)
            }
        }
        // Cards are cut apart and handed out: always A4 portrait, at the site's type size.
        var settings = plan.config.print
        settings.paper = .a4
        settings.orientation = .portrait
        return PrintCardsPageView(common: common(page), print: PrintSettingsView(settings: settings, margin: "10mm 10mm 12mm"),
                                  region: RegionView(code: region, name: regions.name(of: region)), cards: cards,
                                  regionName: regions.qualifiedName(of: region), month: month.chineseDisplay)
    }
}
