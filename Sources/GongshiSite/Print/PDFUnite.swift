import Foundation
import GongshiCore

/// poppler's `pdfunite`, which joins a township's village PDFs into the township's. Each village is
/// printed as a document of its own so that its sheets say 「第 N 页 共 M 页」 of that village;
/// Chromium cannot restart its page counter inside one document.
struct PDFUnite: Sendable {
    let executable: String

    /// `pdfunite` on the `PATH`, or nil.
    static func find(environment: [String: String] = ProcessInfo.processInfo.environment) -> PDFUnite? {
        let folders = (environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin").split(separator: ":").map(String.init)
        for folder in folders where !folder.isEmpty {
            let path = folder + "/pdfunite"
            if FileManager.default.isExecutableFile(atPath: path) { return PDFUnite(executable: path) }
        }
        return nil
    }

    /// Writes `parts`, in order, as one PDF at `pdf` (through a temporary file beside it, so a
    /// failure leaves no half-written PDF).
    func join(_ parts: [URL], into pdf: URL) throws(ChromiumPrinter.Failure) {
        let fileManager = FileManager.default
        let partial = pdf.deletingLastPathComponent().appendingPathComponent(".\(pdf.lastPathComponent).\(UUID().uuidString).tmp")
        defer { try? fileManager.removeItem(at: partial) }
        let log = Pipe()
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = parts.map(\.path) + [partial.path]
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        process.standardError = log
        do {
            try process.run()
        } catch {
            throw ChromiumPrinter.Failure(message: Messages.pdfJoinFailed(pdf.path, detail: SystemErrorText.reason(of: error)))
        }
        let said = log.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let size = (try? fileManager.attributesOfItem(atPath: partial.path)[.size] as? Int) ?? 0
        guard process.terminationStatus == 0, size > 0 else {
            let lines = String(decoding: said, as: UTF8.self).split(separator: "\n").suffix(3).joined(separator: "\n")
            throw ChromiumPrinter.Failure(message: Messages.pdfJoinFailed(pdf.path, detail: "退出码 \(process.terminationStatus)"
                                                                          + (lines.isEmpty ? "" : "\n" + lines)))
        }
        guard rename(partial.path, pdf.path) == 0 else {
            throw ChromiumPrinter.Failure(message: Messages.printWriteFailed(pdf.path, SystemErrorText.reason(errno: errno)))
        }
    }
}
