import Foundation
import Testing
@testable import GongshiCore
@testable import GongshiSite

/// `_month.yaml` `decided:` (审核确认) and the 20 working days to the notice, through the binary.
@Suite struct DecidedNoticeTests {
    static func site(decided: String, disclosure: String = "") throws -> SiteFixture {
        var files = RosterSite.files
        files["content/rosters/2026-11/_month.yaml"] = RosterSite.month("2026-11", days: 30) + "decided: \(decided)\n"
        files["site.yaml"] = (files["site.yaml"] ?? SiteFixture.minimalSiteYAML) + disclosure
        return try SiteFixture(files)
    }

    static let monthFile = "content/rosters/2026-11/_month.yaml"

    @Test func aNoticeMoreThanTwentyWorkingDaysAfterTheDecisionIsAWarning() throws {
        // 2026-10-02 (Friday) to 2026-11-01 (Sunday): 20 working days without holidays, so fine.
        var site = try Self.site(decided: "2026-10-02")
        var result = try CLI.run(["build", "--source", site.siteFolder.path])
        #expect(result.status == 0)
        #expect(!result.stderr.contains("GS2069"))
        // 2026-10-01: 21.
        site = try Self.site(decided: "2026-10-01")
        result = try CLI.run(["build", "--source", site.siteFolder.path])
        #expect(result.status == 0)
        let line = Self.monthFile + ":" + String(RosterSite.month("2026-11", days: 30).split(separator: "\n", omittingEmptySubsequences: false).count) + ":10"
        #expect(result.stderr.contains(warningLine(line, Messages.noticeLateAfterDecision(workingDays: 21, limit: 20))), "\(result.stderr)")
        // With the National Day holidays and one worked Saturday listed: 2026-09-10 to 11-01 is
        // 36 weekdays, less 5 holidays on weekdays, plus 1 worked weekend day: 32.
        site = try Self.site(decided: "2026-09-10", disclosure: """
            disclosure:
              holidays: [2026-10-01, 2026-10-02, 2026-10-05, 2026-10-06, 2026-10-07]
              workdays: [2026-10-10]

            """)
        result = try CLI.run(["build", "--source", site.siteFolder.path])
        #expect(result.stderr.contains(Messages.noticeLateAfterDecision(workingDays: 32, limit: 20).line(.warning)), "\(result.stderr)")
    }

    @Test func aDecisionAfterTheNoticeStartsIsAnError() throws {
        let site = try Self.site(decided: "2026-11-05")
        let result = try CLI.run(["build", "--source", site.siteFolder.path])
        #expect(result.status == 1)
        #expect(result.stderr.contains(Messages.decidedAfterNotice(decided: "2026-11-05", from: "2026-11-01").line(.error)))
    }
}
