import Dispatch

/// The privacy guard on the input: every front-matter value, Markdown body, month file and roster
/// cell is judged by the rules of `PrivacyRuleSet` (DESIGN.md §2), and every 户主姓名 must be
/// correctly masked. Findings are errors; messages show the value masked, never as written.
///
/// Whole files are judged at once, not line by line: a number hard-wrapped over two lines of a
/// Markdown paragraph is one number to the reader.
public enum PrivacyAudit {
    public static func audit(_ content: SiteContent) -> [Diagnostic] {
        var memory: LoadMemory?
        return audit(content, memory: &memory)
    }

    /// `audit` that takes each document's and each unchanged month's findings from `memory`
    /// (the preview's, filled by this rebuild's load) and records the ones it made there.
    package static func audit(_ content: SiteContent, memory: inout LoadMemory?) -> [Diagnostic] {
        let rules = PrivacyRuleSet(context: context(for: content))
        let scanner = PrivateValueScanner(context: rules.context)
        let kept = memory
        // Documents on every core too (thousands of notices at city scale), messages in order.
        let documents = content.articles + content.notices
        let documentFindings = ParallelChecks.eachItem(documents, kept: { kept?.documents[$0.sourcePath]?.privacyFindings }) { document, log in
            let found = scanFile(document.sourceText, file: document.sourcePath, rules: rules, log: &log)
            // YAML escapes (`"\u0034…"`) are decoded only in the values: judge those as well.
            if !found {
                scanDecoded(document.frontMatterTexts, file: document.sourcePath, rules: rules, log: &log)
            }
        }
        let months = content.months
        let results = IndexedResults<MonthFindings>(count: months.count)
        DispatchQueue.concurrentPerform(iterations: months.count) { index in
            let month = months[index]
            if let found = kept?.months[month.month]?.privacyFindings {
                results.set(index, MonthFindings(all: found))
                return
            }
            var log = DiagnosticLog()
            if let text = month.notice.sourceText {
                let notice = month.notice
                if !scanFile(text, file: notice.location.file, rules: rules, log: &log) {
                    let values = [notice.publisher] + [notice.hotline, notice.address].compactMap { $0 } + notice.basis
                    scanDecoded(values, file: notice.location.file, rules: rules, log: &log)
                }
            }
            var byFile = auditHouseholds(month.households, kept: kept, scanner: scanner, log: &log)
            byFile.all = log.all
            results.set(index, byFile)
        }
        let monthFindings = results.values()
        for (document, findings) in zip(documents, documentFindings) {
            memory?.documents[document.sourcePath]?.privacyFindings = findings
        }
        for (month, found) in zip(months, monthFindings) {
            memory?.months[month.month]?.privacyFindings = found.all
            for (path, findings) in found.files { memory?.rosterFiles[path]?.privacyFindings = findings }
        }
        return documentFindings.flatMap { $0 } + monthFindings.flatMap(\.all)
    }

    /// One month's findings, and those of each roster file judged on its own this time.
    struct MonthFindings: Sendable {
        var all: [Diagnostic]
        var files: [String: [Diagnostic]] = [:]
    }

    /// A month's rows, one file's run of rows at a time: a file whose findings `kept` holds (the
    /// memory of this load: same bytes, same site-wide inputs) is not judged again. Returns the
    /// findings of each file judged now, for the memory (a file met in two runs is not kept).
    static func auditHouseholds(
        _ households: [Household], kept: LoadMemory?, scanner: PrivateValueScanner, log: inout DiagnosticLog
    ) -> MonthFindings {
        var judged = MonthFindings(all: [])
        var seen: Set<String> = []
        var start = 0
        while start < households.count {
            let file = households[start].location.file
            var end = start + 1
            while end < households.count, households[end].location.file == file { end += 1 }
            let first = seen.insert(file).inserted
            if first, let memory = kept?.rosterFiles[file], memory.households.count == end - start,
               let found = memory.privacyFindings {
                log.append(contentsOf: found)
            } else {
                var fileLog = DiagnosticLog()
                for household in households[start..<end] { auditHousehold(household, scanner: scanner, log: &fileLog) }
                log.append(contentsOf: fileLog.all)
                if first { judged.files[file] = fileLog.all } else { judged.files[file] = nil }
            }
            start = end
        }
        return judged
    }

    /// What the rules know of this site: official numbers and mailboxes, region codes, known names.
    package static func context(for content: SiteContent) -> PrivacyContext {
        PrivacyContext(
            allowedNumbers: content.config.officialNumbers, allowedEmails: content.config.allowedEmails,
            regionCodes: Set(content.regions.regions.keys.map(\.digits)), knownNames: content.knownNames)
    }

    static func auditHousehold(_ household: Household, scanner: PrivateValueScanner, log: inout DiagnosticLog) {
        if !NameMasking.isCorrectlyMasked(household.headName) {
            let echo = NameMasking.mask(household.headName) ?? String(repeating: "*", count: household.headName.count)
            log.error(household.location(of: .headName), Messages.nameNotMasked(echo: echo))
        }
        // Numbers too: a phone number typed into 月保障金额 parses as an amount.
        scanCell(.recordID, household.recordID, of: household, scanner: scanner, log: &log)
        scanCell(.headName, household.headName, of: household, scanner: scanner, log: &log)
        if let careMode = household.careMode { scanCell(.careMode, careMode, of: household, scanner: scanner, log: &log) }
        if let note = household.note { scanCell(.note, note, of: household, scanner: scanner, log: &log) }
        scanCell(.amount, household.amount.yuanPlain, of: household, scanner: scanner, log: &log)
    }

    /// One cell of a household through the roster-cell rules; findings are errors at the cell.
    private static func scanCell(
        _ column: RosterColumn, _ value: String, of household: Household, scanner: PrivateValueScanner, log: inout DiagnosticLog
    ) {
        var findings = scanner.scanRosterCell(value)
        // A 记录编号 is an opaque record number: long, and allowed to be, unless it is an ID.
        if column == .recordID { findings.removeAll { $0.kind != .idNumber && $0.kind != .partialIDNumber } }
        for finding in findings {
            let cell = household.location(of: column)
            let at = SourceLocation(file: cell.file, line: cell.line, column: cell.column + finding.offset)
            let message = column == .recordID
                ? Messages.recordIDLooksLikeIDNumber(echo: finding.maskedEcho)
                : Messages.privateValue(finding.kind, echo: finding.maskedEcho)
            log.error(at, message)
        }
    }

    /// Judges a whole source file and reports each finding at the line and column where it starts.
    /// Returns whether anything was found.
    @discardableResult
    package static func scanFile(_ text: String, file: String, rules: PrivacyRuleSet, log: inout DiagnosticLog) -> Bool {
        let findings = rules.findings(in: ReaderText.plain(text))
        guard !findings.isEmpty else { return false }
        let positions = TextPositions(text)
        for finding in findings {
            let (line, column) = positions.location(ofByte: finding.startOffset)
            log.error(SourceLocation(file: file, line: line, column: column), Messages.privateValue(finding.kind, echo: finding.echo))
        }
        return true
    }

    /// Judges values as YAML decoded them (escapes resolved), reported at the file: the source
    /// scan found nothing where they were written, so no line can be named.
    static func scanDecoded(_ values: [String], file: String, rules: PrivacyRuleSet, log: inout DiagnosticLog) {
        for value in values {
            for finding in rules.findings(in: ReaderText.plain(value)) {
                log.error(SourceLocation(file: file), Messages.privateValue(finding.kind, echo: finding.echo))
            }
        }
    }
}
