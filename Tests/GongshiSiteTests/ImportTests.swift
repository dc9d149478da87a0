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
        #expect(again.stderr.contains("content/rosters/2026-11 已有 3 个名册文件\n  提示：确认要替换时请加 --force"))
        #expect(try CLI.run(arguments + ["--force"]).status == 0)
    }

    @Test func refusesARecordIDThatIsAnIDNumber() throws {
        let (site, rawFile) = try makeSite()
        let text = Self.raw.replacingOccurrences(of: "5,B001,", with: "5,41082119800101004X,")
        try #require(text.data(using: Self.gb18030)).write(to: rawFile)
        let result = try CLI.run(["import", rawFile.path, "--month", "2026-11", "--source", site.siteFolder.path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("导出名册.csv:6:3: 错误 GS3003: 记录编号看起来是身份证号码（4108**********004X）"))
        #expect(!result.stderr.contains("41082119800101004X"))
        #expect(!FileManager.default.fileExists(atPath: site.siteFolder.appendingPathComponent("content/rosters/2026-11").path))
    }

    static let rememberedLine =
        "已记住导入的完整姓名：新增 5 个散列值，共 5 个（不保存姓名本身），保存在 .gongshi/known-names。此文件不得上传到网站服务器，也不得提交到 git\n"

    @Test func remembersTheFullNamesAsHashesInAPrivateIgnoredFileAndTheSiteStillBuilds() throws {
        let (site, rawFile) = try makeSite()
        let arguments = ["import", rawFile.path, "--month", "2026-11", "--source", site.siteFolder.path]
        let result = try CLI.run(arguments)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("  content/rosters/2026-11/410829201201.csv：1 户 1 人 550.00 元\n" + Self.rememberedLine + "已生成 _month.yaml"))
        let folder = site.siteFolder.appendingPathComponent(".gongshi")
        let file = folder.appendingPathComponent("known-names")
        #expect(try FileManager.default.attributesOfItem(atPath: folder.path)[.posixPermissions] as? Int == 0o700)
        #expect(try FileManager.default.attributesOfItem(atPath: file.path)[.posixPermissions] as? Int == 0o600)
        let text = try String(contentsOf: file, encoding: .utf8)
        let lines = text.split(separator: "\n")
        #expect(lines.filter { !$0.hasPrefix("#") }.count == 2 + 5)
        for secret in ["张三丰", "欧阳娜娜", "李四", "买买提", "艾力", "王五"] { #expect(!text.contains(secret)) }
        let names = try #require(try KnownNames.load(siteFolder: site.siteFolder))
        for name in ["张三丰", "欧阳娜娜", "李四", "买买提·艾力", "王五"] { #expect(names.contains(fullName: name)) }
        #expect(try String(contentsOf: site.siteFolder.appendingPathComponent(".gitignore"), encoding: .utf8)
            == "# gongshi import 记住的已知姓名（私密文件，不得提交）\n/.gongshi/\n")

        // The imported site still builds, and nothing of the private file is published.
        let build = try CLI.run(["build", "--source", site.siteFolder.path])
        #expect(build.status == 0, "\(build.stderr)")
        let salt = try #require(lines.first { $0.hasPrefix("salt ") }).dropFirst(5)
        let published = SiteFixture.snapshot(site.publicFolder)
        #expect(!published.isEmpty)
        #expect(!published.keys.contains { $0.hasPrefix(".gongshi/") || $0.contains("known-names") })
        #expect(!published.values.contains { String(decoding: $0, as: UTF8.self).contains(salt) })

        // Importing again merges: nothing new, the same salt, the same bytes, one ignore rule.
        let again = try CLI.run(arguments + ["--force"])
        #expect(again.status == 0, "\(again.stderr)")
        #expect(again.stdout.contains("已记住导入的完整姓名：新增 0 个散列值，共 5 个"))
        #expect(try String(contentsOf: file, encoding: .utf8) == text)
        #expect(try String(contentsOf: site.siteFolder.appendingPathComponent(".gitignore"), encoding: .utf8)
            == "# gongshi import 记住的已知姓名（私密文件，不得提交）\n/.gongshi/\n")
    }

    @Test func aMalformedKnownNamesFileStopsImportBuildAndCheck() throws {
        let (site, rawFile) = try makeSite()
        try site.write(".gongshi/known-names", "gongshi-known-names 1\nsalt 00\n")
        let expected = errorLine(".gongshi/known-names:2", Messages.knownNamesBadSalt)
        let imported = try CLI.run(["import", rawFile.path, "--month", "2026-11", "--source", site.siteFolder.path])
        #expect(imported.status == 1)
        #expect(imported.stderr.contains(expected))
        #expect(!FileManager.default.fileExists(atPath: site.siteFolder.appendingPathComponent("content/rosters/2026-11").path))
        for command in ["build", "check"] {
            let result = try CLI.run([command, "--source", site.siteFolder.path])
            #expect(result.status == 1, "\(command)")
            #expect(result.stderr.contains(expected), "\(command): \(result.stderr)")
        }
    }

    @Test("names the raw export already masked with ＊, × or 某 are kept, not remembered, and build")
    func keepsNamesMaskedWithOtherMaskCharacters() throws {
        let (site, rawFile) = try makeSite()
        let text = Self.raw.replacingOccurrences(of: ",张三丰,1,", with: ",张＊丰,1,")
            .replacingOccurrences(of: ",李四,1,", with: ",李某某,1,")
            .replacingOccurrences(of: ",王五,,", with: ",王×,,")
        try #require(text.data(using: Self.gb18030)).write(to: rawFile)
        let result = try CLI.run(["import", rawFile.path, "--month", "2026-11", "--source", site.siteFolder.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("已记住导入的完整姓名：新增 2 个散列值，共 2 个"))
        let village = try String(contentsOf: site.siteFolder.appendingPathComponent("content/rosters/2026-11/410829101201.csv"), encoding: .utf8)
        #expect(village.contains("A001,张＊丰,2,3,"))
        #expect(village.contains("A002,李某某,1,1,"))
        let build = try CLI.run(["build", "--source", site.siteFolder.path])
        #expect(build.status == 0, "\(build.stderr)")
        let page = try #require(site.text("rosters/2026-11/410829101201.html"))
        #expect(page.contains("<td>张＊丰</td>"))
        #expect(page.contains("<td>李某某</td>"))
    }

    @Test func badMonthIsAUsageError() throws {
        let (site, rawFile) = try makeSite()
        let result = try CLI.run(["import", rawFile.path, "--month", "2026-13", "--source", site.siteFolder.path])
        #expect(result.status == 2)
    }
}
