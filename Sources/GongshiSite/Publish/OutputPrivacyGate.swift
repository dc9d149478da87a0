import Dispatch
import Foundation
import GongshiCore

/// The last gate before publish: every file of the rendered site (pages, feed, sitemap, theme
/// assets, images) is turned into what a reader can see or copy out of it (`PublishedFileReader`)
/// and judged by the same rules as the input. A finding means a template, an asset or a data path
/// bypassed the input checks; it stops the publish.
enum OutputPrivacyGate {
    static func scan(_ files: [OutputFile], context: PrivacyContext, reviewedFiles: [ReviewedFile]) -> [Diagnostic] {
        let rules = PrivacyRuleSet(context: context)
        let reader = PublishedFileReader(
            reviewedSHA256: Set(reviewedFiles.map { $0.sha256.lowercased() }), pdftotext: PublishedFileReader.findPDFToText())
        let slots = IndexedResults<[Diagnostic]>(count: files.count)
        DispatchQueue.concurrentPerform(iterations: files.count) { index in
            slots.set(index, scan(files[index], rules: rules, reader: reader))
        }
        return slots.values().flatMap { $0 }
    }

    static func scan(_ file: OutputFile, rules: PrivacyRuleSet, reader: PublishedFileReader) -> [Diagnostic] {
        let label = SitePlan.outputLabel + file.path
        let view = reader.view(of: file.bytes, path: file.path)
        var diagnostics: [Diagnostic] = []
        var positions: TextPositions?
        func location(_ offset: Int, part: String?) -> SourceLocation {
            if let part { return SourceLocation(file: "\(label)（\(part)）") }
            if positions == nil { positions = TextPositions(file.bytes) }
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
