import Foundation
import Testing
@testable import GongshiCore
@testable import GongshiSite

/// `RosterMonthSummary`: on a generated site with every kind of month the index knows (a
/// household moving between villages and between files, a township's file with a 区划代码 column,
/// a header-only file, a village gone with its 停保, a gap, a month whose 记录编号 do not pack),
/// the summary read back from its bytes is the one made afresh, and an index entry and key parts
/// taken from summaries are those made from the rows.
@Suite struct RosterMonthSummaryTests {
    static func month(_ month: String, days: Int) -> String { RosterSite.month(month, days: days) }

    static let header = RosterSite.header
    static let township = "区划代码,记录编号,户主姓名,保障人数,保障类别,月保障金额(元)\n"

    /// RosterSite's 2026-10 and 2026-11, then:
    /// 2026-12: 杨庄村's file gone (A004 停保 there); B002 moved from 石门乡's combined file to
    ///          柳林村's own (another village, another file); A001 adjusted.
    /// 2027-02 (after a gap): codes that do not pack; 2027-03: the same codes, one stopped, one
    ///          adjusted, one added.
    static var files: [String: String] {
        var files = RosterSite.files
        files["content/rosters/2026-10/_month.yaml"] = month("2026-10", days: 31)
        files["content/rosters/2026-11/_month.yaml"] = month("2026-11", days: 30)
        files["content/rosters/2026-12/_month.yaml"] = month("2026-12", days: 31)
        files["content/rosters/2026-12/410829101201.csv"] = header + """
            A001,张*丰,2,3,农村低保,1000.00,2024-01,
            A003,欧阳*娜,2,3,农村低保,1100,2025-02,
            B002,买买提·**,3,3,农村低保,1200.00,2026-12,复核

            """
        files["content/rosters/2026-12/石门乡.csv"] = township + "410829201201,B001,王*,1,农村低保,550\n"
        files["content/rosters/2027-02/_month.yaml"] = month("2027-02", days: 28)
        files["content/rosters/2027-02/410829101201.csv"] = header + """
            记录甲,张*丰,2,3,农村低保,1000.00,2024-01,
            记录乙,欧阳*娜,2,3,农村低保,1100,2025-02,
            记录丙,李*,1,1,农村特困,715.00,2023-05,

            """
        files["content/rosters/2027-03/_month.yaml"] = month("2027-03", days: 31)
        files["content/rosters/2027-03/410829101201.csv"] = header + """
            记录甲,张*丰,2,3,农村低保,1050.00,2024-01,
            记录丙,李*,1,1,农村特困,715.00,2023-05,
            记录丁,赵*,1,1,农村低保,550,2027-03,

            """
        return files
    }

    /// Load and plan with `candidates` as the load cache's summaries, and the key parts and
    /// summaries the build would make of them.
    static func prepared(_ site: URL, candidates: [YearMonth: RosterMonthSummary]) throws
        -> (plan: SitePlan, parts: RosterKeyParts, summaries: [RosterMonthSummary]) {
        let early = SiteBuilder.digestBeforeLoading(siteFolder: site, known: InputRecords())
        let digest = try #require(try early.result?.get())
        var (reuse, memory): (LoadReuse, LoadMemory?) = LoadFingerprint.reuse(of: nil, digest: digest, includeDrafts: false)
        let fingerprint = try #require(memory?.fingerprint)
        let lookup = RosterMonthSummaries(candidates: candidates, engine: EngineIdentity.current, fingerprint: fingerprint,
                                          folders: RosterMonthFolders(inputs: digest.files, order: digest.paths, digested: true))
        // Folders hashed up front (the build) or when asked (the preview): the same digests.
        let lazy = RosterMonthFolders(inputs: digest.files, order: digest.paths)
        for name in lookup.folders.all.keys {
            for previous in [nil] + Array(lookup.folders.all.keys) {
                #expect(lazy.whole(of: name, previous: previous) == lookup.folders.whole(of: name, previous: previous))
            }
        }
        let prepared = try SiteBuilder.prepare(siteFolder: site, includeDrafts: false, reuse: reuse, remember: &memory,
                                               summaries: lookup)
        let parts = RosterKeyParts(prepared.plan.rosters, inputs: digest.files, order: digest.paths, summaries: true,
                                   folders: lookup.folders)
        return (prepared.plan, parts, RosterMonthSummary.made(from: prepared.plan.rosters, parts: parts))
    }

    static func expectSameEntry(_ a: RosterIndex.MonthEntry, _ b: RosterIndex.MonthEntry) {
        #expect(a.householdRuns == b.householdRuns)
        #expect(a.regions == b.regions)
        #expect(a.totals == b.totals)
        #expect(a.changeIndex == b.changeIndex)
        #expect(a.hasPrevious == b.hasPrevious)
        #expect(a.tree == b.tree)
        #expect(a.changes == b.changes)
        for code in a.regions.codes where code.level == .village { #expect(a.changes(in: code) == b.changes(in: code)) }
    }

    @Test func summariesReadBackAndUsedAreThoseMadeFromTheRows() throws {
        let site = try SiteFixture(Self.files)
        _ = try site.build()
        let made = try Self.prepared(site.siteFolder, candidates: [:])
        let months = made.plan.rosters.months
        #expect(months.map(\.month.month.description) == ["2026-10", "2026-11", "2026-12", "2027-02", "2027-03"])
        #expect(made.summaries.map(\.month) == months.map(\.month.month))
        #expect(made.parts.summarizedMonths == 0)
        // The cases are there: 杨庄村 gone in 2026-12 with its 停保, B002 moved (调整, counted
        // where it is now), a gap before 2027-02, codes that do not pack compared in 2027-03.
        let december = months[2], march = months[4]
        let yangzhuang = try #require(RegionCode("410829101202")), liulin = try #require(RegionCode("410829101201"))
        let shimen = try #require(RegionCode("410829201201"))
        #expect(!december.month.villages.contains(yangzhuang))
        #expect(december.changeCounts(within: yangzhuang).stopped == 1)
        #expect(december.changeCounts(within: liulin) == RosterIndex.ChangeCounts(added: 0, stopped: 0, adjusted: 2))
        #expect(december.changeCounts(within: shimen) == RosterIndex.ChangeCounts())
        #expect(!months[3].hasPrevious)
        #expect(RosterDiff.PackedRecordID.all(march.month.households) == nil)
        #expect(march.changeCounts(within: liulin) == RosterIndex.ChangeCounts(added: 1, stopped: 1, adjusted: 1))

        for summary in made.summaries {
            // Bytes and back.
            var writer = MemoryByteWriter()
            summary.write(to: &writer)
            var reader = MemoryByteReader(writer.bytes)
            #expect(RosterMonthSummary.read(&reader) == summary)
            #expect(reader.isAtEnd)
            // The build wrote the same.
            let file = site.siteFolder.appendingPathComponent(".gongshi/cache/load/month-\(summary.month)")
            guard case .found(let record) = LoadCache.decodeMonth(try [UInt8](Data(contentsOf: file)), engine: EngineIdentity.current) else {
                Issue.record("month-\(summary.month) not read back")
                continue
            }
            #expect(record.summary == summary)
        }

        // Every month from its summary: the same entries and key parts as from the rows.
        let candidates = Dictionary(uniqueKeysWithValues: made.summaries.map { ($0.month, $0) })
        let taken = try Self.prepared(site.siteFolder, candidates: candidates)
        #expect(taken.parts.summarizedMonths == months.count)
        #expect(taken.plan.rosters.months.allSatisfy { $0.summary != nil })
        for (a, b) in zip(months, taken.plan.rosters.months) { Self.expectSameEntry(a, b) }
        #expect(taken.parts.months == made.parts.months)
        #expect(taken.summaries == made.summaries)
        #expect(taken.plan.pages.count == made.plan.pages.count)
    }

    /// A summary with the right key is still not taken for rows it does not describe (another row
    /// count, other villages, no month before, positions past the month before's rows), nor when
    /// the month before's rows are not those of the digest.
    @Test func aSummaryIsCheckedAgainstTheRows() throws {
        let site = try SiteFixture(Self.files)
        let made = try Self.prepared(site.siteFolder, candidates: [:])
        let months = made.plan.rosters.months
        let march = months[4], february = months[3]
        let summary = try #require(made.summaries.last)
        func lookup(_ summary: RosterMonthSummary, eligible: Set<YearMonth>? = nil) -> RosterMonthSummaries {
            RosterMonthSummaries(candidates: [summary.month: summary], engine: "e", fingerprint: "f",
                                 folders: RosterMonthFolders(inputs: [:], order: []), eligible: eligible)
        }
        func altered(rowCount: Int? = nil, villages: [RegionCode]? = nil, hasPrevious: Bool? = nil,
                     changes: RosterChangeIndex? = nil) -> RosterMonthSummary {
            RosterMonthSummary(month: summary.month, key: summary.key, villages: villages ?? summary.villages,
                               totals: summary.totals, regions: summary.regions, hasPrevious: hasPrevious ?? summary.hasPrevious,
                               rowCount: rowCount ?? summary.rowCount, changes: changes ?? summary.changes,
                               keyParts: summary.keyParts)
        }
        #expect(lookup(summary).matching(march.month, previous: february.month, key: summary.key) == summary)
        #expect(lookup(summary).matching(march.month, previous: february.month, key: Digest32.zero) == nil)
        #expect(lookup(altered(rowCount: summary.rowCount + 1)).matching(march.month, previous: february.month, key: summary.key) == nil)
        #expect(lookup(altered(villages: [])).matching(march.month, previous: february.month, key: summary.key) == nil)
        #expect(lookup(altered(hasPrevious: false)).matching(march.month, previous: february.month, key: summary.key) == nil)
        let beyond = try #require(RosterChangeIndex(added: [], stopped: [february.month.households.count], adjusted: [], villages: [:]))
        #expect(lookup(altered(changes: beyond)).matching(march.month, previous: february.month, key: summary.key) == nil)
        #expect(lookup(summary, eligible: [march.month.month]).matching(march.month, previous: february.month, key: summary.key) == nil)
    }

    /// A month whose rows changed misses (its key); the other months are taken from their summaries.
    @Test func aSummaryOfOtherRowsIsNotTaken() throws {
        let site = try SiteFixture(Self.files)
        let made = try Self.prepared(site.siteFolder, candidates: [:])
        let candidates = Dictionary(uniqueKeysWithValues: made.summaries.map { ($0.month, $0) })
        // 2027-03 gains a row: its own summary (key) misses.
        try site.write("content/rosters/2027-03/410829101201.csv", Self.header + """
            记录甲,张*丰,2,3,农村低保,1050.00,2024-01,
            记录丙,李*,1,1,农村特困,715.00,2023-05,
            记录丁,赵*,1,1,农村低保,550,2027-03,
            记录戊,钱*,1,1,农村低保,550,2027-03,

            """)
        let taken = try Self.prepared(site.siteFolder, candidates: candidates)
        #expect(taken.parts.summarizedMonths == 4)
        #expect(taken.plan.rosters.months.last?.summary == nil)
        let fresh = try Self.prepared(site.siteFolder, candidates: [:])
        for (a, b) in zip(fresh.plan.rosters.months, taken.plan.rosters.months) { Self.expectSameEntry(a, b) }
        #expect(taken.parts.months == fresh.parts.months)
    }
}
