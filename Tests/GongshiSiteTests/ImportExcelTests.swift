import Foundation
import Testing
@testable import GongshiCore
@testable import GongshiSite

/// `gongshi import` on Excel files through the real binary: the .xlsx fixture (made by
/// `Fixtures/excel/make-fixtures.py` with openpyxl) with a merged title row, a village code merged
/// over its households, ID numbers and amounts stored as numbers, dates as serials and three
/// sheets; the older .xls through LibreOffice, and refused clearly without it.
@Suite struct ImportExcelTests {
    static let fixture = SiteFixture.repositoryRoot.appendingPathComponent("Tests/GongshiSiteTests/Fixtures/excel/roster-2026-11.xlsx")

    func makeSite() throws -> SiteFixture {
        var files = RosterSite.files
        for path in files.keys where path.hasPrefix("content/rosters/2026-11/") { files[path] = nil }
        return try SiteFixture(files)
    }

    func importing(_ site: SiteFixture, _ file: URL, _ extra: [String] = [], environment: [String: String] = [:]) throws -> CLI.Result {
        try CLI.run(["import", file.path, "--month", "2026-11", "--source", site.siteFolder.path] + extra, environment: environment)
    }

    @Test func anXLSXWithTitleRowsMergedCellsAndNumbersImportsAndBuilds() throws {
        let site = try makeSite()
        let result = try importing(site, Self.fixture, ["--sheet", "2026年11月名册"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("""
            读取工作表“2026年11月名册”。
            跳过表头上方的 1 行标题。
            已删除 3 列（不会公开）：
              序号（未知列）
              村（社区）（未知列）
              身份证号码（身份证号码）
            已写入 2 个村（社区）的名册：
              content/rosters/2026-11/410829101201.csv：3 户 6 人 3,015.80 元
              content/rosters/2026-11/410829101202.csv：1 户 1 人 550.00 元

            """))
        #expect(result.stdout.hasSuffix("合计：4 户 7 人，月保障金额 3,565.80 元\n"))
        // The code merged over three households is each one's; 1200.3000000000002 is 1200.30;
        // date serials are months.
        let village = try String(contentsOf: site.siteFolder.appendingPathComponent("content/rosters/2026-11/410829101201.csv"), encoding: .utf8)
        #expect(village == """
            记录编号,户主姓名,保障人数,家庭人口,保障类别,供养方式,月保障金额(元),起始月份,备注
            A001,张*丰,2,,农村低保,,1100.00,2024-01,
            A002,李*,1,,农村特困,,715.50,2023-05,
            A003,欧**娜,3,,农村低保,,1200.30,2025-02,

            """)
        // No ID number, whole or as Excel kept it, anywhere in the site's content.
        for (path, bytes) in SiteFixture.snapshot(site.siteFolder.appendingPathComponent("content")) {
            let text = String(decoding: bytes, as: UTF8.self)
            for secret in ["41082919500101", "4.1082919", "张三丰", "欧阳娜娜"] { #expect(!text.contains(secret), "\(path)") }
        }
        for secret in ["41082919500101", "4.1082919", "张三丰"] { #expect(!result.stdout.contains(secret)) }
        try site.build()
        let page = try #require(site.text("rosters/2026-11/410829101201.html"))
        #expect(page.contains("<td>欧**娜</td>"))
    }

    @Test func severalRosterSheetsNeedSheetAndANumericIDIsRefusedUnquoted() throws {
        let site = try makeSite()
        var result = try importing(site, Self.fixture)
        #expect(result.status == 1)
        #expect(result.stderr == [
            errorLine("roster-2026-11.xlsx", Messages.importSeveralSheets(["2026年11月名册", "错误示例"])),
            Messages.importFailed(errors: 1).line(.error),
        ].map { $0 + "\n" }.joined())
        result = try importing(site, Self.fixture, ["--sheet", "错误示例"])
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix(errorLine("roster-2026-11.xlsx:2:1", Messages.importLongNumber(header: "记录编号")) + "\n"))
        #expect(!result.stderr.contains("41082919") && !result.stderr.contains("4.10829"))
        result = try importing(site, Self.fixture, ["--sheet", "无此表"])
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix(errorLine("roster-2026-11.xlsx", Messages.importSheetNotFound(available: ["2026年11月名册", "说明", "错误示例"])) + "\n"))
        #expect(!FileManager.default.fileExists(atPath: site.siteFolder.appendingPathComponent("content/rosters/2026-11").path))
    }

    @Test func aDamagedWorkbookIsRefused() throws {
        let site = try makeSite()
        var bytes = try Data(contentsOf: Self.fixture)
        bytes.removeLast(bytes.count / 2)
        let file = site.root.appendingPathComponent("cut.xlsx")
        try bytes.write(to: file)
        let result = try importing(site, file)
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix(errorLine("cut.xlsx", Messages.importNotWorkbook) + "\n"))
    }

    @Test func anXLSWithoutLibreOfficeExitsThreeWithTheInstallCommand() throws {
        let site = try makeSite()
        let file = site.root.appendingPathComponent("旧名册.xls")
        try Data([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + [UInt8](repeating: 0, count: 504)).write(to: file)
        let result = try importing(site, file, environment: ["PATH": "/nonexistent", "GONGSHI_SOFFICE": "/nonexistent/soffice"])
        #expect(result.status == 3)
        #expect(result.stderr == Messages.importNeedsLibreOffice.line(.error) + "\n")
    }

    /// The command line LibreOffice is given, through a stand-in that does what `soffice
    /// --convert-to xlsx --outdir DIR FILE` does (writes DIR/FILE-name.xlsx).
    @Test func anXLSIsConvertedByTheLibreOfficeCommandAndImported() throws {
        let site = try makeSite()
        let file = site.root.appendingPathComponent("旧名册.xls")
        try Data(contentsOf: Self.fixture).write(to: file)
        let standIn = site.root.appendingPathComponent("soffice")
        try """
            #!/bin/sh
            # Arguments: -env:UserInstallation=… --headless --convert-to xlsx --outdir DIR FILE
            [ "$2" = --headless ] && [ "$3" = --convert-to ] && [ "$4" = xlsx ] && [ "$5" = --outdir ] || exit 9
            case "$1" in -env:UserInstallation=file://*) ;; *) exit 8 ;; esac
            name=$(basename "$7" .xls)
            cp "$7" "$6/$name.xlsx"

            """.write(to: standIn, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: standIn.path)
        let result = try importing(site, file, ["--sheet", "2026年11月名册"], environment: ["GONGSHI_SOFFICE": standIn.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("合计：4 户 7 人，月保障金额 3,565.80 元"))
        // A failing converter is exit 3 with its reason.
        try "#!/bin/sh\necho 'source file could not be loaded' >&2\nexit 1\n".write(to: standIn, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: standIn.path)
        let failed = try importing(site, file, ["--force"], environment: ["GONGSHI_SOFFICE": standIn.path])
        #expect(failed.status == 3)
        #expect(failed.stderr == Messages.importConversionFailed("退出码 1：source file could not be loaded").line(.error) + "\n")
    }

    /// The real LibreOffice on a real .xls (the fixture script's `soffice --convert-to xls`). CI
    /// installs LibreOffice, so there this always runs.
    @Test(.enabled(if: LegacyExcelConverter.find() != nil || ProcessInfo.processInfo.environment["CI"] != nil))
    func aRealXLSIsConvertedByLibreOffice() throws {
        let site = try makeSite()
        let xls = Self.fixture.deletingPathExtension().appendingPathExtension("xls")
        #expect(LegacyExcelConverter.isLegacyWorkbook(xls))
        let result = try importing(site, xls, ["--sheet", "2026年11月名册"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("读取工作表“2026年11月名册”。\n跳过表头上方的 1 行标题。\n"))
        #expect(result.stdout.hasSuffix("合计：4 户 7 人，月保障金额 3,565.80 元\n"))
        let village = try String(contentsOf: site.siteFolder.appendingPathComponent("content/rosters/2026-11/410829101201.csv"), encoding: .utf8)
        #expect(village.contains("A003,欧**娜,3,,农村低保,,1200.30,2025-02,"))
    }

    /// A workbook of one sheet, written part by part with python3's zipfile (what Excel writes
    /// that openpyxl cannot: a hidden row).
    static func handWritten(_ rows: String, to file: URL) throws {
        let sheet = "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>" + rows + "</sheetData></worksheet>"
        let script = """
            import sys, zipfile
            with zipfile.ZipFile(sys.argv[1], 'w', zipfile.ZIP_DEFLATED) as z:
                z.writestr('xl/workbook.xml', '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>')
                z.writestr('xl/_rels/workbook.xml.rels', '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="worksheet" Target="worksheets/sheet1.xml"/></Relationships>')
                z.writestr('xl/worksheets/sheet1.xml', sys.stdin.read())
            """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script, file.path]
        let input = Pipe()
        process.standardInput = input
        try process.run()
        input.fileHandleForWriting.write(Data(sheet.utf8))
        try input.fileHandleForWriting.close()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
    }

    static func cells(_ row: Int, _ values: [String]) -> String {
        "<row r=\"\(row)\"" + (values.first == "hidden" ? " hidden=\"1\">" : ">")
            + values.dropFirst(values.first == "hidden" ? 1 : 0).map { "<c t=\"inlineStr\"><is><t>\($0)</t></is></c>" }.joined() + "</row>"
    }

    /// A row a clerk hid in Excel (filtered out, say a 停保 household) is never imported silently;
    /// a phone typed as the 记录编号 is refused, masked.
    @Test func aHiddenRowAndAPhoneAsRecordIDAreRefused() throws {
        let site = try makeSite()
        let file = site.root.appendingPathComponent("名册.xlsx")
        let header = ["记录编号", "区划代码", "户主姓名", "保障人数", "保障类别", "月保障金额(元)"]
        try Self.handWritten(Self.cells(1, header) + Self.cells(2, ["A001", "410829101201", "张*丰", "2", "农村低保", "1100"])
            + Self.cells(3, ["hidden", "A002", "410829101201", "李*", "1", "农村低保", "550"])
            + Self.cells(4, ["13912345678", "410829101202", "王*", "1", "农村低保", "550"]), to: file)
        let result = try importing(site, file)
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix(errorLine("名册.xlsx:3:1", Messages.importHiddenRow) + "\n"), "\(result.stderr)")
        #expect(result.stderr.contains("名册.xlsx:4:1: 错误 GS3001"), "\(result.stderr)")
        #expect(!result.stderr.contains("13912345678"))
        #expect(!FileManager.default.fileExists(atPath: site.siteFolder.appendingPathComponent("content/rosters/2026-11").path))
    }
}
