import Testing
@testable import GongshiCore

/// Working days between a month's 审核确认 (`decided:`) and its notice.
@Suite struct WorkingDaysTests {
    static func day(_ year: Int, _ month: Int, _ day: Int) -> Int64 { CivilCalendar.daysFromCivil(year: year, month: month, day: day) }

    @Test func weekdaysWithoutHolidaysWithTheWeekendDaysWorked() {
        // 2026-09-28 is a Monday; 2026-10-01..07 the National Day holiday, 2026-10-10 (a Saturday) worked.
        #expect(WorkingDays.isWorkingDay(Self.day(2026, 9, 28), holidays: [], workdays: []))
        #expect(!WorkingDays.isWorkingDay(Self.day(2026, 10, 3), holidays: [], workdays: []))
        #expect(!WorkingDays.isWorkingDay(Self.day(2026, 10, 4), holidays: [], workdays: []))
        #expect(WorkingDays.count(after: Self.day(2026, 9, 28), through: Self.day(2026, 10, 2), holidays: [], workdays: []) == 4)
        let holidays = Set((1...7).map { Self.day(2026, 10, $0) })
        let workdays: Set<Int64> = [Self.day(2026, 10, 10)]
        // 09-29, 09-30, 10-08, 10-09, 10-10 (worked), 10-12 … 10-16: 10 days.
        #expect(WorkingDays.count(after: Self.day(2026, 9, 28), through: Self.day(2026, 10, 16), holidays: holidays, workdays: workdays) == 10)
        #expect(WorkingDays.count(after: Self.day(2026, 10, 5), through: Self.day(2026, 10, 5), holidays: [], workdays: []) == 0)
    }
}
