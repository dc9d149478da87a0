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
}
