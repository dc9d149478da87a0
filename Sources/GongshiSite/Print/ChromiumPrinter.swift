import Foundation
import GongshiCore

/// Headless Chromium, which prints an HTML page to PDF as a browser would (paper from CSS `@page`,
/// page numbers in the page margin). DESIGN.md §8: as root it needs `--no-sandbox`; Debian's
/// wrapper script prints harmless noise on standard error.
public struct ChromiumPrinter: Sendable {
    public let executable: String

    /// Names a browser program explicitly; set but not executable means "none".
    public static let environmentKey = "GONGSHI_CHROMIUM"
    static let candidates = ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"]
    /// A page that takes longer than this is not coming.
    static let timeoutSeconds: Double = 120

    public struct Failure: Error, Sendable {
        public let message: Message
    }

    public init(executable: String) {
        self.executable = executable
    }

    /// The browser to use: `GONGSHI_CHROMIUM`, else the first of `chromium`, `chromium-browser`,
    /// `google-chrome` on the `PATH`.
    public static func find(environment: [String: String] = ProcessInfo.processInfo.environment) -> ChromiumPrinter? {
        guard case .path(let path) = ProgramLookup.find(named: environmentKey, candidates: candidates, environment: environment)
        else { return nil }
        return ChromiumPrinter(executable: path)
    }

    /// Prints `html` (a file) to `pdf` with a Chromium started for it alone. Each run gets a profile
    /// folder of its own, so runs in parallel never hand their work to one another. `gongshi print`
    /// prints through `PrintPDFs` (one browser for all documents); this stays as the reference the
    /// tests compare its PDFs with.
    public func printPDF(html: URL, to pdf: URL) throws(Failure) {
        try run(["--print-to-pdf=\(pdf.path)", "--no-pdf-header-footer"], page: html, produces: pdf)
    }

    /// A PNG of the page as a screen shows it (`width`×`height` CSS pixels).
    public func screenshot(html: URL, to png: URL, width: Int, height: Int) throws(Failure) {
        try run(["--screenshot=\(png.path)", "--window-size=\(width),\(height)", "--hide-scrollbars"], page: html, produces: png)
    }

    private func run(_ arguments: [String], page: URL, produces output: URL) throws(Failure) {
        let fileManager = FileManager.default
        let profile = fileManager.temporaryDirectory.appendingPathComponent("gongshi-chromium-\(UUID().uuidString)", isDirectory: true)
        defer { try? fileManager.removeItem(at: profile) }
        try? fileManager.removeItem(at: output)
        let log = profile.appendingPathComponent("stderr.txt")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-extensions",
                             "--user-data-dir=\(profile.path)"] + arguments + [page.standardizedFileURL.absoluteString]
        do {
            try fileManager.createDirectory(at: profile, withIntermediateDirectories: true)
            _ = fileManager.createFile(atPath: log.path, contents: nil)
            let handle = try FileHandle(forWritingTo: log)
            defer { try? handle.close() }
            process.standardOutput = FileHandle.nullDevice
            process.standardError = handle
            process.standardInput = FileHandle.nullDevice
            try process.run()
        } catch {
            throw Failure(message: Messages.chromiumFailed(page.path, detail: SystemErrorText.reason(of: error)))
        }
        let deadline = Date().addingTimeInterval(Self.timeoutSeconds)
        while process.isRunning {
            if Date() > deadline {
                process.terminate()
                process.waitUntilExit()
                try? fileManager.removeItem(at: output)
                throw Failure(message: Messages.chromiumFailed(page.path, detail: "超过 \(Int(Self.timeoutSeconds)) 秒未完成"))
            }
            usleep(20_000)
        }
        let size = (try? fileManager.attributesOfItem(atPath: output.path)[.size] as? Int) ?? 0
        guard process.terminationStatus == 0, size > 0 else {
            try? fileManager.removeItem(at: output)
            let text = (try? String(contentsOf: log, encoding: .utf8)) ?? ""
            let detail = text.split(separator: "\n").filter(Self.isWorthShowing).suffix(5).joined(separator: "\n")
            throw Failure(message: Messages.chromiumFailed(page.path, detail: "退出码 \(process.terminationStatus)" + (detail.isEmpty ? "" : "\n" + detail)))
        }
    }

    /// Chromium's stderr minus the noise every run prints (dbus, the wrapper's shell complaint).
    static func isWorthShowing(_ line: Substring) -> Bool {
        !(line.contains("dbus") || line.contains("unexpected operator") || line.contains("bytes written to file")
          || line.trimmingCharacters(in: .whitespaces).isEmpty)
    }
}
