/// The digit runs of a normalised text and which of them a reader reads as one number: two runs
/// join when only separators (and mask characters) stand between them, within the normaliser's
/// gap bound. Every number rule looks at windows of joined runs, so grouping never matters.
package struct DigitRuns {
    package struct Run {
        /// Normalised indices: first digit, and one past the last digit (past the `X` when `hasX`).
        package var start: Int
        package var end: Int
        /// Where this run's digits start in `DigitRuns.digits`, and how many.
        package var digitStart: Int
        package var count: Int
        /// An `X`/`x` right after the digits (an ID's check character), not followed by a letter.
        package var hasX: Bool
        /// Only separators or mask characters lie between this run and the next.
        package var joinsNext: Bool
        /// An ASCII letter touches the run (`YT2024…`, `A12`): part of a code, not a bare number.
        package var touchesLetter = false
        /// A `+` right before the run (`+86 …`).
        package var plusBefore = false
        /// The join to the next run crosses a line, cell or block break.
        package var breakAfter = false
        /// The join to the next run holds a space or a break (not only `-`, `/`, `.` or masks).
        package var spaceAfter = false
        /// The next run follows with nothing between (a change between ASCII digits and Chinese
        /// numerals): one group to the eye.
        package var tightAfter = false
        /// Introduced as a record or contract number (`合同编号：`, `记录编号：`).
        package var recordLabelBefore = false
    }

    package private(set) var runs: [Run] = []
    package private(set) var digits: [UInt8] = []

    /// Longest gap (in normalised scalars) between two runs that still join: the normaliser
    /// already turned long separator gaps into walls; this bounds mask characters in between.
    static let longestJoin = 12

    package init(_ text: NormalizedText) {
        let scalars = text.scalars
        let n = scalars.count
        var i = 0
        while i < n {
            guard NormalizedText.digitValue(scalars[i]) != nil else {
                i += 1
                continue
            }
            let start = i
            let digitStart = digits.count
            // ASCII digits and Chinese numerals make separate runs (joined): 李四13912345678 is
            // a name and a phone number, not a 12-digit number.
            let isASCII = scalars[i].isASCII
            while i < n, scalars[i].isASCII == isASCII, let digit = NormalizedText.digitValue(scalars[i]) {
                digits.append(digit)
                i += 1
            }
            var run = Run(start: start, end: i, digitStart: digitStart, count: digits.count - digitStart, hasX: false, joinsNext: false)
            run.plusBefore = start > 0 && scalars[start - 1] == "+"
            run.recordLabelBefore = Self.hasRecordLabel(scalars, before: start)
            run.touchesLetter = (start > 0 && Self.isASCIILetter(scalars[start - 1])) || (i < n && Self.isASCIILetter(scalars[i]))
            if i < n, scalars[i] == "X" || scalars[i] == "x", i + 1 == n || !Self.isLetterOrDigit(scalars[i + 1]) {
                run.hasX = true
                i += 1
                run.end = i
            }
            // Does a digit follow after separators and masks only?
            var j = i
            while j < n, j - i <= Self.longestJoin,
                  NormalizedText.isSeparator(scalars[j]) || scalars[j] == "*" || scalars[j] == "#" {
                if scalars[j] == "\n" { run.breakAfter = true }
                if scalars[j] == " " || scalars[j] == "\n" { run.spaceAfter = true }
                j += 1
            }
            if j < n, j - i <= Self.longestJoin, NormalizedText.digitValue(scalars[j]) != nil, !run.hasX {
                run.joinsNext = true
                run.tightAfter = j == i
            }
            runs.append(run)
        }
    }

    /// Labels that introduce a record or contract number in prose.
    static let recordLabels: [[Unicode.Scalar]] = ["合同编号", "合同号", "记录编号", "项目编号", "采购编号"].map {
        Array($0.unicodeScalars)
    }

    /// Whether one of `recordLabels` ends right before `start` (a colon and separators between).
    static func hasRecordLabel(_ scalars: [Unicode.Scalar], before start: Int) -> Bool {
        var k = start
        while k > 0, start - k < 4, NormalizedText.isSeparator(scalars[k - 1]) || scalars[k - 1] == ":" { k -= 1 }
        // Every label ends with 号: the cheap test before comparing.
        guard k > 0, scalars[k - 1] == "号" else { return false }
        return recordLabels.contains { label in
            guard k >= label.count else { return false }
            for (offset, scalar) in label.enumerated() where scalars[k - label.count + offset] != scalar { return false }
            return true
        }
    }

    static func isASCIILetter(_ scalar: Unicode.Scalar) -> Bool { (scalar.value | 0x20) &- 0x61 < 26 }

    static func isLetterOrDigit(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        return v &- 0x30 < 10 || (v | 0x20) &- 0x61 < 26
    }

    /// Calls `body` with every window of consecutive joined runs holding at most `maximum` digits
    /// (and at least `minimum`).
    package func forEachWindow(minimum: Int, maximum: Int, _ body: (NumberWindow) -> Void) {
        for s in runs.indices {
            var total = 0
            var breaks = 0
            var e = s
            while e < runs.count {
                total += runs[e].count
                if total > maximum { break }
                if total >= minimum { body(NumberWindow(runs: self, first: s, last: e, digitCount: total)) }
                if !runs[e].joinsNext { break }
                // One break inside a number (its two halves in adjacent cells, a wrapped line);
                // more is a row of a table, not a number.
                if runs[e].breakAfter {
                    breaks += 1
                    if breaks > 1 { break }
                }
                e += 1
            }
        }
    }
}

/// Consecutive joined digit runs read as one number.
package struct NumberWindow {
    let runs: DigitRuns
    package let first: Int
    package let last: Int
    package let digitCount: Int

    /// The digits, as values 0–9.
    package var digits: [UInt8] {
        var result: [UInt8] = []
        result.reserveCapacity(digitCount)
        for r in first...last {
            let run = runs.runs[r]
            result.append(contentsOf: runs.digits[run.digitStart..<(run.digitStart + run.count)])
        }
        return result
    }

    package var ascii: String { String(decoding: digits.map { $0 &+ 0x30 }, as: UTF8.self) }
    package var runLengths: [Int] { (first...last).map { runs.runs[$0].count } }
    /// Whether an ASCII letter touches the first or the last run (a code such as `YT2024…`).
    package var touchesLetter: Bool { runs.runs[first].touchesLetter || runs.runs[last].touchesLetter }
    /// Introduced in prose as a record or contract number.
    package var hasRecordLabel: Bool { runs.runs[first].recordLabelBefore }
    /// Whether the last run ends with an `X` check character.
    package var hasX: Bool { runs.runs[last].hasX }
    /// Normalised range of the digits (with the `X` when `withX`).
    package func range(withX: Bool = false) -> Range<Int> {
        let lastRun = runs.runs[last]
        let end = withX || !lastRun.hasX ? lastRun.end : lastRun.end - 1
        return runs.runs[first].start..<end
    }
    /// The range including a `+` written right before the first run.
    package func rangeWithPlus() -> Range<Int> {
        let digits = range()
        return runs.runs[first].plusBefore ? (digits.lowerBound - 1)..<digits.upperBound : digits
    }
    /// Whether a run joins this window from before or after (the window is part of a longer number).
    package var joinedBefore: Bool { first > 0 && runs.runs[first - 1].joinsNext }
    package var joinedAfter: Bool { runs.runs[last].joinsNext }

    /// The lengths of the groups a reader sees: runs joined with nothing between them (李四 … a
    /// switch between ASCII digits and Chinese numerals) are one group. A check `X` counts.
    package var groupLengths: [Int] {
        var lengths: [Int] = []
        var current = 0
        for r in first...last {
            let run = runs.runs[r]
            current += run.count + (run.hasX ? 1 : 0)
            if r == last || !run.tightAfter {
                lengths.append(current)
                current = 0
            }
        }
        return lengths
    }

    /// Written as one number can be: at most `maximumGroups` groups a reader sees, and holding no
    /// date (`2026-11-01 13…`, `162.00 ⏎ 2026-09`): a year of 1900–2099 and a month inside the
    /// window that `DateGroups` reads as a date. A year that starts past digit `yearsUpTo` is read
    /// as part of the number, not as a date (a landline's local number grouped `(021806).1988.9`).
    package func isNumberShaped(maximumGroups: Int, allowDateLead: Bool = false, yearsUpTo: Int = .max) -> Bool {
        let lengths = groupLengths
        guard lengths.count <= maximumGroups else { return false }
        guard !allowDateLead, lengths.count >= 2 else { return true }
        let dates = DateGroups(around: self)
        for year in dates.dateYears {
            let group = dates.groups[year], month = dates.groups[year + 1]
            guard group.firstRun >= first, month.lastRun <= last else { continue }
            let offset = (first..<group.firstRun).reduce(0) { $0 + runs.runs[$1].count }
            if offset <= yearsUpTo { return false }
        }
        return true
    }

    /// Whether the first 12 digits are a region code of the site (a code with a sequence number).
    func startsWithRegionCode(_ codes: Set<String>) -> Bool {
        guard digitCount >= 12, !codes.isEmpty else { return false }
        return codes.contains(String(ascii.prefix(12)))
    }
}
