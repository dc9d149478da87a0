import Foundation

/// A small deterministic random source (SplitMix64), so that a seed and a case number replay
/// exactly the same case on any machine and any Swift version (the standard library's generator
/// is neither seedable nor stable).
struct FuzzRandom: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    /// The generator of one case: independent of every other case, so a single case replays alone.
    init(seed: UInt64, caseIndex: Int) {
        var mixer = FuzzRandom(seed: seed ^ 0x9E37_79B9_7F4A_7C15)
        for _ in 0...(caseIndex % 7) { _ = mixer.next() }
        state = mixer.next() &+ UInt64(truncatingIfNeeded: caseIndex) &* 0xD1B5_4A32_D192_ED03
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A number in `range`.
    mutating func int(_ range: ClosedRange<Int>) -> Int {
        Int.random(in: range, using: &self)
    }

    /// True with probability `p` (0…1).
    mutating func chance(_ p: Double) -> Bool {
        Double(next() >> 11) / Double(1 << 53) < p
    }

    /// One element of a non-empty array (the first when it is empty would be a programming error;
    /// callers only pass literal lists).
    mutating func pick<T>(_ items: [T]) -> T {
        items[int(0...(items.count - 1))]
    }

    /// `count` distinct elements in random order (fewer when there are not enough).
    mutating func pick<T>(_ count: Int, of items: [T]) -> [T] {
        var pool = items
        pool.shuffle(using: &self)
        return Array(pool.prefix(count))
    }

    /// A string of `count` ASCII digits.
    mutating func digits(_ count: Int) -> String {
        String((0..<count).map { _ in Character(String(int(0...9))) })
    }
}

/// How a fuzz run is chosen: `GONGSHI_FUZZ_SEED` (decimal or 0x-hex) and `GONGSHI_FUZZ_CASES`
/// replace the defaults; `GONGSHI_FUZZ_CASE` runs that single case number only (to replay one
/// failure: the failure message prints all three).
struct FuzzSettings: Sendable {
    static let defaultSeed: UInt64 = 0x6F6E_6773_6869_0009
    static let defaultCases = 2000

    let seed: UInt64
    let cases: Int
    /// When set, only this case number runs.
    let only: Int?

    static var current: FuzzSettings {
        let environment = ProcessInfo.processInfo.environment
        let seed = environment["GONGSHI_FUZZ_SEED"].flatMap(parseSeed) ?? defaultSeed
        let cases = environment["GONGSHI_FUZZ_CASES"].flatMap { Int($0) }.map { max(0, $0) } ?? defaultCases
        let only = environment["GONGSHI_FUZZ_CASE"].flatMap { Int($0) }
        return FuzzSettings(seed: seed, cases: cases, only: only)
    }

    static func parseSeed(_ text: String) -> UInt64? {
        let trimmed = text.trimmingCharacters(in: .whitespaces).lowercased()
        if trimmed.hasPrefix("0x") { return UInt64(trimmed.dropFirst(2), radix: 16) }
        return UInt64(trimmed)
    }

    var seedText: String { "0x" + String(seed, radix: 16) }

    /// The shell line that replays one case.
    func replayLine(caseIndex: Int) -> String {
        "GONGSHI_FUZZ_SEED=\(seedText) GONGSHI_FUZZ_CASE=\(caseIndex) swift test --skip-build --filter PrivacyFuzzTests/generatedCasesAreRefused"
    }

    var caseIndices: [Int] {
        if let only { return [only] }
        return Array(0..<cases)
    }
}
