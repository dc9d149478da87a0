import Foundation
import GongshiCore

/// What `gongshi print --pdf` does once the HTML is written: every document printed by one
/// headless Chromium kept open (a county's 300 villages in one browser start, not 300), a township
/// joined from its villages' PDFs so that each village's sheets are numbered 「第 N 页 共 M 页」 of
/// that village, and each finished PDF reported in the order of the documents.
package enum PrintPDFs {
    /// Checks what the documents need before anything is printed: `pdfunite` when a document is
    /// joined from parts. Throws the message to show.
    static func joiner(for documents: [PrintBuilder.Document],
                       environment: [String: String] = ProcessInfo.processInfo.environment) throws(ChromiumPrinter.Failure) -> PDFUnite? {
        guard documents.contains(where: { $0.parts.count > 1 }) else { return nil }
        guard let joiner = PDFUnite.find(environment: environment) else {
            throw ChromiumPrinter.Failure(message: Messages.pdfUniteMissing)
        }
        return joiner
    }

    /// Prints `documents` (paths inside `folder`) with `chromium`, calling `written` with each PDF in
    /// document order. Stops at the first failure; the PDFs written until then stay.
    package static func write(_ documents: [PrintBuilder.Document], in folder: URL, chromium: ChromiumPrinter,
                              tabs: Int? = nil, written: (URL) -> Void) throws(ChromiumPrinter.Failure) {
        let joiner = try joiner(for: documents)
        // A part of a joined document goes to a scratch folder beside the PDFs, removed at the end.
        let scratch = folder.appendingPathComponent(".gongshi-print-parts-\(ProcessInfo.processInfo.processIdentifier)", isDirectory: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        var jobs: [DevToolsPrinter.Job] = []
        var documentOfJob: [Int] = []
        var partPDFs: [[URL]] = []
        for (index, document) in documents.enumerated() {
            let pdf = folder.appendingPathComponent(document.pdf)
            do {
                try FileManager.default.createDirectory(at: pdf.deletingLastPathComponent(), withIntermediateDirectories: true)
                if document.parts.count > 1 {
                    try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
                }
            } catch {
                throw ChromiumPrinter.Failure(message: Messages.printWriteFailed(pdf.path, SystemErrorText.reason(of: error)))
            }
            // A stale PDF of the same name never passes for this run's.
            try? FileManager.default.removeItem(at: pdf)
            let outputs = document.parts.count == 1
                ? [pdf]
                : document.parts.indices.map { scratch.appendingPathComponent("\(jobs.count + $0).pdf") }
            for (part, output) in zip(document.parts, outputs) {
                jobs.append(DevToolsPrinter.Job(html: folder.appendingPathComponent(part), pdf: output))
                documentOfJob.append(index)
            }
            partPDFs.append(outputs)
        }
        var remaining = documents.map(\.parts.count)
        var reported = 0
        let printer = DevToolsPrinter(executable: chromium.executable, tabs: tabs ?? DevToolsPrinter.defaultTabs)
        try printer.printAll(jobs) { (job: Int) throws(ChromiumPrinter.Failure) in
            remaining[documentOfJob[job]] -= 1
            while reported < documents.count && remaining[reported] == 0 {
                let document = documents[reported]
                let pdf = folder.appendingPathComponent(document.pdf)
                if let joiner, document.parts.count > 1 {
                    try joiner.join(partPDFs[reported], into: pdf)
                    for part in partPDFs[reported] { try? FileManager.default.removeItem(at: part) }
                }
                written(pdf)
                reported += 1
            }
        }
    }
}
