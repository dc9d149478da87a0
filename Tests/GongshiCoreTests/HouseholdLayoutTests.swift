import Testing
@testable import GongshiCore

/// `Household` is stored compactly (32-bit numbers, a packed 起始月份 and 保障类别, a side box for
/// what most rows lack): its size is pinned, so that a field that makes it grow is a decision, and
/// every value, however large or unusual, reads back exactly as it was given.
@Suite("HouseholdLayout")
struct HouseholdLayoutTests {
    static let village = RegionCode("430102001001")!

    static func plain(location: SourceLocation = SourceLocation(file: "content/rosters/2024-12/430102001001.csv", line: 2, column: 1))
        -> Household
    {
        Household(
            recordID: "H6ZD8LHP", village: village, headName: "万*康", persons: 1, householdSize: 1,
            category: .urbanDibao, amount: Fen(value: 73550), startMonth: YearMonth(year: 2018, month: 8),
            location: location)
    }

    @Test("a household is 112 bytes (192 before the compact form): 11 M rows at province scale")
    func stride() {
        #expect(MemoryLayout<Household>.stride == 112)
    }

    @Test("a loaded row without 供养方式, 备注 or cells elsewhere has no side box")
    func plainRowHasNoBox() {
        let row = Self.plain()
        #expect(row.careMode == nil && row.note == nil)
        #expect(row.hasCellsOnRowLine)
        #expect(row.location == SourceLocation(file: "content/rosters/2024-12/430102001001.csv", line: 2, column: 1))
        let extra = Mirror(reflecting: row).children.first { $0.label == "extra" }?.value
        #expect(extra.map { String(describing: $0) } == "nil")
    }

    @Test("numbers beyond 32 bits, marks and odd months read back exactly")
    func wideValues() throws {
        let location = SourceLocation(file: "a.csv", line: Int(Int32.max) + 5, column: 0)
        for persons in [1, Int(Int32.max), Int(Int32.min), Int(Int32.min) + 1, Int(Int32.max) + 1, Int.max, Int.min, 0, -1] {
            var row = Self.plain(location: location)
            row.persons = persons
            #expect(row.persons == persons)
            row.householdSize = persons
            #expect(row.householdSize == persons)
            row.householdSize = nil
            #expect(row.householdSize == nil)
            #expect(row.persons == persons)
        }
        let row = Self.plain(location: location)
        #expect(row.location == location)
        let late = try #require(YearMonth(year: 9999, month: 12)), early = try #require(YearMonth(year: 1, month: 1))
        for month in [late, late.next, early, early.previous, nil] {
            for category in BenefitCategory.allCases {
                var row = Self.plain()
                row.startMonth = month
                row.category = category
                #expect(row.startMonth == month)
                #expect(row.category == category)
                row.startMonth = month
                #expect(row.category == category)
            }
        }
    }

    @Test("equality and hashing follow the values, not how they are stored")
    func equality() {
        var a = Self.plain(), b = Self.plain()
        a.note = "渐退期"
        #expect(a != b)
        b.note = "渐退期"
        #expect(a == b && a.hashValue == b.hashValue)
        a.note = nil
        b.note = nil
        #expect(a == b && a.hashValue == b.hashValue)
        a.persons = Int(Int32.max) + 1
        a.persons = 1
        #expect(a == b && a.hashValue == b.hashValue)
        a.careMode = "分散"
        #expect(a != b)
        a.careMode = nil
        #expect(a == b)
    }

    @Test("cells elsewhere are kept beside the row's own columns")
    func cellsElsewhere() {
        let at = SourceLocation(file: "a.csv", line: 7, column: 1)
        let elsewhere = SourceLocation(file: "a.csv", line: 8, column: 3)
        let row = Household(
            recordID: "R1", village: Self.village, headName: "张*丰", persons: 2, category: .ruralTekun, careMode: "集中",
            amount: Fen(value: 100), note: "新纳入", location: at,
            cellLocations: [.recordID: at.with(line: 7, column: 1), .note: elsewhere, .amount: at.with(line: 7, column: 70_000)])
        #expect(row.location(of: .recordID) == at.with(line: 7, column: 1))
        #expect(row.location(of: .note) == elsewhere)
        #expect(row.location(of: .amount) == at.with(line: 7, column: 70_000))
        #expect(row.location(of: .headName) == at)
        #expect(row.cellLocations.count == 3)
        #expect(!row.hasCellsOnRowLine)
        #expect(row.careMode == "集中" && row.note == "新纳入" && row.category == .ruralTekun)
    }
}
