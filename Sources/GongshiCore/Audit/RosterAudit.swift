/// Checks roster months against the rules of DESIGN.md §2–§3 and issue 3. Errors stop the build;
/// warnings don't. It never changes data.
public enum RosterAudit {
    public static func audit(_ content: SiteContent) -> [Diagnostic] {
        var memory: LoadMemory?
        return audit(content, memory: &memory)
    }

    /// `audit` that takes an unchanged month's findings from `memory` (the preview's, filled by
    /// this rebuild's load: its fingerprint covers the regions, standards and settings a month's
    /// checks read) and records the ones it made there. The regions are checked every time.
    package static func audit(_ content: SiteContent, memory: inout LoadMemory?) -> [Diagnostic] {
        var log = DiagnosticLog()
        auditRegions(content.regions, log: &log)
        let kept = memory
        let monthFindings = ParallelChecks.eachItem(content.months, kept: { kept?.months[$0.month]?.rosterFindings }) { month, log in
            auditNotice(month, settings: content.config.disclosure, log: &log)
            auditHouseholds(month, content: content, log: &log)
            auditExpectedTotals(month, log: &log)
        }
        for (month, findings) in zip(content.months, monthFindings) {
            memory?.months[month.month]?.rosterFindings = findings
        }
        return log.all + monthFindings.flatMap { $0 }
    }

    /// Every village's township and county are listed; successors exist and are not retired in a loop.
    static func auditRegions(_ regions: RegionDirectory, log: inout DiagnosticLog) {
        for code in regions.regions.keys.sorted() {
            guard let region = regions[code] else { continue }
            if code.level == .village || code.level == .township {
                var ancestor = code.parent
                while let parent = ancestor, parent.level >= .county {
                    if regions[parent] == nil {
                        log.error(region.location, Messages.parentRegionMissing(code.digits, parent: parent.digits, level: parent.level.chineseName))
                    }
                    ancestor = parent.parent
                }
            }
            if let successor = region.successor {
                if regions[successor] == nil {
                    log.error(region.location, Messages.successorUnknown(code.digits, successor: successor.digits))
                } else if successor.level != code.level {
                    log.error(region.location, Messages.successorLevel(code.digits, successor: successor.digits))
                }
            }
        }
    }

    static func auditNotice(_ month: RosterMonth, settings: DisclosureSettings, log: inout DiagnosticLog) {
        let notice = month.notice
        if notice.publishTo < notice.publishFrom {
            log.error(notice.location, Messages.noticePeriodReversed(from: notice.publishFrom.isoDay, to: notice.publishTo.isoDay))
        } else if notice.noticeType == .firstReview, notice.dayCount < settings.firstReviewMinimumDays {
            log.error(notice.location, Messages.noticePeriodTooShort(days: notice.dayCount, minimum: settings.firstReviewMinimumDays))
        }
        // The notice follows the 审核确认 within 20 working days.
        if let decided = notice.decided {
            let at = notice.decidedLocation ?? notice.location
            if decided.civilDay > notice.publishFrom.civilDay {
                log.error(at, Messages.decidedAfterNotice(decided: decided.isoDay, from: notice.publishFrom.isoDay))
            } else {
                let days = WorkingDays.count(after: decided.civilDay, through: notice.publishFrom.civilDay,
                                             holidays: settings.holidays, workdays: settings.workdays)
                if days > WorkingDays.noticeLimit {
                    log.warning(at, Messages.noticeLateAfterDecision(workingDays: days, limit: WorkingDays.noticeLimit))
                }
            }
        }
        // A correction's reason stays published as long as the month: longer than a 停保
        // household may be named, and past the names' retention. So it names nobody.
        for correction in notice.corrections where MaskedNameMentions.found(in: correction.reason) {
            log.error(correction.location, Messages.correctionNamesAHousehold)
        }
    }

    static func auditHouseholds(_ month: RosterMonth, content: SiteContent, log: inout DiagnosticLog) {
        let settings = content.config.disclosure
        // The first row of each 记录编号, by index (copying whole households was most of the cost).
        var firstByRecord: [String: Int] = [:]
        firstByRecord.reserveCapacity(month.households.count)
        // The standard for a village and category is the same for all its households this month.
        var standards: [StandardKey: Fen?] = [:]
        for (index, household) in month.households.enumerated() {
            if let first = firstByRecord[household.recordID].map({ month.households[$0] }) {
                log.error(household.location(of: .recordID),
                          Messages.duplicateRecordID(first: SourceLocation(file: first.location.file, line: first.location.line).description))
            } else {
                firstByRecord[household.recordID] = index
            }
            if let region = content.regions[household.village] {
                // A retired code keeps its old months; regions.csv records no date, so no check here.
                if region.level != .village {
                    log.error(household.location(of: .divisionCode), Messages.notAVillage(household.village.digits, level: region.level.chineseName))
                }
            } else {
                log.error(household.location(of: .divisionCode), Messages.villageUnknown(household.village.digits))
            }
            if let size = household.householdSize, size < household.persons {
                log.error(household.location(of: .householdSize), Messages.householdSmallerThanPersons(size: size, persons: household.persons))
            }
            if let note = household.note, !settings.notes.contains(where: { RosterValueKind.sameText($0, note) }) {
                log.error(household.location(of: .note), Messages.noteNotInList(line: household.location(of: .note).line, allowed: settings.notes))
            }
            if household.careMode != nil, !household.category.isTekun {
                log.error(household.location(of: .careMode), Messages.careModeOnlyTekun)
            }
            if let start = household.startMonth, start > month.month {
                log.warning(household.location(of: .startMonth), Messages.startAfterRosterMonth(start: start.description, month: month.month.description))
            }
            let key = StandardKey(village: household.village, category: household.category)
            let found: Fen?
            if let cached = standards[key] {
                found = cached
            } else {
                found = content.standards.amount(for: household.category, village: household.village, month: month.month)
                standards[key] = found
            }
            if let standard = found {
                let limit = Fen(value: standard.value * Int64(household.persons) * Int64(settings.amountWarningPercent) / 100)
                if household.amount > limit {
                    log.warning(household.location(of: .amount), Messages.amountAboveStandard(
                        amount: household.amount.yuanDisplay, standard: standard.yuanDisplay, persons: household.persons,
                        limit: limit.yuanDisplay))
                }
            }
        }
    }

    /// What the standard in force depends on within one month.
    struct StandardKey: Hashable {
        let village: RegionCode
        let category: BenefitCategory
    }

    static func auditExpectedTotals(_ month: RosterMonth, log: inout DiagnosticLog) {
        guard let expected = month.notice.expectedTotals else { return }
        let totals = month.totals
        if let households = expected.households, households != totals.households {
            log.error(expected.location, Messages.expectedTotalDiffers("户数", expected: "\(households)", computed: "\(totals.households)"))
        }
        if let persons = expected.persons, persons != totals.persons {
            log.error(expected.location, Messages.expectedTotalDiffers("人数", expected: "\(persons)", computed: "\(totals.persons)"))
        }
        if let amount = expected.amount, amount != totals.amount {
            log.error(expected.location, Messages.expectedTotalDiffers("金额", expected: amount.yuanDisplay, computed: totals.amount.yuanDisplay))
        }
    }
}
