import Foundation
import Testing
@testable import GongshiCore

/// Every way gongshi fails prints at least one coded line on standard error, through the real
/// binary: a missing or wrong `--source`, a site.yaml that is a folder, usage errors (which
/// ArgumentParser would say in English), a print folder that is a file, and a closed standard
/// output (SIGPIPE used to end the run silently with 141).
@Suite("MessageCodes through the binary")
struct MessageCodesCLITests {
    static func emptyFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("gongshi-codes-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    @Test(arguments: [["build"], ["check"], ["print", "--month", "2026-11"], ["import", "raw.csv", "--month", "2026-11"]])
    func missingSourceFolder(_ command: [String]) throws {
        let folder = try Self.emptyFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try CLI.run(command + ["--source", "no-such-site"], in: folder)
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix(Messages.sourceFolderMissing("no-such-site").line(.error) + "\n"), "\(result.stderr)")
    }

    @Test func missingSourceFolderStopsServeBeforeListening() throws {
        let folder = try Self.emptyFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try CLI.run(["serve", "--port", "0", "--source", "no-such-site"], in: folder)
        #expect(result.status == 1)
        #expect(result.stderr == Messages.sourceFolderMissing("no-such-site").line(.error) + "\n")
        #expect(result.stdout.isEmpty)
    }

    @Test func sourceThatIsAFile() throws {
        let folder = try Self.emptyFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("x".utf8).write(to: folder.appendingPathComponent("site"))
        let result = try CLI.run(["build", "--source", "site"], in: folder)
        #expect(result.status == 1)
        #expect(result.stderr == Messages.sourceFolderUnreadable("site", reason: Messages.notAFolder).line(.error) + "\n"
                + Messages.buildFailed(errors: 1, warnings: 0).line(.error) + "\n")
    }

    @Test func siteFileThatIsAFolder() throws {
        let folder = try Self.emptyFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("site.yaml"), withIntermediateDirectories: true)
        let result = try CLI.run(["check"], in: folder)
        #expect(result.status == 1)
        #expect(result.stderr == Messages.siteFileNotAFile.line(.error) + "\n"
                + Messages.checkFailed(errors: 1, warnings: 0).line(.error) + "\n")
        #expect(!result.stderr.contains("NSCocoaErrorDomain"))
    }

    @Test(arguments: [
        (["build", "--quiet", "--verbose"], Messages.quietAndVerbose, "build"),
        (["build", "--nope"], "未知的选项 --nope（是否想用 --now？）", "build"),
        (["build", "--frobnicate"], "未知的选项 --frobnicate", "build"),
        (["print", "cards", "--month", "2026-11"], "缺少必需的参数 --region", "print cards"),
        (["print", "--month", "13"], Messages.monthOptionInvalid, "print"),
        (["serve", "--port", "x"], "选项 --port 的值无效", "serve"),
        (["frob"], "多余的参数", ""),
    ])
    func usageErrorsAreCodedAndChinese(_ arguments: [String], _ detail: String, _ command: String) throws {
        let result = try CLI.run(arguments)
        #expect(result.status == 2)
        #expect(result.stderr == Messages.usageError(detail, command: command).line(.error) + "\n")
    }

    @Test func printFolderThatIsAFileNamesItNotTheStagingFolder() throws {
        let site = try SiteFixture(BadInputTests.goodFiles)
        defer { try? FileManager.default.removeItem(at: site.root) }
        try site.write("../blocker", "x")
        let blocker = site.root.appendingPathComponent("blocker").path
        let result = try CLI.run(["print", "--month", "2026-11", "--source", site.siteFolder.path, "--out", blocker])
        #expect(result.status != 0)
        #expect(result.stderr.contains("错误 GS"))
        #expect(!result.stderr.contains("staging"))
        #expect(!result.stderr.contains("Not a directory"))
    }

    /// `gongshi build | head -0`: the summary cannot be written, the build itself succeeded.
    @Test func closedStandardOutputIsNotADeath() throws {
        let site = try SiteFixture(BadInputTests.goodFiles)
        defer { try? FileManager.default.removeItem(at: site.root) }
        let process = Process()
        process.executableURL = CLI.executable
        process.arguments = ["build", "--source", site.siteFolder.path]
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try out.fileHandleForReading.close()
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationReason == .exit)
        #expect(process.terminationStatus == 0)
        #expect(FileManager.default.fileExists(atPath: site.publicFolder.appendingPathComponent("index.html").path))
    }
}
