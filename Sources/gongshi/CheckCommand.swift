import ArgumentParser
import Foundation
import GongshiCore
import GongshiSite

/// `gongshi check`: load, audit, render in memory and scan the output, writing nothing.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "检查站点能否发布（读取、审核、在内存中生成并扫描隐私信息），不写入任何文件。"
    )

    @Option(name: .long, help: ArgumentHelp("站点目录（含 site.yaml）。", valueName: "DIR"))
    var source: String = "."

    @Flag(name: .long, help: "包含草稿（draft: true）。")
    var drafts = false

    @Flag(name: .long, help: "只输出错误。")
    var quiet = false

    func run() throws {
        let console = Console(quiet: quiet)
        let siteFolder = URL(fileURLWithPath: source, isDirectory: true).standardizedFileURL
        if let problem = SiteFolderCheck.problem(siteFolder, shown: source) {
            console.failure(problem)
            console.failure(Messages.checkFailed(errors: 1, warnings: 0))
            throw ExitCode(Gongshi.Exit.contentError)
        }
        do {
            let result = try SiteBuilder.render(siteFolder: siteFolder, includeDrafts: drafts)
            console.diagnostics(result.warnings)
            console.summary(Messages.checkPassed(pages: result.pages, warnings: result.warnings.count))
        } catch {
            switch error {
            case .content(let diagnostics):
                console.contentFailure(diagnostics, summary: Messages.checkFailed)
            case .output(let message, let warnings):
                console.messageFailure(message, warnings: warnings)
            }
            throw ExitCode(Gongshi.Exit.contentError)
        }
    }
}
