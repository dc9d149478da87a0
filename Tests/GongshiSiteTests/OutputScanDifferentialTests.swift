import Foundation
import Testing
@testable import GongshiCore
@testable import GongshiSite

/// The output scan was made faster (issue 11); what it refuses must not change. Every text a
/// reader gets out of a file is judged by the scan's rules (`PrivacyRuleSet.findings(in:)`) and
/// by the reference path they replaced (`referenceFindings(in:)`): same kind, same source
/// offsets, same echo. The files: the sample site's whole output, every file the privacy
/// fuzzer plants (default seed, and each planted text inside an HTML page), and the regression
/// corpus.
@Suite struct OutputScanDifferentialTests {
    static let reader = PublishedFileReader(reviewedSHA256: [], pdftotext: nil)

    /// The number of texts compared; a mismatch is recorded with the file's path.
    @discardableResult
    static func compare(_ bytes: [UInt8], path: String, rules: PrivacyRuleSet) -> Int {
        let view = reader.view(of: bytes, path: path)
        for text in view.texts {
            let fast = rules.findings(in: text)
            let reference = rules.referenceFindings(in: text)
            #expect(fast == reference, "\(path) \(text.part ?? "")")
        }
        return view.texts.count
    }

    static let rules = PrivacyRuleSet(context: PrivacyContext(
        allowedNumbers: ["12345"], knownNames: KnownNames().adding(fullNames: ["张三丰", "李四", "王小明"])))

    @Test func sampleSiteOutputScansAsTheReference() throws {
        let output = FileManager.default.temporaryDirectory
            .appendingPathComponent("gongshi-scan-diff-\(UUID().uuidString)/public")
        defer { try? FileManager.default.removeItem(at: output.deletingLastPathComponent()) }
        _ = try SiteBuilder.build(.init(siteFolder: SiteFixture.repositoryRoot, outputFolder: output))
        let files = SiteFixture.snapshot(output)
        #expect(files.count > 100)
        var texts = 0
        for (path, data) in files.sorted(by: { $0.key < $1.key }) {
            texts += Self.compare(Array(data), path: path, rules: Self.rules)
        }
        #expect(texts >= files.count)
    }

    @Test func fuzzCorpusScansAsTheReference() {
        for index in 0..<FuzzSettings.defaultCases {
            let fuzzCase = FuzzCase(seed: FuzzSettings.defaultSeed, index: index)
            for (path, file) in fuzzCase.probe.files {
                Self.compare(Array(file.data), path: path, rules: Self.rules)
            }
            let page = "<html><body><p>\(fuzzCase.label)</p><td>\(fuzzCase.rendering.text)</td><a title=\"\(fuzzCase.rendering.text)\">x</a></body></html>"
            Self.compare(Array(page.utf8), path: "fuzz/\(index).html", rules: Self.rules)
        }
    }

    @Test func regressionCorpusScansAsTheReference() {
        for probe in RegressionCorpus.all {
            for (path, file) in probe.files {
                Self.compare(Array(file.data), path: path, rules: Self.rules)
            }
        }
    }
}
