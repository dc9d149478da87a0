import Dispatch
import Foundation
import GongshiCore

/// The last gate before publish: every file of the rendered site (pages, feed, sitemap, theme
/// assets, images) is turned into what a reader can see or copy out of it (`PublishedFileReader`)
/// and judged by the same rules as the input. A finding means a template, an asset or a data path
/// bypassed the input checks; it stops the publish.
enum OutputPrivacyGate {
    /// Every file of `files`, on all cores; diagnostics in the order of `files`.
    static func scan(
        _ files: [OutputFile], context: PrivacyContext, reviewedFiles: [ReviewedFile], searchBundle: Bool = false
    ) -> [Diagnostic] {
        let scanner = Scanner(context: context, reviewedFiles: reviewedFiles, searchBundle: searchBundle)
        let slots = IndexedResults<[Diagnostic]>(count: files.count)
        DispatchQueue.concurrentPerform(iterations: files.count) { index in
            slots.set(index, scanner.scan(files[index]))
        }
        return slots.values().flatMap { $0 }
    }

    /// What scanning needs, set up once per build: the rules with the site's context, and the
    /// reader with the reviewed digests and the path of `pdftotext` (looked up on `PATH`, so not
    /// per file). `scan(_:)` then costs only the file, so a renderer can scan each page as it
    /// makes it (render → scan → write), from any thread.
    struct Scanner: Sendable {
        let rules: PrivacyRuleSet
        let reader: PublishedFileReader

        /// - Parameter searchBundle: the search step's scanner, which reads `pagefind/`'s files as
        ///   the bundle it made (no other scanner does).
        init(context: PrivacyContext, reviewedFiles: [ReviewedFile], searchBundle: Bool = false) {
            rules = PrivacyRuleSet(context: context)
            reader = PublishedFileReader(
                reviewedSHA256: Set(reviewedFiles.map { $0.sha256.lowercased() }), pdftotext: PublishedFileReader.findPDFToText(),
                readsSearchBundle: searchBundle)
        }

        /// The diagnostics of one output file (none when a reader finds nothing private in it).
        func scan(_ file: OutputFile) -> [Diagnostic] {
            scan(path: file.path, bytes: file.bytes)
        }

        /// The same, by the file's site-relative path and bytes.
        func scan(path: String, bytes: [UInt8]) -> [Diagnostic] {
            let label = SitePlan.outputLabel + path
            let view = reader.view(of: bytes, path: path)
            var diagnostics: [Diagnostic] = []
            var positions: TextPositions?
            func location(_ offset: Int, part: String?) -> SourceLocation {
                if let part { return SourceLocation(file: "\(label)（\(part)）") }
                if positions == nil { positions = TextPositions(bytes) }
                let (line, column) = positions?.location(ofByte: offset) ?? (0, 0)
                return SourceLocation(file: label, line: line, column: column)
            }
            for problem in view.problems {
                diagnostics.append(.error(location(problem.offset, part: nil), Messages.outputFileProblem(problem.kind)))
            }
            for text in view.texts {
                for finding in rules.findings(in: text) {
                    diagnostics.append(.error(
                        location(finding.startOffset, part: text.part),
                        Messages.outputContainsPrivateValue(finding.kind, echo: finding.echo)))
                }
            }
            return diagnostics
        }
    }
}
