import Testing
@testable import GongshiCore

/// The `privacy:` block of site.yaml: official numbers, official mailboxes, reviewed files.
@Suite struct PrivacyConfigTests {
    static let hash = String(repeating: "ab", count: 32)

    func parse(_ privacy: String) -> (config: SiteConfig?, rendered: [String]) {
        parseSiteConfig("title: t\npublisher: p\nprivacy:\n" + privacy)
    }

    @Test func readsAllThreeKeys() throws {
        let outcome = parse("""
              allowed_numbers: ["12345", "0391-7654321"]
              allowed_emails: [MZJ@Example.gov.cn, " xinfang@example.gov.cn "]
              reviewed_files:
                - sha256: \(Self.hash.uppercased())
                  reason: 县民政局扫描的政策文件，已人工核对，无个人信息
                - {sha256: "\(String(repeating: "0", count: 64))", reason: 字体文件}

            """)
        #expect(outcome.rendered == [])
        let config = try #require(outcome.config)
        #expect(config.allowedNumbers == ["12345", "0391-7654321"])
        #expect(config.allowedEmails == ["mzj@example.gov.cn", "xinfang@example.gov.cn"])
        #expect(config.reviewedFiles == [
            ReviewedFile(sha256: Self.hash, reason: "县民政局扫描的政策文件，已人工核对，无个人信息",
                         location: SourceLocation(file: "site.yaml", line: 7, column: 7)),
            ReviewedFile(sha256: String(repeating: "0", count: 64), reason: "字体文件",
                         location: SourceLocation(file: "site.yaml", line: 9, column: 7)),
        ])
    }

    @Test func aSingleMailboxCountsAsAList() throws {
        #expect(try #require(parse("  allowed_emails: mzj@example.gov.cn\n").config).allowedEmails == ["mzj@example.gov.cn"])
        #expect(try #require(parse("  allowed_emails:\n").config).allowedEmails == [])
        #expect(try #require(parse("  reviewed_files:\n").config).reviewedFiles == [])
    }

    @Test func mailboxesWithoutAnAtSignAreErrorsAtTheirEntry() {
        let outcome = parse("  allowed_emails:\n    - mzj@example.gov.cn\n    - 13912345678\n    - \"mzj＠example.gov.cn\"\n    - \"@example.gov.cn\"\n")
        #expect(outcome.rendered == [
            errorLine("site.yaml:6:7", Messages.allowedEmailNotAnAddress),
            errorLine("site.yaml:7:7", Messages.allowedEmailNotAnAddress),
            errorLine("site.yaml:8:7", Messages.allowedEmailNotAnAddress),
        ])
        #expect(outcome.rendered.allSatisfy { !$0.contains("1391") })
    }

    @Test func mailboxListOfTheWrongShape() {
        #expect(parse("  allowed_emails: {a: b}\n").rendered == [errorLine("site.yaml:4:19", Messages.expectedTextList("privacy.allowed_emails"))])
    }

    @Test("bad sha256", arguments: [
        String(repeating: "a", count: 63), String(repeating: "a", count: 65), String(repeating: "g", count: 64),
        "410829195603120016",
    ])
    func badHash(_ hash: String) {
        let outcome = parse("  reviewed_files:\n    - sha256: \"\(hash)\"\n      reason: 已核对\n")
        #expect(outcome.rendered == [errorLine("site.yaml:5:15", Messages.reviewedFileHash)])
        #expect(outcome.rendered.allSatisfy { !$0.contains(hash) })
    }

    @Test func missingReasonOrHash() {
        #expect(parse("  reviewed_files:\n    - sha256: \(Self.hash)\n").rendered ==
            [errorLine("site.yaml:5:7", Messages.reviewedFileNeedsReason)])
        #expect(parse("  reviewed_files:\n    - {sha256: \(Self.hash), reason: \"  \"}\n").rendered ==
            [errorLine("site.yaml:5:7", Messages.reviewedFileNeedsReason)])
        #expect(parse("  reviewed_files:\n    - reason: 已核对\n").rendered ==
            [errorLine("site.yaml:5:7", Messages.reviewedFileNeedsHash)])
    }

    @Test func unknownKeyInAnEntry() {
        #expect(parse("  reviewed_files:\n    - {sha256: \(Self.hash), reason: 已核对, path: a.pdf}\n").rendered ==
            [errorLine("site.yaml:5:95", Messages.unknownSiteKey("path", known: ["sha256", "reason"]))])
    }

    @Test func entriesOfTheWrongShape() {
        #expect(parse("  reviewed_files: \(Self.hash)\n").rendered == [errorLine("site.yaml:4:19", Messages.reviewedFilesShape)])
        #expect(parse("  reviewed_files:\n    - \(Self.hash)\n").rendered == [errorLine("site.yaml:5:7", Messages.reviewedFilesShape)])
    }

    @Test func unknownPrivacyKeyListsTheThreeKnownOnes() {
        #expect(parse("  allowed_number: [\"12345\"]\n").rendered == [
            errorLine("site.yaml:4:3", Message(.unknownSiteKey, "未知的配置项 allowed_number，是不是 allowed_numbers？", hint: "可用的配置项：allowed_numbers, allowed_emails, reviewed_files"))
        ])
    }
}
