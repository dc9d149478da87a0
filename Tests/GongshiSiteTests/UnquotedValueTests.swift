import Foundation
import Testing
@testable import GongshiCore
@testable import GongshiSite

/// A value that was refused or could not be classified is never quoted back (issue 9, class 10):
/// through the real binary, a full name, an ID number and a mobile are planted in every column
/// and key whose message used to quote its value, and neither standard error nor standard output
/// shows any of them, in any form (also not their digits with the separators taken out).
@Suite struct UnquotedValueTests {
    static let secrets = ["李大山", "410829195603120016", "13912345678"]

    /// One place a clerk can type a value: the files that put `value` there, and where the error must point.
    struct Place: CustomTestStringConvertible, Sendable {
        let label: String
        let at: String
        let files: @Sendable (String) -> [String: String]
        /// Secrets this place takes as a valid value (nothing to report, nothing quoted).
        var accepts: Set<String> = []
        var testDescription: String { label }
    }

    /// What an error at the planted place may say: withheld, a YAML syntax error (libyaml's
    /// fixed words), or the privacy guard's finding, which shows the value masked.
    static let markers = ["已隐去", "YAML 格式错误", "含有不得公开的", "看起来是身份证号码"]

    static let village = "content/rosters/2026-11/410829101201.csv"
    static let month = "content/rosters/2026-11/_month.yaml"

    static func row(_ row: @escaping @Sendable (String) -> String) -> @Sendable (String) -> [String: String] {
        { value in [village: RosterSite.header + row(value) + "\nA003,欧阳*娜,2,3,农村低保,1100,2025-02,人口变化\n"] }
    }

    static func site(_ extra: String) -> @Sendable (String) -> [String: String] {
        { value in ["site.yaml": SiteFixture.minimalSiteYAML + extra.replacingOccurrences(of: "VALUE", with: value)] }
    }

    static func monthFile(_ extra: String) -> @Sendable (String) -> [String: String] {
        { value in [month: RosterSite.month("2026-11", days: 30) + extra.replacingOccurrences(of: "VALUE", with: value)] }
    }

    static func article(_ text: String) -> @Sendable (String) -> [String: String] {
        { value in ["content/articles/planted.md": text.replacingOccurrences(of: "VALUE", with: value)] }
    }

    static let places: [Place] = [
        // Roster cells.
        Place(label: "保障类别", at: village + ":2:", files: row { "A001,张*丰,2,3,\($0),1000.50,2024-01," }),
        Place(label: "保障人数", at: village + ":2:", files: row { "A001,张*丰,\($0),3,农村低保,1000.50,2024-01," }),
        Place(label: "家庭人口", at: village + ":2:", files: row { "A001,张*丰,2,\($0),农村低保,1000.50,2024-01," }),
        Place(label: "月保障金额", at: village + ":2:", files: row { "A001,张*丰,2,3,农村低保,\($0),2024-01," }),
        Place(label: "起始月份", at: village + ":2:", files: row { "A001,张*丰,2,3,农村低保,1000.50,\($0)," }),
        Place(label: "备注", at: village + ":2:", files: row { "A001,张*丰,2,3,农村低保,1000.50,2024-01,\($0)" }),
        Place(label: "记录编号（重复）", at: village + ":3:", files: { value in
            [village: RosterSite.header + "\(value),张*丰,2,3,农村低保,1000.50,2024-01,\n\(value),欧阳*娜,2,3,农村低保,1100,2025-02,\n"]
        }),
        Place(label: "供养方式", at: village + ":2:", files: { value in
            [village: "记录编号,户主姓名,保障人数,保障类别,供养方式,月保障金额(元)\nA001,张*丰,1,农村特困,\(value),715\nA003,欧阳*娜,2,农村低保,,1100\n"]
        }),
        Place(label: "区划代码", at: "content/rosters/2026-11/石门乡.csv:3:", files: { value in
            ["content/rosters/2026-11/石门乡.csv": "区划代码,记录编号,户主姓名,保障人数,保障类别,月保障金额(元)\n410829201201,B001,王*,1,农村低保,550\n\(value),B002,\"买买提·**\",3,农村低保,1200.00\n"]
        }),
        // regions.csv
        Place(label: "regions.csv 区划代码", at: "content/regions.csv:8:", files: { ["content/regions.csv": RosterSite.regions + "\($0),旧村,\n"] }),
        Place(label: "regions.csv 撤销后代码", at: "content/regions.csv:8:", files: { ["content/regions.csv": RosterSite.regions + "410829101299,旧村,\($0)\n"] }),
        Place(label: "regions.csv 表头", at: "content/regions.csv:1:", files: { value in
            ["content/regions.csv": RosterSite.regions.replacingOccurrences(of: "区划代码,名称,撤销后代码", with: "区划代码,\(value),撤销后代码")]
        }),
        // _month.yaml
        Place(label: "notice_type", at: month + ":1:", files: { value in
            [month: RosterSite.month("2026-11", days: 30).replacingOccurrences(of: "长期公示", with: value)]
        }),
        Place(label: "publish_from", at: month + ":2:", files: { value in
            [month: RosterSite.month("2026-11", days: 30).replacingOccurrences(of: "publish_from: 2026-11-01", with: "publish_from: \(value)")]
        }),
        Place(label: "encoding", at: month + ":9:", files: monthFile("encoding: VALUE\n")),
        Place(label: "expected_totals.households", at: month + ":10:", files: monthFile("expected_totals:\n  households: VALUE\n")),
        Place(label: "expected_totals.amount", at: month + ":10:", files: monthFile("expected_totals:\n  amount: \"VALUE\"\n")),
        Place(label: "_month.yaml 未知的键", at: month + ":9:", files: monthFile("VALUE: 1\n")),
        // site.yaml
        Place(label: "theme", at: "site.yaml:6:", files: site("theme: \"VALUE\"\n")),
        Place(label: "base_url", at: "site.yaml:6:", files: site("base_url: \"VALUE\"\n")),
        Place(label: "timezone", at: "site.yaml:6:", files: site("timezone: \"VALUE\"\n")),
        Place(label: "site.yaml 未知的键", at: "site.yaml:6:", files: site("VALUE: 1\n")),
        Place(label: "hotlines 未知的键", at: "site.yaml:7:", files: { value in
            ["site.yaml": "title: 测试县低保公示\npublisher: 测试县民政局\nhotlines:\n  - name: 监督举报电话\n    number: \"0391-7123456\"\n\n    \(value): 1\n"]
        }),
        Place(label: "disclosure.notice_type", at: "site.yaml:7:", files: site("disclosure:\n  notice_type: VALUE\n")),
        Place(label: "disclosure.notice_period", at: "site.yaml:7:", files: site("disclosure:\n  notice_period: VALUE\n")),
        Place(label: "disclosure.first_review_min_days", at: "site.yaml:7:", files: site("disclosure:\n  first_review_min_days: VALUE\n")),
        Place(label: "disclosure.encoding", at: "site.yaml:7:", files: site("disclosure:\n  encoding: VALUE\n")),
        Place(label: "print.paper", at: "site.yaml:7:", files: site("print:\n  paper: VALUE\n")),
        Place(label: "print.orientation", at: "site.yaml:7:", files: site("print:\n  orientation: VALUE\n")),
        Place(label: "print.font_size", at: "site.yaml:7:", files: site("print:\n  font_size: VALUE\n")),
        Place(label: "privacy.allowed_emails", at: "site.yaml:7:", files: site("privacy:\n  allowed_emails: [\"VALUE\"]\n")),
        Place(label: "privacy.reviewed_files", at: "site.yaml:8:", files: site("privacy:\n  reviewed_files:\n    - {sha256: \"VALUE\", reason: 已核对}\n")),
        Place(label: "site.yaml 格式错误", at: "site.yaml:6:", files: site("address: VALUE \u{07}\n")),
        // standards.yaml
        // A mobile is eleven digits: a valid region prefix and a valid amount (the output scan judges the standards page).
        Place(label: "standards region", at: "content/standards.yaml:2:",
              files: { ["content/standards.yaml": "- from: 2024-01-01\n  region: \"\($0)\"\n  农村低保: 550\n"] }, accepts: ["13912345678"]),
        Place(label: "standards from", at: "content/standards.yaml:1:", files: { ["content/standards.yaml": "- from: \($0)\n  region: \"410829\"\n  农村低保: 550\n"] }),
        Place(label: "standards 金额", at: "content/standards.yaml:3:",
              files: { ["content/standards.yaml": "- from: 2024-01-01\n  region: \"410829\"\n  农村低保: \"\($0)\"\n"] }, accepts: ["13912345678"]),
        // Front matter and Markdown.
        Place(label: "date", at: "content/articles/planted.md:3:", files: article("---\ntitle: 乙\ndate: VALUE\n---\n正文\n")),
        Place(label: "updated", at: "content/articles/planted.md:3:", files: article("---\ntitle: 乙\nupdated: VALUE\n---\n正文\n")),
        Place(label: "重复的键", at: "content/articles/planted.md:4:", files: article("---\ntitle: 乙\nVALUE: a\nVALUE: b\n---\n正文\n")),
        Place(label: "slug", at: "content/articles/planted.md:3:", files: article("---\ntitle: 乙\nslug: \"VALUE/x\"\n---\n正文\n")),
        Place(label: "链接", at: "content/articles/planted.md:5:", files: article("---\ntitle: 乙\n---\n\n见[文件](VALUE.md)。\n")),
        Place(label: "局部模板", at: "templates/notice.mustache:2:", files: { ["templates/notice.mustache": "<h1>{{page.title}}</h1>\n{{> \($0)}}\n"] }),
    ]

    @Test(arguments: places, secrets)
    func buildNeverQuotesIt(_ place: Place, _ secret: String) throws {
        var files = RosterSite.files
        files["content/articles/a.md"] = "---\ntitle: 甲\n---\n正文\n"
        for (path, text) in place.files(secret) { files[path] = text }
        let site = try SiteFixture(files)
        let result = try CLI.run(["build", "--source", site.siteFolder.path])
        Self.expectReported(result, at: place, secret: secret)
    }

    // MARK: gongshi import

    static let rawHeader = "记录编号,区划代码,户主姓名,身份证号码,保障人口,保障类别,月保障金（元）,享受起始年月\n"

    static let importPlaces: [Place] = [
        Place(label: "import 保障类别", at: "导出.csv:2:", files: { ["raw": rawHeader + "A001,410829101201,张三丰,,2,\($0),1100,2024-01\n"] }),
        Place(label: "import 保障人口", at: "导出.csv:2:", files: { ["raw": rawHeader + "A001,410829101201,张三丰,,\($0),农村低保,1100,2024-01\n"] }),
        Place(label: "import 月保障金", at: "导出.csv:2:", files: { ["raw": rawHeader + "A001,410829101201,张三丰,,2,农村低保,\($0)元,2024-01\n"] }),
        Place(label: "import 享受起始年月", at: "导出.csv:2:", files: { ["raw": rawHeader + "A001,410829101201,张三丰,,2,农村低保,1100,\($0)\n"] }),
        Place(label: "import 区划代码", at: "导出.csv:2:", files: { ["raw": rawHeader + "A001,\($0),张三丰,,2,农村低保,1100,2024-01\n"] }),
        Place(label: "import 记录编号（重复）", at: "导出.csv:3:", files: { value in
            ["raw": rawHeader + "X\(value),410829101201,张三丰,,2,农村低保,1100,2024-01\nX\(value),410829101201,李四,,1,农村低保,550,2024-01\n"]
        }),
    ]

    @Test(arguments: importPlaces, secrets)
    func importNeverQuotesIt(_ place: Place, _ secret: String) throws {
        let site = try SiteFixture(RosterSite.files)
        let raw = site.root.appendingPathComponent("导出.csv")
        try Data((place.files(secret)["raw"] ?? "").utf8).write(to: raw)
        let result = try CLI.run(["import", raw.path, "--month", "2026-12", "--source", site.siteFolder.path])
        Self.expectReported(result, at: place, secret: secret)
    }

    /// Exit 1 with an error at the place saying the value was withheld (or masked), unless the
    /// place accepts the secret; never a trace of it.
    static func expectReported(_ result: CLI.Result, at place: Place, secret: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        if !place.accepts.contains(secret) {
            #expect(result.status == 1, "\(result.stderr)", sourceLocation: sourceLocation)
            let lines = result.stderr.split(separator: "\n").filter { $0.hasPrefix(place.at) }
            #expect(lines.contains { line in markers.contains { line.contains($0) } }, "\(result.stderr)", sourceLocation: sourceLocation)
        }
        expectNoTrace(of: secret, in: result.stdout + result.stderr, sourceLocation: sourceLocation)
    }

    /// Neither the value, nor its given name, nor its digits once every separator is taken out of the output.
    static func expectNoTrace(of secret: String, in output: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        #expect(!output.contains(secret), "\(output)", sourceLocation: sourceLocation)
        let digits = secret.filter(\.isASCII).filter(\.isNumber)
        if digits.count >= 6 {
            #expect(!output.filter { $0.isASCII && $0.isNumber }.contains(digits), "\(output)", sourceLocation: sourceLocation)
        } else {
            #expect(!output.contains(String(secret.dropFirst())), "\(output)", sourceLocation: sourceLocation)
        }
    }
}
