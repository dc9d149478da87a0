import Foundation

/// The text of a PDF as a reader gets it: what poppler's `pdftotext` extracts (the page text a
/// person can select and copy), plus the document information and XMP strings stored
/// uncompressed in the file (title, author, annotations, form values). Without `pdftotext`, or
/// when it fails (an encrypted or broken file), the PDF cannot be scanned.
struct PDFTextReader {
    static let type = "PDF"
    static let textPart = "PDF 文本"
    /// Longest a single `pdftotext` run may take before the file is called unscannable.
    static let timeout: TimeInterval = 120

    let pdftotext: String?

    func view(_ bytes: [UInt8]) -> ReaderView {
        var view = ReaderView()
        if let pdftotext, let output = Self.extractText(bytes, pdftotext: pdftotext) {
            // Pages are separated by form feeds: a break like any other line.
            let text = output.map { $0 == 0x0C ? 0x0A : $0 }
            var extracted = ReaderView()
            extracted.add(PlainTextReader.view(of: text, escapes: .none), at: 0, part: Self.textPart)
            view.add(extracted)
        } else {
            view.problems.append(ReaderViewProblem(.unscannable(type: Self.type)))
        }
        view.add(PDFDocumentStrings.view(bytes))
        return view
    }

    /// The UTF-8 text `pdftotext -q -enc UTF-8` writes for `bytes`, or nil when it fails. The PDF
    /// and the text go through a private temporary folder (0700, files 0600) removed afterwards.
    static func extractText(_ bytes: [UInt8], pdftotext: String) -> [UInt8]? {
        var template = Array((NSTemporaryDirectory() + "/gongshi-pdf-XXXXXX").utf8CString)
        guard let folderPointer = mkdtemp(&template) else { return nil }
        let folder = String(cString: folderPointer)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let input = folder + "/input.pdf"
        let output = folder + "/output.txt"
        guard writePrivately(bytes, to: input), writePrivately([], to: output) else { return nil }

        let process = Process()
        process.executableURL = URL(fileURLWithPath: pdftotext)
        process.arguments = ["-q", "-enc", "UTF-8", input, output]
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        do { try process.run() } catch { return nil }
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning {
            if Date() > deadline {
                process.terminate()
                process.waitUntilExit()
                return nil
            }
            usleep(5_000)
        }
        guard process.terminationStatus == 0, let text = FileManager.default.contents(atPath: output) else { return nil }
        return Array(text)
    }

    /// Creates `path` readable by its owner only and writes `bytes` to it.
    private static func writePrivately(_ bytes: [UInt8], to path: String) -> Bool {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL, 0o600)
        guard descriptor >= 0 else { return false }
        defer { close(descriptor) }
        var written = 0
        while written < bytes.count {
            let result = bytes[written...].withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
            guard result > 0 else { return false }
            written += result
        }
        return true
    }
}
