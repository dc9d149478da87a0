/// A calendar month such as 2026-11: the period a roster or a payment belongs to.
public struct YearMonth: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let year: Int
    public let month: Int

    /// Year 1...9999, month 1...12.
    public init?(year: Int, month: Int) {
        guard (1...9999).contains(year), (1...12).contains(month) else { return nil }
        self.year = year
        self.month = month
    }

    /// Exactly `YYYY-MM` in ASCII digits (`2026-11`, `2026-01`); year 0001–9999, month 01–12.
    /// Nothing else: not `2026-1`, `2026/11`, `202611`, `2026-11-01`, nor with spaces.
    public init?(_ text: String) {
        // Byte by byte, no arrays: every roster row has a 起始月份.
        guard text.utf8.count == 7 else { return nil }
        var year = 0
        var month = 0
        for (index, byte) in text.utf8.enumerated() {
            if index == 4 {
                guard byte == 0x2D else { return nil }  // "-"
                continue
            }
            guard byte >= 0x30, byte <= 0x39 else { return nil }
            if index < 4 { year = year * 10 + Int(byte - 0x30) } else { month = month * 10 + Int(byte - 0x30) }
        }
        self.init(year: year, month: month)
    }

    /// Unchecked: for `previous` and `next`, which may step to year 0 or 10000.
    private init(uncheckedYear year: Int, month: Int) {
        self.year = year
        self.month = month
    }

    /// `2026-11`: the form `init?(_:)` reads.
    public var description: String {
        let y = String(year), m = String(month)
        return String(repeating: "0", count: max(0, 4 - y.count)) + y + "-" + (month < 10 ? "0" : "") + m
    }

    /// `2026年11月`, `2026年1月`.
    public var chineseDisplay: String { "\(year)年\(month)月" }

    public var previous: YearMonth {
        month == 1 ? YearMonth(uncheckedYear: year - 1, month: 12) : YearMonth(uncheckedYear: year, month: month - 1)
    }

    public var next: YearMonth {
        month == 12 ? YearMonth(uncheckedYear: year + 1, month: 1) : YearMonth(uncheckedYear: year, month: month + 1)
    }

    /// 28–31, with Gregorian leap years.
    public var dayCount: Int {
        switch month {
        case 2: return isLeapYear ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Whole months from `earlier` to this month (negative when `earlier` is later).
    public func monthsSince(_ earlier: YearMonth) -> Int {
        (year - earlier.year) * 12 + (month - earlier.month)
    }

    public var isLeapYear: Bool { (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 }

    public static func < (lhs: YearMonth, rhs: YearMonth) -> Bool {
        (lhs.year, lhs.month) < (rhs.year, rhs.month)
    }
}
