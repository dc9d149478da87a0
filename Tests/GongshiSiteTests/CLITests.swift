import Foundation
import Testing
@testable import GongshiCore
@testable import GongshiSite

/// The real `gongshi` binary: exit codes (DESIGN.md §6) and what the clerk sees.
@Suite struct CLITests {
    @Test func successPrintsOneSummaryLine() throws {
        let site = try SiteFixture(BadInputTests.goodFiles)
        let result = try CLI.run(["build", "--source", site.siteFolder.path])
        #expect(result.status == 0)
        #expect(result.stderr == "")
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.count == 1)
        #expect(result.stdout.hasPrefix("已生成 8 个页面（共 13 个文件），0 个警告，用时 "))
        #expect(site.text("articles/a.html") != nil)
    }

    /// `--verbose` names every stage with its time and the memory held when it ended, then the
    /// peak: what `bench/province.sh` reads to show where memory goes.
    @Test func verboseShowsEachStagesTimeAndMemoryAndThePeak() throws {
        let site = try SiteFixture(BadInputTests.goodFiles)
        let result = try CLI.run(["build", "--verbose", "--source", site.siteFolder.path])
        #expect(result.status == 0, "\(result.stderr)")
        let lines = (result.stdout + result.stderr).split(separator: "\n").map(String.init)
        let stages = lines.filter { $0.hasPrefix("  ") && $0.contains(" 秒，内存 ") }.map { $0.dropFirst(2).prefix { $0 != "：" } }
        #expect(stages == ["build cache", "inputs", "load", "audit", "plan", "attachments", "keys", "render", "publish"])
        let stageLine = /^  [a-z ]+：\d+\.\d\d 秒，内存 [\d,]+ MiB$/
        #expect(lines.filter { $0.contains(" 秒，内存 ") }.allSatisfy { $0.wholeMatch(of: stageLine) != nil })
        #expect(lines.contains { $0.wholeMatch(of: /^  内存峰值：[\d,]+ MiB$/) != nil })
    }

    /// Mebibytes, rounded, with thousands separators.
    @Test func memoryIsShownInMebibytes() {
        #expect(ResidentMemory.display(0) == "0 MiB")
        #expect(ResidentMemory.display(1_572_864) == "2 MiB")
        #expect(ResidentMemory.display(1_048_575) == "1 MiB")
        #expect(ResidentMemory.display(7_196_180_480) == "6,863 MiB")
        #expect(ResidentMemory.display(1_073_741_824 * 1024) == "1,048,576 MiB")
    }

    @Test func defaultsToTheCurrentFolderAndItsPublicFolder() throws {
        let site = try SiteFixture(BadInputTests.goodFiles)
        let result = try CLI.run(["build", "--quiet"], in: site.siteFolder)
        #expect(result.status == 0)
        #expect(result.stdout == "")
        #expect(result.stderr == "")
        #expect(site.text("index.html") != nil)
    }

    @Test func outputOptionChoosesTheFolder() throws {
        let site = try SiteFixture(BadInputTests.goodFiles)
        let output = site.root.appendingPathComponent("elsewhere")
        let result = try CLI.run(["build", "--source", site.siteFolder.path, "--output", output.path, "--quiet"])
        #expect(result.status == 0)
        #expect(site.text("index.html", in: output) != nil)
        #expect(site.text("index.html") == nil)
    }

    @Test func contentErrorExitsOneWithFileAndLine() throws {
        let site = try SiteFixture(BadInputTests.goodFiles)
        try site.write("content/articles/b.md", "---\ntitle: 乙\ndate: 明天\n---\n")
        let result = try CLI.run(["build", "--source", site.siteFolder.path, "--quiet"])
        #expect(result.status == 1)
        #expect(result.stdout == "")
        // 明天 is not a date written another way: withheld like any value that could not be read.
        #expect(result.stderr.hasPrefix("content/articles/b.md:3:7: 错误 GS1052: date 的值不是可识别的日期，已隐去\n  提示：可用的格式："))
        #expect(result.stderr.hasSuffix(Messages.buildFailed(errors: 1, warnings: 0).line(.error) + "\n"))
        #expect(!FileManager.default.fileExists(atPath: site.publicFolder.path))
    }

    @Test func rosterErrorExitsOneNamingTheHeaderAsWritten() throws {
        let site = try SiteFixture(RosterSite.files)
        try site.write("content/rosters/2026-11/410829101202.csv", "record_id,head_name,persons,category,monthly_amount\nA004,赵**明,1,农村低保,600元\n")
        let result = try CLI.run(["build", "--source", site.siteFolder.path])
        #expect(result.status == 1)
        #expect(result.stdout == "")
        #expect(result.stderr.hasPrefix(
            "content/rosters/2026-11/410829101202.csv:2:18: 错误 GS2052: 「monthly_amount」的值“600元”无效\n  提示：\(Fen.acceptedFormsMessage)\n"))
        #expect(!FileManager.default.fileExists(atPath: site.publicFolder.path))
    }

    @Test func unwritableOutputExitsOne() throws {
        let site = try SiteFixture(BadInputTests.goodFiles)
        try site.write("blocker", "x")
        let result = try CLI.run(["build", "--source", site.siteFolder.path, "--output", site.siteFolder.path + "/blocker/out"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("无法写入输出目录"))
    }

    @Test func missingSiteFileExitsOne() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("gongshi-empty-\(UUID().uuidString)")
        TemporaryFolders.removeAtExit(folder)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let result = try CLI.run(["build"], in: folder)
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix(errorLine("site.yaml", Messages.siteFileMissing) + "\n"))
    }

    @Test(arguments: [["build", "--no-such-option"], ["build", "--quiet", "--verbose"], ["frobnicate"]])
    func usageErrorsExitTwo(arguments: [String]) throws {
        let result = try CLI.run(arguments)
        #expect(result.status == 2)
        #expect(!result.stderr.isEmpty)
    }

    @Test func checkWritesNothingAndExitsZeroWhenPublishable() throws {
        let site = try SiteFixture(RosterSite.files)
        let result = try CLI.run(["check", "--source", site.siteFolder.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == "检查通过，可以发布：33 个页面，0 个警告（未写入任何文件）\n")
        #expect(site.siblings() == ["content", "site.yaml", "themes"])
    }

    @Test func checkExitsOneOnPrivateData() throws {
        let site = try SiteFixture(RosterSite.files)
        try site.write("content/rosters/2026-11/410829101202.csv", RosterSite.header + "A004,赵小明,1,1,农村低保,550,2026-11,新纳入\n")
        let result = try CLI.run(["check", "--source", site.siteFolder.path])
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix("content/rosters/2026-11/410829101202.csv:2:6: 错误 GS3002: 户主姓名没有按规定遮蔽，应写成“赵*明”这样的形式"))
        #expect(!result.stderr.contains("赵小明"))
        #expect(site.siblings() == ["content", "site.yaml", "themes"])
    }

    @Test func helpExitsZero() throws {
        let result = try CLI.run(["build", "--help"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("--source"))
        #expect(result.stdout.contains("--drafts"))
    }
}
