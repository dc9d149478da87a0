import ArgumentParser
import Foundation
import GongshiCore
import GongshiPreview

/// `gongshi serve`: preview with live reload. Builds in memory; never writes `public/`.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "在本机预览站点：在内存中生成（不写入 public/），修改文件后自动重新生成并刷新浏览器。",
        discussion: "生成失败时继续提供上次成功生成的网站，并在每个页面上显示错误。按 Ctrl-C 停止。"
    )

    @Option(name: .long, help: ArgumentHelp("端口；0 表示自动选择空闲端口。", valueName: "PORT"))
    var port: Int = 1313

    @Option(name: .long, help: ArgumentHelp("监听地址。默认只允许本机访问。", valueName: "HOST"))
    var host: String = "127.0.0.1"

    @Flag(name: .long, help: "包含草稿（draft: true）。")
    var drafts = false

    @Option(name: .long, help: ArgumentHelp("站点目录（含 site.yaml）。", valueName: "DIR"))
    var source: String = "."

    @Option(name: .long, help: ArgumentHelp(
        "还允许用这个名字或地址打开预览（可重复）。默认只接受本机地址，以防其他网页读取预览。", valueName: "NAME"))
    var allowHost: [String] = []

    // Connection limits in seconds; hidden: tests shorten them, a clerk never needs to.
    @Option(name: .long, help: .hidden) var maxConnections: Int = ConnectionLimits().maxConnections
    @Option(name: .long, help: .hidden) var idleTimeout: Double = 30
    @Option(name: .long, help: .hidden) var requestTimeout: Double = 10
    @Option(name: .long, help: .hidden) var writeStallTimeout: Double = 30
    @Option(name: .long, help: .hidden) var eventPingInterval: Double = 15
    // Seconds of quiet after a change before rebuilding (inotify); tests lengthen it on a busy machine.
    @Option(name: .long, help: .hidden) var watchQuiet: Double = 0.025

    func validate() throws {
        guard (0...65535).contains(port) else { throw ValidationError(Messages.portOptionInvalid) }
        guard !host.isEmpty else { throw ValidationError(Messages.hostOptionEmpty) }
        guard allowHost.allSatisfy(AllowedHostName.isValid) else { throw ValidationError(Messages.previewAllowHostInvalid) }
        for (option, value) in [
            ("--idle-timeout", idleTimeout), ("--request-timeout", requestTimeout),
            ("--write-stall-timeout", writeStallTimeout), ("--event-ping-interval", eventPingInterval),
            ("--watch-quiet", watchQuiet),
            ("--max-connections", Double(maxConnections)),
        ] where !(value > 0 && value < 86_400 * 365) {
            throw ValidationError(Messages.previewLimitInvalid(option: option))
        }
    }

    var limits: ConnectionLimits {
        ConnectionLimits(
            maxConnections: maxConnections, idleTimeout: .seconds(idleTimeout), requestTimeout: .seconds(requestTimeout),
            writeStallTimeout: .seconds(writeStallTimeout), eventPingInterval: .seconds(eventPingInterval))
    }

    func run() async throws {
        let console = Console(quiet: false)
        let siteFolder = URL(fileURLWithPath: source, isDirectory: true).standardizedFileURL
        if let problem = SiteFolderCheck.problem(siteFolder, shown: source) {
            console.failure(problem)
            throw ExitCode(Gongshi.Exit.contentError)
        }
        let server = PreviewServer(
            options: .init(
                siteFolder: siteFolder, host: host, port: port, includeDrafts: drafts, quietPeriod: .seconds(watchQuiet),
                allowedHosts: allowHost, limits: limits),
            report: { PreviewReport.print($0, on: console) })
        do {
            try await server.run()
        } catch {
            console.failure(Messages.previewCannotListen(host: host, port: port, detail: ListenFailure.reason(of: error)))
            throw ExitCode(Gongshi.Exit.internalError)
        }
        console.info(Messages.previewStopped)
    }
}

/// How the preview's events appear on the terminal: the URL and each rebuild on standard output,
/// warnings and errors on standard error.
enum PreviewReport {
    static func print(_ event: PreviewEvent, on console: Console) {
        switch event {
        case .listening(let url, let host, let isLoopback):
            if !isLoopback { console.warning(Messages.previewNonLoopback(host: host)) }
            console.summary(Messages.previewListening(url: url))
        case .built(let pages, let warnings, let seconds, let changed):
            console.diagnostics(warnings)
            if changed.isEmpty {
                console.summary(Messages.previewBuilt(pages: pages, warnings: warnings.count, seconds: seconds))
            } else {
                console.summary(Messages.previewRebuilt(
                    pages: pages, warnings: warnings.count, seconds: seconds, changed: changedText(changed)))
            }
        case .lanAddresses(let urls):
            if !urls.isEmpty { console.summary(Messages.previewLANAddresses(urls)) }
        case .refusedHost:
            console.warning(Messages.previewHostRefusedNotice)
        case .pollingForChanges(let reason):
            let message = reason == .watchLimit ? Messages.previewWatchLimit : Messages.previewWatchUnavailable
            console.info(message.text)
            if let hint = message.hint { console.info("  \(Messages.hintLabel)：\(hint)") }
        case .failed(let diagnostics, let seconds, _, let hasGoodBuild):
            console.diagnostics(diagnostics)
            console.failure(Messages.previewBuildFailed(
                errors: diagnostics.errors.count, warnings: diagnostics.warnings.count, seconds: seconds, hasGoodBuild: hasGoodBuild))
        }
    }

    static func changedText(_ changed: [String]) -> String {
        Messages.previewChangedFiles(first: changed.first ?? "", count: changed.count)
    }
}
