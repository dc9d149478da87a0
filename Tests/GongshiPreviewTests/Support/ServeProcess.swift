import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The real `gongshi serve` on an ephemeral port (`--port 0`), with its terminal output captured.
/// `stop()` sends a signal and waits (bounded) for the exit status; a server still running after
/// the wait is killed, so no test leaves one behind.
final class ServeProcess: @unchecked Sendable {
    private let process = Process()
    private let out = Pipe()
    private let err = Pipe()
    private let lock = NSLock()
    private var stdoutData = Data()
    private var stderrData = Data()
    private(set) var port = 0

    var stdout: String { lock.withLock { String(decoding: stdoutData, as: UTF8.self) } }
    var stderr: String { lock.withLock { String(decoding: stderrData, as: UTF8.self) } }

    /// Starts `gongshi serve --port 0 ARGUMENTS` and waits (at most `timeout`) for the URL line.
    /// `environment` is added to this process's own.
    init(_ arguments: [String], urlHost: String = "127.0.0.1", timeout: Double = 30, environment: [String: String] = [:]) throws {
        process.executableURL = Self.executable
        process.arguments = ["serve", "--port", "0"] + arguments
        if !environment.isEmpty {
            process.environment = ProcessInfo.processInfo.environment.merging(environment) { _, new in new }
        }
        process.standardOutput = out
        process.standardError = err
        out.fileHandleForReading.readabilityHandler = { [weak self] handle in
            let data = handle.availableData
            self?.lock.withLock { self?.stdoutData.append(data) }
        }
        err.fileHandleForReading.readabilityHandler = { [weak self] handle in
            let data = handle.availableData
            self?.lock.withLock { self?.stderrData.append(data) }
        }
        try process.run()
        guard let url = waitForOutput(matching: "http://" + NSRegularExpression.escapedPattern(for: urlHost) + ":([0-9]+)/", timeout: timeout), let port = Int(url) else {
            let status = stop()
            throw RawHTTP.Failure(description: "no URL printed (exit \(status)); stdout: \(stdout) stderr: \(stderr)")
        }
        self.port = port
    }

    deinit {
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
    }

    /// Waits until standard output matches `pattern`; returns its first capture group.
    func waitForOutput(matching pattern: String, timeout: Double) -> String? {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            let text = stdout
            if let range = text.range(of: pattern, options: .regularExpression) {
                let match = String(text[range])
                let expression = try? NSRegularExpression(pattern: pattern)
                let nsText = match as NSString
                if let result = expression?.firstMatch(in: match, range: NSRange(location: 0, length: nsText.length)),
                   result.numberOfRanges > 1 {
                    return nsText.substring(with: result.range(at: 1))
                }
                return match
            }
            if !process.isRunning { return nil }
            Thread.sleep(forTimeInterval: 0.02)
        }
        return nil
    }

    /// Waits until standard output or standard error contains `text`.
    func waitFor(_ text: String, timeout: Double = 10) -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if stdout.contains(text) || stderr.contains(text) { return true }
            Thread.sleep(forTimeInterval: 0.02)
        }
        return false
    }

    /// Sends `signal` and returns the exit status, or -1 when the server had to be killed.
    @discardableResult
    func stop(signal: Int32 = SIGTERM, timeout: Double = 10) -> Int32 {
        if process.isRunning { kill(process.processIdentifier, signal) }
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning && Date() < deadline { Thread.sleep(forTimeInterval: 0.02) }
        let killed = process.isRunning
        if killed { kill(process.processIdentifier, SIGKILL) }
        process.waitUntilExit()
        drain()
        return killed ? -1 : process.terminationStatus
    }

    /// Collects what the exited process wrote last.
    private func drain() {
        out.fileHandleForReading.readabilityHandler = nil
        err.fileHandleForReading.readabilityHandler = nil
        let restOut = out.fileHandleForReading.readDataToEndOfFile()
        let restErr = err.fileHandleForReading.readDataToEndOfFile()
        lock.withLock {
            stdoutData.append(restOut)
            stderrData.append(restErr)
        }
    }

    func get(_ target: String, method: String = "GET") throws -> RawHTTP.Response {
        try RawHTTP.get(port: port, target, method: method)
    }

    static var executable: URL {
        let besideTests = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("gongshi")
        if FileManager.default.isExecutableFile(atPath: besideTests.path) { return besideTests }
        for configuration in ["debug", "release"] {
            let candidate = PreviewSite.repositoryRoot.appendingPathComponent(".build/\(configuration)/gongshi")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        }
        return besideTests
    }

    /// Runs `gongshi ARGUMENTS` to completion and returns its exit status; killed (-1) after `timeout`.
    static func run(_ arguments: [String], timeout: Double = 30) throws -> Int32 {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning && Date() < deadline { Thread.sleep(forTimeInterval: 0.02) }
        let killed = process.isRunning
        if killed { kill(process.processIdentifier, SIGKILL) }
        process.waitUntilExit()
        return killed ? -1 : process.terminationStatus
    }
}
