/// The groups of digits around a number window (the whole chain of joined runs it belongs to, to a
/// bound) and which of them a reader reads as dates: a year of 1900–2099 followed by a month.
///
/// A year-month is a date when it
/// - leads the chain (`2026-11-01 13…`, `2026-11/410829101000.html`), or
/// - follows a date (a list of months: `2026-09 2026-10 2026-11`), or
/// - stands apart as a date does: a space or break before the year, `-`/`/`/`.` (no space) between
///   year and month (and day), and after the month (or day, or a time) the chain ends, breaks, or
///   another date starts (`162.00 ⏎ 2026-09`).
///
/// A year-month cut out of the middle of a number is none of these (`148/2019/7/46/5`, a mobile
/// grouped so that one piece looks like a year): the window stays one number.
struct DateGroups {
    struct Group {
        var firstRun: Int
        var lastRun: Int
        var length: Int
        /// The group's value when it has at most 4 digits (a year, month, day or time).
        var value: Int
        /// The join before this group holds a space or a break.
        var spaceBefore: Bool
        /// The join after this group holds a space or a break.
        var spaceAfter: Bool
        var breakAfter: Bool
    }

    /// How far the chain is followed before the window: a list of months may be long.
    static let runsBefore = 64
    /// How far after: a date's day and time are at most four groups.
    static let runsAfter = 8

    private(set) var groups: [Group] = []
    /// Indices in `groups` of every year that starts a date (its month is the next group).
    private(set) var dateYears: [Int] = []

    init(around window: NumberWindow) {
        let runs = window.runs.runs
        var low = window.first
        while low > 0, runs[low - 1].joinsNext, window.first - low < Self.runsBefore { low -= 1 }
        var high = window.last
        while runs[high].joinsNext, high + 1 < runs.count, high - window.last < Self.runsAfter { high += 1 }
        var index = low
        while index <= high {
            let firstRun = index
            var length = runs[index].count
            while index < high, runs[index].tightAfter {
                index += 1
                length += runs[index].count
            }
            var value = 0
            if length <= 4 {
                for r in firstRun...index {
                    let run = runs[r]
                    for d in window.runs.digits[run.digitStart..<(run.digitStart + run.count)] { value = value * 10 + Int(d) }
                }
            }
            let spaceBefore = firstRun > 0 && runs[firstRun - 1].joinsNext && runs[firstRun - 1].spaceAfter
            groups.append(Group(firstRun: firstRun, lastRun: index, length: length, value: value,
                                spaceBefore: spaceBefore, spaceAfter: runs[index].spaceAfter,
                                breakAfter: runs[index].breakAfter || !runs[index].joinsNext))
            index += 1
        }
        var endsDate = [Bool](repeating: false, count: groups.count)
        var year = 0
        while year + 1 < groups.count {
            guard isYearMonth(year) else {
                year += 1
                continue
            }
            let afterDate = dateEnd(month: year + 1)
            let isDate = year == 0 || endsDate[year - 1] || standsApart(year: year, end: afterDate)
            guard isDate else {
                year += 1
                continue
            }
            dateYears.append(year)
            for group in (year + 1)..<afterDate { endsDate[group] = true }
            year = afterDate
        }
    }

    private func isYearMonth(_ group: Int) -> Bool {
        guard group + 1 < groups.count else { return false }
        let year = groups[group], month = groups[group + 1]
        return year.length == 4 && (1900...2099).contains(year.value) && month.length <= 2 && (1...12).contains(month.value)
    }

    /// One past the last group of the date whose month is `month`: its day and a time (an hour and
    /// two-digit minutes, and seconds) when they follow.
    private func dateEnd(month: Int) -> Int {
        var end = month + 1
        guard end < groups.count, groups[end].length <= 2, (1...31).contains(groups[end].value), !groups[month].spaceAfter else {
            return end
        }
        end += 1
        // A time: an hour and two-digit minutes, never an hour alone.
        guard end + 1 < groups.count, groups[end].length <= 2, groups[end].value <= 23,
              groups[end + 1].length == 2, groups[end + 1].value <= 59 else { return end }
        end += 2
        if end < groups.count, groups[end].length == 2, groups[end].value <= 59, !groups[end - 1].spaceAfter { end += 1 }
        return end
    }

    /// A year-month in the middle of a chain that is written as a date is: apart before, tight
    /// inside, and ending where the chain ends or breaks, or where the next date starts.
    private func standsApart(year: Int, end: Int) -> Bool {
        guard groups[year].spaceBefore, !groups[year].spaceAfter else { return false }
        return end == groups.count || groups[end - 1].breakAfter || isYearMonth(end)
    }
}
