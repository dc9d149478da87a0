import ArgumentParser
import Foundation
import GongshiCore
import GongshiSite

/// `gongshi import`: a raw export from the national system into publishable roster CSVs.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "把从全国系统导出的原始名册转换为可公开的名册：删除身份证号、电话、住址等列，姓名脱敏，按村写入 content/rosters/YYYY-MM/。",
        discussion: "原始文件不会被复制到站点中。已有名册时需加 --force 才会替换。"
    )

    @Argument(help: ArgumentHelp("原始名册：CSV（UTF-8 或 GB18030）、Excel 工作簿 .xlsx，或旧版 .xls（需要 LibreOffice）。", valueName: "RAW"))
    var raw: String

    @Option(name: .long, help: ArgumentHelp("工作簿中要导入的工作表；不写时取唯一带名册表头的工作表。", valueName: "NAME"))
    var sheet: String?

    @Option(name: .long, help: ArgumentHelp("名册月份，例如 2026-11。", valueName: "YYYY-MM"))
    var month: String

    @Option(name: .long, help: ArgumentHelp("原始文件编码：utf-8 或 gb18030；不写时自动判断。", valueName: "ENCODING"))
    var encoding: String?

    @Option(name: .long, help: ArgumentHelp("站点目录（含 site.yaml）。", valueName: "DIR"))
    var source: String = "."

    @Flag(name: .long, help: "替换该月已有的名册文件。")
    var force = false

    func validate() throws {
        guard YearMonth(month) != nil else { throw ValidationError(Messages.monthOptionInvalid) }
        if let encoding, !["utf-8", "utf8", "gb18030"].contains(encoding.lowercased()) {
            throw ValidationError(Messages.encodingOptionInvalid)
        }
    }

    func run() throws {
        let console = Console(quiet: false)
        guard let yearMonth = YearMonth(month) else {
            console.failure(Messages.usageError(Messages.monthOptionInvalid, command: "import"))
            throw ExitCode(Gongshi.Exit.usageError)
        }
        let siteFolder = URL(fileURLWithPath: source, isDirectory: true).standardizedFileURL
        if let problem = SiteFolderCheck.problem(siteFolder, shown: source) {
            console.failure(problem)
            console.failure(Messages.importFailed(errors: 1))
            throw ExitCode(Gongshi.Exit.contentError)
        }
        let csvEncoding: CSVEncoding? = encoding.map { $0.lowercased() == "gb18030" ? .gb18030 : .utf8 }
        // The month folder (or content/, content/rosters/) may be a link leading where the build publishes.
        let relativeFolder = "content/rosters/\(yearMonth)"
        if let refusal = DestinationGuard.importRefusal(siteFolder.path + "/" + relativeFolder, siteFolder: siteFolder.path) {
            let shown = refusal.resolved == refusal.path ? relativeFolder : refusal.resolved
            console.failure(Messages.importDestinationRefused(folder: relativeFolder, resolved: shown, place: refusal.place.message))
            throw ExitCode(Gongshi.Exit.usageError)
        }
        // The older .xls: LibreOffice converts it into a temporary folder, and that copy is read.
        var rawFile = URL(fileURLWithPath: raw)
        let converted = FileManager.default.temporaryDirectory.appendingPathComponent("gongshi-xls-\(UUID().uuidString)", isDirectory: true)
        defer { try? FileManager.default.removeItem(at: converted) }
        if LegacyExcelConverter.isLegacyWorkbook(rawFile) {
            guard let converter = LegacyExcelConverter.find() else {
                console.failure(Messages.importNeedsLibreOffice)
                throw ExitCode(Gongshi.Exit.internalError)
            }
            do throws(LegacyExcelConverter.Failure) {
                // Only this user may read the converted copy: it holds the raw export's ID numbers.
                try? FileManager.default.createDirectory(at: converted, withIntermediateDirectories: true,
                                                         attributes: [.posixPermissions: 0o700])
                rawFile = try converter.convert(rawFile, into: converted)
            } catch {
                switch error {
                case .failed(let detail): console.failure(Messages.importConversionFailed(detail))
                }
                throw ExitCode(Gongshi.Exit.internalError)
            }
        }
        do {
            let config = try SiteConfigLoader.load(siteFolder: siteFolder)
            let summary = try RawRosterImporter.run(
                .init(rawFile: rawFile, month: yearMonth, encoding: csvEncoding, siteFolder: siteFolder, force: force,
                      sheet: sheet, shownName: URL(fileURLWithPath: raw).lastPathComponent),
                config: config)
            for line in ImportReport.lines(summary) { console.summary(line) }
        } catch {
            console.diagnostics(error.diagnostics)
            console.failure(Messages.importFailed(errors: error.diagnostics.errors.count))
            throw ExitCode(Gongshi.Exit.contentError)
        }
    }
}

/// What `gongshi import` tells the clerk it did.
enum ImportReport {
    static func lines(_ summary: RawRosterImporter.Summary) -> [String] {
        var lines: [String] = []
        if let sheet = summary.sheet { lines.append("读取工作表“\(sheet)”。") }
        if summary.titleRows > 0 { lines.append("跳过表头上方的 \(summary.titleRows) 行标题。") }
        if summary.droppedColumns.isEmpty {
            lines.append("没有删除任何列。")
        } else {
            lines.append("已删除 \(summary.droppedColumns.count) 列（不会公开）：")
            for column in summary.droppedColumns { lines.append("  \(column.header)（\(column.reason)）") }
        }
        if summary.droppedNotes > 0 { lines.append("已删除 \(summary.droppedNotes) 条不在允许列表中的备注。") }
        lines.append("已写入 \(summary.villages.count) 个村（社区）的名册：")
        for village in summary.villages {
            lines.append("  \(village.file)：\(village.households) 户 \(village.persons) 人 \(village.amount.yuanDisplay) 元")
        }
        lines.append(Messages.knownNamesRemembered(added: summary.knownNames.added, total: summary.knownNames.total, file: KnownNames.path).text)
        if summary.wroteMonthFile {
            lines.append("已生成 _month.yaml：请核对公示期、公示单位和监督电话。")
        } else {
            lines.append("已保留原有 _month.yaml：如其中写有 expected_totals，请改为 户数 \(summary.totals.households)、人数 \(summary.totals.persons)、金额 \(summary.totals.amount.yuanPlain)。")
        }
        lines.append("合计：\(summary.totals.households) 户 \(summary.totals.persons) 人，月保障金额 \(summary.totals.amount.yuanDisplay) 元")
        return lines
    }
}
