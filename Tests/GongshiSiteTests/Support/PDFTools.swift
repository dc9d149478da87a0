import Foundation
@testable import GongshiSite

/// Poppler's `pdfinfo`, `pdftotext`, `pdftoppm`, `pdfunite`, ZBar's `zbarimg` and headless Chromium, for the
/// tests that check printed output in a real browser. Without them the tests are skipped and say
/// why, except under CI (`CI=true`), where a missing tool fails them: `.ci/run` installs them.
enum PDFTools {
    static let underCI = ProcessInfo.processInfo.environment["CI"] == "true"
    static let chromium = ChromiumPrinter.find()
    static let hasPoppler = ["pdfinfo", "pdftotext", "pdftoppm", "pdfunite"].allSatisfy { path(of: $0) != nil }

    /// Chromium and poppler installed, or CI (which must have them).
    static let canPrint = underCI || (chromium != nil && hasPoppler)
    /// Also ZBar, to read QR codes back.
    static let canScan = underCI || (canPrint && path(of: "zbarimg") != nil)

    static func path(of tool: String) -> String? {
        let folders = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
        return folders.map { "\($0)/\(tool)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    struct ToolFailed: Error, CustomStringConvertible {
        let description: String
    }

    /// Runs a tool and returns its standard output.
    static func run(_ tool: String, _ arguments: [String]) throws -> String {
        guard let executable = path(of: tool) else { throw ToolFailed(description: "\(tool) is not installed") }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw ToolFailed(description: "\(tool) \(arguments.joined(separator: " ")) exited \(process.terminationStatus)")
        }
        return String(decoding: data, as: UTF8.self)
    }

    static func info(_ pdf: URL) throws -> [String: String] {
        var fields: [String: String] = [:]
        for line in try run("pdfinfo", [pdf.path]).split(separator: "\n") {
            guard let colon = line.firstIndex(of: ":") else { continue }
            fields[String(line[..<colon])] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        return fields
    }

    static func pageCount(_ pdf: URL) throws -> Int { Int(try info(pdf)["Pages"] ?? "") ?? 0 }

    /// Width and height in points, rounded: `[595, 842]` for A4 portrait.
    static func pageSize(_ pdf: URL) throws -> [Int] {
        let size = try info(pdf)["Page size"] ?? ""
        return size.split(separator: " ").compactMap { Double($0) }.map { Int($0.rounded()) }
    }

    /// The text of one page (1-based).
    static func text(_ pdf: URL, page: Int) throws -> String {
        try run("pdftotext", ["-f", "\(page)", "-l", "\(page)", "-enc", "UTF-8", pdf.path, "-"])
    }

    static func occurrences(of needle: String, in text: String) -> Int {
        text.components(separatedBy: needle).count - 1
    }
}
