import Testing
@testable import GongshiCore

/// Front matter decoded through `DocumentLoader.parse`.
@Suite("Front matter decoding")
struct FrontMatterDecoderTests {
    @Test func allKnownKeys() throws {
        let outcome = parseDocument("""
            ---
            title: 2024年城乡低保标准调整
            date: 2022-02-23 10:46:48
            updated: 2022-03-01
            categories: [政策, 低保]
            tags:
              - 标准
              - 城乡
            author: 民政局社会救助科
            summary: 城市低保标准提高到每人每月 800 元。
            slug: standards-2024
            draft: false
            ---
            正文

            """, contentPath: "articles/standards.md")
        #expect(outcome.diagnostics.isEmpty)
        let d = try #require(outcome.document)
        #expect(d.kind == .article)
        #expect(d.sourcePath == "content/articles/standards.md")
        #expect(d.contentPath == "articles/standards.md")
        #expect(d.title == "2024年城乡低保标准调整")
        #expect(d.date?.epochSeconds == 1_645_584_408)
        #expect(d.date?.iso8601 == "2022-02-23T10:46:48+08:00")
        #expect(d.updated?.epochSeconds == 1_646_064_000)
        #expect(d.categories == ["政策", "低保"])
        #expect(d.tags == ["标准", "城乡"])
        #expect(d.author == "民政局社会救助科")
        #expect(d.summary == "城市低保标准提高到每人每月 800 元。")
        #expect(d.slug == "standards-2024")
        #expect(d.slugLocation.description == "content/articles/standards.md:11:7")
        #expect(d.draft == false)
        #expect(d.params.isEmpty)
        #expect(d.body == "正文\n")
        #expect(d.bodyFirstLine == 14)
    }

    /// Keys nothing reads are kept for templates in the order written, at their key; a key that is
    /// no text (`~:`) is skipped, as it always was.
    @Test func otherKeysAreKeptInOrderAndNullKeysSkipped() throws {
        let parsed = parseDocument("---\ntitle: 通知\nlayout: post\n~: x\nregion: \"410829101201\"\nurl: https://www.gov.cn/a.html\n---\n",
                                   contentPath: "notices/2024/tongzhi.md", kind: .notice)
        let d = try #require(parsed.document)
        #expect(d.params.map(\.key) == ["layout", "region", "url"])
        #expect(d.paramLocations.map { "\($0.0) \($0.1)" } == [
            "layout content/notices/2024/tongzhi.md:3:1", "region content/notices/2024/tongzhi.md:5:1",
            "url content/notices/2024/tongzhi.md:6:1",
        ])
        #expect(d.regionLocation?.description == "content/notices/2024/tongzhi.md:5:9")
        #expect(d.slug == "tongzhi")
    }

    @Test func defaultsWithoutFrontMatterKeys() throws {
        let d = try #require(parseDocument("---\ntitle: 通知\n---\n", contentPath: "notices/2024/tongzhi.md", kind: .notice).document)
        #expect(d.kind == .notice)
        #expect(d.slug == "tongzhi")
        #expect(d.slugLocation.description == "content/notices/2024/tongzhi.md")
        #expect(d.date == nil)
        #expect(d.updated == nil)
        #expect(d.categories == [])
        #expect(d.tags == [])
        #expect(d.author == nil)
        #expect(d.summary == nil)
        #expect(d.draft == false)
    }

    @Test("categories as scalar, flow list, block list, null", arguments: [
        ("categories: 政策", ["政策"]),
        ("categories: [政策, 低保]", ["政策", "低保"]),
        ("categories:\n  - 政策\n  - 低保", ["政策", "低保"]),
        ("categories: [ 政策 , \"\", ~, 低保]", ["政策", "低保"]),
        ("categories:", []),
        ("categories: []", []),
        ("categories: 2024", ["2024"]),
    ] as [(String, [String])])
    func categories(_ line: String, _ expected: [String]) throws {
        let outcome = parseDocument("---\ntitle: t\n\(line)\n---\n")
        #expect(outcome.diagnostics.isEmpty)
        #expect(outcome.document?.categories == expected)
    }

    @Test("categories: \"\" gives no category (empty entries are dropped)")
    func quotedEmptyCategoryIsDropped() throws {
        let outcome = parseDocument("---\ntitle: t\ncategories: \"\"\n---\n")
        #expect(outcome.diagnostics.isEmpty)
        #expect(outcome.document?.categories == [])
    }

    @Test("categories and tags of the wrong shape", arguments: [
        ("categories: [[政策]]", "categories"),
        ("categories: {a: b}", "categories"),
        ("tags: [a, [b]]", "tags"),
        ("tags: {a: b}", "tags"),
    ])
    func listOfWrongShape(_ line: String, _ key: String) {
        let column = key.count + 3  // after "key: "
        let outcome = parseDocument("---\ntitle: t\n\(line)\n---\n")
        #expect(outcome.rendered == [errorLine("content/articles/a.md:3:\(column)", Messages.expectedTextList(key))])
    }

    @Test("draft flags", arguments: [
        ("true", true), ("false", false), ("True", true), ("yes", true), ("no", false), ("on", true), ("off", false),
    ])
    func draftFlag(_ value: String, _ expected: Bool) {
        let outcome = parseDocument("---\ntitle: t\ndraft: \(value)\n---\n")
        #expect(outcome.diagnostics.isEmpty)
        #expect(outcome.document?.draft == expected)
    }

    @Test func draftThatIsNotABoolean() {
        let outcome = parseDocument("---\ntitle: t\ndraft: maybe\n---\n")
        #expect(outcome.rendered == [errorLine("content/articles/a.md:3:8", Messages.expectedBool("draft"))])
        #expect(Messages.expectedBool("draft").text == "draft 应为 true 或 false")
    }

    @Test func unknownKeysAreKeptInFileOrderAsWritten() throws {
        let outcome = parseDocument("""
            ---
            type: 幸福清单
            title: 幸福清单
            region: "410821101201"
            extra:
              b: 1.10
              a: [x, 2]
            time: 10:46
            code: 0123
            flag: no
            empty:
            ---
            """, contentPath: "notices/n.md", kind: .notice)
        #expect(outcome.diagnostics.isEmpty)
        let d = try #require(outcome.document)
        #expect(d.params.map(\.key) == ["type", "region", "extra", "time", "code", "flag", "empty"])
        #expect(d.params.map(\.value) == [
            .text("幸福清单"),
            .text("410821101201"),
            .map([(key: "b", value: .text("1.10")), (key: "a", value: .list([.text("x"), .text("2")]))]),
            .text("10:46"),
            .text("0123"),
            .text("no"),
            .text(""),
        ])
        #expect(d.param("region") == .text("410821101201"))
        #expect(d.param("missing") == nil)
    }

    @Test func nestedMapOrderMatters() {
        let ab = FrontMatterValue.map([(key: "a", value: .text("1")), (key: "b", value: .text("2"))])
        let ba = FrontMatterValue.map([(key: "b", value: .text("2")), (key: "a", value: .text("1"))])
        #expect(ab != ba)
        #expect(ab == .map([(key: "a", value: .text("1")), (key: "b", value: .text("2"))]))
    }

    @Test func scalarsAreNotRetyped() throws {
        let d = try #require(parseDocument("---\ntitle: 1.10\nauthor: no\nsummary: 0123\nslug: 10:46\n---\n").document)
        #expect(d.title == "1.10")
        #expect(d.author == "no")
        #expect(d.summary == "0123")
        #expect(d.slug == "10:46")
    }

    @Test func crlfFrontMatterDecodesWithoutCarriageReturns() throws {
        let outcome = parseDocument("---\r\ntitle: 低保标准\r\ndate: 2022-02-23\r\ntags: [a, b]\r\n---\r\n正文\r\n")
        #expect(outcome.diagnostics.isEmpty)
        let d = try #require(outcome.document)
        #expect(d.title == "低保标准")
        #expect(d.date?.epochSeconds == 1_645_545_600)
        #expect(d.tags == ["a", "b"])
        #expect(d.bodyFirstLine == 6)
    }

    @Test func titleAndTextValuesAreTrimmed() throws {
        let d = try #require(parseDocument("---\ntitle: \"  低保  \"\nauthor: \" 科室 \"\nslug: \" s \"\n---\n").document)
        #expect(d.title == "低保")
        #expect(d.author == "科室")
        #expect(d.slug == "s")
    }

    @Test func titleThatIsNotText() {
        let outcome = parseDocument("---\ntitle: [a, b]\n---\n")
        #expect(outcome.rendered == [
            errorLine("content/articles/a.md:2:8", Messages.expectedText("title")),
            warningLine("content/articles/a.md:1", Messages.missingTitle),
        ])
        #expect(outcome.document?.title == "a")
    }

    @Test("author, summary and slug that are not text", arguments: ["author", "summary", "slug"])
    func textKeyThatIsNotText(_ key: String) {
        let outcome = parseDocument("---\ntitle: t\n\(key): {a: b}\n---\n")
        #expect(outcome.rendered == [errorLine("content/articles/a.md:3:\(key.count + 3)", Messages.expectedText(key))])
    }

    @Test func badDateNamesTheAcceptedForms() throws {
        let outcome = parseDocument("---\ntitle: t\ndate: 2022-02-30\nupdated: 2022年2月23日\n---\n")
        #expect(outcome.rendered == [
            errorLine("content/articles/a.md:3:7",
                      Message(.invalidDate, "date 的日期“2022-02-30”无法识别",
                              hint: "可用的格式：2022-02-23、2022-02-23 10:46:48、2022-02-23T10:46:48+08:00、Wed, 23 Feb 2022 10:46:48 GMT")),
            errorLine("content/articles/a.md:4:10",
                      Messages.invalidDate("2022年2月23日", key: "updated", accepted: DateParser.acceptedForms)),
        ])
        // A bad date is recoverable: the rest of the document is still read.
        let d = try #require(outcome.document)
        #expect(d.title == "t")
        #expect(d.date == nil)
        #expect(d.updated == nil)
    }

    @Test func quotedDateIsParsedToo() throws {
        let d = try #require(parseDocument("---\ntitle: t\ndate: \"Wed, 23 Feb 2022 10:46:48 GMT\"\n---\n").document)
        #expect(d.date?.epochSeconds == 1_645_613_208)
    }

    @Test func emptyDateIsNoDate() {
        let outcome = parseDocument("---\ntitle: t\ndate:\nupdated: ~\n---\n")
        #expect(outcome.diagnostics.isEmpty)
        #expect(outcome.document?.date == nil)
        #expect(outcome.document?.updated == nil)
    }

    @Test func datesUseTheSiteTimeZone() throws {
        let d = try #require(parseDocument("---\ntitle: t\ndate: 2022-07-01 12:00:00\n---\n", timeZone: .newYork).document)
        #expect(d.date?.epochSeconds == 1_656_691_200)
        #expect(d.date?.iso8601 == "2022-07-01T12:00:00-04:00")
    }

    @Test func malformedYAMLPointsAtTheFileLine() {
        // `---` on line 1, so the YAML's line 3 is the file's line 4.
        let outcome = parseDocument("---\ntitle: t\ndate: 2022-02-23\nsummary: a: b\n---\n正文\n")
        #expect(outcome.document == nil)
        #expect(outcome.rendered == [errorLine(
            "content/articles/a.md:4:11", Messages.yamlColonNotAllowed)])
    }

    @Test func malformedYAMLAfterLeadingBlankLines() {
        // Two blank lines, `---` on line 3, YAML line 2 is file line 5.
        let outcome = parseDocument("\n\n---\ntitle: t\nsummary: a: b\n---\n")
        #expect(outcome.rendered == [errorLine(
            "content/articles/a.md:5:11", Messages.yamlColonNotAllowed)])
    }

    @Test func unclosedFlowSequenceIsReportedWhereItOpens() {
        // The front matter's 3rd line is `title: [unclosed` (file line 4, `[` in column 8).
        // libyaml notices the problem only at the end of the YAML, which is the closing `---`
        // (line 5): the clerk must be sent to the line that opened the sequence.
        let outcome = parseDocument("---\ndate: 2022-02-23\nauthor: a\ntitle: [unclosed\n---\n正文\n")
        #expect(outcome.document == nil)
        #expect(outcome.rendered == [errorLine(
            "content/articles/a.md:4:8",
            Messages.yamlUnclosedBracket)])
    }

    @Test func unclosedQuoteIsReportedWhereItOpens() throws {
        // `"` opened on file line 2, column 8, never closed.
        let outcome = parseDocument("---\ntitle: \"低保标准\nauthor: a\n---\n")
        let diagnostic = try #require(outcome.diagnostics.first)
        #expect(outcome.diagnostics.count == 1)
        #expect(diagnostic.location.description == "content/articles/a.md:2:8")
        #expect(diagnostic.message == Messages.yamlUnclosedQuote.text)
    }

    @Test func frontMatterThatIsNotAMapping() {
        let outcome = parseDocument("---\n- a\n- b\n---\n")
        #expect(outcome.rendered == [
            errorLine("content/articles/a.md:2:1", Messages.frontMatterNotMapping),
            warningLine("content/articles/a.md:1", Messages.missingTitle),
        ])
    }

    @Test func duplicateKeyIsReportedAtTheSecondOccurrence() {
        let outcome = parseDocument("---\ntitle: a\ndate: 2022-02-23\ntitle: b\n---\n")
        #expect(outcome.rendered == [errorLine("content/articles/a.md:4:1", Messages.duplicateKey("title"))])
    }
}
