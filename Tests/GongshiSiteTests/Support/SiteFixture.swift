import Foundation
@testable import GongshiCore
@testable import GongshiSite

/// A small whole site written inline in a test (path → text) into a fresh temporary folder.
/// The repository's default theme is copied in unless the test brings its own files under `themes/`.
struct SiteFixture {
    let root: URL

    var siteFolder: URL { root.appendingPathComponent("site", isDirectory: true) }
    var publicFolder: URL { siteFolder.appendingPathComponent("public", isDirectory: true) }

    static let minimalSiteYAML = """
        title: 测试县低保公示
        publisher: 测试县民政局
        hotlines:
          - name: 监督举报电话
            number: "0391-7123456"

        """

    init(_ files: [String: String], copyTheme: Bool = true) throws {
        root = FileManager.default.temporaryDirectory
            .appendingPathComponent("gongshi-test-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: siteFolder, withIntermediateDirectories: true)
        TemporaryFolders.removeAtExit(root)
        if copyTheme {
            try FileManager.default.copyItem(
                at: Self.repositoryRoot.appendingPathComponent("themes/default"),
                to: siteFolder.appendingPathComponent("themes/default"))
        }
        var all = files
        if all["site.yaml"] == nil { all["site.yaml"] = Self.minimalSiteYAML }
        for (path, text) in all { try write(path, text) }
    }

    func write(_ path: String, _ text: String) throws {
        try write(path, bytes: Data(text.utf8))
    }

    func write(_ path: String, bytes: Data) throws {
        let url = siteFolder.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try bytes.write(to: url)
    }

    func remove(_ path: String) throws {
        try FileManager.default.removeItem(at: siteFolder.appendingPathComponent(path))
    }

    /// Builds into `public/` (or `output`) through the library.
    @discardableResult
    /// - Parameter now: `--now` (which 停保 households are still named depends on it).
    func build(output: URL? = nil, drafts: Bool = false, now: String? = nil) throws(SiteBuilder.Failure) -> SiteBuilder.Report {
        var options = SiteBuilder.Options(siteFolder: siteFolder, outputFolder: output ?? publicFolder, includeDrafts: drafts)
        options.now = now
        return try SiteBuilder.build(options)
    }

    /// The diagnostics of a build expected to fail with content errors.
    func buildFailure(output: URL? = nil) -> [Diagnostic]? {
        do {
            try build(output: output)
            return nil
        } catch {
            if case .content(let diagnostics) = error { return diagnostics }
            return nil
        }
    }

    func text(_ outputPath: String, in folder: URL? = nil) -> String? {
        let url = (folder ?? publicFolder).appendingPathComponent(outputPath)
        return (try? Data(contentsOf: url)).flatMap { String(data: $0, encoding: .utf8) }
    }

    /// Every file below a folder: relative path → bytes.
    static func snapshot(_ folder: URL) -> [String: Data] {
        var files: [String: Data] = [:]
        let base = folder.standardizedFileURL.path + "/"
        guard let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.isRegularFileKey]) else {
            return files
        }
        for case let url as URL in enumerator {
            guard (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true else { continue }
            let path = url.standardizedFileURL.path
            guard path.hasPrefix(base) else { continue }
            files[String(path.dropFirst(base.count))] = try? Data(contentsOf: url)
        }
        return files
    }

    /// Folder entries beside the output (staging leftovers would show here).
    /// What the site folder holds besides the build cache's `.gongshi/` (which every build writes;
    /// `IncrementalBuildTests` checks it) and the previous tree `.public.previous` a build keeps
    /// for the next one (`PreviousTreeTests` checks it): a staging or previous folder here is a leftover.
    func siblings() -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: siteFolder.path)) ?? [])
            .filter { $0 != ".gongshi" && $0 != ".public.previous" }.sorted()
    }

    static let repositoryRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
}

/// Runs the real `gongshi` binary, for exit codes and what the clerk sees.
enum CLI {
    struct Result {
        let status: Int32
        let stdout: String
        let stderr: String
    }

    static var executable: URL {
        let besideTests = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("gongshi")
        if FileManager.default.isExecutableFile(atPath: besideTests.path) { return besideTests }
        for configuration in ["debug", "release"] {
            let candidate = SiteFixture.repositoryRoot.appendingPathComponent(".build/\(configuration)/gongshi")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        }
        return besideTests
    }

    /// - Parameter environment: variables set for this run on top of the test's own.
    static func run(_ arguments: [String], in folder: URL? = nil, environment: [String: String] = [:]) throws -> Result {
        try runProgram(executable, arguments, in: folder, environment: environment)
    }

    /// Any program (the binary under `timeout` or `strace`), its output captured the same way.
    static func runProgram(
        _ program: URL, _ arguments: [String], in folder: URL? = nil, environment: [String: String] = [:]
    ) throws -> Result {
        let process = Process()
        process.executableURL = program
        process.arguments = arguments
        if let folder { process.currentDirectoryURL = folder }
        if !environment.isEmpty {
            process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        }
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus,
                      stdout: String(decoding: outData, as: UTF8.self),
                      stderr: String(decoding: errData, as: UTF8.self))
    }
}
