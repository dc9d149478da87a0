import ArgumentParser
import Foundation
import GongshiCore
import GongshiSite

struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "把站点目录（site.yaml、content/、themes/）生成为静态网站。"
    )

    @Option(name: .long, help: ArgumentHelp("站点目录（含 site.yaml）。", valueName: "DIR"))
    var source: String = "."

    @Option(name: .long, help: ArgumentHelp("输出目录，默认为站点目录下的 public/。", valueName: "DIR"))
    var output: String?

    @Flag(name: .long, help: "包含草稿（draft: true）。")
    var drafts = false

    @Flag(name: .long, help: "不使用生成缓存：所有页面重新生成（缓存在站点目录的 .gongshi/cache/，可随时删除）。")
    var noCache = false

    @Flag(name: .long, help: "生成站内搜索（search.html 和 pagefind/ 索引，需安装 Pagefind：python3 -m pip install pagefind-bin-extended）；site.yaml 中 search: true 效果相同。")
    var search = false

    @Option(name: .long, help: ArgumentHelp("与文档的 publishDate、expiryDate 比较的日期（默认为当前时间），例如 2024-06-01；同样的输入和日期生成同样的网站。", valueName: "DATE"))
    var now: String?

    @Flag(name: .long, help: "只输出错误。")
    var quiet = false

    @Flag(name: .long, help: "输出更多信息。")
    var verbose = false

    func validate() throws {
        if quiet && verbose { throw ValidationError(Messages.quietAndVerbose) }
    }

    func run() throws {
        let console = Console(quiet: quiet)
        let siteFolder = URL(fileURLWithPath: source, isDirectory: true).standardizedFileURL
        let outputFolder = output.map { URL(fileURLWithPath: $0, isDirectory: true).standardizedFileURL }
            ?? siteFolder.appendingPathComponent("public", isDirectory: true)
        if let problem = SiteFolderCheck.problem(siteFolder, shown: source) {
            console.failure(problem)
            console.failure(Messages.buildFailed(errors: 1, warnings: 0))
            throw ExitCode(Gongshi.Exit.contentError)
        }
        // Search needs Pagefind: without it the build stops before anything is read or written
        // (an unreadable site.yaml is the build's to report).
        var searchProgram: PagefindProgram?
        if search || (try? SiteConfigLoader.load(siteFolder: siteFolder))?.search == true {
            searchProgram = PagefindProgram.find()
            if searchProgram == nil {
                console.failure(Messages.pagefindMissing)
                throw ExitCode(Gongshi.Exit.internalError)
            }
        }
        if verbose {
            console.info("站点目录：\(siteFolder.path)")
            console.info("输出目录：\(outputFolder.path)")
        }
        let started = Date()
        // An output a killed build left renamed away is put back first, so that what "unchanged"
        // means is judged against the site as it stands (the build would restore it anyway).
        Publisher.restoreInterrupted(output: outputFolder, siteFolder: siteFolder)
        let hadOutput = FileManager.default.fileExists(atPath: outputFolder.path)
        let progress = ProgressLine(enabled: !quiet && isatty(STDERR_FILENO) != 0, started: started)
        // Always timed: the progress line names the running stage; --verbose also prints the times.
        let memory: (@Sendable () -> Int?)? = verbose ? { @Sendable in ResidentMemory.current() } : nil
        let timer = StageTimer(now: { Date().timeIntervalSinceReferenceDate }, residentBytes: memory, onLap: progress.stageEnded)
        do {
            var options = SiteBuilder.Options(siteFolder: siteFolder, outputFolder: outputFolder, includeDrafts: drafts,
                                              useCache: !noCache, keepsUntilExit: true)
            options.search = search
            options.searchProgram = searchProgram
            options.now = now
            let report = try SiteBuilder.build(options,
                progress: progress.update, timer: timer)
            progress.finish()
            for stage in verbose ? timer.stages : [] {
                let memory = stage.residentBytes.map { "，内存 " + ResidentMemory.display($0) } ?? ""
                console.info(String(format: "  %@：%.2f 秒", stage.name, stage.seconds) + memory)
            }
            if verbose {
                if let peak = ResidentMemory.peak() { console.info("  内存峰值：" + ResidentMemory.display(peak)) }
                console.info("  缓存：\(report.reusedPages) 个页面未变、直接沿用，\(report.pages - report.reusedPages) 个页面重新生成")
                console.info("  名单：共 \(report.rosterMonths) 个月，\(report.summarizedMonths) 个月取自月份摘要，\(report.monthsWithRowsRead) 个月读入了名单行")
                if report.monthsWrittenAside > 0 {
                    console.info("  名单行另存：\(report.monthsWrittenAside) 个月的名单行写入 .gongshi/cache 的临时文件，内存中只留几个月，共解码 \(report.rowDecodings) 次")
                }
            }
            console.diagnostics(report.warnings)
            if report.withdrawnMonths > 0 {
                console.summary(Messages.namesWithdrawn(months: report.withdrawnMonths, namesMonths: report.retention.namesMonths,
                                                        isDefault: report.retention.isDefault))
            }
            console.summary(Messages.buildSummary(
                pages: report.pages, files: report.files, warnings: report.warnings.count,
                seconds: Date().timeIntervalSince(started)))
        } catch {
            progress.finish()
            switch error {
            case .content(let diagnostics):
                console.contentFailure(diagnostics, summary: Messages.buildFailed)
            case .output(let message, let warnings):
                console.messageFailure(message, warnings: warnings)
                // "原有输出保持不变" only while it is true (a failed fallback swap can move it away).
                let unchanged = FileManager.default.fileExists(atPath: outputFolder.path) == hadOutput
                console.failure(unchanged ? Messages.buildFailed(errors: 1, warnings: warnings.count)
                                        : Messages.buildFailedOutputMoved(errors: 1, warnings: warnings.count))
            }
            throw ExitCode(Gongshi.Exit.contentError)
        }
    }
}
