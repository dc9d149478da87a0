import Foundation
import Testing
@testable import GongshiCore

@Suite("SiteConfigLoader")
struct SiteConfigLoaderTests {
    @Test func fullValidFile() throws {
        let (config, rendered) = parseSiteConfig("""
            title: 某县城乡低保公示
            publisher: 某县民政局
            base_url: https://mz.example.gov.cn/dibao
            theme: default
            timezone: Asia/Shanghai
            hotlines:
              - name: 监督举报电话
                number: "12345"
              - {name: 县民政局, number: 0371-1234567}
            """)
        #expect(rendered == [])
        let c = try #require(config)
        #expect(c.title == "某县城乡低保公示")
        #expect(c.publisher == "某县民政局")
        #expect(c.baseURL == "https://mz.example.gov.cn/dibao/")
        #expect(c.theme == "default")
        #expect(c.timeZone.identifier == "Asia/Shanghai")
        #expect(c.hotlines == [
            Hotline(name: "监督举报电话", number: "12345"),
            Hotline(name: "县民政局", number: "0371-1234567"),
        ])
        #expect(c.keyLocations.mapValues(\.description) == [
            "title": "site.yaml:1:1", "publisher": "site.yaml:2:1", "base_url": "site.yaml:3:1",
            "theme": "site.yaml:4:1", "timezone": "site.yaml:5:1", "hotlines": "site.yaml:6:1",
        ])
    }

    @Test func defaults() throws {
        let c = try #require(parseSiteConfig("title: 低保公示\npublisher: 民政局\n").config)
        #expect(c.hotlines == [])
        #expect(c.baseURL == nil)
        #expect(c.theme == "default")
        #expect(c.timeZone.identifier == "Asia/Shanghai")
        #expect(SiteConfig.defaultTimeZone.identifier == "Asia/Shanghai")
    }

    @Test func valuesAreTrimmedAndNotRetyped() throws {
        let c = try #require(parseSiteConfig("title: \" 2024 \"\npublisher: no\nhotlines:\n  - {name: 热线, number: 0123}\n").config)
        #expect(c.title == "2024")
        #expect(c.publisher == "no")
        #expect(c.hotlines == [Hotline(name: "热线", number: "0123")])
    }

    @Test func unknownKeyNamesTheKnownKeys() {
        let (config, rendered) = parseSiteConfig("title: 低保公示\npublisher: 民政局\ntitel: 低保\n")
        #expect(config == nil)
        #expect(rendered == [
            "site.yaml:3:1: 错误 GS1023: 未知的配置项 titel，是不是 title？\n  提示：可用的配置项：\(SiteConfig.knownKeys.joined(separator: ", "))"
        ])
    }

    @Test func knownKeysAndTheirMessage() {
        #expect(Set(["title", "publisher", "hotlines", "base_url", "theme", "timezone"]).isSubset(of: SiteConfig.knownKeys))
        #expect(Messages.unknownSiteKey("titel", known: ["title", "publisher"]) == Message(.unknownSiteKey, "未知的配置项 titel，是不是 title？", hint: "可用的配置项：title, publisher"))
    }

    @Test func misspeltTitleAlsoReportsTheMissingTitle() {
        #expect(parseSiteConfig("titel: 低保公示\npublisher: 民政局\n").rendered == [
            errorLine("site.yaml:1:1", Messages.unknownSiteKey("titel", known: SiteConfig.knownKeys)),
            errorLine("site.yaml", Messages.missingKey("title")),
        ])
    }

    @Test func missingTitleAndPublisher() {
        #expect(parseSiteConfig("theme: default\n").rendered == [
            errorLine("site.yaml", Messages.missingKey("title")),
            errorLine("site.yaml", Messages.missingKey("publisher")),
        ])
    }

    @Test func emptyFileReportsBothMissingKeys() {
        #expect(parseSiteConfig("").rendered == [
            errorLine("site.yaml", Messages.missingKey("title")),
            errorLine("site.yaml", Messages.missingKey("publisher")),
        ])
    }

    @Test("title and publisher that are not text", arguments: [
        ("title: [a]\npublisher: p\n", "site.yaml:1:8", "title"),
        ("title: t\npublisher: \"  \"\n", "site.yaml:2:12", "publisher"),
        ("title: t\npublisher: {a: b}\n", "site.yaml:2:12", "publisher"),
        ("title:\npublisher: p\n", "site.yaml:1:7", "title"),
    ])
    func notText(_ yaml: String, _ location: String, _ key: String) {
        #expect(parseSiteConfig(yaml).rendered == [errorLine(location, Messages.expectedText(key))])
    }

    @Test("base_url normalised to end with /", arguments: [
        ("https://mz.example.gov.cn/dibao", "https://mz.example.gov.cn/dibao/"),
        ("https://mz.example.gov.cn/dibao/", "https://mz.example.gov.cn/dibao/"),
        ("http://example.gov.cn", "http://example.gov.cn/"),
        ("\"  https://example.gov.cn:8080/a  \"", "https://example.gov.cn:8080/a/"),
    ])
    func baseURLNormalised(_ written: String, _ expected: String) throws {
        let c = try #require(parseSiteConfig("title: t\npublisher: p\nbase_url: \(written)\n").config)
        #expect(c.baseURL == expected)
    }

    @Test func emptyBaseURLIsNone() throws {
        let c = try #require(parseSiteConfig("title: t\npublisher: p\nbase_url:\n").config)
        #expect(c.baseURL == nil)
    }

    @Test("bad base_url", arguments: [
        "ftp://example.gov.cn/", "mz.example.gov.cn/dibao", "/dibao/", "https://", "https:///dibao",
        "https://example.gov.cn/?page=1", "https://example.gov.cn/#top", "javascript:alert(1)",
    ])
    func badBaseURL(_ text: String) {
        let yaml = "title: t\npublisher: p\nbase_url: \"\(text)\"\n"
        #expect(parseSiteConfig(yaml).rendered == [errorLine("site.yaml:3:11", Messages.invalidBaseURL)])
    }

    @Test func badBaseURLMessageText() {
        #expect(Messages.invalidBaseURL == Message(.invalidBaseURL,
            "base_url 的值不是完整的网址，已隐去", hint: "应为以 http:// 或 https:// 开头的完整网址，例如 https://mz.example.gov.cn/dibao/"))
    }

    @Test func otherTimeZone() throws {
        let c = try #require(parseSiteConfig("title: t\npublisher: p\ntimezone: America/New_York\n").config)
        #expect(c.timeZone.identifier == "America/New_York")
    }

    @Test("bad timezone", arguments: ["Mars/Olympus", "Beijing", "Asia/Shanghai/"])
    func badTimeZone(_ name: String) {
        #expect(parseSiteConfig("title: t\npublisher: p\ntimezone: \(name)\n").rendered ==
            [errorLine("site.yaml:3:11", Messages.invalidTimeZone)])
    }

    @Test("bad theme name", arguments: ["../themes", "my theme", "主题", ".hidden", "a/b"])
    func badThemeName(_ name: String) {
        #expect(parseSiteConfig("title: t\npublisher: p\ntheme: \"\(name)\"\n").rendered ==
            [errorLine("site.yaml:3:8", Messages.invalidThemeName)])
    }

    @Test func emptyHotlinesAreNone() throws {
        #expect(try #require(parseSiteConfig("title: t\npublisher: p\nhotlines:\n").config).hotlines == [])
    }

    @Test("hotlines of the wrong shape", arguments: [
        ("hotlines: \"12345\"", "site.yaml:3:11"),                  // not a list
        ("hotlines: {name: a, number: \"1\"}", "site.yaml:3:11"),   // a map, not a list
        ("hotlines:\n  - \"12345\"", "site.yaml:4:5"),              // item not a map
        ("hotlines:\n  - name: 监督电话", "site.yaml:4:5"),          // number missing
        ("hotlines:\n  - number: \"12345\"", "site.yaml:4:5"),      // name missing
        ("hotlines:\n  - {name: \"\", number: \"12345\"}", "site.yaml:4:5"),  // empty name
    ])
    func hotlinesShape(_ yaml: String, _ location: String) {
        #expect(parseSiteConfig("title: t\npublisher: p\n\(yaml)\n").rendered == [errorLine(location, Messages.hotlinesShape)])
    }

    @Test func hotlineWithUnknownKey() {
        #expect(parseSiteConfig("title: t\npublisher: p\nhotlines:\n  - {name: a, number: \"1\", phone: \"2\"}\n").rendered == [
            errorLine("site.yaml:4:28", Message(.unknownSiteKey, "未知的配置项 hotlines.phone", hint: "可用的配置项：name, number"))
        ])
    }

    @Test func notAMapping() {
        #expect(parseSiteConfig("- title\n- publisher\n").rendered == [errorLine("site.yaml:1:1", Messages.siteFileNotMapping)])
    }

    @Test func malformedYAML() {
        #expect(parseSiteConfig("title: t\npublisher: a: b\n").rendered == [
            errorLine("site.yaml:2:13", Messages.yamlColonNotAllowed)
        ])
    }

    @Test func duplicateKeyIsReportedAtTheSecondOccurrence() {
        #expect(parseSiteConfig("title: a\npublisher: p\ntitle: b\n").rendered ==
            [errorLine("site.yaml:3:1", Messages.duplicateKey("title"))])
    }

    @Test func missingSiteFile() throws {
        let folder = try makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        do {
            _ = try SiteConfigLoader.load(siteFolder: folder)
            Issue.record("expected ContentErrors")
        } catch {
            #expect(error.diagnostics.map(\.description) == [errorLine("site.yaml", Messages.siteFileMissing)])
        }
    }

    @Test func loadsFromDiskDroppingTheBOM() throws {
        let folder = try makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try write(["site.yaml": Data([0xEF, 0xBB, 0xBF] + Array("title: 低保公示\npublisher: 民政局\n".utf8))], in: folder)
        let config = try SiteConfigLoader.load(siteFolder: folder)
        #expect(config.title == "低保公示")
        #expect(config.keyLocations["title"]?.description == "site.yaml:1:1")
    }
}
