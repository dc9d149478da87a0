import Foundation
import GongshiCore

/// Runs a helper program to its end (or its time limit), with its standard output and error.
enum ToolProcess {
    struct Result {
        /// The exit status; -1 when it could not be started or ran out of time.
        var status: Int32
        var output: String
        var errors: String
    }

    /// - Parameters:
    ///   - folder: the working folder (default: this process's).
    ///   - dropping: environment variables whose names start with this are not passed on.
    static func run(
        _ executable: String, _ arguments: [String], timeout: TimeInterval, in workFolder: URL? = nil, dropping prefix: String? = nil
    ) -> Result {
        let fileManager = FileManager.default
        let folder = fileManager.temporaryDirectory.appendingPathComponent("gongshi-tool-\(UUID().uuidString)", isDirectory: true)
        defer { try? fileManager.removeItem(at: folder) }
        let outputFile = folder.appendingPathComponent("stdout.txt"), errorFile = folder.appendingPathComponent("stderr.txt")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        if let workFolder { process.currentDirectoryURL = workFolder }
        if let prefix {
            process.environment = ProcessInfo.processInfo.environment.filter { !$0.key.hasPrefix(prefix) }
        }
        do {
            try fileManager.createDirectory(at: folder, withIntermediateDirectories: true)
            _ = fileManager.createFile(atPath: outputFile.path, contents: nil)
            _ = fileManager.createFile(atPath: errorFile.path, contents: nil)
            let output = try FileHandle(forWritingTo: outputFile), errors = try FileHandle(forWritingTo: errorFile)
            defer { try? output.close(); try? errors.close() }
            process.standardOutput = output
            process.standardError = errors
            process.standardInput = FileHandle.nullDevice
            try process.run()
        } catch {
            return Result(status: -1, output: "", errors: SystemErrorText.reason(of: error))
        }
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning {
            if Date() > deadline {
                process.terminate()
                process.waitUntilExit()
                return Result(status: -1, output: "", errors: "超过 \(Int(timeout)) 秒未完成")
            }
            usleep(10_000)
        }
        func read(_ file: URL) -> String { (try? String(contentsOf: file, encoding: .utf8)) ?? "" }
        return Result(status: process.terminationStatus, output: read(outputFile), errors: read(errorFile))
    }
}
