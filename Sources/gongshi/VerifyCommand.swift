import ArgumentParser
import Foundation
import GongshiCore
import GongshiSite

/// `gongshi verify`: proves a published folder is what a build wrote, by the manifest in it.
struct VerifyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: "按输出目录中的清单（.gongshi-output）逐个核对文件，列出缺少、已改动和多出的文件。",
        discussion: "退出码：0 所有文件与清单一致；1 有不一致的文件，或没有清单、清单格式不对。"
    )

    @Option(name: .long, help: ArgumentHelp("站点目录（含 site.yaml）。", valueName: "DIR"))
    var source: String = "."

    @Option(name: .long, help: ArgumentHelp("要核对的目录（网站目录或它的副本），默认为站点目录下的 public/。", valueName: "DIR"))
    var output: String?

    func run() throws {
        let console = Console(quiet: false)
        let siteFolder = URL(fileURLWithPath: source, isDirectory: true).standardizedFileURL
        let folder = output.map { URL(fileURLWithPath: $0, isDirectory: true).standardizedFileURL }
            ?? siteFolder.appendingPathComponent("public", isDirectory: true)
        let display = output ?? "public"
        let report: OutputVerifier.Report
        do {
            report = try OutputVerifier.verify(folder: folder.path, display: display)
        } catch {
            console.failure(error.message)
            throw ExitCode(Gongshi.Exit.contentError)
        }
        var lines = report.missing.map(Messages.verifyMissing)
        lines += report.changed.map(Messages.verifyChanged)
        lines += report.unreadable.map { Messages.verifyUnreadable($0.path, $0.reason) }
        lines += report.extra.map(Messages.verifyExtra)
        for line in lines { console.summary(line) }
        if report.matches {
            console.summary(Messages.verifyPassed(files: report.files, version: report.version, inputDigest: report.inputDigest))
            return
        }
        console.failure(Messages.verifyFailed(
            files: report.files, missing: report.missing.count,
            changed: report.changed.count + report.unreadable.count, extra: report.extra.count))
        throw ExitCode(Gongshi.Exit.contentError)
    }
}
