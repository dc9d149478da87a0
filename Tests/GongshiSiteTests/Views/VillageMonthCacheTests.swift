import Testing
@testable import GongshiCore
@testable import GongshiSite

/// The shared village-month views: built once, handed to as many pages as were announced, then
/// dropped; a key nobody announced is built every time and never kept.
@Suite struct VillageMonthCacheTests {
    final class Counter: @unchecked Sendable { var builds = 0 }
    let key = VillageMonth(month: 0, village: RegionCode("410829101201")!)

    @Test func announcedUsesShareOneBuildThenTheEntryIsDropped() {
        let cache = VillageMonthCache<Int>(uses: [key: 3])
        let counter = Counter()
        func ask() -> Int { cache.value(key) { counter.builds += 1; return counter.builds } }
        #expect([ask(), ask(), ask()] == [1, 1, 1])
        #expect(counter.builds == 1)
        // A fourth use was not announced: the entry is gone, so it is built again.
        #expect(ask() == 2)
    }

    @Test func unannouncedKeysAreNotKept() {
        let cache = VillageMonthCache<Int>(uses: [:])
        let counter = Counter()
        func ask() -> Int { cache.value(key) { counter.builds += 1; return counter.builds } }
        #expect([ask(), ask()] == [1, 2])
    }
}
