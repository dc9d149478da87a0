import Dispatch
import Foundation
import GongshiCore

/// The last gate before publish: every text file of the rendered site is scanned with the same
/// scanners as the input. A finding means a template or a data path bypassed the input checks;
/// it stops the publish.
enum OutputPrivacyGate {
    static func scan(_ files: [OutputFile], allowedNumbers: [String]) -> [Diagnostic] {
        let scanner = PrivateValueScanner(allowedNumbers: allowedNumbers)
        let slots = IndexedResults<[Diagnostic]>(count: files.count)
        DispatchQueue.concurrentPerform(iterations: files.count) { index in
            slots.set(index, scan(files[index], scanner: scanner))
        }
        return slots.values().flatMap { $0 }
    }

    static func scan(_ file: OutputFile, scanner: PrivateValueScanner) -> [Diagnostic] {
        // Every file that is text, whatever its name (a theme may ship .yaml or .md assets);
        // images and fonts are not UTF-8 and are left alone.
        guard let text = String(validating: file.bytes, as: UTF8.self) else { return [] }
        // Almost every file is clean: scan it whole, and only look for lines when something was found.
        if scanner.scanText(text).isEmpty { return [] }
        var diagnostics: [Diagnostic] = []
        var lineNumber = 0
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            for finding in scanner.scanText(String(line)) {
                diagnostics.append(.error(
                    SourceLocation(file: SitePlan.outputLabel + file.path, line: lineNumber, column: finding.offset + 1),
                    Messages.outputContainsPrivateValue(finding.kindDescription, echo: finding.maskedEcho)))
            }
        }
        return diagnostics
    }
}
