import ArgumentParser
import Foundation
import GongshiCore

/// `gongshi import-posts DIR`: posts from Hexo or Hugo into `content/articles`.
struct ImportPostsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import-posts",
        abstract: "把 Hexo 的 source/_posts 或 Hugo 的 content/ 中的文章转换后写入 content/articles：文件头改为 YAML，能改写的标签和短代码改为 Markdown，文章自带的图片和附件复制到文章旁。",
        discussion: "逐篇报告改了什么；无法转换之处给出警告（文件、行、列）。已有同名文章时需加 --force 才会替换；要么全部写入，要么一篇也不写。"
    )

    @Argument(help: ArgumentHelp("Hexo 的 source/_posts 或 Hugo 的 content/ 目录。", valueName: "DIR"))
    var folder: String

    @Option(name: .long, help: ArgumentHelp("站点目录（含 site.yaml）。", valueName: "DIR"))
    var source: String = "."

    @Flag(name: .long, help: "替换 content/articles 中已有的同名文章。")
    var force = false

    @Flag(name: .customLong("dry-run"), help: "只报告会做什么，不写入任何文件。")
    var dryRun = false

    func run() throws {
        let console = Console(quiet: false)
        let siteFolder = URL(fileURLWithPath: source, isDirectory: true).standardizedFileURL
        if let problem = SiteFolderCheck.problem(siteFolder, shown: source) {
            console.failure(problem)
            console.failure(Messages.postsImportFailed(errors: 1))
            throw ExitCode(Gongshi.Exit.contentError)
        }
        do {
            let config = try SiteConfigLoader.load(siteFolder: siteFolder)
            let summary = try PostsImporter.run(
                .init(sourceFolder: URL(fileURLWithPath: folder, isDirectory: true).standardizedFileURL, sourceShown: folder,
                      siteFolder: siteFolder, force: force, dryRun: dryRun),
                timeZone: config.timeZone)
            for line in ImportPostsReport.lines(summary, dryRun: dryRun) { console.summary(line) }
            console.diagnostics(summary.warnings)
        } catch {
            console.diagnostics(error.diagnostics)
            console.failure(Messages.postsImportFailed(errors: error.diagnostics.errors.count))
            throw ExitCode(Gongshi.Exit.contentError)
        }
    }
}

/// What `gongshi import-posts` tells the clerk it did, post by post.
enum ImportPostsReport {
    static func lines(_ summary: PostsImporter.Summary, dryRun: Bool) -> [String] {
        var lines: [String] = []
        for post in summary.posts {
            lines.append("\(post.source) → \(post.destination)")
            if post.changes.isEmpty { lines.append("  原样复制，无需改动") }
            for change in post.changes { lines.append("  " + change) }
        }
        let needing = summary.posts.filter { $0.problems > 0 }.count
        let verb = dryRun ? "将导入" : "已导入"
        var last = "\(verb) \(summary.posts.count) 篇文章"
        if needing > 0 { last += "，其中 \(needing) 篇有无法自动转换之处（见警告），需要手工修改" }
        if summary.skipped > 0 { last += "；跳过 \(summary.skipped) 个文件（见警告）" }
        last += dryRun ? "。试运行：没有写入任何文件。" : "。请运行 gongshi build 检查。"
        lines.append(last)
        return lines
    }
}
