import Foundation
import Testing
@testable import GongshiCore
@testable import GongshiSite

/// `RosterDiff` (the plan's packed-key diff of two months) against `RosterChanges.between`, its
/// definition: the same 新增 / 停保 / 调整, in the same order, with the same rows.
@Suite struct RosterDiffTests {
    static let villages = ["410829101201", "410829101202", "410829102301"].compactMap(RegionCode.init)

    static func row(_ id: String, amount: Int64, persons: Int, village: Int, line: Int) -> Household {
        Household(recordID: id, village: villages[village % villages.count], headName: "张*", persons: persons,
                  category: .ruralDibao, amount: Fen(value: amount), location: SourceLocation(file: "a.csv", line: line))
    }

    /// A month of `count` rows drawn from `ids`, repeats allowed (a repeated 记录编号 is an error
    /// the audit reports, but the plan is still made).
    static func month(_ ids: [String], count: Int, generator: inout SplitMix64) -> [Household] {
        (0..<count).map { line in
            row(ids[Int(generator.next() % UInt64(ids.count))], amount: Int64(generator.next() % 3) * 100,
                persons: Int(generator.next() % 2) + 1, village: Int(generator.next() % 3), line: line + 2)
        }
    }

    static func expectSame(previous: [Household]?, current: [Household]) {
        let fast = RosterDiff.changes(previous: previous, current: current)
        let reference = RosterChanges.between(previous: previous, current: current)
        #expect(fast == reference)
        // Equal households can sit on different lines: the rows themselves must be the same ones.
        #expect(fast.added.map(\.location) == reference.added.map(\.location))
        #expect(fast.stopped.map(\.location) == reference.stopped.map(\.location))
        #expect(fast.adjusted.map(\.before.location) == reference.adjusted.map(\.before.location))
        #expect(fast.adjusted.map(\.after.location) == reference.adjusted.map(\.after.location))
    }

    @Test(arguments: [
        // Short ASCII codes, as the loader sees them.
        ["H6ZD8LHP", "HSVLNJ8P", "A", "B", "C", "0000000", "00000000", "000000000", "ZZZZZZZZZZZZZZZ", ""],
        // Codes that do not pack (non-ASCII, 16 bytes and more): the reference itself is taken.
        ["记录1", "记录2", "A", "B"],
        ["1234567890123456", "123456789012345", "A"],
        // Codes that agree in their first 8 or 15 bytes.
        ["ABCDEFGH1", "ABCDEFGH2", "ABCDEFGH", "ABCDEFGH1234567", "ABCDEFGH1234568"],
    ])
    func sameChangesAsTheDefinition(ids: [String]) {
        var generator = SplitMix64(seed: 0x5EED_D1FF)
        for round in 0..<40 {
            let previous = Self.month(ids, count: round % 13, generator: &generator)
            let current = Self.month(ids, count: (round * 7) % 11, generator: &generator)
            Self.expectSame(previous: previous, current: current)
            Self.expectSame(previous: nil, current: current)
        }
    }

    /// A city-sized month against its successor: rows added, stopped, adjusted and moved.
    @Test func largeMonths() {
        var generator = SplitMix64(seed: 42)
        let ids = (0..<5_000).map { String(format: "H%07X", $0 * 7919 % 0xFFFFFF) }
        let previous = Self.month(ids, count: 4_000, generator: &generator)
        let current = Self.month(ids, count: 4_200, generator: &generator)
        Self.expectSame(previous: previous, current: current)
    }

    @Test func packedCodesAreEqualOnlyForEqualStrings() {
        let codes = ["", "A", "A\u{0}", "AB", "BA", "ABCDEFGH", "ABCDEFGHI", "ABCDEFGHIJKLMNO"]
        for a in codes {
            for b in codes {
                let x = RosterDiff.PackedRecordID(a), y = RosterDiff.PackedRecordID(b)
                #expect(x != nil && y != nil)
                #expect((x == y) == (a == b), "\(a) \(b)")
            }
        }
        #expect(RosterDiff.PackedRecordID("ABCDEFGHIJKLMNOP") == nil)
        #expect(RosterDiff.PackedRecordID("é") == nil)
    }

    /// Keys packed by the caller (each month packed once, `RosterIndex`) give the definition's
    /// changes too, and keys that are not the rows' own (a count that differs) are not trusted.
    @Test func keysPackedByTheCaller() {
        var generator = SplitMix64(seed: 0xD1FF_5EED)
        let ids = (0..<300).map { String(format: "H%05X", $0 * 31) }
        let previous = Self.month(ids, count: 250, generator: &generator)
        let current = Self.month(ids, count: 260, generator: &generator)
        let reference = RosterChanges.between(previous: previous, current: current)
        let shared = RosterDiff.changes(previous: previous, current: current, previousKeys: RosterDiff.PackedRecordID.all(previous),
                                        currentKeys: RosterDiff.PackedRecordID.all(current))
        #expect(shared == reference)
        let shortKeys = RosterDiff.PackedRecordID.all(Array(current.dropLast()))
        #expect(RosterDiff.changes(previous: previous, current: current, previousKeys: RosterDiff.PackedRecordID.all(previous),
                                   currentKeys: shortKeys) == reference)
        #expect(RosterDiff.changes(previous: previous, current: current, previousKeys: nil, currentKeys: nil) == reference)
    }

    /// Every month of an index (consecutive ones, and one after a gap, which has no month before)
    /// has the changes the definition gives against the month before it.
    @Test func indexOfSeveralMonths() throws {
        var generator = SplitMix64(seed: 7)
        let ids = (0..<400).map { String(format: "R%06X", $0 * 97) }
        let date = ContentDate(epochSeconds: 1_700_000_000, timeZone: TimeZone(identifier: "Asia/Shanghai") ?? .current)
        let notice = MonthNotice(noticeType: .longTerm, publishFrom: date, publishTo: date, publisher: "民政办", hotline: nil,
                                 address: nil, basis: [], expectedTotals: nil, location: SourceLocation(file: "_month.yaml"),
                                 sourceText: nil)
        let names = ["2024-01", "2024-02", "2024-03", "2024-05", "2024-06"]
        let months = try names.map { name in
            let rows = Self.month(ids, count: 300, generator: &generator)
            return RosterMonth(month: try #require(YearMonth(name)), notice: notice, households: rows, files: [],
                               villages: Array(Set(rows.map(\.village))).sorted())
        }
        let index = RosterIndex(months: months.reversed())
        #expect(index.months.map(\.month.month.description) == names)
        for (position, entry) in index.months.enumerated() {
            let consecutive = position > 0 && index.months[position - 1].month.month == entry.month.month.previous
            let previous = consecutive ? index.months[position - 1].month.households : nil
            #expect(entry.changes == RosterChanges.between(previous: previous, current: entry.month.households), "\(position)")
            #expect(entry.hasPrevious == consecutive)
        }
        // Taken over whole by a later index made of the same arrays.
        let again = RosterIndex(months: months, reusing: index)
        #expect(again.months.map(\.changes) == index.months.map(\.changes))
    }

    /// The index's packed keys (`PackedRecordIDSlots`): made once, the same as packing directly,
    /// and let go once every comparison that reads them is done (three months: the middle one
    /// is read by both comparisons).
    @Test func packedKeysAreLetGoOnceTheirComparisonsAreDone() {
        let months = [["A", "B"], ["B", "C"], ["C", "记录"]].map { ids in
            ids.enumerated().map { Self.row($1, amount: 100, persons: 1, village: 0, line: $0 + 2) }
        }
        let slots = PackedRecordIDSlots(readers: [1, 2, 1])
        #expect(slots.keys(0, of: months[0]) == RosterDiff.PackedRecordID.all(months[0]))
        #expect(slots.keys(1, of: months[1]) == RosterDiff.PackedRecordID.all(months[1]))
        #expect(slots.holds(0) && slots.holds(1) && !slots.holds(2))
        slots.done(0)
        slots.done(1)
        #expect(!slots.holds(0) && slots.holds(1))
        #expect(slots.keys(2, of: months[2]) == nil)  // 记录 does not pack: nil, made once
        #expect(slots.keys(1, of: []) == RosterDiff.PackedRecordID.all(months[1]))  // kept, not packed again
        slots.done(1)
        slots.done(2)
        #expect(!slots.holds(0) && !slots.holds(1) && !slots.holds(2))
    }
}
