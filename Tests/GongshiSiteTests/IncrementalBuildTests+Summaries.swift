import Foundation
import Testing
@testable import GongshiCore
@testable import GongshiSite

/// Month summaries (`RosterMonthSummary`) across edits: after each, the build takes from its
/// summary exactly the months whose inputs, month before and that month's inputs are unchanged
/// (as loaded: an empty month folder is a month), and its output is a clean build's, byte for byte.
extension IncrementalBuildTests {
    /// Builds in this process (the summaries' counter is in its report).
    static func summarized(_ copy: SampleCopy) throws -> Int {
        PublishedBaseline.forget(in: copy.output)
        let report = try SiteBuilder.build(.init(siteFolder: copy.site, outputFolder: copy.output))
        #expect(report.warnings.filter { $0.code == .buildCacheDiscarded } == [])
        return report.summarizedMonths
    }

    /// `differencesFromCleanBuild` with the clean build made in this process: the `gongshi`
    /// binary's would write the load cache as another program's, which the next build here ignores.
    static func differencesFromCleanBuild(_ copy: SampleCopy) throws -> [String] {
        let clean = copy.root.appendingPathComponent("clean-\(UUID().uuidString)")
        _ = try SiteBuilder.build(.init(siteFolder: copy.site, outputFolder: clean, useCache: false))
        let incremental = SiteFixture.snapshot(copy.output), fresh = SiteFixture.snapshot(clean)
        try FileManager.default.removeItem(at: clean)
        return Set(incremental.keys).union(fresh.keys).filter { incremental[$0] != fresh[$0] }.sorted()
    }

    /// An edit, then a build that takes `expected` months from summaries and equals a clean build,
    /// then a build with nothing changed that takes every month (`months`) from them.
    static func expectSummaries(_ copy: SampleCopy, after edit: () throws -> Void, expected: Int, months: Int,
                                sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        try edit()
        #expect(try summarized(copy) == expected, sourceLocation: sourceLocation)
        #expect(try differencesFromCleanBuild(copy) == [], sourceLocation: sourceLocation)
        #expect(try summarized(copy) == months, sourceLocation: sourceLocation)
    }

    static let octoberRow = "content/rosters/2026-10/410829101201.csv"

    static func raiseOctober(_ copy: SampleCopy) throws {
        try copy.edit(octoberRow) { $0.replacingOccurrences(of: "YT014234,李*山,2,2,农村低保,,703.00,", with: "YT014234,李*山,2,2,农村低保,,704.00,") }
        try copy.edit("content/rosters/2026-10/_month.yaml") { $0.replacingOccurrences(of: "\"152285.50\"", with: "\"152286.50\"") }
    }

    @Test func summariesAfterEditsOfEachMonth() throws {
        let copy = try SampleCopy()
        defer { copy.cleanUp() }
        #expect(try Self.summarized(copy) == 0)
        #expect(try Self.summarized(copy) == 3)
        // The latest month: the two before it kept.
        try Self.expectSummaries(copy, after: { try Self.raiseOneAmount(copy) }, expected: 2, months: 3)
        // The month before the latest: it and the latest (counted against it) made again.
        try Self.expectSummaries(copy, after: { try Self.raiseOctober(copy) }, expected: 1, months: 3)
        // The first month: it and the middle one made again, the latest kept.
        try Self.expectSummaries(copy, after: {
            try copy.edit("content/rosters/2026-09/_month.yaml") { $0 + "\n# 备注\n" }
        }, expected: 1, months: 3)
    }

    @Test func summariesAfterAStrayFileARenamedCSVAndARetiredCode() throws {
        let copy = try SampleCopy()
        defer { copy.cleanUp() }
        _ = try Self.summarized(copy)
        let stray = copy.site.appendingPathComponent("content/rosters/2026-10/说明.txt")
        // A file that is not a CSV in a month folder: not a per-file input, so in the load
        // fingerprint (and in the month's notice part of the keys): no summary is used.
        try Self.expectSummaries(copy, after: { try Data("附件说明\n".utf8).write(to: stray) }, expected: 0, months: 3)
        try Self.expectSummaries(copy, after: { try FileManager.default.removeItem(at: stray) }, expected: 0, months: 3)
        // A CSV renamed, bytes unchanged, now listed first: its rows come first (other positions).
        let folder = copy.site.appendingPathComponent("content/rosters/2026-10")
        try Self.expectSummaries(copy, after: {
            try FileManager.default.moveItem(at: folder.appendingPathComponent("城关街道.csv"),
                                             to: folder.appendingPathComponent("0城关街道.csv"))
        }, expected: 1, months: 3)
        // A code retired in regions.csv: in the load fingerprint, so no summary is used.
        try Self.expectSummaries(copy, after: {
            try copy.edit("content/regions.csv") { $0 + "410829201205,新河村,410829201202\n" }
        }, expected: 0, months: 3)
    }

    @Test func summariesAfterAMonthIsDeletedAndAdded() throws {
        let copy = try SampleCopy()
        defer { copy.cleanUp() }
        _ = try Self.summarized(copy)
        let september = copy.site.appendingPathComponent("content/rosters/2026-09")
        let aside = copy.root.appendingPathComponent("2026-09")
        // 2026-10 has no month before it any more; 2026-11 is kept.
        try Self.expectSummaries(copy, after: { try FileManager.default.moveItem(at: september, to: aside) }, expected: 1, months: 2)
        try Self.expectSummaries(copy, after: { try FileManager.default.moveItem(at: aside, to: september) }, expected: 1, months: 3)
    }

    /// An empty month folder has no input, yet it is a loaded month (with `notice_period: month`,
    /// a month needs no `_month.yaml`): the month after it has a month before it now, so its
    /// summary must miss although none of its inputs changed.
    @Test func anEmptyMonthFolderAddedOrRemovedBeforeAMonth() throws {
        let copy = try SampleCopy()
        defer { copy.cleanUp() }
        try copy.edit("site.yaml") { $0 + "\ndisclosure:\n  notice_period: month\n" }
        _ = try Self.summarized(copy)
        let august = copy.site.appendingPathComponent("content/rosters/2026-08")
        try Self.expectSummaries(copy, after: {
            try FileManager.default.createDirectory(at: august, withIntermediateDirectories: false)
        }, expected: 2, months: 4)
        try Self.expectSummaries(copy, after: { try FileManager.default.removeItem(at: august) }, expected: 2, months: 3)
    }
}
