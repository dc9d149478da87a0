import Foundation
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

    /// The side box a row holds (nil when it has none), to tell shared boxes from equal ones.
    static func box(of row: Household) -> AnyObject? { row.sideBox }

    @Test("rows of a roster with equal 供养方式 and 备注 share one side box; other boxes are their own")
    func equalBoxesAreShared() throws {
        let csv = """
            记录编号,户主姓名,保障人数,家庭人口,保障类别,供养方式,月保障金额(元),起始月份,备注
            R1,张*丰,1,1,农村特困,分散,100.00,2024-01,新纳入
            R2,李*,2,2,农村特困,分散,200.00,2024-02,新纳入
            R3,王*,1,1,农村特困,集中,300.00,2024-03,
            R4,赵*,1,1,农村特困,集中,400.00,2024-04,
            R5,陈*,1,1,城市低保,,500.00,2024-05,
            R6,周*,3,3,农村特困,分散,600.00,2024-06,新纳入

            """
        let path = "content/rosters/2024-06/430102001001.csv"
        let records = try CSVReader.read(Data(csv.utf8), encoding: .utf8, file: path)
        var headers: [String: RosterFileParser.HeaderMeaning] = [:]
        var boxes = HouseholdExtra.Shared()
        var rows: [Household] = []
        var log = DiagnosticLog()
        RosterFileParser.parse(records, path: path, namedVillage: Self.village, headerCache: &headers, boxes: &boxes, into: &rows, log: &log)
        #expect(log.all.isEmpty)
        #expect(rows.map(\.careMode) == ["分散", "分散", "集中", "集中", nil, "分散"])
        #expect(rows.map(\.note) == ["新纳入", "新纳入", nil, nil, nil, "新纳入"])
        let shared = rows.map(Self.box(of:))
        #expect(shared[0] != nil && shared[0] === shared[1] && shared[1] === shared[5])
        #expect(shared[2] != nil && shared[2] === shared[3] && shared[2] !== shared[0])
        #expect(shared[4] == nil)
        // A row's dump shows its box's values, not the box: equal rows dump alike however shared.
        let alone = Household(
            recordID: "R2", village: Self.village, headName: "李*", persons: 2, householdSize: 2, category: .ruralTekun,
            careMode: "分散", amount: Fen(value: 20000), startMonth: YearMonth(year: 2024, month: 2), note: "新纳入",
            location: SourceLocation(file: path, line: 3, column: 1), cellColumns: rows[1].cellColumnsOnRowLine ?? RosterCellColumns())
        #expect(alone == rows[1] && alone.sideBox !== rows[1].sideBox)
        var (dumpAlone, dumpShared) = ("", "")
        dump([rows[0], alone], to: &dumpAlone)
        dump([rows[0], rows[1]], to: &dumpShared)
        #expect(dumpAlone == dumpShared)
        // A box with more than 供养方式 and 备注 is never shared, and reads back its own values.
        let wide = Int(Int32.max) + 1
        var table = HouseholdExtra.Shared()
        let a = table.box(HouseholdExtra.Fields(careMode: "分散", widePersons: wide))
        let b = table.box(HouseholdExtra.Fields(careMode: "分散", widePersons: wide))
        #expect(a !== b && a.fields == b.fields && a.fields.widePersons == wide)
        // Without sharing (the initialiser without a table), every box is new.
        var none = HouseholdExtra.Shared(sharing: false)
        #expect(none.box(HouseholdExtra.Fields(note: "新纳入")) !== none.box(HouseholdExtra.Fields(note: "新纳入")))
    }

    @Test("a month's rows are kept in an array of their size, in order")
    func exactlySizedKeepsTheRows() {
        var rows: [Household] = []
        for line in 2..<1_000 {
            rows.append(Self.plain(location: SourceLocation(file: "a.csv", line: line, column: 1)))
        }
        rows.reserveCapacity(4_000)
        let exact = RosterLoader.exactlySized(rows)
        #expect(exact == rows)
        #expect(exact.capacity < rows.capacity)
        let tight = RosterLoader.exactlySized(exact)
        #expect(tight == rows)
        #expect(RosterLoader.exactlySized([]) == [])
    }
}
