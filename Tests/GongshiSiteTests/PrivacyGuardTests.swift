import Foundation
import Testing
@testable import GongshiCore
@testable import GongshiSite

/// One adversarial input: private data hidden somewhere in a small site.
struct PrivacyCase: CustomTestStringConvertible, Sendable {
    let name: String
    /// Files written over the roster site.
    let files: [String: String]
    /// `file:line:column` of the expected error.
    let location: String
    /// The masked echo the message must show.
    let echo: String
    /// The private value as written: it must never appear in what the clerk sees.
    let secret: String

    var testDescription: String { name }
}

/// The privacy guard: each case builds with the real binary and must exit 1, name the file, line
/// and column, echo the value masked (never as written), and write nothing.
@Suite struct PrivacyGuardTests {
    static let article = "content/articles/a.md"
    static let notice = "content/notices/n.md"
    static let month = "content/rosters/2026-11/_month.yaml"
    static let village = "content/rosters/2026-11/410829101201.csv"
    static let header = RosterSite.header
    static let otherRow = "A003,欧阳*娜,2,3,农村低保,1100,2025-02,人口变化\n"

    static func article(_ body: String, frontMatter: String = "title: 说明\n") -> [String: String] {
        [article: "---\n\(frontMatter)---\n\(body)\n"]
    }

    static func villageRow(_ row: String, header: String = PrivacyGuardTests.header) -> [String: String] {
        [village: header + row + "\n" + otherRow]
    }

    static func villageHeader(_ extra: String) -> [String: String] {
        [village: "记录编号,户主姓名,保障人数,保障类别,月保障金额(元),\(extra)\nA001,张*丰,2,农村低保,1000.50,x\n"]
    }

    static let cases: [PrivacyCase] = [
        // Markdown bodies
        PrivacyCase(name: "ID number in an article body", files: article("第一行。\n申请人 11010519491231002X 的材料。"),
                    location: "\(article):5:5", echo: "1101**********002X", secret: "11010519491231002X"),
        PrivacyCase(name: "ID number with spaces", files: article("身份证：110105 19491231 002X"),
                    location: "\(article):4:5", echo: "1101**********002X", secret: "19491231"),
        PrivacyCase(name: "ID number with dashes", files: article("证号 4108-2119-8001-0100-4X 已核对"),
                    location: "\(article):4:4", echo: "4108**********004X", secret: "19800101"),
        PrivacyCase(name: "legacy 15-digit ID number", files: article("旧证号410821800101004。"),
                    location: "\(article):4:4", echo: "4108*******1004", secret: "410821800101004"),
        PrivacyCase(name: "partly masked ID that shows 10 digits", files: article("证号 410821********004X"),
                    location: "\(article):4:4", echo: "4108**********004X", secret: "410821********004X"),
        PrivacyCase(name: "mobile number in a body", files: article("联系人电话13812345678。"),
                    location: "\(article):4:6", echo: "138****5678", secret: "13812345678"),
        PrivacyCase(name: "mobile with +86 and spaces", files: article("电话：+86 138 1234 5678"),
                    location: "\(article):4:4", echo: "138****5678", secret: "1234 5678"),
        PrivacyCase(name: "mobile with 0086 and dashes", files: article("电话：0086-138-1234-5678"),
                    location: "\(article):4:4", echo: "138****5678", secret: "1234-5678"),
        PrivacyCase(name: "bank card of 19 digits", files: article("卡号6222021234567890128"),
                    location: "\(article):4:3", echo: "6222***********0128", secret: "6222021234567890128"),
        PrivacyCase(name: "bank card of 16 digits in groups", files: article("卡号 6217 0012 3456 7893"),
                    location: "\(article):4:4", echo: "6217********7893", secret: "0012 3456"),
        PrivacyCase(name: "e-mail address", files: article("来信请寄 zhang.san@example.com 。"),
                    location: "\(article):4:6", echo: "z***@example.com", secret: "zhang.san@"),
        PrivacyCase(name: "ID in a heading of a file without front matter",
                    files: [article: "# 关于申请的说明\n\n正文 410829201003151239\n"],
                    location: "\(article):3:4", echo: "4108**********1239", secret: "410829201003151239"),
        // Front matter values
        PrivacyCase(name: "mobile in a title", files: article("正文", frontMatter: "title: 联系13812345678\n"),
                    location: "\(article):2:10", echo: "138****5678", secret: "13812345678"),
        PrivacyCase(name: "mobile in a summary", files: article("正文", frontMatter: "title: 说明\nsummary: 请拨 138-1234-5678\n"),
                    location: "\(article):3:13", echo: "138****5678", secret: "1234-5678"),
        PrivacyCase(name: "mobile in a tag list", files: article("正文", frontMatter: "title: 说明\ntags: [低保, \"13912345678\"]\n"),
                    location: "\(article):3:13", echo: "139****5678", secret: "13912345678"),
        PrivacyCase(name: "ID in an unknown front-matter key", files: article("正文", frontMatter: "title: 说明\napplicant: 11010519491231002X\n"),
                    location: "\(article):3:12", echo: "1101**********002X", secret: "11010519491231002X"),
        PrivacyCase(name: "e-mail in a notice's author", files: [notice: "---\ntitle: 公告\nauthor: li.si@example.org\n---\n正文\n"],
                    location: "\(notice):3:9", echo: "l***@example.org", secret: "li.si@"),
        PrivacyCase(name: "bank card in a notice body", files: [notice: "---\ntitle: 公告\n---\n发放卡号：6217001234567893\n"],
                    location: "\(notice):4:6", echo: "6217********7893", secret: "6217001234567893"),
        // Month files
        PrivacyCase(name: "personal mobile as a month's hotline",
                    files: [month: RosterSite.month("2026-11", days: 30).replacingOccurrences(of: "\"0391-7123456\"", with: "\"13712345678\"")],
                    location: "\(month):5:11", echo: "137****5678", secret: "13712345678"),
        PrivacyCase(name: "ID number in a month's basis",
                    files: [month: RosterSite.month("2026-11", days: 30) + "  - 11010519491231002X 的申请\n"],
                    location: "\(month):9:5", echo: "1101**********002X", secret: "11010519491231002X"),
        // Roster names
        PrivacyCase(name: "unmasked three-character name", files: villageRow("A001,张三丰,2,3,农村低保,1000.50,2024-01,"),
                    location: "\(village):2:6", echo: "张*丰", secret: "张三丰"),
        PrivacyCase(name: "unmasked two-character name", files: villageRow("A001,张三,2,3,农村低保,1000.50,2024-01,"),
                    location: "\(village):2:6", echo: "张*", secret: "张三"),
        PrivacyCase(name: "unmasked four-character name", files: villageRow("A001,张三小丰,2,3,农村低保,1000.50,2024-01,"),
                    location: "\(village):2:6", echo: "张**丰", secret: "张三小丰"),
        PrivacyCase(name: "unmasked name with a middle dot", files: villageRow("A001,买买提·艾力,2,3,农村低保,1000.50,2024-01,"),
                    location: "\(village):2:6", echo: "买买提·**", secret: "艾力"),
        PrivacyCase(name: "full name followed by `·*`", files: villageRow("A001,张三丰·*,2,3,农村低保,1000.50,2024-01,"),
                    location: "\(village):2:6", echo: "*****", secret: "张三丰"),
        PrivacyCase(name: "mask in the wrong place", files: villageRow("A001,张*三丰,2,3,农村低保,1000.50,2024-01,"),
                    location: "\(village):2:6", echo: "****", secret: "三丰"),
        PrivacyCase(name: "two visible characters before the star", files: villageRow("A001,张三*,2,3,农村低保,1000.50,2024-01,"),
                    location: "\(village):2:6", echo: "***", secret: "张三*"),
        // Roster cells
        PrivacyCase(name: "记录编号 that is an ID number", files: villageRow("41082119800101004X,张*丰,2,3,农村低保,1000.50,2024-01,"),
                    location: "\(village):2:1", echo: "4108**********004X", secret: "41082119800101004X"),
        PrivacyCase(name: "记录编号 that is a partly masked ID", files: villageRow("410821********004X,张*丰,2,3,农村低保,1000.50,2024-01,"),
                    location: "\(village):2:1", echo: "4108**********004X", secret: "410821********004X"),
        PrivacyCase(name: "phone number hidden in a name cell", files: villageRow("A001,张*丰13812345678,2,3,农村低保,1000.50,2024-01,"),
                    location: "\(village):2:9", echo: "138****5678", secret: "13812345678"),
        // Roster headers naming private data
        PrivacyCase(name: "身份证号码 column", files: villageHeader("身份证号码"), location: "\(village):1:30", echo: "身份证号码", secret: "\u{0}"),
        PrivacyCase(name: "联系电话 column", files: villageHeader("联系电话"), location: "\(village):1:30", echo: "电话号码", secret: "\u{0}"),
        PrivacyCase(name: "一卡通账号 column", files: villageHeader("一卡通账号"), location: "\(village):1:30", echo: "账号", secret: "\u{0}"),
        PrivacyCase(name: "家庭住址 column", files: villageHeader("家庭住址"), location: "\(village):1:30", echo: "住址", secret: "\u{0}"),
        PrivacyCase(name: "出生日期 column", files: villageHeader("出生日期"), location: "\(village):1:30", echo: "出生日期", secret: "\u{0}"),
        PrivacyCase(name: "残疾类别 column", files: villageHeader("残疾类别"), location: "\(village):1:30", echo: "残疾情况", secret: "\u{0}"),
        PrivacyCase(name: "家庭收入 column", files: villageHeader("家庭收入"), location: "\(village):1:30", echo: "收入", secret: "\u{0}"),
        PrivacyCase(name: "致贫原因 column", files: villageHeader("致贫原因"), location: "\(village):1:30", echo: "致贫原因", secret: "\u{0}"),
        PrivacyCase(name: "家庭成员 column", files: villageHeader("家庭成员"), location: "\(village):1:30", echo: "家庭成员", secret: "\u{0}"),
        PrivacyCase(name: "English id_card column", files: villageHeader("id_card"), location: "\(village):1:30", echo: "身份证号码", secret: "\u{0}"),
        PrivacyCase(name: "English Phone column", files: villageHeader("Phone"), location: "\(village):1:30", echo: "电话号码", secret: "\u{0}"),
        PrivacyCase(name: "English bank_account column", files: villageHeader("bank_account"), location: "\(village):1:30", echo: "银行账户", secret: "\u{0}"),
        PrivacyCase(name: "English home address column", files: villageHeader("Home Address"), location: "\(village):1:30", echo: "住址", secret: "\u{0}"),
        // A private value in a cell whose error message used to quote the cell: now withheld
        PrivacyCase(name: "ID number typed into 保障人数", files: villageRow("A001,张*丰,11010519491231002X,3,农村低保,1000.50,2024-01,"),
                    location: "\(village):2:10", echo: "已隐去", secret: "11010519491231002X"),
        PrivacyCase(name: "mobile typed into 月保障金额", files: villageRow("A001,张*丰,2,3,农村低保,13812345678元,2024-01,"),
                    location: "\(village):2:19", echo: "已隐去", secret: "13812345678"),
        PrivacyCase(name: "ID number as a front-matter date", files: article("正文", frontMatter: "title: 说明\ndate: 11010519491231002X\n"),
                    location: "\(article):3:7", echo: "已隐去", secret: "11010519491231002X"),
        PrivacyCase(name: "mobile that parses as an amount", files: villageRow("A001,张*丰,2,3,农村低保,13912345678,2024-01,"),
                    location: "\(village):2:19", echo: "139****5678", secret: "13912345678"),
        PrivacyCase(name: "mobile split by no-break spaces", files: article("电话 139\u{00A0}1234\u{00A0}5678"),
                    location: "\(article):4:4", echo: "139****5678", secret: "1234\u{00A0}5678"),
        PrivacyCase(name: "mobile split by zero-width spaces", files: article("电话 139\u{200B}1234\u{200B}5678"),
                    location: "\(article):4:4", echo: "139****5678", secret: "1234\u{200B}5678"),
        PrivacyCase(name: "phone in a file name", files: ["content/rosters/2026-11/李四13912345678.csv": "区划代码\n"],
                    location: "content/rosters/2026-11/李四139****5678.csv", echo: "139****5678", secret: "13912345678"),
        PrivacyCase(name: "theme asset of any extension (output scan)", files: ["themes/default/assets/notes.yaml": "phone: 13912345678\n"],
                    location: "(输出)/assets/notes.yaml:1:8", echo: "139****5678", secret: "13912345678"),
        // Output scan: a template that bypasses every input check
        PrivacyCase(name: "template printing a phone number", files: ["templates/footer.mustache": "<footer>值班：13612345678</footer>\n"],
                    location: "(输出)/404.html", echo: "136****5678", secret: "13612345678"),
        PrivacyCase(name: "site title with a phone number (output scan)",
                    files: ["site.yaml": SiteFixture.minimalSiteYAML.replacingOccurrences(of: "测试县低保公示", with: "测试县低保公示13512345678")],
                    location: "(输出)/", echo: "135****5678", secret: "13512345678"),
    ]

    @Test(arguments: cases)
    func isRefusedWithAMaskedEcho(_ privacyCase: PrivacyCase) throws {
        var files = RosterSite.files
        files[Self.article] = "---\ntitle: 说明\n---\n正文\n"
        files[Self.notice] = "---\ntitle: 公告\n---\n正文\n"
        for (path, text) in privacyCase.files { files[path] = text }
        let site = try SiteFixture(files)
        let result = try CLI.run(["build", "--source", site.siteFolder.path, "--quiet"])
        #expect(result.status == 1)
        #expect(result.stdout == "")
        #expect(result.stderr.contains("\(privacyCase.location)"), "\(result.stderr)")
        #expect(result.stderr.contains(privacyCase.echo), "\(result.stderr)")
        #expect(!result.stderr.contains(privacyCase.secret), "the message echoes the private value")
        #expect(!FileManager.default.fileExists(atPath: site.publicFolder.path), "something was published")
    }

    @Test func previousOutputStaysWhenPrivateDataAppears() throws {
        let site = try SiteFixture(RosterSite.files)
        try site.build()
        let before = SiteFixture.snapshot(site.publicFolder)
        try site.write(Self.village, Self.header + "A001,张三丰,2,3,农村低保,1000.50,2024-01,\n" + Self.otherRow)
        #expect(site.buildFailure() != nil)
        #expect(SiteFixture.snapshot(site.publicFolder) == before)
    }

    /// What looks like a number but is not private must build.
    @Test func falsePositivesDoNotFire() throws {
        var files = RosterSite.files
        files["site.yaml"] = SiteFixture.minimalSiteYAML + "privacy:\n  allowed_numbers: [\"12345\", \"0391-7654321\"]\n"
        files[Self.article] = """
            ---
            title: 2024年标准（民发〔2021〕57号）
            date: 2022-02-23
            summary: 2022年2月23日起执行，城市低保4524元/年，资金88.7万元。
            ---
            日期 20220223、2022-02-23T10:46:48+08:00；金额 4524、1,234.00、600.50、88.7万元。
            文件《最低生活保障审核确认办法》（民发〔2021〕57号）。区划代码 410829101201、410829000000。
            监督电话 0391-7123456，便民热线 12345，办公室 0391-7654321。记录编号 YT000123、A001、2024000123。
            """
        let site = try SiteFixture(files)
        let report = try site.build()
        #expect(report.warnings.isEmpty)
        #expect(site.text("articles/a.html")?.contains("0391-7654321") == true)
    }
}
