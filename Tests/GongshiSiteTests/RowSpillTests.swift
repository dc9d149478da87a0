import Dispatch
import Foundation
import Testing
@testable import GongshiCore
@testable import GongshiSite

/// Rows written aside at province scale (`RowSpill`): a build that holds only one month's rows at
/// a time publishes the bytes of one that holds them all, and leaves no file behind.
struct RowSpillTests {
    typealias SampleCopy = IncrementalBuildTests.SampleCopy

    /// The sample (515 rows in 3 months) built with the threshold at 100 rows and one month's
    /// rows in memory: every stage decodes months again and again.
    static func build(_ copy: SampleCopy, useCache: Bool, threshold: Int = 100) throws -> SiteBuilder.Report {
        var options = SiteBuilder.Options(siteFolder: copy.site, outputFolder: copy.output, useCache: useCache)
        options.rowSpillThreshold = threshold
        options.rowSpillKeptInMemory = 1
        PublishedBaseline.forget(in: copy.output)
        return try SiteBuilder.build(options)
    }

    static func leftAside(_ copy: SampleCopy) throws -> [String] {
        let cache = copy.site.appendingPathComponent(".gongshi/cache").path
        return try FileManager.default.contentsOfDirectory(atPath: cache).filter { $0.hasPrefix("rows-aside") }
    }

    @Test func aBuildWithRowsWrittenAsidePublishesACleanBuildsBytes() throws {
        let copy = try SampleCopy()
        defer { copy.cleanUp() }
        let clean = try Self.build(copy, useCache: false)
        #expect(clean.monthsWrittenAside == 3)
        // Each month is decoded again by the stages after the load (audits, index, keys, the
        // load cache's save, render): more than once each with one month in memory.
        #expect(clean.rowDecodings > 3 * 3)
        #expect(clean.monthsWithRowsRead == 3)
        #expect(clean.pages == 126)
        #expect(try Self.leftAside(copy) == [])
        let spilled = SiteFixture.snapshot(copy.output)
        let inMemory = copy.root.appendingPathComponent("in-memory")
        var options = SiteBuilder.Options(siteFolder: copy.site, outputFolder: inMemory, useCache: false)
        options.rowSpillThreshold = 515
        #expect(try SiteBuilder.build(options).monthsWrittenAside == 0)
        #expect(SiteFixture.snapshot(inMemory) == spilled)
        #expect(spilled.count == 138)

        // Rows read back from the load cache are let go and decoded from its parts the same way;
        // only the edited month is parsed, so only its rows are written aside.
        try IncrementalBuildTests.raiseOneAmount(copy)
        let edited = try Self.build(copy, useCache: true)
        #expect(edited.monthsWrittenAside == 1)
        #expect(edited.rowDecodings > 0)
        #expect(try copy.differencesFromCleanBuild() == [])
        #expect(try Self.leftAside(copy) == [])
    }

    @Test func belowTheThresholdNothingIsWrittenAside() throws {
        let copy = try SampleCopy()
        defer { copy.cleanUp() }
        let report = try Self.build(copy, useCache: false, threshold: 515)
        #expect(report.monthsWrittenAside == 0)
        #expect(report.rowDecodings == 0)
        #expect(try copy.differencesFromCleanBuild() == [])
    }

    static func rows(_ count: Int, file: String = "content/rosters/2026-11/a.csv") throws -> [Household] {
        try (0..<count).map { index in
            Household(
                recordID: "R\(index)", village: try #require(RegionCode(index < count / 2 ? "410829101201" : "410829101202")),
                headName: "张*", persons: 1 + index % 4, category: index % 3 == 0 ? .urbanDibao : .ruralDibao,
                amount: Fen(value: 50_000 + Int64(index)), note: index % 5 == 0 ? "备注\(index % 2)" : nil,
                // Every fourth row from another file: a row's file is written when it changes.
                location: SourceLocation(file: index % 4 == 3 ? "b.csv" : file, line: index + 2, column: 1))
        }
    }

    @Test func rowsLetGoAreDecodedBackEqualAndOnlyTheLatestAreKept() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("gongshi-spill-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        // Blocks of 3 rows: a month is written and read back in 3 or 4 blocks.
        let spill = RowSpill(folder: folder.path, threshold: 10, keptInMemory: 2, rowsPerBlock: 3)
        let months = try (0..<4).map { HouseholdRows(try Self.rows(8 + $0, file: "m\($0).csv")) }
        let originals = months.map(\.all)
        for rows in months { spill.add(rows) }
        // 8 + 9 = 17 rows passed the threshold at the second month: all four written aside,
        // the two decoded last kept.
        #expect(spill.counts.written == 4)
        #expect(months.map(\.isDecoded) == [false, false, true, true])
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == [])  // unlinked at once
        #expect(months[0].all == originals[0])
        #expect(months.map(\.isDecoded) == [true, false, false, true])
        // Many threads at once: each month decoded back equal, whatever was let go meanwhile.
        let equal = IndexedResults<Bool>(count: 200)
        DispatchQueue.concurrentPerform(iterations: 200) { index in
            equal.set(index, months[index % 4].all == originals[index % 4])
        }
        #expect(equal.values().allSatisfy { $0 })
        #expect(months.filter(\.isDecoded).count <= 2)
        #expect(months.allSatisfy { $0.wereRead })
    }

    @Test func rowsStayInMemoryWhenTheyCannotBeWrittenAside() throws {
        let spill = RowSpill(folder: "/proc/gongshi-no-such-folder", threshold: 0, keptInMemory: 1)
        let months = try (0..<3).map { HouseholdRows(try Self.rows(4 + $0)) }
        for rows in months { spill.add(rows) }
        #expect(spill.counts.written == 0)
        #expect(months.allSatisfy { $0.isDecoded })
        #expect(months.allSatisfy { !$0.canLetGo })
    }

    @Test func aMonthWithACellOnAnotherLineStaysInMemory() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("gongshi-spill-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let spill = RowSpill(folder: folder.path, threshold: 0, keptInMemory: 1)
        var quoted = try Self.rows(3)
        // A 户主姓名 whose quoted cell began on the line before (its location is not the row's line).
        quoted[1] = Household(
            recordID: "Q", village: quoted[1].village, headName: "李*", persons: 1, category: .ruralDibao,
            amount: Fen(value: 1), location: SourceLocation(file: "a.csv", line: 5, column: 1),
            cellLocations: [.headName: SourceLocation(file: "a.csv", line: 4, column: 3)])
        let months = [HouseholdRows(quoted), HouseholdRows(try Self.rows(4))]
        for rows in months { spill.add(rows) }
        #expect(spill.counts.written == 1)
        #expect(months.map(\.canLetGo) == [false, true])
        #expect(months[0].isDecoded && months[0].all[1].location(of: .headName).line == 4)
    }
}
