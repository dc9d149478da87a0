import Foundation
import Testing
@testable import GongshiCore
@testable import GongshiSite

/// Each bad roster input: exit 1 (a content failure), file:line:column with the header as the
/// clerk wrote it, and nothing published: the previous public/ stays as it was.
@Suite struct RosterBadInputTests {
    static let village = "content/rosters/2026-11/410829101201.csv"

    /// Builds the good roster site, writes `files` over it, builds again; returns the errors.
    func errors(after files: [String: String]) throws -> [Diagnostic] {
        try errors { site in
            for (path, text) in files { try site.write(path, text) }
        }
    }

    func errors(_ breakIt: (SiteFixture) throws -> Void) throws -> [Diagnostic] {
        let site = try SiteFixture(RosterSite.files)
        try site.build()
        let before = SiteFixture.snapshot(site.publicFolder)
        try breakIt(site)
        let diagnostics = try #require(site.buildFailure())
        #expect(SiteFixture.snapshot(site.publicFolder) == before, "previous public/ changed")
        return diagnostics.errors
    }

    /// One row of the village file replaced by `row` (line 2 of the file).
    func villageRow(_ row: String, header: String = RosterSite.header) -> [String: String] {
        [Self.village: header + row + "\nA003,欧阳*娜,2,3,农村低保,1100,2025-02,人口变化\n"]
    }

    @Test func unterminatedQuote() throws {
        let errors = try errors(after: villageRow("A001,\"张*丰,2,3,农村低保,1000.50,2024-01,"))
        #expect(errors.count == 1)
        #expect(errors.first?.location.description == "\(Self.village):2:6")
    }

    @Test func rowWithTooManyFields() throws {
        let errors = try errors(after: villageRow("A001,张*丰,2,3,农村低保,1000.50,2024-01,收入变化,多余"))
        #expect(errors.map(\.description) == [errorLine("\(Self.village):2:40", Messages.fieldCount(9, expected: 8))])
    }

    @Test func rowWithTooFewFields() throws {
        let errors = try errors(after: villageRow("A001,张*丰,2,3,农村低保,1000.50"))
        #expect(errors.map(\.description) == [errorLine("\(Self.village):2:1", Messages.fieldCount(6, expected: 8))])
    }

    @Test func unknownHeaderListsTheAcceptedOnes() throws {
        let header = "记录编号,户主姓名,保障人数,家庭人口,保障类别,月保障金额(元),起始月份,说明\n"
        let errors = try errors(after: villageRow("A001,张*丰,2,3,农村低保,1000.50,2024-01,", header: header))
        #expect(errors.map(\.description) == [
            "\(Self.village):1:40: 错误 GS2041: 不认识的列「说明」\n  提示：可用的列为 \(RosterColumn.acceptedHeaderList)"
        ])
    }

    @Test func missingRequiredHeader() throws {
        let header = "记录编号,户主姓名,家庭人口,保障类别,月保障金额(元)\n"
        let errors = try errors(after: [Self.village: header + "A001,张*丰,3,农村低保,1000.50\n"])
        #expect(errors.map(\.description) == ["\(Self.village):1:1: 错误 GS2044: 缺少必填列「保障人数」（或 persons）"])
    }

    @Test func forbiddenHeaderIsAPrivacyError() throws {
        let header = "记录编号,户主姓名,保障人数,保障类别,月保障金额(元),身份证号码\n"
        let errors = try errors(after: [Self.village: header + "A001,张*丰,2,农村低保,1000.50,\n"])
        #expect(errors.count == 1)
        #expect(errors.first?.location.description == "\(Self.village):1:30")
        #expect(errors.first?.message.hasPrefix("列「身份证号码」含有不得公开的个人信息（身份证号码）") == true)
    }

    @Test(arguments: ["0", "1.5", "-1"])
    func badPersons(value: String) throws {
        let errors = try errors(after: villageRow("A001,张*丰,\(value),3,农村低保,1000.50,2024-01,"))
        #expect(errors.map(\.description) == ["\(Self.village):2:10: 错误 GS2049: 「保障人数」的值“\(value)”无效\n  提示：应为不小于 1 的整数"])
    }

    /// Not a number as written: the value is withheld, only the place and what was expected are named.
    @Test(arguments: ["abc", "２"])
    func unreadablePersonsAreWithheld(value: String) throws {
        let errors = try errors(after: villageRow("A001,张*丰,\(value),3,农村低保,1000.50,2024-01,"))
        #expect(errors.map(\.description) == ["\(Self.village):2:10: 错误 GS2049: 「保障人数」的值不是人数（第 2 行），已隐去\n  提示：应为不小于 1 的整数"])
    }

    @Test func englishHeaderIsNamedAsWritten() throws {
        let header = "record_id,head_name,persons,category,monthly_amount\n"
        let errors = try errors(after: [Self.village: header + "A001,张*丰,0,农村低保,1000.50\n"])
        #expect(errors.map(\.description) == ["\(Self.village):2:10: 错误 GS2049: 「persons」的值“0”无效\n  提示：应为不小于 1 的整数"])
    }

    @Test(arguments: ["600.505", "-1", "六百", "\"1,200.00\"", "600元", "６００", "1e3", ".5"])
    func badAmounts(value: String) throws {
        let errors = try errors(after: villageRow("A001,张*丰,2,3,农村低保,\(value),2024-01,"))
        let written = value.replacingOccurrences(of: "\"", with: "")
        let shown = ["六百", "６００", "1e3"].contains(written)
            ? "「月保障金额(元)」的值不是金额（第 2 行），已隐去\n  提示：\(Fen.acceptedFormsMessage)"
            : "「月保障金额(元)」的值“\(written)”无效\n  提示：\(Fen.acceptedFormsMessage)"
        #expect(errors.map(\.description) == ["\(Self.village):2:19: 错误 GS2052: \(shown)"])
    }

    @Test func duplicateRecordID() throws {
        let errors = try errors(after: [Self.village: RosterSite.header + "A001,张*丰,2,3,农村低保,1000.50,2024-01,\nA001,欧阳*娜,2,3,农村低保,1100,2025-02,\n"])
        #expect(errors.map(\.description) == ["\(Self.village):3:1: 错误 GS2060: 记录编号在本月重复（首次出现在 \(Self.village):2），已隐去"])
    }

    @Test func duplicateRecordIDAcrossFilesOfAMonth() throws {
        let errors = try errors(after: ["content/rosters/2026-11/410829101202.csv": RosterSite.header + "B001,赵**明,1,1,农村低保,550,2026-11,新纳入\n"])
        #expect(errors.map(\.location.description) == ["content/rosters/2026-11/石门乡.csv:2:14"])
        #expect(errors.first?.message == "记录编号在本月重复（首次出现在 content/rosters/2026-11/410829101202.csv:2），已隐去")
    }

    @Test func unknownVillageCode() throws {
        let errors = try errors(after: ["content/rosters/2026-11/石门乡.csv": "区划代码,记录编号,户主姓名,保障人数,保障类别,月保障金额(元)\n410829201299,B001,王*,1,农村低保,550\n410829201201,B002,\"买买提·**\",3,农村低保,1200.00\n"])
        #expect(errors.map(\.description) == ["content/rosters/2026-11/石门乡.csv:2:1: 错误 GS2061: 区划代码 410829201299 没有列在 content/regions.csv 中"])
    }

    @Test func codeThatIsNotAVillage() throws {
        let errors = try errors(after: ["content/rosters/2026-11/石门乡.csv": "区划代码,记录编号,户主姓名,保障人数,保障类别,月保障金额(元)\n410829201000,B001,王*,1,农村低保,550\n410829201201,B002,\"买买提·**\",3,农村低保,1200.00\n"])
        #expect(errors.map(\.description) == ["content/rosters/2026-11/石门乡.csv:2:1: 错误 GS2062: 区划代码 410829201000 是乡级区划，名册只能使用村级（村、社区）区划代码"])
    }

    @Test func malformedCodeNamesTheHeader() throws {
        let errors = try errors(after: ["content/rosters/2026-11/石门乡.csv": "division_code,记录编号,户主姓名,保障人数,保障类别,月保障金额(元)\n4108292012,B001,王*,1,农村低保,550\n"])
        #expect(errors.map(\.description) == ["content/rosters/2026-11/石门乡.csv:2:1: 错误 GS2014: 「division_code」的值不是 12 位数字的区划代码（第 2 行），已隐去\n  提示：区划代码应为 12 位数字（统计用区划代码）"])
    }

    @Test func fileNamedByOneCodeWithRowsOfAnother() throws {
        let header = "区划代码,记录编号,户主姓名,保障人数,保障类别,月保障金额(元)\n"
        let errors = try errors(after: [Self.village: header + "410829101201,A001,张*丰,2,农村低保,1000.50\n410829101202,A003,欧阳*娜,2,农村低保,1100\n"])
        #expect(errors.map(\.description) == ["\(Self.village):3:1: 错误 GS2048: 「区划代码」的值 410829101202 与文件名表示的村 410829101201 不一致"])
    }

    @Test func gb18030BytesWithoutTheEncodingSetting() throws {
        let text = RosterSite.header + "A001,张*丰,2,3,农村低保,1000.50,2024-01,\n"
        let gb18030 = try #require(text.data(using: String.Encoding(rawValue: 0x8000_0632)))
        let errors = try errors { try $0.write(Self.village, bytes: gb18030) }
        #expect(errors.count == 1)
        #expect(errors.first?.location.description == "\(Self.village):1:1")
        #expect(errors.first?.hint?.contains("encoding: gb18030") == true)
    }

    @Test func gb18030WithTheEncodingSettingBuilds() throws {
        let site = try SiteFixture(RosterSite.files)
        let text = RosterSite.header + "A001,张*丰,2,3,农村低保,1000.50,2024-01,\nA003,欧阳*娜,2,3,农村低保,1100,2025-02,\n"
        try site.write(Self.village, bytes: try #require(text.data(using: String.Encoding(rawValue: 0x8000_0632))))
        try site.write("content/rosters/2026-11/_month.yaml", RosterSite.month("2026-11", days: 30) + "encoding: gb18030\n")
        try site.build()
        #expect(site.text("rosters/2026-11/410829101201.html")?.contains("<td>欧阳*娜</td>") == true)
    }

    @Test func emptyFile() throws {
        let errors = try errors(after: [Self.village: ""])
        #expect(errors.map(\.description) == [errorLine("\(Self.village):1:1", Messages.rosterEmpty)])
    }

    @Test func expectedTotalsThatDiffer() throws {
        let errors = try errors(after: ["content/rosters/2026-11/_month.yaml": RosterSite.month("2026-11", days: 30, totals: (5, 8, "4400.00"))])
        #expect(errors.map(\.description) == [
            "content/rosters/2026-11/_month.yaml:10:3: 错误 GS2034: 人数合计与名册不符：expected_totals 写的是 8，名册计算结果是 9",
            "content/rosters/2026-11/_month.yaml:10:3: 错误 GS2034: 金额合计与名册不符：expected_totals 写的是 4,400.00，名册计算结果是 4,400.50",
        ])
    }

    @Test func monthWithoutNoticePeriod() throws {
        let errors = try errors(after: ["content/rosters/2026-11/_month.yaml": "notice_type: 长期公示\n"])
        #expect(errors.map(\.description) == [errorLine("content/rosters/2026-11/_month.yaml:1:1", Messages.noticePeriodMissing(month: "2026-11"))])
    }

    @Test func firstReviewNoticeShorterThanSevenDays() throws {
        let month = RosterSite.month("2026-11", days: 30)
            .replacingOccurrences(of: "长期公示", with: "初审公示")
            .replacingOccurrences(of: "publish_to: 2026-11-30", with: "publish_to: 2026-11-05")
        let errors = try errors(after: ["content/rosters/2026-11/_month.yaml": month])
        #expect(errors.map(\.description) == ["content/rosters/2026-11/_month.yaml:1:1: 错误 GS2033: 初审公示的公示期只有 5 天，不得少于 7 天"])
    }

    @Test func noteOutsideTheClosedList() throws {
        let errors = try errors(after: villageRow("A001,张*丰,2,3,农村低保,1000.50,2024-01,因病致贫"))
        // Refused twice over: not in the closed list, and a cause of hardship (病) is private.
        #expect(errors.map(\.location.description) == ["\(Self.village):2:35", "\(Self.village):2:36"])
        #expect(errors.first?.message == Messages.noteNotInList(line: 2, allowed: DisclosureSettings().notes).text)
        #expect(errors.first?.message == "备注不在允许的列表中（第 2 行），已隐去" && errors.first?.hint?.hasPrefix("允许的备注：") == true)
        #expect(errors.allSatisfy { !$0.message.contains("因病致贫") })
        #expect(errors.last?.message.hasPrefix("含有不得公开的健康或特殊状况信息（病）") == true)
    }

    @Test func rosterWithoutRegionsFile() throws {
        let errors = try errors { try $0.remove("content/regions.csv") }
        #expect(errors.map(\.description) == [errorLine("content/regions.csv", Messages.regionsMissing)])
    }

    @Test func everyBadFileIsReportedInOneBuild() throws {
        let errors = try errors(after: [
            Self.village: RosterSite.header + "A001,张*丰,0,3,农村低保,1000.50,2024-01,\n",
            "content/rosters/2026-10/410829101201.csv": RosterSite.header + "A001,张*丰,2,3,农村低保,六百,2024-01,\n",
        ])
        #expect(errors.map(\.location.description) == [
            "content/rosters/2026-10/410829101201.csv:2:19", "\(Self.village):2:10",
        ])
    }
}
