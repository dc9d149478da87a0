import Foundation
import Testing

/// The property-based privacy fuzzer (issue 9): known private values × random compositions of
/// disguises × random places, each built with the real binary on a copy of a built site. Every
/// case must exit 1, name a file, leave `public/` byte-identical and never show the value.
///
/// Replay: the summary and every failure print the seed; `GONGSHI_FUZZ_SEED=<seed>` replays a
/// run, `GONGSHI_FUZZ_CASE=<n>` runs case n alone, `GONGSHI_FUZZ_CASES=<count>` changes the count
/// (default 2000), `GONGSHI_FUZZ_DUMP=<file>` writes every failing case as a Swift literal for
/// `RegressionCorpus`. Run with `swift test --skip-build --filter PrivacyFuzz`.
@Suite(.serialized) struct PrivacyFuzzTests {
    /// Two at a time: the machine has two cores.
    static let workers = 2
    /// Failures reported one by one (with replay line and literal); the rest are counted.
    static let reportedFailures = 25

    @Test func generatedCasesAreRefused() throws {
        let settings = FuzzSettings.current
        let base = try FuzzBaseSite.shared.get()
        let cases = settings.caseIndices.map { FuzzCase(seed: settings.seed, index: $0) }
        let started = Date()
        let outcomes = ProbeRunner.buildAll(cases.map(\.probe.files), base: base, workers: Self.workers)
        let elapsed = Date().timeIntervalSince(started)

        var failures: [(FuzzCase, [String])] = []
        var published = 0
        var tally = FuzzTally()
        let verbose = ProcessInfo.processInfo.environment["GONGSHI_FUZZ_VERBOSE"] != nil
        for (fuzzCase, outcome) in zip(cases, outcomes) {
            switch outcome {
            case .success(let outcome):
                let problems = ProbeRunner.problems(fuzzCase.probe, outcome)
                if outcome.status == 0, !problems.isEmpty { published += 1 }
                if !problems.isEmpty { failures.append((fuzzCase, problems)) }
                tally.add(fuzzCase, escaped: !problems.isEmpty, outcome: outcome)
                if verbose { print("#\(fuzzCase.index) exit \(outcome.status) \(problems.isEmpty ? "refused" : problems.joined(separator: "; ")): \(fuzzCase.probe.name) \(ProbeLiteral.quote(fuzzCase.value.plain))") }
            case .failure(let error):
                failures.append((fuzzCase, ["harness error: \(error.message)"]))
            }
        }
        let perCase = cases.isEmpty ? 0 : elapsed / Double(cases.count) * Double(min(Self.workers, cases.count))
        print(String(format: "PrivacyFuzz: %d cases, seed %@, %d escapes (%d published), %.2f s per case, %.0f s in all",
                     cases.count, settings.seedText, failures.count, published, perCase, elapsed))
        if ProcessInfo.processInfo.environment["GONGSHI_FUZZ_TALLY"] != nil { print(tally.report) }
        if let dump = ProcessInfo.processInfo.environment["GONGSHI_FUZZ_DUMP"], !failures.isEmpty {
            let text = failures.map { "// \($0.1.joined(separator: "; "))\n\($0.0.corpusLiteral)" }.joined(separator: "\n")
            try Data(text.utf8).write(to: URL(fileURLWithPath: dump))
        }
        for (fuzzCase, problems) in failures.prefix(Self.reportedFailures) {
            Issue.record("""
                \(fuzzCase.probe.name): \(problems.joined(separator: "; "))
                value: \(ProbeLiteral.quote(fuzzCase.value.plain))  label: \(ProbeLiteral.quote(fuzzCase.label))
                written: \(ProbeLiteral.quote(fuzzCase.rendering.text))
                replay: \(settings.replayLine(caseIndex: fuzzCase.index))
                """)
        }
        if failures.count > Self.reportedFailures {
            Issue.record("… and \(failures.count - Self.reportedFailures) more escapes (seed \(settings.seedText); GONGSHI_FUZZ_DUMP=<file> writes them all)")
        }
    }

    /// Benign text through every place and every family must build: an exit 1 in the fuzz run is
    /// then the guard's doing, not a broken site.
    @Test func benignControlsBuild() throws {
        let base = try FuzzBaseSite.shared.get()
        let controls = Self.controls()
        let outcomes = ProbeRunner.buildAll(controls.map(\.files), base: base, workers: Self.workers)
        for (control, outcome) in zip(controls, outcomes) {
            switch outcome {
            case .success(let outcome):
                #expect(outcome.status == 0, "\(control.name) does not build:\n\(outcome.stderr)")
            case .failure(let error):
                Issue.record("\(control.name): \(error.message)")
            }
        }
    }

    /// Every place with each compatible family alone and with all of them (at most three), on a
    /// harmless number.
    static func controls() -> [(name: String, files: [String: ProbeFile])] {
        let value = FuzzValue(kind: .landline, text: "2024")
        var controls: [(String, [String: ProbeFile])] = []
        for place in FuzzPlace.allCases {
            let families = FuzzCase.families(for: value, in: place)
            var compositions = families.map { [$0] }
            compositions.append(Array(families.filter { $0 != .percent }.prefix(3)))
            compositions += place.syntax.splits.map { _ in [FuzzFamily.split] }
            for (number, composition) in compositions.enumerated() {
                var random = FuzzRandom(seed: 7, caseIndex: number * 31 + (FuzzPlace.allCases.firstIndex(of: place) ?? 0))
                let rendering = FuzzRenderer.render(value, families: composition, syntax: place.syntax, using: &random)
                controls.append(("control \(place.rawValue) [\(rendering.steps.joined(separator: "; "))]",
                                 place.plant(rendering, label: "", using: &random)))
            }
        }
        return controls
    }

    @Test func generatorIsDeterministicPerCase() {
        for index in [0, 1, 17, 1999] {
            let first = FuzzCase(seed: FuzzSettings.defaultSeed, index: index)
            let again = FuzzCase(seed: FuzzSettings.defaultSeed, index: index)
            #expect(first.probe.files == again.probe.files)
            #expect(first.probe.name == again.probe.name)
        }
        #expect(FuzzCase(seed: 1, index: 5).probe.files != FuzzCase(seed: 2, index: 5).probe.files)
    }

    @Test func generatorCoversEveryKindPlaceAndFamily() {
        let cases = (0..<FuzzSettings.defaultCases).map { FuzzCase(seed: FuzzSettings.defaultSeed, index: $0) }
        #expect(Set(cases.map(\.value.kind)) == Set(FuzzValue.Kind.allCases))
        #expect(Set(cases.map(\.place)) == Set(FuzzPlace.allCases))
        let steps = Set(cases.flatMap { $0.rendering.steps.map { String($0.prefix { $0 != ":" && $0 != " " }) } })
        #expect(steps == ["numerals", "separators", "invisible", "split", "entities", "percent", "css-escapes", "yaml-escapes"])
        let splits = Set(cases.flatMap(\.rendering.steps).filter { $0.hasPrefix("split:") })
        #expect(splits.count == FuzzSplit.allCases.count, "\(splits.sorted())")
    }

    @Test func generatedValuesAreWellFormed() {
        var random = FuzzRandom(seed: 42)
        for _ in 0..<500 {
            let id = FuzzValueFactory.validID(using: &random)
            #expect(id.count == 18)
            #expect(FuzzValueFactory.checkCharacter(String(id.prefix(17))) == id.last)
            let bad = FuzzValueFactory.make(.id18BadCheck, using: &random).plain
            #expect(FuzzValueFactory.checkCharacter(String(bad.prefix(17))) != bad.last)
            let mask = FuzzValueFactory.make(.idPartialMask, using: &random)
            #expect(mask.glyphs.count == 18)
            #expect(mask.glyphs.filter { !$0.isMask }.count > 10)
            let landline = FuzzValueFactory.make(.landline, using: &random)
            #expect(landline.digitNeedles != [FuzzValueFactory.officialLandline])
        }
        #expect(FuzzValueFactory.checkCharacter("11010519491231002") == "X")
        #expect(FuzzValueFactory.passesLuhn("6222021234567890128"))
        #expect(FuzzValueFactory.passesLuhn("6217001234567890122"))
        #expect(!FuzzValueFactory.passesLuhn("6217001234567890123"))
    }
}

/// Escapes per place, value kind and family, and build times by exit code, for a run's report
/// (`GONGSHI_FUZZ_TALLY=1`).
struct FuzzTally {
    private var rows: [String: (escaped: Int, total: Int)] = [:]
    private var seconds: [Int32: [Double]] = [:]

    mutating func add(_ fuzzCase: FuzzCase, escaped: Bool, outcome: ProbeRunner.Outcome) {
        var keys = ["place " + fuzzCase.place.rawValue, "value " + fuzzCase.value.kind.rawValue]
        keys += fuzzCase.rendering.steps.map { "family " + String($0.prefix { $0 != ":" && $0 != " " }) }
        if fuzzCase.rendering.steps.isEmpty { keys.append("family (none)") }
        for key in keys {
            let row = rows[key] ?? (0, 0)
            rows[key] = (row.escaped + (escaped ? 1 : 0), row.total + 1)
        }
        seconds[outcome.status, default: []].append(outcome.seconds)
    }

    var report: String {
        let lines = rows.keys.sorted().map { key in "  \(key): \(rows[key]?.escaped ?? 0)/\(rows[key]?.total ?? 0) escaped" }
        let times = seconds.keys.sorted().map { status in
            let values = seconds[status] ?? []
            return String(format: "  exit %d: %d builds, %.2f s mean", status, values.count, values.reduce(0, +) / Double(max(1, values.count)))
        }
        return (["PrivacyFuzz tally:"] + lines + times).joined(separator: "\n")
    }
}

struct ProbeError: Error, Sendable {
    let message: String
}
