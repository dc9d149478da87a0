import Foundation
import Testing
@testable import GongshiCore
@testable import GongshiSite

/// The load cache's month files (`month-YYYY-MM`, `LoadCache+Months`): written beside the rows
/// parts and read back, only those that changed written again; a summary whose key is not the
/// one the inputs give, one whose rows part was replaced, and a file cut short are not used (the
/// last with GS5200), and the output is a clean build's every time.
extension LoadCacheTests {
    static func monthFile(_ copy: SampleCopy, _ month: String) -> URL { loadCacheFile(copy, part: "month-" + month) }

    static func monthRecord(_ copy: SampleCopy, _ month: String) throws -> LoadCache.MonthRecord? {
        let bytes = try [UInt8](Data(contentsOf: monthFile(copy, month)))
        guard case .found(let record) = LoadCache.decodeMonth(bytes, engine: EngineIdentity.current) else { return nil }
        return record
    }

    @Test func monthFilesAreWrittenReadBackAndOnlyTheChangedOnesWrittenAgain() throws {
        let copy = try SampleCopy()
        defer { copy.cleanUp() }
        #expect(try Self.build(copy).summarizedMonths == 0)
        let first = try Self.partInodes(copy)
        for month in ["2026-09", "2026-10", "2026-11"] {
            let record = try #require(try Self.monthRecord(copy, month))
            #expect(record.summary.month.description == month)
            // Written with the rows part beside it.
            let rows = try [UInt8](Data(contentsOf: Self.loadCacheFile(copy, part: "rosters-" + month)))
            #expect(record.rowsPart == Digest32(rows.suffix(32)))
            // The bytes are exactly what encoding the record gives.
            let bytes = try [UInt8](Data(contentsOf: Self.monthFile(copy, month)))
            #expect(LoadCache.encodedMonth(record, engine: EngineIdentity.current) == bytes)
        }
        let again = try Self.build(copy)
        #expect(again.summarizedMonths == 3)
        #expect(try Self.partInodes(copy) == first)
        try IncrementalBuildTests.raiseOneAmount(copy)
        // One roster of the latest month: the two months before are taken from their summaries.
        let edited = try Self.build(copy)
        #expect(edited.summarizedMonths == 2)
        #expect(try Self.partInodes(copy).filter { first[$0.key] != $0.value }.keys.sorted() == ["month-2026-11", "rosters-2026-11"])
        #expect(try IncrementalBuildTests.differencesFromCleanBuild(copy) == [])
        #expect(try Self.build(copy).summarizedMonths == 3)
    }

    @Test func aSummaryWithAnotherKeyIsNotUsed() throws {
        let copy = try SampleCopy()
        defer { copy.cleanUp() }
        _ = try Self.build(copy)
        let october = try #require(try Self.monthRecord(copy, "2026-10"))
        let september = try #require(try Self.monthRecord(copy, "2026-09"))
        let summary = october.summary
        let wrong = RosterMonthSummary(month: summary.month, key: september.summary.key, villages: summary.villages,
                                       totals: summary.totals, regions: summary.regions, hasPrevious: summary.hasPrevious,
                                       rowCount: summary.rowCount, changes: summary.changes, keyParts: summary.keyParts)
        let record = LoadCache.MonthRecord(fingerprint: october.fingerprint, rowsPart: october.rowsPart, summary: wrong)
        try Data(LoadCache.encodedMonth(record, engine: EngineIdentity.current)).write(to: Self.monthFile(copy, "2026-10"))
        let report = try Self.build(copy)
        #expect(report.summarizedMonths == 2)
        #expect(Self.discarded(report) == [])
        #expect(try Self.monthRecord(copy, "2026-10") == october)  // written again, right
        #expect(try IncrementalBuildTests.differencesFromCleanBuild(copy) == [])
    }

    @Test func aSummaryWhoseRowsPartWasReplacedIsNotUsed() throws {
        let copy = try SampleCopy()
        defer { copy.cleanUp() }
        _ = try Self.build(copy)
        // Another rows part of 2026-10, valid and of the same content but for one file it lacks
        // (loaded again from its CSV): the month is whole, its summary's key matches, but the
        // summary was not written with these rows.
        let url = Self.loadCacheFile(copy)
        let bytes = try [UInt8](Data(contentsOf: url))
        guard case .found(var memory) = LoadCache.decode(bytes, engine: EngineIdentity.current) else {
            Issue.record("the rows part did not read back")
            return
        }
        let path = try #require(memory.rosterFiles.keys.sorted().first)
        memory.rosterFiles[path] = nil
        try Data(try #require(LoadCache.encoded(memory, engine: EngineIdentity.current))).write(to: url)
        let report = try Self.build(copy)
        #expect(report.summarizedMonths == 2)
        #expect(Self.discarded(report) == [])
        #expect(try IncrementalBuildTests.differencesFromCleanBuild(copy) == [])
        #expect(try Self.build(copy).summarizedMonths == 3)
    }

    @Test func aMonthFileCutShortIsDiscardedWithGS5200() throws {
        let copy = try SampleCopy()
        defer { copy.cleanUp() }
        _ = try Self.build(copy)
        let url = Self.monthFile(copy, "2026-10")
        let whole = try Data(contentsOf: url)
        try whole.prefix(whole.count - 7).write(to: url)
        let report = try Self.build(copy)
        #expect(Self.discarded(report) == [".gongshi/cache: " + Messages.loadCacheDiscarded.line(.warning)])
        #expect(report.summarizedMonths == 2)
        #expect(report.reusedInputFiles == Self.perFileInputs)  // the rows parts are used all the same
        #expect(try IncrementalBuildTests.differencesFromCleanBuild(copy) == [])
        let again = try Self.build(copy)
        #expect(again.summarizedMonths == 3)
        #expect(Self.discarded(again) == [])
    }
}

extension LoadCacheTests {
    /// Rows read back from the load cache share their side boxes (equal 供养方式 and 备注) within a
    /// month as rows the loader parsed do (`HouseholdExtra.Shared`): the memory an incremental
    /// build holds is that of a clean one.
    @Test func rowsReadBackShareTheirSideBoxesWithinAMonth() throws {
        let copy = try SampleCopy()
        defer { copy.cleanUp() }
        _ = try Self.build(copy)
        let memory = try #require(LoadCache.load(siteFolder: copy.site.path).memory)
        let september = memory.rosterFiles.filter { $0.key.hasPrefix("content/rosters/2026-09/") }.values
            .flatMap { Array($0.households) }
        let noted = september.filter { $0.note == "新纳入" && $0.careMode == nil }
        #expect(noted.count >= 2)
        let boxes = noted.compactMap(\.sideBox)
        #expect(boxes.count == noted.count)
        #expect(boxes.allSatisfy { $0 === boxes[0] })
    }
}
