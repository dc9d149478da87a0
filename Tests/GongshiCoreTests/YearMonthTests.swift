import Testing
@testable import GongshiCore

@Suite("YearMonth")
struct YearMonthTests {
    @Test("accepted", arguments: [
        ("2026-11", 2026, 11),
        ("2026-01", 2026, 1),
        ("2026-12", 2026, 12),
        ("1999-09", 1999, 9),
        ("0001-01", 1, 1),
        ("9999-12", 9999, 12),
    ] as [(String, Int, Int)])
    func accepted(_ text: String, _ year: Int, _ month: Int) throws {
        let value = try #require(YearMonth(text))
        #expect(value.year == year)
        #expect(value.month == month)
        #expect(value.description == text)
        #expect(value == YearMonth(year: year, month: month))
    }

    @Test("refused", arguments: [
        "", "2026", "2026-1", "2026-00", "2026-13", "2026-99", "0000-05", "2026/11", "202611", "2026-11-01",
        "2026年11月", " 2026-11", "2026-11 ", "2026–11", "２０２６-１１", "26-11", "+026-11", "-2026-11",
        "2026-1a", "2026-+1", "20261-1",
    ])
    func refused(_ text: String) {
        #expect(YearMonth(text) == nil)
    }

    @Test func memberwiseChecks() {
        #expect(YearMonth(year: 2026, month: 0) == nil)
        #expect(YearMonth(year: 2026, month: 13) == nil)
        #expect(YearMonth(year: 0, month: 1) == nil)
        #expect(YearMonth(year: 10_000, month: 1) == nil)
    }

    func ym(_ text: String) -> YearMonth? { YearMonth(text) }

    @Test func previousAndNext() {
        #expect(ym("2026-11")?.next == ym("2026-12"))
        #expect(ym("2026-12")?.next == ym("2027-01"))
        #expect(ym("2026-01")?.previous == ym("2025-12"))
        #expect(ym("2026-11")?.previous == ym("2026-10"))
        #expect(ym("2026-11")?.next.previous == ym("2026-11"))
        #expect(ym("2026-01")?.previous.description == "2025-12")
        // Stepping off the readable range still works and prints.
        #expect(ym("9999-12")?.next.description == "10000-01")
        #expect(ym("0001-01")?.previous.description == "0000-12")
    }

    @Test func ordering() {
        let months = ["2026-11", "2025-12", "2026-02", "2026-10"].compactMap(YearMonth.init)
        #expect(months.sorted().map(\.description) == ["2025-12", "2026-02", "2026-10", "2026-11"])
        #expect(ym("2025-12")! < ym("2026-01")!)
        #expect(!(ym("2026-01")! < ym("2026-01")!))
    }

    @Test func displays() {
        #expect(ym("2026-11")?.chineseDisplay == "2026年11月")
        #expect(ym("2026-01")?.chineseDisplay == "2026年1月")
        #expect(ym("0999-03")?.description == "0999-03")
        #expect("\(ym("2026-03")!)" == "2026-03")
    }

    @Test("day counts", arguments: [
        ("2026-01", 31), ("2026-02", 28), ("2026-03", 31), ("2026-04", 30), ("2026-05", 31), ("2026-06", 30),
        ("2026-07", 31), ("2026-08", 31), ("2026-09", 30), ("2026-10", 31), ("2026-11", 30), ("2026-12", 31),
        ("2024-02", 29), ("2028-02", 29), ("2000-02", 29), ("1900-02", 28), ("2100-02", 28),
    ] as [(String, Int)])
    func dayCount(_ text: String, _ days: Int) {
        #expect(ym(text)?.dayCount == days)
    }

    @Test func usableAsDictionaryKey() {
        let totals = [ym("2026-11")!: 3, ym("2026-12")!: 4]
        #expect(totals[YearMonth(year: 2026, month: 11)!] == 3)
    }
}
