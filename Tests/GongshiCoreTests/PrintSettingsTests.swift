import Testing
@testable import GongshiCore

/// `print:` in site.yaml: paper, orientation and type size, with unknown keys refused.
@Suite struct PrintSettingsTests {
    @Test func defaultsToA4PortraitFourteenPoints() throws {
        let config = try #require(parseSiteConfig("title: t\npublisher: p\n").config)
        #expect(config.print == PrintSettings())
        #expect(config.print.pageSize == "A4 portrait")
        #expect(config.print.fontSize == 14)
    }

    @Test func readsEveryKey() throws {
        let config = try #require(parseSiteConfig("title: t\npublisher: p\nprint:\n  paper: A3\n  orientation: landscape\n  font_size: 18pt\n").config)
        #expect(config.print.paper == .a3)
        #expect(config.print.orientation == .landscape)
        #expect(config.print.fontSize == 18)
        #expect(config.print.pageSize == "A3 landscape")
    }

    @Test func acceptsLowercasePaperAndBarePoints() throws {
        let config = try #require(parseSiteConfig("title: t\npublisher: p\nprint: {paper: a3, font_size: 16}\n").config)
        #expect(config.print.paper == .a3)
        #expect(config.print.fontSize == 16)
    }

    @Test func unknownKeyListsTheKnownOnes() {
        #expect(parseSiteConfig("title: t\npublisher: p\nprint:\n  papper: A4\n").rendered == [
            errorLine("site.yaml:4:3", Messages.unknownSiteKey("papper", known: PrintSettings.knownKeys))
        ])
    }

    @Test("bad values", arguments: [
        ("paper: B5", "site.yaml:4:10", Messages.invalidPaper),
        ("orientation: sideways", "site.yaml:4:16", Messages.invalidOrientation),
        ("font_size: 12pt", "site.yaml:4:14", Messages.invalidFontSize("12pt")),
        ("font_size: 14.5pt", "site.yaml:4:14", Messages.invalidFontSize("14.5pt")),
        ("font_size: 40pt", "site.yaml:4:14", Messages.invalidFontSize("40pt")),
        ("font_size: large", "site.yaml:4:14", Messages.invalidFontSize("large")),
    ])
    func badValue(_ line: String, _ location: String, _ message: Message) {
        #expect(parseSiteConfig("title: t\npublisher: p\nprint:\n  \(line)\n").rendered == [errorLine(location, message)])
    }

    @Test func aSizeThatIsNotANumberIsWithheld() {
        #expect(Messages.invalidFontSize("张三丰") == Message(.invalidFontSize,
            "print.font_size 的值不是磅值，已隐去", hint: "应为 14pt 到 36pt 之间的整数磅值，例如 16pt（公开栏张贴的字号不宜小于 14pt）"))
        #expect(Messages.invalidPaper == Message(.invalidPaper, "print.paper 的值不在允许的纸张中，已隐去", hint: "应为 A4 或 A3"))
    }

    @Test func messageNamesTheRange() {
        #expect(Messages.invalidFontSize("12pt") == Message(.invalidFontSize,
            "print.font_size 的值“12pt”无效", hint: "应为 14pt 到 36pt 之间的整数磅值，例如 16pt（公开栏张贴的字号不宜小于 14pt）"))
    }
}
