import Foundation
@testable import GongshiCore

/// Runs the real binary under `timeout`, so that a build which would block (a FIFO opened for
/// reading) fails the test with status 124 instead of hanging the suite.
enum HardeningCLI {
    static func run(_ arguments: [String], seconds: Int = 60) throws -> CLI.Result {
        try CLI.runProgram(
            URL(fileURLWithPath: "/usr/bin/timeout"), ["--signal=KILL", String(seconds), CLI.executable.path] + arguments)
    }

    static func build(_ site: SiteFixture, seconds: Int = 60) throws -> CLI.Result {
        try run(["build", "--source", site.siteFolder.path, "--quiet"], seconds: seconds)
    }
}

extension CLI.Result {
    /// Whether one line of stderr names `place` (file, file:line or file:line:column) and contains
    /// `text`.
    func says(text: String, at place: String) -> Bool {
        stderr.split(separator: "\n").contains { ($0.hasPrefix(place + ":") || $0.hasPrefix(place + " ")) && $0.contains(text) }
    }

    /// A line at `place` with the message's code and text, and its hint on the next line.
    func says(_ message: Message, at place: String) -> Bool {
        let lines = stderr.split(separator: "\n", omittingEmptySubsequences: false)
        let expected = message.line(.error).split(separator: "\n", omittingEmptySubsequences: false)
        return lines.indices.contains { i in
            let line = lines[i]
            guard line.hasPrefix(place + ":") || line.hasPrefix(place + " "), line.hasSuffix(expected[0]) else { return false }
            return expected.dropFirst().enumerated().allSatisfy { offset, hint in
                i + 1 + offset < lines.count && lines[i + 1 + offset] == hint
            }
        }
    }

    var errorLines: [Substring] { stderr.split(separator: "\n").filter { $0.contains(": 错误 GS") } }
}

extension SiteFixture {
    func symlink(_ path: String, to destination: String) throws {
        let url = siteFolder.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: url.path, withDestinationPath: destination)
    }

    func fifo(_ path: String) throws {
        let url = siteFolder.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        guard mkfifo(url.path, 0o644) == 0 else { throw CocoaError(.fileWriteUnknown) }
    }

    /// Replaces a folder by a file of the same name.
    func replaceFolderByFile(_ path: String) throws {
        try remove(path)
        try write(path, "这不是目录\n")
    }
}
