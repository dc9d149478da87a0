import Testing
@testable import GongshiCore

/// What a message may quote back: only values recognised as harmless. Everything a clerk could
/// have typed by mistake into the wrong place (a name, an ID number, a mobile, a landline, a QQ
/// number) is withheld.
@Suite struct HarmlessEchoTests {
    static let private_ = [
        "李大山", "410829195603120016", "4108 2919 5603 1200 16", "13912345678", "139-1234-5678", "139 1234 5678",
        "+86 139 1234 5678", "0391-7654321", "7654321", "87654321", "12345678901", "6217001234567890122", "zhangsan@example.com",
        "张*丰", "ＱＱ123456789", "柳林村3组12号", "精神残疾二级", "壹叁玖", "１３９１２３４５６７８",
    ]

    @Test(arguments: private_)
    func privateValuesAreNeverQuoted(_ value: String) {
        #expect(HarmlessEcho.number(value) == nil)
        #expect(HarmlessEcho.date(value) == nil)
        #expect(HarmlessEcho.regionCode(value) == nil)
        #expect(HarmlessEcho.identifier(value) == nil)
        #expect(HarmlessEcho.path(value) == nil)
    }

    @Test(arguments: ["600", "600元", "1,100.00", "600.505", "-1", "0", "1.5", ".5", "12pt", "2.5"])
    func numbersLikeAmounts(_ value: String) {
        #expect(HarmlessEcho.number(value) == value)
    }

    @Test(arguments: ["1234567", "1e3", "六百", "６００", "1.2.3", "600 元", ""])
    func notNumbers(_ value: String) {
        #expect(HarmlessEcho.number(value) == nil)
    }

    @Test(arguments: [
        "2026-13-01", "2026/11/1", "2024年1月6日", "2026-11-01 25:00", "2022-02-23T10:46:48+08:00",
        "Wed, 31 Feb 2022 10:46:48 GMT", "2026-1", "1956-03-12",
    ])
    func malformedDates(_ value: String) {
        #expect(HarmlessEcho.date(value) == value)
    }

    @Test(arguments: ["明天", "26-11-01", "8765-4321", "2026-11-01 李大山", "Zhang San 2026", "20261101", "2026-11-01-0001"])
    func notDates(_ value: String) {
        #expect(HarmlessEcho.date(value) == nil)
    }

    @Test func regionCodesAreTwelveASCIIDigits() {
        #expect(HarmlessEcho.regionCode("410829101201") == "410829101201")
        #expect(HarmlessEcho.regionCode("4108292012") == nil)
        #expect(HarmlessEcho.regionCode("４１０８２９１０１２０１") == nil)
    }

    @Test func keysAndNames() {
        #expect(HarmlessEcho.identifier("titel") == "titel")
        #expect(HarmlessEcho.identifier("hotlines.phone") == "hotlines.phone")
        #expect(HarmlessEcho.identifier("theme-2024") == "theme-2024")
        #expect(HarmlessEcho.identifier("标题") == nil)
        #expect(HarmlessEcho.identifier("12345") == nil)
        #expect(HarmlessEcho.path("articles/standard-2024.md") == "articles/standard-2024.md")
        #expect(HarmlessEcho.path("../notices/a.md") == "../notices/a.md")
        #expect(HarmlessEcho.path("articles/李大山.md") == nil)
        #expect(HarmlessEcho.path("/etc/passwd") == nil)
    }

    // MARK: The messages built on it

    @Test func closedListCellsNameThePlaceAndTheList() {
        #expect(Messages.invalidCategory(header: "保障类别", line: 12) == Message(.invalidCategory,
            "「保障类别」的值不在允许的类别中（第 12 行），已隐去", hint: "允许的类别：城市低保、农村低保、城市特困、农村特困"))
        #expect(Messages.invalidCareMode(header: "供养方式", line: 3) == Message(.invalidCareMode,
            "「供养方式」的值不在允许的供养方式中（第 3 行），已隐去", hint: "允许的供养方式：分散、集中"))
        #expect(Messages.noteNotInList(line: 4, allowed: ["收入变化", "人口变化"]) == Message(.noteNotInList,
            "备注不在允许的列表中（第 4 行），已隐去", hint: "允许的备注：收入变化、人口变化。备注不得填写自由文字，可在 site.yaml 的 disclosure.notes 中调整列表"))
    }

    @Test func harmlessValuesAreStillQuoted() {
        #expect(Messages.invalidAmount(header: "月保障金额(元)", "600元", line: 2).text == "「月保障金额(元)」的值“600元”无效")
        #expect(Messages.invalidPersons(header: "保障人数", "0", line: 2).text == "「保障人数」的值“0”无效")
        #expect(Messages.invalidStartMonth(header: "起始月份", "2026-13", line: 2).text == "「起始月份」的值“2026-13”无效")
        #expect(Messages.invalidRegionCode(header: "撤销后代码", "410829101201", line: 5) == Message(.invalidRegionCode,
            "「撤销后代码」的值“410829101201”无效", hint: "区划代码应为 12 位数字（统计用区划代码）"))
        #expect(Messages.invalidDate("2026-13-01", key: "publish_from", accepted: ["2022-02-23"]) == Message(.invalidDate,
            "publish_from 的日期“2026-13-01”无法识别", hint: "可用的格式：2022-02-23"))
        #expect(Messages.expectedInteger("households", "-3", range: 0...9) == Message(.expectedInteger,
            "households 的值“-3”无效", hint: "应为 0 到 9 之间的整数"))
        #expect(Messages.unknownSiteKey("titel", known: ["title"]) == Message(.unknownSiteKey, "未知的配置项 titel，是不是 title？", hint: "可用的配置项：title"))
        #expect(Messages.duplicateKey("title").text == "配置项 title 重复出现")
    }

    @Test(arguments: private_)
    func messagesWithholdWhatTheyCannotRead(_ value: String) {
        let messages = [
            Messages.invalidAmount(header: "月保障金额(元)", value, line: 2),
            Messages.invalidPersons(header: "保障人数", value, line: 2),
            Messages.invalidStartMonth(header: "起始月份", value, line: 2),
            Messages.invalidRegionCode(header: "区划代码", value, line: 2),
            Messages.invalidDate(value, key: "date", accepted: DateParser.acceptedForms),
            Messages.expectedInteger("households", value, range: 0...9),
            Messages.invalidWarningFactor(value),
            Messages.invalidFontSize(value),
            Messages.unknownSiteKey(value, known: ["title"]),
            Messages.duplicateKey(value),
            Messages.missingLinkTarget(value),
            Messages.themeMissing("themes/" + value),
            Messages.templatePartialMissing(value),
        ]
        for message in messages {
            #expect(message.text.contains("已隐去"), "\(message)")
            #expect(!message.text.contains(value), "\(message)")
        }
    }

    @Test func yamlErrorsNeverQuoteTheLine() {
        // A control character: Yams' own description would print the whole line.
        let outcome = parseSiteConfig("title: t\npublisher: 李大山 13912345678 \u{07}\n")
        #expect(outcome.rendered.count == 1)
        #expect(outcome.rendered.allSatisfy { !$0.contains("李大山") && !$0.contains("1391") })
        #expect(outcome.rendered.first?.contains("YAML 格式错误") == true)
    }
}
