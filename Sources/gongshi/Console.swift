import Foundation
import GongshiCore

/// Where the CLI speaks: the summary on standard output, diagnostics and errors on standard error.
struct Console {
    let quiet: Bool

    func summary(_ line: String) {
        guard !quiet else { return }
        FileHandle.standardOutput.write(Data((line + "\n").utf8))
    }

    func info(_ line: String) {
        guard !quiet else { return }
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }

    func error(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }

    /// Errors always; warnings unless quiet.
    func diagnostics(_ diagnostics: [Diagnostic]) {
        for diagnostic in diagnostics where diagnostic.isError || !quiet {
            error(diagnostic.description)
        }
    }
}

extension Console {
    /// A failed run with content errors: every diagnostic, then one summary line.
    func contentFailure(_ diagnostics: [Diagnostic], summary: (_ errors: Int, _ warnings: Int) -> String) {
        self.diagnostics(diagnostics)
        error(summary(diagnostics.errors.count, diagnostics.warnings.count))
    }

    /// A failed run that comes down to one message (an output folder, a missing month).
    func messageFailure(_ message: String, warnings: [Diagnostic]) {
        diagnostics(warnings)
        error("\(Messages.errorLabel): \(message)")
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
        guard Date().timeIntervalSince(started) > 0.5 else { return }
        // Redraw about a hundred times per build at most.
        guard done == total || done - lastDrawn >= max(1, total / 100) else { return }
        lastDrawn = done
        shown = true
        FileHandle.standardError.write(Data("\r正在生成页面 \(done)/\(total)".utf8))
    }

    func finish() {
        lock.lock()
        defer { lock.unlock() }
        if shown { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
        shown = false
    }
}
