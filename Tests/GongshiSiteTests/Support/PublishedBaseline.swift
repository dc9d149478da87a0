import Foundation
@testable import GongshiSite

/// Tests that edit a published roster between builds to exercise something else (the cache, the
/// publish, the privacy guard) build over an output without a correction baseline: its manifest
/// is put in the form versions before corrections wrote (version 1, no `month` lines), so the
/// next build compares nothing (`CorrectionCheck`) and records a baseline again.
enum PublishedBaseline {
    static func forget(in output: URL) {
        let url = output.appendingPathComponent(OutputManifest.fileName)
        guard let text = try? String(contentsOf: url, encoding: .utf8), text.hasPrefix(OutputManifest.formatLine + "\n") else { return }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).dropFirst().filter { !$0.hasPrefix("month ") }
        try? ([OutputManifest.formatLineVersion1] + lines.map(String.init)).joined(separator: "\n").write(to: url, atomically: false, encoding: .utf8)
    }
}
