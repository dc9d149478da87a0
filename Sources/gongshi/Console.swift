import Foundation
import GongshiCore

/// Where the CLI speaks: the summary on standard output, diagnostics and errors on standard error.
/// Every failure goes through `failure(_:)` or `contentFailure`, so it prints at least one line,
/// with its code (`错误 GS5001: …`) and hint.
struct Console {
    let quiet: Bool

    /// A result line on standard output (the code is in the README, not on the line).
    func summary(_ message: Message) {
        summary(message.text)
        if let hint = message.hint { summary("  \(Messages.hintLabel)：\(hint)") }
    }

    func summary(_ line: String) {
        guard !quiet else { return }
        Self.write(line, to: FileHandle.standardOutput)
    }

    func info(_ line: String) {
        guard !quiet else { return }
        Self.write(line, to: FileHandle.standardError)
    }

    func info(_ message: Message) { info(message.text) }

    /// A warning that is not tied to a file (unless quiet).
    func warning(_ message: Message) {
        guard !quiet else { return }
        Self.write(message.line(.warning), to: FileHandle.standardError)
    }

    /// An error line, always shown: `错误 GS5001: …` and its hint.
    func failure(_ message: Message) {
        Self.write(message.line(.error), to: FileHandle.standardError)
    }

    /// Errors always; warnings unless quiet.
    func diagnostics(_ diagnostics: [Diagnostic]) {
        for diagnostic in diagnostics where diagnostic.isError || !quiet {
            Self.write(diagnostic.description, to: FileHandle.standardError)
        }
    }

    /// Writes one line. A closed pipe (`gongshi build | head -1`) is not a reason to crash:
    /// SIGPIPE is ignored at start-up and a failed write is dropped.
    static func write(_ line: String, to handle: FileHandle) {
        try? handle.write(contentsOf: Data((line + "\n").utf8))
    }
}

extension Console {
    /// A failed run with content errors: every diagnostic, then one summary line.
    func contentFailure(_ diagnostics: [Diagnostic], summary: (_ errors: Int, _ warnings: Int) -> Message) {
        self.diagnostics(diagnostics)
        failure(summary(diagnostics.errors.count, diagnostics.warnings.count))
    }

    /// A failed run that comes down to one message (an output folder, a missing month).
    func messageFailure(_ message: Message, warnings: [Diagnostic]) {
        diagnostics(warnings)
        failure(message)
    }
}

/// A progress line on a terminal, shown only once a build has taken more than a moment.
final class ProgressLine: @unchecked Sendable {
    private let enabled: Bool
    private let started: Date
    private let lock = NSLock()
    private var shown = false
    private var lastDrawn = 0

    init(enabled: Bool, started: Date) {
        self.enabled = enabled
        self.started = started
    }

    func update(done: Int, total: Int) {
        guard enabled else { return }
        lock.lock()
        defer { lock.unlock() }
        guard Date().timeIntervalSince(started) > 1 else { return }
        // Redraw about a hundred times per build at most.
        guard done == total || done - lastDrawn >= max(1, total / 100) else { return }
        lastDrawn = done
        shown = true
        try? FileHandle.standardError.write(contentsOf: Data(Messages.buildProgress(done: done, total: total).utf8))
    }

    /// What runs after each stage of `StageTimer` (by the name it ends under).
    private static let nextStage = ["load": "审核", "audit": "规划", "plan": "比对生成缓存", "keys": "生成页面", "render": "发布"]

    /// A stage ended: on a build that has run for more than a second, say which one runs now.
    func stageEnded(_ name: String) {
        guard enabled, let next = Self.nextStage[name] else { return }
        lock.lock()
        defer { lock.unlock() }
        let seconds = Date().timeIntervalSince(started)
        guard seconds > 1 else { return }
        shown = true
        lastDrawn = 0
        try? FileHandle.standardError.write(contentsOf: Data(Messages.buildStage(next, seconds: seconds).utf8))
    }

    func finish() {
        lock.lock()
        defer { lock.unlock() }
        if shown { try? FileHandle.standardError.write(contentsOf: Data("\r\u{1B}[K".utf8)) }
        shown = false
    }
}
