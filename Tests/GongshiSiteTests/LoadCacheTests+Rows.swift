import Foundation
import Testing
@testable import GongshiCore
@testable import GongshiSite

/// Rows read back from the load cache are decoded only when a stage reads them
/// (`HouseholdRows`): a month taken from its summary whose pages are all linked is never decoded,
/// and a build that renders a month's pages decodes it and publishes a clean build's bytes.
extension LoadCacheTests {
    @Test func monthsTakenFromTheirSummariesAreNotDecoded() throws {
        let copy = try SampleCopy()
        defer { copy.cleanUp() }
        let first = try Self.build(copy)
        #expect(first.rosterMonths == 3)
        #expect(first.monthsWithRowsRead == 3)  // parsed
        let unchanged = try Self.build(copy)
        #expect(unchanged.summarizedMonths == 3)
        #expect(unchanged.monthsWithRowsRead == 0)
        // One roster of the latest month: that month (its other files' rows are copied into the
        // month's new array) and the month before (compared with it) are read; 2026-09 is not.
        try IncrementalBuildTests.raiseOneAmount(copy)
        let edited = try Self.build(copy)
        #expect(edited.summarizedMonths == 2)
        #expect(edited.monthsWithRowsRead == 2)
        #expect(try IncrementalBuildTests.differencesFromCleanBuild(copy) == [])
        // A template every roster page uses: every month's pages are rendered from decoded rows.
        try copy.edit("themes/default/templates/roster_notice.mustache") { $0 + "{{! a comment }}\n" }
        let template = try Self.build(copy)
        #expect(template.summarizedMonths == 3)
        #expect(template.monthsWithRowsRead == 3)
        #expect(try IncrementalBuildTests.differencesFromCleanBuild(copy) == [])
    }

    @Test func decodedRowsAreTheParsedRowsAndTheirRunsAreKnownBeforehand() throws {
        let copy = try SampleCopy()
        defer { copy.cleanUp() }
        _ = try Self.build(copy)
        let parsed = try ContentLoader.load(siteFolder: copy.site, options: .init()).0
        let read = LoadCache.read(siteFolder: copy.site.path, engine: EngineIdentity.current)
        let memory = try #require(read.memory)
        for month in parsed.months {
            let files = month.files.compactMap { memory.rosterFiles[$0.path] }
            #expect(files.count == month.files.count)
            let rows = try #require(RosterFileMemory.sharedRows(files))
            #expect(!rows.isDecoded)
            #expect(rows.count == month.households.count)
            // The runs come from the cache, not from decoding the rows.
            #expect(rows.villageRuns == HouseholdRows.runs(of: month.households[...]))
            #expect(!rows.isDecoded)
            #expect(rows.all == month.households)
            #expect(rows.isDecoded)
        }
    }
}

/// `HouseholdRows` on its own: decoded once, on first use, whatever the number of threads asking.
struct HouseholdRowsTests {
    static func household(_ id: String, _ village: String) throws -> Household {
        Household(recordID: id, village: try #require(RegionCode(village)), headName: "张*", persons: 1,
                  category: .ruralDibao, amount: Fen(value: 50_000), location: SourceLocation(file: "a.csv", line: 2, column: 1))
    }

    @Test func pendingRowsAreDecodedOnceWhenFirstRead() throws {
        let rows = [try Self.household("1", "410829101201"), try Self.household("2", "410829101201"),
                    try Self.household("3", "410829101202")]
        let calls = IndexedResults<Int>(count: 64)
        let counter = DecodeCounter()
        let runs = HouseholdRows.runs(of: rows[...])
        #expect(runs.map(\.range) == [0..<2, 2..<3])
        let pending = HouseholdRows(count: 3, villageRuns: runs) {
            counter.add()
            return rows
        }
        #expect(pending.villageRuns == runs)
        #expect(!pending.isDecoded && counter.value == 0)
        DispatchQueue.concurrentPerform(iterations: 64) { index in calls.set(index, pending.all.count) }
        #expect(calls.values() == Array(repeating: 3, count: 64))
        #expect(counter.value == 1)
        #expect(pending.isDecoded)
        // Given rows: their runs are worked out from them.
        #expect(HouseholdRows(rows).villageRuns == runs)
    }
}

private final class DecodeCounter: @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0
    func add() { lock.lock(); count += 1; lock.unlock() }
    var value: Int { lock.lock(); defer { lock.unlock() }; return count }
}
