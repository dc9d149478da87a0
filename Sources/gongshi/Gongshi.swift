import ArgumentParser
import Foundation
import GongshiCore
import GongshiSite

@main
struct Gongshi: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "gongshi",
        abstract: "公示：最低生活保障信息公开静态网站生成器",
        discussion: "退出码：0 成功；1 内容错误或输出目录无法写入（未发布任何文件，原有输出不变）；2 用法错误；3 内部错误（如找不到 Chromium）。",
        version: GongshiVersion.current,
        subcommands: [BuildCommand.self, CheckCommand.self, ImportCommand.self, ImportPostsCommand.self, PrintCommand.self, ServeCommand.self, VerifyCommand.self]
    )

    /// Exit codes as DESIGN.md §6 gives them.
    enum Exit {
        static let contentError: Int32 = 1
        static let usageError: Int32 = 2
        static let internalError: Int32 = 3
    }

    /// Parses and runs, mapping ArgumentParser's usage errors to exit code 2. Every way out
    /// other than success prints at least one line on standard error, with a code.
    static func main() async {
        // A closed standard output (`gongshi build | head -1`) must not kill the run silently
        // half-way: writes to it fail instead, and `Console` drops them.
        signal(SIGPIPE, SIG_IGN)
        do {
            var command = try parseAsRoot()
            if var asyncCommand = command as? AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch let exit as ExitCode {
            Foundation.exit(exit.rawValue)
        } catch {
            let code = exitCode(for: error)
            if code == .success {
                self.exit(withError: error)  // --help, --version
            }
            let console = Console(quiet: false)
            if code == .validationFailure {
                console.failure(Messages.usageError(Messages.usageDetail(fullMessage(for: error)), command: commandWords()))
                Foundation.exit(Exit.usageError)
            }
            console.failure(Messages.internalError(SystemErrorText.reason(of: error)))
            Foundation.exit(Exit.internalError)
        }
    }

    /// The subcommand the clerk typed (`print cards`), for the hint that points at its `--help`.
    static func commandWords() -> String {
        var words: [String] = []
        var commands: [any ParsableCommand.Type] = configuration.subcommands
        for argument in CommandLine.arguments.dropFirst() {
            guard let next = commands.first(where: { $0.configuration.commandName == argument }) else { break }
            words.append(argument)
            commands = next.configuration.subcommands
        }
        return words.joined(separator: " ")
    }
}
