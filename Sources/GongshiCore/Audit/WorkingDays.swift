/// Working days as offices count them: Monday to Friday, without the official holidays, with the
/// weekend days worked in exchange (调休), both as `site.yaml` lists them under `disclosure:`.
enum WorkingDays {
    /// A month's notice starts at most this many working days after its 审核确认 (`decided:`).
    static let noticeLimit = 20

    /// The working days in `(first, last]`, days since 1970-01-01.
    static func count(after first: Int64, through last: Int64, holidays: Set<Int64>, workdays: Set<Int64>) -> Int {
        guard last > first else { return 0 }
        var count = 0
        for day in (first + 1)...last where isWorkingDay(day, holidays: holidays, workdays: workdays) { count += 1 }
        return count
    }

    static func isWorkingDay(_ day: Int64, holidays: Set<Int64>, workdays: Set<Int64>) -> Bool {
        if workdays.contains(day) { return true }
        if holidays.contains(day) { return false }
        // 1970-01-01 was a Thursday: 0 is Thursday, 2 Saturday, 3 Sunday.
        let weekday = ((day % 7) + 7) % 7
        return weekday != 2 && weekday != 3
    }
}
