import Testing
@testable import GongshiCore

/// The rules of the second-generation guard, one by one, on plain text (the reader's-view
/// extractors have their own tests). Each case names what a clerk or an attacker would write.
@Suite struct PrivacyRulesTests {
    let rules = PrivacyRuleSet(context: PrivacyContext(
        allowedNumbers: ["0391-7123456", "12345"], allowedEmails: ["mzj@example.gov.cn"],
        regionCodes: ["410829101201"]))

    func kinds(_ text: String) -> [String] {
        rules.findings(in: PrivacyNormalizer.normalize(text)).map { "\($0.kind) \($0.echo)" }
    }

    // MARK: Normalisation

    @Test("the normaliser reads every way of writing a digit", arguments: [
        ("１３９", "139"), ("①③⑨", "139"), ("❶❸❾", "139"), ("𝟏𝟑𝟗", "139"), ("١٣٩", "139"), ("〇○", "00"),
        ("1\u{00AD}3\u{200B}9\u{200D}", "139"), ("1\u{200E}3\u{200F}9\u{2060}", "139"), ("⑩", "10"),
    ])
    func digits(_ text: String, _ expected: String) {
        #expect(PrivacyNormalizer.normalize(text).string == expected)
    }

    @Test("every separator variant becomes one of a few", arguments: [
        ("1\u{2011}2", "1-2"), ("1–2", "1-2"), ("1—2", "1-2"), ("1\u{00A0}2", "1 2"), ("1\t\t 2", "1 2"),
        ("1／2", "1/2"), ("1。2", "1.2"), ("（1）", "(1)"), ("1＿2", "1_2"), ("1\u{3000}2", "1 2"),
    ])
    func separators(_ text: String, _ expected: String) {
        #expect(PrivacyNormalizer.normalize(text).string == expected)
    }

    @Test func longSeparatorGapsAreWalls() {
        #expect(PrivacyNormalizer.normalize("1 - - - - - 2").string == "1\u{FFFC}2")
        // White space of any length counts once: pretty-printed HTML between two cells.
        #expect(PrivacyNormalizer.normalize("1\n        \n   2").string == "1 2")
    }

    // MARK: Numbers through any grouping

    @Test("numbers split across lines, cells and markup remnants", arguments: [
        "139\n1234\n5678", "139 | 1234 | 5678".replacingOccurrences(of: "|", with: " "), "13912345678",
        "139\\\n12345678", "139**1234**5678",
    ])
    func mobilesAcrossBreaks(_ text: String) {
        // `**` in Markdown source is emphasis, not masking: refused as a phone or as too little masking.
        let found = kinds(text)
        #expect(found.count == 1 && (found[0] == "mobileNumber 139****5678" || found[0].hasPrefix("partialIDNumber")), "\(found)")
    }

    @Test func officialNumbersPassAndPrivateLandlinesDoNot() {
        #expect(kinds("监督电话 0391-7123456，12345").isEmpty)
        #expect(kinds("联系 0391-5551234") == ["landlineNumber 0391-****34"])
        #expect(kinds("(010) 6555 1234") == ["landlineNumber 010-****34"])
        #expect(kinds("2026-01-02 0391").isEmpty)
    }

    @Test func regionCodesWithSequencesAreNoIDs() {
        #expect(kinds("410829101201001").isEmpty)
        #expect(kinds("410829101201-001").isEmpty)
        #expect(kinds("410829101201-0001").isEmpty)
    }

    @Test func partialMasksWithAnyMaskCharacter() {
        for text in ["410821xxxxxxxx0040", "410821●●●●●●●●0040", "410821########0040", "410821××××××××004X"] {
            #expect(kinds(text).first?.hasPrefix("partialIDNumber") == true, "\(text)")
        }
        #expect(kinds("4108**********40").isEmpty)
    }

    @Test func accountsWithTheLastGroupMaskedStillShowTooMuch() {
        // Refused as a masked ID (it is shaped like one too); what matters is that it is refused.
        #expect(kinds("6217 0012 3456 7890 ***").count == 1)
        #expect(kinds("6217 0012 3456 7890").first?.hasPrefix("bankCardNumber") == true)
    }

    // MARK: E-mail, QQ

    @Test("e-mail addresses however they are written", arguments: [
        "zhang＠example。com", "zhang[at]example.com", "zhang(at)example(dot)com", "zhang#qq.com",
        "zhang艾特example.com", "zhang @ example.com",
    ])
    func emails(_ text: String) {
        #expect(kinds(text).first?.hasPrefix("emailAddress z***@") == true, "\(kinds(text))")
    }

    @Test func officialMailboxesAndFragmentsPass() {
        #expect(kinds("来信请寄 mzj@example.gov.cn").isEmpty)
        #expect(kinds("index.html#section.intro").isEmpty)
    }

    @Test func qqNumbersAfterTheWord() {
        #expect(kinds("QQ 123456789") == ["qqNumber 12****89"])
        #expect(kinds("qq号：1234 5678") == ["qqNumber 12****78"])
        #expect(kinds("扣扣：98765") == ["qqNumber 98****65"])
        // Wide gaps join like every number rule's; stars are a mask only when they can be one.
        #expect(kinds("QQ (16) - 5 - 3 - 98 5 - 46") == ["qqNumber 16****46"])
        #expect(kinds("QQ：250**3576**3") == ["qqNumber 25****63"])
        #expect(kinds("QQ 12****89").isEmpty)
        #expect(kinds("QQ 12345**89") == ["qqNumber 12****89"])
        #expect(kinds("第 123456789 号").isEmpty)
    }

    // MARK: Facts attached to a person

    @Test func healthWordsNextToANameAreRefused() {
        #expect(kinds("李*山 精神残疾二级") == ["healthOrStatus 姓名与健康或残疾信息"])
        #expect(kinds("张某某患有尿毒症") == ["healthOrStatus 姓名与健康或残疾信息"])
        #expect(kinds("残疾人两项补贴按月发放；重病患者可申请单人保。").isEmpty)
    }

    @Test func everyHealthWordIsSeenByTheQuickTest() {
        for word in PersonFactRule.healthWords { #expect(PersonFactRule.mayStartHealthWord(word[0]), "\(word)") }
    }

    @Test func shortCellsSkipTheRulesButNotWhatTheyCouldHold() {
        #expect(PrivateValueScanner.cannotHoldFinding("农村低保"))
        #expect(PrivateValueScanner.cannotHoldFinding("1,100.50"))
        #expect(PrivateValueScanner.cannotHoldFinding("张*丰"))
        for text in ["1391234", "QQ 12345", "a@b.cn", "3组12号", "李*山 残疾", "一三九一二三四", "①②③④⑤⑥⑦"] {
            #expect(!PrivateValueScanner.cannotHoldFinding(text), "\(text)")
        }
    }

    @Test func residentialAddressesAndBirthDatesAreRefused() {
        #expect(kinds("住柳林村3组12号") == ["addressDetail 门牌"])
        #expect(kinds("5号楼2单元302室").first == "addressDetail 门牌")
        #expect(kinds("1956年3月12日出生") == ["birthDate 出生日期"])
        #expect(kinds("出生日期：1956-03-12") == ["birthDate 出生日期"])
        #expect(kinds("一九五六年三月十二日出生") == ["birthDate 出生日期"])
        #expect(kinds("本办法自2024年1月1日生效，2026年11月30日起公示。").isEmpty)
        #expect(kinds("云台县人民路88号").isEmpty)
    }

    // MARK: False positives from real county publications

    @Test("ordinary text of real publications passes", arguments: [
        "焦民〔2022〕12号", "民发〔2021〕57号", "2026-11-30", "2026/11/30", "2026.11.30", "2026年11月30日",
        "二〇二六年十一月三十日", "20261130", "1,100.00元", "¥153260.50", "邮编 454000", "12345", "0391-7123456",
        "410829101201", "第 1 2 3 4 5 6 7 8 9 10 11 12 页", "2026-09 2026-10 2026-11 2026-12 2027-01",
        "户数 172 人数 373 金额 153,260.50", "0 5 10 15 20",
    ])
    func ordinaryText(_ text: String) {
        #expect(kinds(text).isEmpty, "\(kinds(text))")
    }
}
