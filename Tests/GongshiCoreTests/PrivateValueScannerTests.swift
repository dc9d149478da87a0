import Testing
@testable import GongshiCore

/// Test data: 11010519491231002X is the standard example; the other IDs were computed with the
/// GB 11643-1999 check (410821198001010453 also passes Luhn; 410821198001010040 fails the ID
/// check but passes Luhn); 6222021234567894, 622202123456789012 and 6217001234567890122 pass Luhn.
@Suite("PrivateValueScanner")
struct PrivateValueScannerTests {
    typealias Kind = PrivateValueFinding.Kind
    let scanner = PrivateValueScanner()
    /// With the sample site's hotline allow-listed, as every real site has it.
    let siteScanner = PrivateValueScanner(allowedNumbers: ["0391-7123456"])

    /// One finding: kind, offset, matched text, masked echo.
    struct Expected: Sendable, CustomTestStringConvertible {
        var kind: Kind
        var offset: Int
        var matched: String
        var echo: String
        var testDescription: String { "\(kind) @\(offset) \(matched)" }
    }

    func summary(_ findings: [PrivateValueFinding]) -> [String] {
        findings.map { "\($0.kind) @\($0.offset) \($0.matched) → \($0.maskedEcho)" }
    }

    func expectSingle(_ findings: [PrivateValueFinding], _ expected: Expected,
                      sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        #expect(summary(findings) == ["\(expected.kind) @\(expected.offset) \(expected.matched) → \(expected.echo)"],
                sourceLocation: sourceLocation)
    }

    // MARK: - Resident IDs

    @Test("resident ID numbers", arguments: [
        ("11010519491231002X", Expected(kind: .idNumber, offset: 0, matched: "11010519491231002X", echo: "1101**********002X")),
        ("身份证号：11010519491231002x。", Expected(kind: .idNumber, offset: 5, matched: "11010519491231002x", echo: "1101**********002X")),
        ("410821 19800101 0103", Expected(kind: .idNumber, offset: 0, matched: "410821 19800101 0103", echo: "4108**********0103")),
        ("4108-2119-8001-0101-03", Expected(kind: .idNumber, offset: 0, matched: "4108-2119-8001-0101-03", echo: "4108**********0103")),
        ("号码440304198506151237", Expected(kind: .idNumber, offset: 2, matched: "440304198506151237", echo: "4403**********1237")),
        ("编号320102199902284561号", Expected(kind: .idNumber, offset: 2, matched: "320102199902284561", echo: "3201**********4561")),
        ("１１０１０５１９４９１２３１００２Ｘ", Expected(kind: .idNumber, offset: 0, matched: "１１０１０５１９４９１２３１００２Ｘ", echo: "1101**********002X")),
        ("老证 410821800101004", Expected(kind: .idNumber, offset: 3, matched: "410821800101004", echo: "4108*******1004")),
        ("410821198001010453", Expected(kind: .idNumber, offset: 0, matched: "410821198001010453", echo: "4108**********0453")),  // also Luhn-valid: ID wins
        ("ID:510107200011119872;", Expected(kind: .idNumber, offset: 3, matched: "510107200011119872", echo: "5101**********9872")),
    ])
    func residentIDs(_ text: String, _ expected: Expected) {
        expectSingle(scanner.scanText(text), expected)
    }

    @Test("not resident IDs", arguments: [
        "01010519491231002X",  // region codes never start with 0 (check digit would be valid)
        "410821801301004",  // legacy form, month 13
        "010105194912310021",  // no province starts with 0
    ])
    func notResidentIDs(_ text: String) {
        #expect(scanner.scanText(text).isEmpty, "\(summary(scanner.scanText(text)))")
    }

    /// 16–19 digits that are no ID are refused as account numbers, Luhn or not: passbook and
    /// 一卡通 accounts often fail Luhn.
    @Test("long numbers that are no ID are accounts", arguments: [
        ("202400000000000001", "2024**********0001"),  // no province 20
        ("11010519491231002", "1101*********1002"),  // 17 digits
        ("110105194913310021", "1101**********0021"),  // month 13
        ("4108218001010042", "4108********0042"),  // 16 digits, fails Luhn
    ])
    func longNumbersAreAccounts(_ text: String, _ echo: String) {
        expectSingle(scanner.scanText(text), Expected(kind: .bankCardNumber, offset: 0, matched: text, echo: echo))
    }

    /// 18 digits and an `X` show a whole number: no ID (19 characters), but an account masked too little.
    @Test("nineteen characters with an X are refused as an account", arguments: [
        "11010519491231002X1", "811010519491231002X",
    ])
    func nineteenWithX(_ text: String) {
        #expect(scanner.scanText(text).map(\.kind) == [.bankCardNumber])
    }

    @Test("an ID with a mistyped check digit is still an ID: the region and birthday are real", arguments: [
        ("410821198001010040", "4108**********0040"),
        ("11010519491231002Y".replacingOccurrences(of: "Y", with: "5"), "1101**********0025"),
    ])
    func mistypedCheckDigit(_ text: String, _ echo: String) {
        expectSingle(scanner.scanText(text), Expected(kind: .idNumber, offset: 0, matched: text, echo: echo))
    }

    // MARK: - Partly masked IDs

    @Test("partly masked IDs that still show more than six digits", arguments: [
        ("410821********0040", Expected(kind: .partialIDNumber, offset: 0, matched: "410821********0040", echo: "4108**********0040")),
        ("41082119800101****", Expected(kind: .partialIDNumber, offset: 0, matched: "41082119800101****", echo: "4108**************")),
        ("证号410821＊＊＊＊＊＊＊＊0040", Expected(kind: .partialIDNumber, offset: 2, matched: "410821＊＊＊＊＊＊＊＊0040", echo: "4108**********0040")),
        ("410821××××××××0040", Expected(kind: .partialIDNumber, offset: 0, matched: "410821××××××××0040", echo: "4108**********0040")),
        ("410821XXXXXXXX0040", Expected(kind: .partialIDNumber, offset: 0, matched: "410821XXXXXXXX0040", echo: "4108**********0040")),
        ("410821 ******** 0040", Expected(kind: .partialIDNumber, offset: 0, matched: "410821 ******** 0040", echo: "4108**********0040")),
        ("4108211980****004X", Expected(kind: .partialIDNumber, offset: 0, matched: "4108211980****004X", echo: "4108**********004X")),
        ("410821*********04", Expected(kind: .partialIDNumber, offset: 0, matched: "410821*********04", echo: "4108***********04")),
    ])
    func partialIDs(_ text: String, _ expected: Expected) {
        expectSingle(scanner.scanText(text), expected)
    }

    @Test func emphasisAroundAMaskedIDIsNotPartOfIt() {
        // Bold in Markdown: the emphasis stars are no mask and not part of the finding.
        #expect(summary(scanner.scanText("证件号：**410821********0040**")) == [
            "partialIDNumber @6 410821********0040 → 4108**********0040",
        ])
    }

    @Test("masked enough, or not ID-shaped", arguments: [
        "4108**********40",  // 6 digits visible
        "******198001****",  // 6 visible
        "410821****0040",  // 14 characters
        "410821*********00401",  // 20 characters
        "ABX123456789012345",  // product code: X next to letters is no mask
        "***",
        "张*丰 李** 王*",
        "监督电话：**0391-****456**",  // bold in Markdown
        "区划代码 **410829101201**",
    ])
    func notPartialIDs(_ text: String) {
        #expect(scanner.scanText(text).isEmpty, "\(summary(scanner.scanText(text)))")
    }

    // MARK: - Mobile numbers

    @Test("mainland mobile numbers", arguments: [
        ("13812345678", Expected(kind: .mobileNumber, offset: 0, matched: "13812345678", echo: "138****5678")),
        ("电话：138 1234 5678", Expected(kind: .mobileNumber, offset: 3, matched: "138 1234 5678", echo: "138****5678")),
        ("138-1234-5678", Expected(kind: .mobileNumber, offset: 0, matched: "138-1234-5678", echo: "138****5678")),
        ("+8613812345678", Expected(kind: .mobileNumber, offset: 0, matched: "+8613812345678", echo: "138****5678")),
        ("拨打+86 138 1234 5678", Expected(kind: .mobileNumber, offset: 2, matched: "+86 138 1234 5678", echo: "138****5678")),
        ("139 12345678", Expected(kind: .mobileNumber, offset: 0, matched: "139 12345678", echo: "139****5678")),
        ("1391 2345 678", Expected(kind: .mobileNumber, offset: 0, matched: "1391 2345 678", echo: "139****5678")),
        ("139\u{00AD}1234\u{200B}5678", Expected(kind: .mobileNumber, offset: 0, matched: "139\u{00AD}1234\u{200B}5678", echo: "139****5678")),
        ("139–1234—5678", Expected(kind: .mobileNumber, offset: 0, matched: "139–1234—5678", echo: "139****5678")),
        ("(139) 1234.5678", Expected(kind: .mobileNumber, offset: 1, matched: "139) 1234.5678", echo: "139****5678")),
        ("一三九一二三四五六七八", Expected(kind: .mobileNumber, offset: 0, matched: "一三九一二三四五六七八", echo: "139****5678")),
        ("幺三九 幺二三四 五六七八", Expected(kind: .mobileNumber, offset: 0, matched: "幺三九 幺二三四 五六七八", echo: "139****5678")),
        ("壹叁玖壹贰叁肆伍陆柒捌", Expected(kind: .mobileNumber, offset: 0, matched: "壹叁玖壹贰叁肆伍陆柒捌", echo: "139****5678")),
        ("①③⑨①②③④⑤⑥⑦⑧", Expected(kind: .mobileNumber, offset: 0, matched: "①③⑨①②③④⑤⑥⑦⑧", echo: "139****5678")),
        ("139\n1234 5678", Expected(kind: .mobileNumber, offset: 0, matched: "139\n1234 5678", echo: "139****5678")),
        ("0086 13812345678", Expected(kind: .mobileNumber, offset: 0, matched: "0086 13812345678", echo: "138****5678")),
        ("8613912345678", Expected(kind: .mobileNumber, offset: 0, matched: "8613912345678", echo: "139****5678")),
        ("联系人13812345678。", Expected(kind: .mobileNumber, offset: 3, matched: "13812345678", echo: "138****5678")),
        ("手机１８６１２３４５６７８", Expected(kind: .mobileNumber, offset: 2, matched: "１８６１２３４５６７８", echo: "186****5678")),
        ("tel:19912345678", Expected(kind: .mobileNumber, offset: 4, matched: "19912345678", echo: "199****5678")),
        ("2024 15012345678", Expected(kind: .mobileNumber, offset: 5, matched: "15012345678", echo: "150****5678")),
        ("<td>17712345678</td>", Expected(kind: .mobileNumber, offset: 4, matched: "17712345678", echo: "177****5678")),
        // A piece that looks like a year and a month between other groups is no date (fuzz escapes).
        ("148/2019/7/46/5", Expected(kind: .mobileNumber, offset: 0, matched: "148/2019/7/46/5", echo: "148****7465")),
        ("137/2082/1/12/6", Expected(kind: .mobileNumber, offset: 0, matched: "137/2082/1/12/6", echo: "137****1126")),
        ("148 2019 7 46 5", Expected(kind: .mobileNumber, offset: 0, matched: "148 2019 7 46 5", echo: "148****7465")),
        ("148-2019-7 46 5", Expected(kind: .mobileNumber, offset: 0, matched: "148-2019-7 46 5", echo: "148****7465")),
    ])
    func mobiles(_ text: String, _ expected: Expected) {
        expectSingle(scanner.scanText(text), expected)
    }

    @Test("not mobile numbers", arguments: [
        "12812345678",  // 12x is no mobile prefix
        "1381234567",  // 10 digits
        "138123456789",  // 12 digits
        "20221101123456",  // 14 digits
        "1645584408000",  // millisecond timestamp
        "138 1234 56789",  // 3-4-5
        "162.00 2026-09",  // an amount, then a month: a date ends the window
        "2026-11-01 13:45",  // a date and a time
        "第 15 期 2026-1-1 1:30",  // 11 digits from 15, but a date, day and time follow the 15
        "2026-09 2026-10 2026-11 2026-12 2027-01",  // a list of months is no account number
        "162.00\n2026-09\n2026-10",  // amounts, then chart labels
        "合计 1388.00 2026.10.31",  // an amount, then a date with its day
    ])
    func notMobiles(_ text: String) {
        #expect(siteScanner.scanText("0391-7123456").isEmpty)
        #expect(scanner.scanText(text).isEmpty, "\(summary(scanner.scanText(text)))")
    }

    // MARK: - Bank cards

    @Test("bank card numbers", arguments: [
        ("6222021234567894", Expected(kind: .bankCardNumber, offset: 0, matched: "6222021234567894", echo: "6222********7894")),
        ("卡号 6222 0212 3456 7894", Expected(kind: .bankCardNumber, offset: 3, matched: "6222 0212 3456 7894", echo: "6222********7894")),
        ("6222-0212-3456-7894", Expected(kind: .bankCardNumber, offset: 0, matched: "6222-0212-3456-7894", echo: "6222********7894")),
        ("6217001234567890122", Expected(kind: .bankCardNumber, offset: 0, matched: "6217001234567890122", echo: "6217***********0122")),
        ("6217 0012 3456 7890 122", Expected(kind: .bankCardNumber, offset: 0, matched: "6217 0012 3456 7890 122", echo: "6217***********0122")),
        ("622202123456789012", Expected(kind: .bankCardNumber, offset: 0, matched: "622202123456789012", echo: "6222**********9012")),
        ("6222021234567890", Expected(kind: .bankCardNumber, offset: 0, matched: "6222021234567890", echo: "6222********7890")),  // fails Luhn
        ("622202 1234567894", Expected(kind: .bankCardNumber, offset: 0, matched: "622202 1234567894", echo: "6222********7894")),  // passbook grouping
        ("621700 1234567890122", Expected(kind: .bankCardNumber, offset: 0, matched: "621700 1234567890122", echo: "6217***********0122")),
    ])
    func bankCards(_ text: String, _ expected: Expected) {
        expectSingle(scanner.scanText(text), expected)
    }

    @Test("not bank card numbers", arguments: [
        "0000000000000000",  // passes Luhn, but no card starts with 0
        "YT2024000000000124",  // a record code: letters touch the digits
        "2026-09 2026-10 2026-11",  // chart labels: runs of two are no account groups
    ])
    func notBankCards(_ text: String) {
        #expect(scanner.scanText(text).isEmpty, "\(summary(scanner.scanText(text)))")
    }

    /// How many groups a number may be written in before it reads as a row of numbers: a mobile
    /// in up to eight (random separators and a wrap), an account in up to six.
    @Test func groupBoundsOfMobilesAndAccounts() {
        #expect(summary(scanner.scanText("1-5-250-9-3-55-0-8")).count == 1)  // a mobile in 8 groups
        #expect(scanner.scanText("1-5-2-5-0-9-3-55-08").isEmpty)  // 9 groups: a row of numbers
        #expect(summary(scanner.scanText("628   28   85908   8   671 080")).count == 1)  // an account in 6 groups
        #expect(scanner.scanText("62 82 88 59 08 88 67 10 80").isEmpty)  // 9 pairs: a row of numbers
    }

    // MARK: - E-mail

    @Test("e-mail addresses", arguments: [
        ("zhangsan@example.com", Expected(kind: .emailAddress, offset: 0, matched: "zhangsan@example.com", echo: "z***@example.com")),
        ("联系邮箱：li.si+x@mail.qq.com。", Expected(kind: .emailAddress, offset: 5, matched: "li.si+x@mail.qq.com", echo: "l***@mail.qq.com")),
        ("mailto:Wang_Wu@Example.ORG.", Expected(kind: .emailAddress, offset: 7, matched: "Wang_Wu@Example.ORG", echo: "W***@Example.ORG")),
    ])
    func emails(_ text: String, _ expected: Expected) {
        expectSingle(scanner.scanText(text), expected)
    }

    @Test("not e-mail addresses", arguments: [
        "logo@2x.png", "@media screen and (max-width: 600px)", "user@localhost", "a@b.c", "@import url(a.css);",
        "img/seal@3x.webp 3x", "邮箱@示例.中国",
    ])
    func notEmails(_ text: String) {
        #expect(scanner.scanText(text).isEmpty, "\(summary(scanner.scanText(text)))")
    }

    // MARK: - Ordinary values that must not fire

    @Test("dates, amounts, codes and timestamps are not private", arguments: [
        "20220223", "2022-02-23", "2022年2月23日", "4524", "88.7万元", "1,234.00", "600.50", "民发〔2021〕57号",
        "410829101201", "0391-7123456", "12345", "YT000123", "A001", "2024000123",
        "2022-02-23T10:46:48+08:00", "2022-02-23 10:46:48", "Wed, 23 Feb 2022 10:46:48 GMT", "139123456789",
        "410829101201 410829101202", "2022-02-23 2022-03-01 2022-04-30", "1920x1080", "0x7fffffffffffffff",
        "<tr><td>410829101201</td><td>张*丰</td><td>2</td><td>农村低保</td><td>1,234.00</td></tr>",
        "第 1 2 3 4 5 6 7 8 9 10 11 12 页", "ＸＨＴＭＬ 1.0", "金额合计：12,345,678.90元", "YT2024000000000124",
    ])
    func ordinaryValues(_ text: String) {
        #expect(siteScanner.scanText(text).isEmpty, "\(summary(siteScanner.scanText(text)))")
    }

    // MARK: - Allow-list

    @Test("allowed numbers are not reported", arguments: [
        "监督电话：0391-7123456", "12345", "13812345678", "138 1234 5678", "+86 138-1234-5678", "13900001111",
        "mzj@example.gov.cn", "MZJ@Example.gov.cn",
    ])
    func allowed(_ text: String) {
        let scanner = PrivateValueScanner(allowedNumbers: [
            "0391-7123456", "12345", "138-1234-5678", "+86 139 0000 1111", " mzj@example.gov.cn ",
        ])
        #expect(scanner.scanText(text).isEmpty, "\(summary(scanner.scanText(text)))")
    }

    @Test func allowListMatchesWholeNumbersOnly() {
        let scanner = PrivateValueScanner(allowedNumbers: ["138-1234-5678"])
        #expect(summary(scanner.scanText("13812345679")) == ["mobileNumber @0 13812345679 → 138****5679"])
    }

    // MARK: - Several findings, overlaps, offsets

    @Test func findingsInOrderOfOffset() {
        let text = "户主张*丰，身份证11010519491231002X，电话138-1234-5678，卡号6222021234567894，邮箱zs@example.com"
        #expect(summary(scanner.scanText(text)) == [
            "idNumber @9 11010519491231002X → 1101**********002X",
            "mobileNumber @30 138-1234-5678 → 138****5678",
            "bankCardNumber @46 6222021234567894 → 6222********7894",
            "emailAddress @65 zs@example.com → z***@example.com",
        ])
    }

    @Test func overlappingKindsKeepTheHigherPriority() {
        // A mobile as the local part of an e-mail address: reported once, as a mobile.
        #expect(summary(scanner.scanText("13812345678@163.com")) == ["mobileNumber @0 13812345678 → 138****5678"])
        // A masked ID containing a visible mobile-shaped run.
        #expect(summary(scanner.scanText("41*13812345678***")) == ["partialIDNumber @0 41*13812345678*** → 41*1*********8***"])
    }

    @Test func offsetsCountCharactersNotBytes() {
        // 👨‍👩‍👧 is one Character of 18 UTF-8 bytes; é written as e + combining accent is one Character.
        #expect(scanner.scanText("👨‍👩‍👧 e\u{301} 13812345678").map(\.offset) == [4])
    }

    @Test func numbersNextToEachOtherAreSeparateFindings() {
        #expect(summary(scanner.scanText("13812345678 13912345678")) == [
            "mobileNumber @0 13812345678 → 138****5678",
            "mobileNumber @12 13912345678 → 139****5678",
        ])
    }

    @Test func valuesAfterOverlongDigitGroupsAreStillFound() {
        let text = String(repeating: "1234567890", count: 1_000) + " 13812345678 " + String(repeating: "*", count: 500)
        #expect(summary(scanner.scanText(text)) == ["mobileNumber @10001 13812345678 → 138****5678"])
    }

    @Test func scatteredStarsInGroupsAreNoMaskedID() {
        #expect(scanner.scanText("1* 1* 1* 1* 1* 1* 1* 1* 1*").isEmpty)
        #expect(scanner.scanText(String(repeating: "12* ", count: 1_000)).isEmpty)
    }

    @Test func overlappingCandidatesInALongChainStayLinear() {
        // Every window of three groups is an 18-character partial ID: one finding per window kept.
        let findings = scanner.scanText(String(repeating: "1234** ", count: 3_000))
        #expect(findings.count == 1_000)
        #expect(findings.allSatisfy { $0.kind == .partialIDNumber && $0.maskedEcho == "1234**********34**" })
    }

    @Test func longTextsAreScannedToTheEnd() {
        let filler = String(repeating: "<td>张*丰</td><td>1,234.00</td><td>410829101201</td>\n", count: 5_000)
        let findings = scanner.scanText(filler + "13812345678")
        #expect(findings.map(\.offset) == [filler.count])
    }

    // MARK: - Roster cells

    @Test("address details in roster cells", arguments: [
        ("人民路88号", Expected(kind: .addressDetail, offset: 3, matched: "88号", echo: "号")),
        ("3号", Expected(kind: .addressDetail, offset: 0, matched: "3号", echo: "号")),
        ("3号楼", Expected(kind: .addressDetail, offset: 0, matched: "3号楼", echo: "号楼")),
        ("二单元", Expected(kind: .addressDetail, offset: 0, matched: "二单元", echo: "单元")),
        ("幸福小区5栋", Expected(kind: .addressDetail, offset: 4, matched: "5栋", echo: "栋")),
        ("302室", Expected(kind: .addressDetail, offset: 0, matched: "302室", echo: "室")),
        ("门牌已核", Expected(kind: .addressDetail, offset: 0, matched: "门牌", echo: "门牌")),
        ("长乐路123弄", Expected(kind: .addressDetail, offset: 3, matched: "123弄", echo: "弄")),
        ("十二幢", Expected(kind: .addressDetail, offset: 0, matched: "十二幢", echo: "幢")),
    ])
    func addresses(_ text: String, _ expected: Expected) {
        expectSingle(scanner.scanRosterCell(text), expected)
    }

    @Test func severalAddressTokensInOneCell() {
        #expect(summary(scanner.scanRosterCell("3号楼2单元302室")) == [
            "addressDetail @0 3号楼 → 号楼", "addressDetail @3 2单元 → 单元", "addressDetail @6 302室 → 室",
        ])
    }

    @Test("health and status words in roster cells", arguments: [
        ("残疾", Expected(kind: .healthOrStatus, offset: 0, matched: "残疾", echo: "残疾")),
        ("户主精神病", Expected(kind: .healthOrStatus, offset: 2, matched: "精神病", echo: "精神病")),
        ("因重病致贫", Expected(kind: .healthOrStatus, offset: 1, matched: "重病", echo: "重病")),
        ("HIV阳性", Expected(kind: .healthOrStatus, offset: 0, matched: "HIV", echo: "HIV")),
        ("感染hiv", Expected(kind: .healthOrStatus, offset: 2, matched: "hiv", echo: "hiv")),
        ("孤儿", Expected(kind: .healthOrStatus, offset: 0, matched: "孤儿", echo: "孤儿")),
        ("服刑人员家属", Expected(kind: .healthOrStatus, offset: 0, matched: "服刑", echo: "服刑")),
        ("盲人", Expected(kind: .healthOrStatus, offset: 0, matched: "盲", echo: "盲")),
        ("聋哑", Expected(kind: .healthOrStatus, offset: 0, matched: "聋哑", echo: "聋哑")),
        ("瘫痪在床", Expected(kind: .healthOrStatus, offset: 0, matched: "瘫痪", echo: "瘫痪")),
        ("癌", Expected(kind: .healthOrStatus, offset: 0, matched: "癌", echo: "癌")),
        ("智力障碍", Expected(kind: .healthOrStatus, offset: 0, matched: "智力", echo: "智力")),
        ("吸毒", Expected(kind: .healthOrStatus, offset: 0, matched: "吸毒", echo: "吸毒")),
        ("艾滋", Expected(kind: .healthOrStatus, offset: 0, matched: "艾滋", echo: "艾滋")),
        ("低能", Expected(kind: .healthOrStatus, offset: 0, matched: "低能", echo: "低能")),
        ("残障", Expected(kind: .healthOrStatus, offset: 0, matched: "残障", echo: "残障")),
        ("慢性病", Expected(kind: .healthOrStatus, offset: 2, matched: "病", echo: "病")),
    ])
    func healthWords(_ text: String, _ expected: Expected) {
        expectSingle(scanner.scanRosterCell(text), expected)
    }

    @Test("ordinary roster cells", arguments: [
        "张*丰", "欧阳*娜", "买买提·**", "农村低保", "城市特困", "分散", "集中", "新纳入", "提标", "渐退期", "单人保",
        "整户保", "复核", "收入变化", "人口变化", "YT000123", "2024-01", "410829101201", "600.50", "第三组",
        "办公室", "单元", "编号", "残值", "archive", "Chivalry",
    ])
    func ordinaryRosterCells(_ text: String) {
        #expect(scanner.scanRosterCell(text).isEmpty, "\(summary(scanner.scanRosterCell(text)))")
    }

    @Test func rosterCellsAlsoGetTheNumberRules() {
        #expect(summary(scanner.scanRosterCell("3号楼 13812345678 残疾")) == [
            "addressDetail @0 3号楼 → 号楼",
            "mobileNumber @4 13812345678 → 138****5678",
            "healthOrStatus @16 残疾 → 残疾",
        ])
    }

    /// Free text is judged for address details and health words attached to a person, not for
    /// the words alone: policy articles talk about 残疾 and 重病 in general.
    @Test func freeTextRefusesResidentialAddressesButNotWordsAlone() {
        #expect(summary(scanner.scanText("3号楼2单元302室")) == ["addressDetail @0 3号楼2单元 → 门牌"])
        #expect(scanner.scanText("门牌 残疾 精神病 HIV 民发〔2021〕57号 残疾人两项补贴 重病患者").isEmpty)
    }

    // MARK: - Descriptions

    @Test("kind descriptions in Chinese", arguments: [
        (Kind.idNumber, "身份证号码"), (.partialIDNumber, "疑似未充分遮蔽的身份证号码"), (.mobileNumber, "手机号码"),
        (.bankCardNumber, "银行卡或一卡通账号"), (.emailAddress, "电子邮件地址"), (.addressDetail, "详细住址"),
        (.healthOrStatus, "健康或特殊状况信息"),
    ])
    func descriptions(_ kind: Kind, _ text: String) {
        #expect(PrivateValueFinding(kind: kind, offset: 0, matched: "", maskedEcho: "").kindDescription == text)
    }

    @Test func everyKindHasADescription() {
        #expect(Set(Kind.allCases.map { PrivateValueFinding(kind: $0, offset: 0, matched: "", maskedEcho: "").kindDescription }).count
            == Kind.allCases.count)
    }
}
