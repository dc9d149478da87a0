/// The privacy guard on the input: every front-matter value, Markdown body, month file and roster
/// cell is scanned for data that must never be public (DESIGN.md §2), and every 户主姓名 must be
/// correctly masked. Findings are errors; messages show the value masked, never as written.
public enum PrivacyAudit {
    public static func audit(_ content: SiteContent) -> [Diagnostic] {
        let scanner = PrivateValueScanner(allowedNumbers: content.config.officialNumbers)
        var log = DiagnosticLog()
        for document in content.articles + content.notices {
            scanLines(of: document.sourceText, file: document.sourcePath, scanner: scanner, log: &log)
        }
        log.append(contentsOf: ParallelChecks.each(content.months) { month, log in
            if let text = month.notice.sourceText {
                scanLines(of: text, file: month.notice.location.file, scanner: scanner, log: &log)
            }
            for household in month.households {
                auditHousehold(household, scanner: scanner, log: &log)
            }
        })
        return log.all
    }

    static func auditHousehold(_ household: Household, scanner: PrivateValueScanner, log: inout DiagnosticLog) {
        if !NameMasking.isCorrectlyMasked(household.headName) {
            let echo = NameMasking.mask(household.headName) ?? String(repeating: "*", count: household.headName.count)
            log.error(household.location(of: .headName), Messages.nameNotMasked(echo: echo))
        }
        // Numbers too: a phone number typed into 月保障金额 parses as an amount.
        let cells: [(RosterColumn, String?)] = [
            (.recordID, household.recordID), (.headName, household.headName),
            (.careMode, household.careMode), (.note, household.note),
            (.amount, household.amount.yuanPlain),
        ]
        for (column, value) in cells {
            guard let value else { continue }
            for finding in scanner.scanRosterCell(value) {
                let cell = household.location(of: column)
                let at = SourceLocation(file: cell.file, line: cell.line, column: cell.column + finding.offset)
                let message = column == .recordID && (finding.kind == .idNumber || finding.kind == .partialIDNumber)
                    ? Messages.recordIDLooksLikeIDNumber(echo: finding.maskedEcho)
                    : Messages.privateValue(finding.kindDescription, echo: finding.maskedEcho)
                log.error(at, message)
            }
        }
    }

    /// Scans a file's text line by line so findings point at line and column.
    static func scanLines(of text: String, file: String, scanner: PrivateValueScanner, log: inout DiagnosticLog) {
        var lineNumber = 0
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            for finding in scanner.scanText(String(line)) {
                log.error(SourceLocation(file: file, line: lineNumber, column: finding.offset + 1),
                          Messages.privateValue(finding.kindDescription, echo: finding.maskedEcho))
            }
        }
    }
}
