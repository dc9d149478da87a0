import Foundation

/// Parses the date forms front matter may use. Written by hand: Foundation's ISO 8601 formatter
/// cannot read RFC 2822 and silently drops the time of `2022-02-23 10:46:48` (DESIGN.md §8).
public enum DateParser {
    /// The forms accepted, as listed in error messages.
    public static let acceptedForms = [
        "2022-02-23",
        "2022-02-23 10:46:48",
        "2022-02-23T10:46:48+08:00",
        "Wed, 23 Feb 2022 10:46:48 GMT",
    ]

    /// Returns nil when the text is in no accepted form or names an impossible date.
    /// A date without a zone is read in `timeZone`.
    public static func parse(_ text: String, timeZone: TimeZone) -> ContentDate? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        // ISO forms have no letters but T and Z; RFC 2822 always names its month.
        let letters = trimmed.unicodeScalars.filter { $0.properties.isAlphabetic && $0 != "T" && $0 != "Z" }
        if letters.isEmpty {
            return parseISO(Array(trimmed.utf8), timeZone: timeZone)
        }
        return parseRFC2822(trimmed, timeZone: timeZone)
    }

    // MARK: ISO 8601 and the Hexo/Jekyll form

    private static func parseISO(_ b: [UInt8], timeZone: TimeZone) -> ContentDate? {
        var i = 0
        guard let year = digits(b, &i, count: 4), expect(b, &i, UInt8(ascii: "-")),
              let month = digits(b, &i, count: 2), expect(b, &i, UInt8(ascii: "-")),
              let day = digits(b, &i, count: 2)
        else { return nil }
        var hour = 0, minute = 0, second = 0
        var offset: Int?
        if i < b.count {
            guard b[i] == UInt8(ascii: "T") || b[i] == UInt8(ascii: " ") else { return nil }
            i += 1
            guard let h = digits(b, &i, count: 2), expect(b, &i, UInt8(ascii: ":")),
                  let m = digits(b, &i, count: 2)
            else { return nil }
            hour = h
            minute = m
            if i < b.count, b[i] == UInt8(ascii: ":") {
                i += 1
                guard let s = digits(b, &i, count: 2) else { return nil }
                second = s
                if i < b.count, b[i] == UInt8(ascii: ".") {  // fractions of a second are dropped
                    i += 1
                    let start = i
                    while i < b.count, isDigit(b[i]) { i += 1 }
                    guard i > start else { return nil }
                }
            }
            if i < b.count, b[i] == UInt8(ascii: " ") { i += 1 }
            if i < b.count {
                guard let parsed = isoOffset(b, &i), i == b.count else { return nil }
                offset = parsed
            }
        }
        guard i == b.count else { return nil }
        return make(year, month, day, hour, minute, second, offset: offset, timeZone: timeZone)
    }

    private static func isoOffset(_ b: [UInt8], _ i: inout Int) -> Int? {
        guard i < b.count else { return nil }
        if b[i] == UInt8(ascii: "Z") {
            i += 1
            return 0
        }
        guard b[i] == UInt8(ascii: "+") || b[i] == UInt8(ascii: "-") else { return nil }
        let sign = b[i] == UInt8(ascii: "-") ? -1 : 1
        i += 1
        guard let h = digits(b, &i, count: 2) else { return nil }
        if i < b.count, b[i] == UInt8(ascii: ":") { i += 1 }
        guard let m = digits(b, &i, count: 2), h <= 14, m < 60 else { return nil }
        return sign * (h * 3600 + m * 60)
    }

    // MARK: RFC 2822

    private static let monthNames = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
    private static let weekdayNames: Set<String> = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
    private static let zoneNames: [String: Int] = [
        "gmt": 0, "ut": 0, "utc": 0, "z": 0,
        "est": -5, "edt": -4, "cst": -6, "cdt": -5, "mst": -7, "mdt": -6, "pst": -8, "pdt": -7,
    ]

    private static func parseRFC2822(_ text: String, timeZone: TimeZone) -> ContentDate? {
        var parts = text.split(separator: " ", omittingEmptySubsequences: true).map { String($0) }
        if let first = parts.first, first.hasSuffix(",") {
            guard weekdayNames.contains(first.dropLast().lowercased()) else { return nil }
            parts.removeFirst()
        }
        guard parts.count == 4 || parts.count == 5 else { return nil }
        guard (1...2).contains(parts[0].count), parts[0].utf8.allSatisfy(isDigit), let day = Int(parts[0]),
              let monthIndex = monthNames.firstIndex(of: parts[1].lowercased()),
              parts[2].count == 4, parts[2].utf8.allSatisfy(isDigit), let year = Int(parts[2])
        else { return nil }
        let time = Array(parts[3].utf8)
        var i = 0
        guard let hour = digits(time, &i, count: 2), expect(time, &i, UInt8(ascii: ":")),
              let minute = digits(time, &i, count: 2)
        else { return nil }
        var second = 0
        if i < time.count {
            guard expect(time, &i, UInt8(ascii: ":")), let s = digits(time, &i, count: 2), i == time.count else {
                return nil
            }
            second = s
        }
        var offset: Int?
        if parts.count == 5 {
            let zone = parts[4]
            if let hours = zoneNames[zone.lowercased()] {
                offset = hours * 3600
            } else {
                let z = Array(zone.utf8)
                var j = 0
                guard z.count == 5, let parsed = isoOffset(z, &j), j == z.count else { return nil }
                offset = parsed
            }
        }
        return make(year, monthIndex + 1, day, hour, minute, second, offset: offset, timeZone: timeZone)
    }

    // MARK: Helpers

    private static func make(
        _ year: Int, _ month: Int, _ day: Int, _ hour: Int, _ minute: Int, _ second: Int,
        offset: Int?, timeZone: TimeZone
    ) -> ContentDate? {
        guard (1...12).contains(month), day >= 1, day <= CivilCalendar.daysInMonth(year: year, month: month),
              hour < 24, minute < 60, second < 61
        else { return nil }
        let days = CivilCalendar.daysFromCivil(year: year, month: month, day: day)
        let wallSeconds = days * 86_400 + Int64(hour * 3600 + minute * 60 + min(second, 59))
        if let offset {
            return ContentDate(epochSeconds: wallSeconds - Int64(offset), timeZone: timeZone)
        }
        // Local wall-clock time in the site's zone: find the instant whose local time it is.
        let firstGuess = wallSeconds - Int64(timeZone.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(wallSeconds))))
        let instant = wallSeconds - Int64(timeZone.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(firstGuess))))
        return ContentDate(epochSeconds: instant, timeZone: timeZone)
    }

    private static func isDigit(_ c: UInt8) -> Bool { c >= UInt8(ascii: "0") && c <= UInt8(ascii: "9") }

    private static func digits(_ b: [UInt8], _ i: inout Int, count: Int) -> Int? {
        guard i + count <= b.count else { return nil }
        var value = 0
        for k in i..<(i + count) {
            guard isDigit(b[k]) else { return nil }
            value = value * 10 + Int(b[k] - UInt8(ascii: "0"))
        }
        i += count
        return value
    }

    private static func expect(_ b: [UInt8], _ i: inout Int, _ c: UInt8) -> Bool {
        guard i < b.count, b[i] == c else { return false }
        i += 1
        return true
    }
}
