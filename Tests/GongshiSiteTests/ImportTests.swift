import Foundation
import Testing
@testable import GongshiCore
@testable import GongshiSite

/// `gongshi import` on a raw export as clerks get it: GB18030 from Excel, with ID, phone and
/// address columns, compound surnames and `·` names.
@Suite struct ImportTests {
    static let gb18030 = String.Encoding(rawValue: 0x8000_0632)

    static let raw = """
        序号,记录编号,区划代码,户主姓名,姓氏字数,身份证号码,联系电话,家庭住址,保障人口,家庭人口数,保障类别,月保障金（元）,享受起始年月,备注
        1,A001,410829101201,张三丰,1,11010519491231002X,13812345678,柳林村3组12号,2,3,农村低保,"1,100.00",2024/01,
        2,A003,410829101201,欧阳娜娜,2,41082119800101004X,13912345678,柳林村5组8号,３,3,农村低保,1200.5元,202502,整户保
        3,A002,410829101201,李四,1,410829201003151239,,柳林村1组,1,1,农村特困,715,2023年5月,因病致贫
        4,A004,410829101202,买买提·艾力,,,0391-7123456,杨庄村,1,1,农村低保,550,2026-11,新纳入
        5,B001,410829201201,王五,,,,,1,1,农村低保,550,,

        """

    func makeSite() throws -> (SiteFixture, URL) {
        var files = RosterSite.files
        for path in files.keys where path.hasPrefix("content/rosters/2026-11/") { files[path] = nil }
        let site = try SiteFixture(files)
        let rawFile = site.root.appendingPathComponent("导出名册.csv")
        try #require(Self.raw.data(using: Self.gb18030)).write(to: rawFile)
        return (site, rawFile)
    }

    @Test func dropsPrivateColumnsMasksNamesAndWritesOneFilePerVillage() throws {
        let (site, rawFile) = try makeSite()
        let result = try CLI.run(["import", rawFile.path, "--month", "2026-11", "--encoding", "gb18030", "--source", site.siteFolder.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("已删除 4 列（不会公开）：\n  序号（未知列）\n  身份证号码（身份证号码）\n  联系电话（电话号码）\n  家庭住址（住址）\n"))
        #expect(result.stdout.contains("已删除 1 条不在允许列表中的备注。"))
        #expect(result.stdout.contains("content/rosters/2026-11/410829101201.csv：3 户 6 人 3,015.50 元"))
        #expect(result.stdout.hasSuffix("合计：5 户 8 人，月保障金额 4,115.50 元\n"))
        for secret in ["1101051949", "13812345678", "柳林村3组", "张三丰", "欧阳娜娜", "艾力", "因病"] {
            #expect(!result.stdout.contains(secret))
        }
        let village = try String(contentsOf: site.siteFolder.appendingPathComponent("content/rosters/2026-11/410829101201.csv"), encoding: .utf8)
        #expect(village == """
            记录编号,户主姓名,保障人数,家庭人口,保障类别,供养方式,月保障金额(元),起始月份,备注
            A001,张*丰,2,3,农村低保,,1100.00,2024-01,
            A003,欧阳*娜,3,3,农村低保,,1200.50,2025-02,整户保
            A002,李*,1,1,农村特困,,715.00,2023-05,

            """)
        let uyghur = try String(contentsOf: site.siteFolder.appendingPathComponent("content/rosters/2026-11/410829101202.csv"), encoding: .utf8)
        #expect(uyghur.contains("A004,买买提·**,1,1,农村低保,,550.00,2026-11,新纳入"))
        // The raw file is never copied into the site.
        let copied = SiteFixture.snapshot(site.siteFolder.appendingPathComponent("content")).keys.filter { $0.contains("导出") }
        #expect(copied.isEmpty)
        // The imported month builds.
        try site.build()
        let page = try #require(site.text("rosters/2026-11/410829101201.html"))
        #expect(page.contains("<td>欧阳*娜</td>"))
        #expect(page.contains("<tr><th scope=\"row\" colspan=\"2\">合计 3 户</th><td class=\"num\">6</td><td></td><td class=\"num\">3,015.50</td></tr>"))
    }

    @Test func detectsGB18030WithoutTheOption() throws {
        let (site, rawFile) = try makeSite()
        let result = try CLI.run(["import", rawFile.path, "--month", "2026-11", "--source", site.siteFolder.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("合计：5 户 8 人"))
    }

    @Test func refusesToOverwriteWithoutForce() throws {
        let (site, rawFile) = try makeSite()
        let arguments = ["import", rawFile.path, "--month", "2026-11", "--source", site.siteFolder.path]
        #expect(try CLI.run(arguments).status == 0)
        let again = try CLI.run(arguments)
        #expect(again.status == 1)
        #expect(again.stderr.contains("content/rosters/2026-11 已有 3 个名册文件：确认要替换时请加 --force"))
        #expect(try CLI.run(arguments + ["--force"]).status == 0)
    }

    @Test func refusesARecordIDThatIsAnIDNumber() throws {
        let (site, rawFile) = try makeSite()
        let text = Self.raw.replacingOccurrences(of: "5,B001,", with: "5,41082119800101004X,")
        try #require(text.data(using: Self.gb18030)).write(to: rawFile)
        let result = try CLI.run(["import", rawFile.path, "--month", "2026-11", "--source", site.siteFolder.path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("导出名册.csv:6:3: 错误: 记录编号看起来是身份证号码（4108**********004X）"))
        #expect(!result.stderr.contains("41082119800101004X"))
        #expect(!FileManager.default.fileExists(atPath: site.siteFolder.appendingPathComponent("content/rosters/2026-11").path))
    }

    @Test func badMonthIsAUsageError() throws {
        let (site, rawFile) = try makeSite()
        let result = try CLI.run(["import", rawFile.path, "--month", "2026-13", "--source", site.siteFolder.path])
        #expect(result.status == 2)
    }
}
