import Foundation
import Testing
@testable import GongshiCore
@testable import GongshiSite

/// A published month whose roster changes: the build refuses it without a `corrections:` entry,
/// and with one shows the 更正说明 on the month's pages for as long as the month is published.
/// Through the binary, with the output's manifest as the baseline.
@Suite struct CorrectionsTests {
    static let october = "content/rosters/2026-10/"
    /// 2026-10 with A003 at 1,100.00 instead of 1,200.50 (and the expected total to match).
    static let correctedCSV = RosterSite.header + """
        A001,张*丰,2,3,农村低保,1100,2024-01,
        A002,李*,1,1,农村特困,715.00,2023-05,
        A003,欧阳*娜,3,3,农村低保,1100,2025-02,整户保

        """
    static let published = RosterTotals(households: 5, persons: 10, amount: Fen(476_550))
    static let corrected = RosterTotals(households: 5, persons: 10, amount: Fen(466_500))

    static func noticeText(corrections: String = "") -> String {
        RosterSite.month("2026-10", days: 31, totals: (5, 10, "4665.00")) + corrections
    }

    static func build(_ site: SiteFixture) throws -> CLI.Result {
        try CLI.run(["build", "--source", site.siteFolder.path, "--now", "2026-12-02"])
    }

    @Test func aChangedPublishedMonthNeedsItsCorrectionAndThenShowsIt() throws {
        let site = try SiteFixture(RosterSite.files)
        #expect(try Self.build(site).status == 0)
        let manifest = try #require(site.text(OutputManifest.fileName))
        #expect(manifest.hasPrefix("gongshi-output-manifest 2\n"))
        #expect(manifest.contains("\nmonth 2026-10 "))
        #expect(manifest.contains(" 5 10 476550 0\nmonth 2026-11 "))
        let before = SiteFixture.snapshot(site.publicFolder)

        // The roster changes: refused, nothing published, and the message gives the entry to add.
        try site.write(Self.october + "410829101201.csv", Self.correctedCSV)
        try site.write(Self.october + "_month.yaml", Self.noticeText())
        var result = try Self.build(site)
        #expect(result.status == 1)
        let message = Messages.publishedRosterChanged(month: "2026-10", before: Self.published, after: Self.corrected, today: "2026-12-02")
        #expect(result.stderr.contains(errorLine(Self.october + "_month.yaml:1:1", message)), "\(result.stderr)")
        #expect(message.text.contains("金额 4,765.50 → 4,665.00 元"))
        #expect(message.hint?.contains("before: {households: 5, persons: 10, amount: \"4765.50\"}") == true)
        #expect(SiteFixture.snapshot(site.publicFolder) == before)

        // An entry whose `before` is not what was published.
        let lines = Self.noticeText().split(separator: "\n", omittingEmptySubsequences: false).count
        try site.write(Self.october + "_month.yaml", Self.noticeText(corrections: """
            corrections:
              - date: 2026-12-02
                reason: 一户家庭收入核实后，月保障金额由 1200.50 元调整为 1100 元
                before: {households: 5, persons: 10, amount: "4665.00"}

            """))
        result = try Self.build(site)
        #expect(result.status == 1)
        #expect(result.stderr.contains(errorLine(Self.october + "_month.yaml:\(lines + 1):5",
                                                 Messages.correctionBeforeMismatch(month: "2026-10", published: Self.published))),
                "\(result.stderr)")
        #expect(SiteFixture.snapshot(site.publicFolder) == before)

        // The right entry: published, with the note on the month's pages and not on the next month's.
        let entry = """
            corrections:
              - date: 2026-12-02
                reason: 一户家庭收入核实后，月保障金额由 1200.50 元调整为 1100 元
                before: {households: 5, persons: 10, amount: "4765.50"}

            """
        try site.write(Self.october + "_month.yaml", Self.noticeText(corrections: entry))
        result = try Self.build(site)
        #expect(result.status == 0, "\(result.stderr)")
        let note = "<li><time datetime=\"2026-12-02\">2026年12月2日</time>更正：金额 4,765.50 → 4,665.00 元。"
            + "更正原因：一户家庭收入核实后，月保障金额由 1200.50 元调整为 1100 元</li>"
        for page in ["rosters/2026-10/index.html", "rosters/2026-10/410829101000.html", "rosters/2026-10/410829101201.html",
                     "rosters/2026-10/410829201201.html"] {
            #expect(site.text(page)?.contains(note) == true, "\(page)")
            #expect(site.text(page)?.contains("<h2 id=\"corrections-title\">更正说明</h2>") == true, "\(page)")
        }
        #expect(site.text("rosters/2026-11/index.html")?.contains("更正说明") == false)
        #expect(site.text(OutputManifest.fileName)?.contains(" 5 10 466500 1\nmonth 2026-11 ") == true)
        #expect(try CLI.run(["verify", "--source", site.siteFolder.path]).status == 0)

        // The next build keeps the note; taking the entry away is refused.
        #expect(try Self.build(site).status == 0)
        #expect(site.text("rosters/2026-10/410829101201.html")?.contains(note) == true)
        try site.write(Self.october + "_month.yaml", Self.noticeText())
        result = try Self.build(site)
        #expect(result.status == 1)
        #expect(result.stderr.contains(errorLine(Self.october + "_month.yaml:1:1", Messages.correctionsRemoved(month: "2026-10", published: 1))))
    }

    /// A reason outlives the names it could mention, so a masked name in it is refused.
    @Test func aReasonThatNamesAHouseholdIsRefused() throws {
        var files = RosterSite.files
        let notice = RosterSite.month("2026-10", days: 31, totals: (5, 10, "4765.50"))
        files[Self.october + "_month.yaml"] = notice + """
            corrections:
              - date: 2026-12-02
                reason: 欧阳*娜家庭收入超过标准，停止保障
                before: {households: 6, persons: 11, amount: "5315.50"}

            """
        let site = try SiteFixture(files)
        let result = try Self.build(site)
        #expect(result.status == 1)
        let lines = notice.split(separator: "\n", omittingEmptySubsequences: false).count
        #expect(result.stderr.contains(errorLine(Self.october + "_month.yaml:\(lines + 1):5", Messages.correctionNamesAHousehold)),
                "\(result.stderr)")
        #expect(MaskedNameMentions.found(in: "李*") && MaskedNameMentions.found(in: "赵×明家") && MaskedNameMentions.found(in: "王＊"))
        #expect(!MaskedNameMentions.found(in: "某户家庭，3*2 人次") && !MaskedNameMentions.found(in: "一户家庭"))
    }

    /// An output written before corrections (manifest version 1) is no baseline: the build
    /// records one. A version-2 head it cannot read is a warning, and the build goes on.
    @Test func anOldOrUnreadableManifestIsNoBaseline() throws {
        let site = try SiteFixture(RosterSite.files)
        #expect(try Self.build(site).status == 0)
        PublishedBaseline.forget(in: site.publicFolder)
        try site.write(Self.october + "410829101201.csv", Self.correctedCSV)
        try site.write(Self.october + "_month.yaml", Self.noticeText())
        var result = try Self.build(site)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(site.text(OutputManifest.fileName)?.contains(" 5 10 466500 0\nmonth 2026-11 ") == true)
        // A damaged month line: said, not skipped silently.
        let manifest = site.publicFolder.appendingPathComponent(OutputManifest.fileName)
        let text = try String(contentsOf: manifest, encoding: .utf8).replacingOccurrences(of: " 5 10 466500 0\n", with: " 5 10 x 0\n")
        try text.write(to: manifest, atomically: false, encoding: .utf8)
        try site.write(Self.october + "410829101201.csv", RosterSite.files[Self.october + "410829101201.csv"] ?? "")
        try site.write(Self.october + "_month.yaml", RosterSite.month("2026-10", days: 31, totals: (5, 10, "4765.50")))
        result = try Self.build(site)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains(warningLine(OutputManifest.fileName, Messages.correctionBaselineUnreadable)), "\(result.stderr)")
    }

    @Test func aNoticeChangeOrANewOutputNeedsNoCorrection() throws {
        let site = try SiteFixture(RosterSite.files)
        #expect(try Self.build(site).status == 0)
        // Only the notice changes (the roster CSVs do not): no correction.
        try site.write(Self.october + "_month.yaml", RosterSite.month("2026-10", days: 31, totals: (5, 10, "4765.50"))
            .replacingOccurrences(of: "云台县人民路88号", with: "云台县人民路99号"))
        #expect(try Self.build(site).status == 0)
        // Into a folder never built: no baseline, so no correction either.
        try site.write(Self.october + "410829101201.csv", Self.correctedCSV)
        try site.write(Self.october + "_month.yaml", Self.noticeText())
        let elsewhere = site.root.appendingPathComponent("elsewhere")
        let result = try CLI.run(["build", "--source", site.siteFolder.path, "--output", elsewhere.path])
        #expect(result.status == 0, "\(result.stderr)")
        let again = try Self.build(site)
        #expect(again.status == 1)
        #expect(again.stderr.contains("GS2073"))
    }

    @Test func aMalformedEntryIsAnErrorAtItsPlace() throws {
        var files = RosterSite.files
        files[Self.october + "_month.yaml"] = RosterSite.month("2026-10", days: 31, totals: (5, 10, "4765.50")) + """
            corrections:
              - date: 2026-12-02
                before: {households: 5, persons: 10}

            """
        let site = try SiteFixture(files)
        let result = try Self.build(site)
        #expect(result.status == 1)
        let lines = RosterSite.month("2026-10", days: 31, totals: (5, 10, "4765.50")).split(separator: "\n", omittingEmptySubsequences: false).count
        #expect(result.stderr.contains(errorLine(Self.october + "_month.yaml:\(lines + 2):13",
                                                 Messages.correctionIncomplete(missing: ["before.amount"]))), "\(result.stderr)")
    }

    /// The reason is published: the privacy guard reads it like any other text, and never quotes it.
    @Test func aReasonWithAPhoneNumberIsRefusedUnquoted() throws {
        var files = RosterSite.files
        files[Self.october + "_month.yaml"] = RosterSite.month("2026-10", days: 31, totals: (5, 10, "4765.50")) + """
            corrections:
              - date: 2026-12-02
                reason: 欧阳*娜（电话 13812345678）收入核实后调整
                before: {households: 5, persons: 10, amount: "4765.50"}

            """
        let site = try SiteFixture(files)
        let result = try Self.build(site)
        #expect(result.status == 1)
        let lines = RosterSite.month("2026-10", days: 31, totals: (5, 10, "4765.50")).split(separator: "\n", omittingEmptySubsequences: false).count
        #expect(result.stderr.contains(Self.october + "_month.yaml:\(lines + 2):"), "\(result.stderr)")
        #expect(result.stderr.contains("GS30"), "\(result.stderr)")
        #expect(!result.stderr.contains("13812345678") && !result.stderr.contains("12345678"))
        #expect(site.text("rosters/2026-10/index.html") == nil)
    }
}
