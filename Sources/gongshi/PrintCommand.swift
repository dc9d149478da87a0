import ArgumentParser
import Foundation
import GongshiCore
import GongshiSite

/// `gongshi print`: notice-board pages (the default) and `gongshi print cards`.
struct PrintCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "print",
        abstract: "生成村务公开栏张贴用的公示页面（可转为 PDF），或用 cards 生成每户的明白卡。",
        discussion: """
            打印文件写入站点目录下的 print/（与 public/ 并列，不会进入网站）。
            退出码：0 成功；1 内容错误或找不到该月名册（未写入任何文件）；2 用法错误；3 需要 PDF 但找不到 Chromium（乡镇 PDF 还需要 pdfunite），或转换、合并失败（HTML 已写好）。
            """,
        subcommands: [PrintNoticeBoardCommand.self, PrintCardsCommand.self],
        defaultSubcommand: PrintNoticeBoardCommand.self
    )
}

/// The options both print commands take (each names its own `--region`).
struct PrintOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("名册月份，例如 2026-11。", valueName: "YYYY-MM"))
    var month: String

    @Flag(name: .long, help: "同时用 Chromium 生成 PDF。")
    var pdf = false

    @Option(name: .long, help: ArgumentHelp("站点目录（含 site.yaml）。", valueName: "DIR"))
    var source: String = "."

    @Option(name: .long, help: ArgumentHelp("打印文件的输出目录，默认为站点目录下的 print/。", valueName: "DIR"))
    var out: String?

    @Flag(name: .long, help: "只输出错误。")
    var quiet = false

    func validate() throws {
        guard YearMonth(month) != nil else { throw ValidationError(Messages.monthOptionInvalid) }
    }

    static func validateRegion(_ region: String?) throws {
        if let region, RegionCode(region) == nil {
            throw ValidationError(Messages.regionOptionInvalid)
        }
    }
}

struct PrintNoticeBoardCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "notices",
        abstract: "生成一个月各村（社区）及各乡镇的张贴公示页面（默认子命令）。",
        discussion: "不写 --region 时生成全月；--region 为乡镇时生成该乡镇（含各村）的页面，--pdf 生成一个乡镇 PDF，每村另起一页、页码按村分别编排；否则每村一个 PDF。"
    )

    @Option(name: .long, help: ArgumentHelp("只打印此区划（村、乡镇或县的 12 位区划代码）。", valueName: "CODE"))
    var region: String?

    @OptionGroup var options: PrintOptions

    func validate() throws {
        try PrintOptions.validateRegion(region)
    }

    func run() throws {
        try PrintRun(options: options, region: region, target: .noticeBoard).run()
    }
}

struct PrintCardsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cards",
        abstract: "生成每户一张的最低生活保障明白卡（仅供打印发放，不会进入网站）。"
    )

    @Option(name: .long, help: ArgumentHelp("村、乡镇或县的 12 位区划代码：为其下每户生成一张。", valueName: "CODE"))
    var region: String

    @OptionGroup var options: PrintOptions

    func validate() throws {
        try PrintOptions.validateRegion(region)
    }

    func run() throws {
        try PrintRun(options: options, region: region, target: .cards).run()
    }
}
