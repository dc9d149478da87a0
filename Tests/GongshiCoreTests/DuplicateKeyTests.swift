import Testing
@testable import GongshiCore

/// A key written twice is reported where it is written the second time, in front matter and in site.yaml.
@Suite("Duplicate keys")
struct DuplicateKeyTests {
    @Test func frontMatterAfterLeadingBlankLines() {
        // `---` on line 2, so YAML line 3 is file line 4.
        let outcome = parseDocument("\n---\ntitle: a\nslug: s\ntitle: b\n---\n")
        #expect(outcome.rendered == [errorLine("content/articles/a.md:5:1", Messages.duplicateKey("title"))])
    }

    @Test func sameKeyInANestedMapIsNotTheSecondOccurrence() {
        // `title` under `extra` (line 4) belongs to another map; the duplicate is line 5.
        let outcome = parseDocument("---\ntitle: a\nextra:\n  title: x\ntitle: b\n---\n")
        #expect(outcome.rendered == [errorLine("content/articles/a.md:5:1", Messages.duplicateKey("title"))])
    }

    @Test func twoDuplicatedKeysEachAtTheirOwnSecondOccurrence() {
        let outcome = parseDocument("---\ntitle: a\nauthor: x\nauthor: y\ntitle: b\n---\n")
        #expect(outcome.rendered == [
            errorLine("content/articles/a.md:4:1", Messages.duplicateKey("author")),
            errorLine("content/articles/a.md:5:1", Messages.duplicateKey("title")),
        ])
    }

    @Test func duplicateInANestedMapOfAnUnknownKey() {
        let outcome = parseDocument("---\ntitle: t\nextra:\n  a: 1\n  a: 2\n---\n")
        #expect(outcome.rendered == [errorLine("content/articles/a.md:5:3", Messages.duplicateKey("a"))])
    }

    @Test func crlfFrontMatter() {
        let outcome = parseDocument("---\r\ntitle: a\r\ntitle: b\r\n---\r\n")
        #expect(outcome.rendered == [errorLine("content/articles/a.md:3:1", Messages.duplicateKey("title"))])
    }

    @Test func crlfSiteFile() {
        #expect(parseSiteConfig("title: a\r\npublisher: p\r\ntitle: b\r\n").rendered ==
            [errorLine("site.yaml:3:1", Messages.duplicateKey("title"))])
    }

    @Test func crlfSiteFileWithoutDuplicatesLoads() throws {
        let c = try #require(parseSiteConfig("title: 低保公示\r\npublisher: 民政局\r\nhotlines:\r\n  - name: 热线\r\n    number: \"12345\"\r\n").config)
        #expect(c.title == "低保公示")
        #expect(c.publisher == "民政局")
        #expect(c.hotlines == [Hotline(name: "热线", number: "12345")])
    }

    @Test func duplicateInsideABlockListItemOfSiteFile() {
        // The first `name` follows `- ` on line 4; the second is line 5, column 5.
        let yaml = "title: t\npublisher: p\nhotlines:\n  - name: a\n    name: b\n    number: \"1\"\n"
        #expect(parseSiteConfig(yaml).rendered == [errorLine("site.yaml:5:5", Messages.duplicateKey("name"))])
    }

    @Test func quotedKeyCountsAsTheSameKey() {
        #expect(parseSiteConfig("title: a\npublisher: p\n\"title\": b\n").rendered ==
            [errorLine("site.yaml:3:1", Messages.duplicateKey("title"))])
    }
}
