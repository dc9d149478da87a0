import Foundation

/// A date from front matter: the instant, plus the wall-clock fields in the site's time zone.
public struct ContentDate: Sendable, Hashable, Comparable {
    /// Seconds since 1970-01-01T00:00:00Z.
    public let epochSeconds: Int64
    public let year: Int
    public let month: Int
    public let day: Int
    public let hour: Int
    public let minute: Int
    public let second: Int
    /// Offset of the site's zone from UTC at this instant, in seconds.
    public let utcOffsetSeconds: Int

    public init(epochSeconds: Int64, timeZone: TimeZone) {
        self.epochSeconds = epochSeconds
        let offset = timeZone.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(epochSeconds)))
        utcOffsetSeconds = offset
        let local = epochSeconds + Int64(offset)
        let days = local >= 0 ? local / 86_400 : (local - 86_399) / 86_400
        let secondsOfDay = Int(local - days * 86_400)
        let civil = CivilCalendar.civilFromDays(days)
        year = civil.year
        month = civil.month
        day = civil.day
        hour = secondsOfDay / 3600
        minute = secondsOfDay % 3600 / 60
        second = secondsOfDay % 60
    }

    /// `2022-02-23T10:46:48+08:00`.
    /// A date as it was computed before (read back from the load cache), every field as it was.
    package init(
        epochSeconds: Int64, year: Int, month: Int, day: Int, hour: Int, minute: Int, second: Int, utcOffsetSeconds: Int
    ) {
        self.epochSeconds = epochSeconds
        self.year = year
        self.month = month
        self.day = day
        self.hour = hour
        self.minute = minute
        self.second = second
        self.utcOffsetSeconds = utcOffsetSeconds
    }

    public var iso8601: String {
        let sign = utcOffsetSeconds < 0 ? "-" : "+"
        let offset = abs(utcOffsetSeconds)
        return String(
            format: "%04d-%02d-%02dT%02d:%02d:%02d%@%02d:%02d",
            year, month, day, hour, minute, second, sign, offset / 3600, offset % 3600 / 60)
    }

    /// `2022-02-23`.
    public var isoDay: String { String(format: "%04d-%02d-%02d", year, month, day) }
    /// The calendar day as written (its own zone), as days since 1970-01-01.
    public var civilDay: Int64 { CivilCalendar.daysFromCivil(year: year, month: month, day: day) }

    /// `2022年2月23日`, as shown on pages.
    public var chineseDisplay: String { "\(year)年\(month)月\(day)日" }

    public static func < (lhs: ContentDate, rhs: ContentDate) -> Bool { lhs.epochSeconds < rhs.epochSeconds }
}

/// Proleptic Gregorian day arithmetic without Foundation's calendar (exact and fast).
enum CivilCalendar {
    /// Days since 1970-01-01 for a civil date (H. Hinnant's algorithm).
    static func daysFromCivil(year: Int, month: Int, day: Int) -> Int64 {
        let y = Int64(month <= 2 ? year - 1 : year)
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let m = Int64(month)
        let doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + Int64(day) - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    static func civilFromDays(_ days: Int64) -> (year: Int, month: Int, day: Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        let y = yoe + era * 400 + (m <= 2 ? 1 : 0)
        return (Int(y), Int(m), Int(d))
    }

    static func daysInMonth(year: Int, month: Int) -> Int {
        switch month {
        case 1, 3, 5, 7, 8, 10, 12: return 31
        case 4, 6, 9, 11: return 30
        case 2:
            let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
            return leap ? 29 : 28
        default: return 0
        }
    }
}
