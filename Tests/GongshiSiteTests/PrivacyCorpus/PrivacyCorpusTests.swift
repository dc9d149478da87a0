import Foundation
import Testing

/// The fixed privacy corpus through the real binary: regression cases must be refused like fuzz
/// cases (exit 1, a named file, `public/` byte-identical, the value never shown); legitimate
/// county text must build and be published. Run with `--filter PrivacyCorpus`.
@Suite struct PrivacyCorpusTests {
    @Test(arguments: RegressionCorpus.all)
    func privateDataIsRefused(_ probe: PrivacyProbe) throws {
        let base = try FuzzBaseSite.shared.get()
        let outcome = try #require(ProbeRunner.buildAll([probe.files], base: base, workers: 1).first).get()
        let problems = ProbeRunner.problems(probe, outcome)
        if ProcessInfo.processInfo.environment["GONGSHI_PROBE_VERBOSE"] != nil {
            print("[\(probe.name)] exit \(outcome.status): \(outcome.stderr.split(separator: "\n").first ?? "")")
        }
        #expect(problems.isEmpty, "\(problems.joined(separator: "; "))\nstderr:\n\(outcome.stderr)")
    }

    @Test(arguments: FalsePositiveCorpus.all)
    func legitimateTextIsPublished(_ probe: CleanProbe) throws {
        let base = try FuzzBaseSite.shared.get()
        let outcome = try #require(ProbeRunner.buildAll([probe.files], base: base, workers: 1).first).get()
        #expect(outcome.status == 0, "\(outcome.stderr)")
        guard outcome.status == 0 else { return }
        let page = outcome.published[probe.outputFile].map { String(decoding: $0, as: UTF8.self) }
        #expect(page?.contains(probe.published) == true, "\(probe.outputFile) does not show \(probe.published)")
    }

    @Test func corpusSizes() {
        #expect(RegressionCorpus.issueExamples.count >= 50)
        #expect(Set(RegressionCorpus.all.map(\.name)).count == RegressionCorpus.all.count, "case names must be unique")
        #expect(Set(FalsePositiveCorpus.all.map(\.name)).count == FalsePositiveCorpus.all.count, "case names must be unique")
    }
}
