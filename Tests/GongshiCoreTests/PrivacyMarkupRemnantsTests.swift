import Testing
@testable import GongshiCore

/// What markup and escaping leave in the reader's view, read as the reader reads it (fuzz
/// round 6): `**` that cmark left as written, Markdown escapes kept in a raw HTML block, an
/// address over two cells, `at` glued to a local part, a local number grouped like a date.
@Suite struct PrivacyMarkupRemnantsTests {
    let rules = PrivacyRuleSet(context: PrivacyContext(
        allowedNumbers: ["0391-7123456"], allowedEmails: ["mzj@example.gov.cn"], regionCodes: []))

    func kinds(_ text: String) -> [String] {
        rules.findings(in: PrivacyNormalizer.normalize(text)).map { "\($0.kind) \($0.echo)" }
    }

    func kinds(html: String) -> [String] {
        HTMLReader.view(of: Array(html.utf8), xml: false).texts.flatMap { text in
            rules.findings(in: text).map { "\($0.kind) \($0.echo)" }
        }
    }

    // MARK: Emphasis left as written

    @Test func unmatchedEmphasisInsideAMaskedAccountIsReadThrough() {
        #expect(kinds("存折账号 62**12 2625 184**8 ****") == ["bankCardNumber 6212************"])
        #expect(kinds("一卡通账号：六二幺**二 二六**九二 五五四七 xxxx") == ["bankCardNumber 6212************"])
        #expect(kinds(html: "<p>存折账号 62**12 2625 184**8 ＊＊＊＊，特此说明。</p>") == ["bankCardNumber 6212************"])
    }

    @Test func starsThatCannotBeEmphasisStayMasks() {
        // No opener (each `**` ends a group): masks, as before.
        #expect(kinds("6217 **** **** 7890").isEmpty)
        #expect(kinds("410821********0040").first?.hasPrefix("partialIDNumber") == true)
        // What shows through the pair is too little to be anything.
        #expect(kinds("编号 62**12 2625 184**8").isEmpty)
    }

    // MARK: E-mail addresses

    @Test func markdownEscapesInRawHTMLAreSkipped() {
        #expect(kinds("chenjing\\_30\\[at\\]example\\[dot\\]com") == ["emailAddress c***@example.com"])
        #expect(kinds("zhang\\(at\\)qq\\.com") == ["emailAddress z***@qq.com"])
    }

    @Test func anAddressOverTwoCellsIsOneAddress() {
        #expect(kinds(html: "<table><tr><td>邮箱：</td><td>chenjing\\_30\\[at\\]e</td><td>xample\\[dot\\]com</td></tr></table>")
            == ["emailAddress c***@example.com"])
        #expect(kinds(html: "<table><tr><td></td><td>chenjing.7325(at)sin</td><td>a\\[dot\\]com</td></tr></table>")
            == ["emailAddress c***@sina.com"])
        #expect(kinds(html: "<table><tr><td>E-mail: </td><td>zh</td><td>angsan2725 at qq\\[dot\\]com</td></tr></table>").count == 1)
    }

    @Test func ordinaryCellsAreNoAddress() {
        #expect(kinds(html: "<table><tr><td>张*三</td><td>2024年</td><td>450.00</td><td>at home</td></tr></table>").isEmpty)
        #expect(kinds(html: "<table><tr><td>来信请寄</td><td>mzj@example.gov.cn</td></tr></table>").isEmpty)
        #expect(kinds("the meeting at 10, format A4").isEmpty)
    }

    @Test func atGluedToTheLocalPartOrTheDomain() {
        #expect(kinds("chenjing5897at 163.com") == ["emailAddress c***@163.com"])
        #expect(kinds("zhang_at qq.com") == ["emailAddress z***@qq.com"])
        #expect(kinds("zhang at163.com") == ["emailAddress z***@163.com"])
        // A word ending in `at` is English, and `#`-strict domains only.
        #expect(kinds("chat qq.com").isEmpty)
        #expect(kinds("5897at example.io").isEmpty)
        // Both spaces swallowed (seed 0x20261201a6 #1199), a mail TLD still required.
        #expect(kinds("zhaoliu_8699atsina．com") == ["emailAddress z***@sina.com"])
        #expect(kinds("2024at2025 report.pdf, 5atm.io, H2atom").isEmpty)
    }

    @Test func cssEscapesWithALineContinuation() {
        let css = ".c::after { content: \"\\63 \\68 en\\00006A ing5897\\000061t \\000031\\\n63\\3002 com\"; }"
        let found = CSSReader.view(of: Array(css.utf8)).texts.flatMap { rules.findings(in: $0).map { "\($0.kind) \($0.echo)" } }
        #expect(found == ["emailAddress c***@163.com"])
    }

    // MARK: Landlines

    @Test func aLocalNumberGroupedLikeADateIsStillANumber() {
        #expect(kinds("（021806）.1988.9") == ["landlineNumber 021-****89"])
        // A date after an area code, or after a short number, is a date.
        #expect(kinds("联系 0391 2026-09-01 到期").isEmpty)
        #expect(kinds("02 1998.09.15").isEmpty)
    }
}
