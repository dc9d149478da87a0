import Testing
@testable import GongshiCore

/// `UTF8Sort` gives exactly the order of the UTF-8 bytes (`utf8.lexicographicallyPrecedes`) on
/// generated lists: shared prefixes longer than its packed key, strings that are prefixes of
/// others, NUL and multi-byte characters, duplicates, and lists of one or none.
@Suite struct UTF8SortTests {
    /// A small deterministic generator (SplitMix64), so a failure names its seed.
    struct Generator: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    static let pieces = ["", "a", "b", "\u{0}", "/", "0", "9", ".csv", "记", "é", "e\u{301}", "😀", "\u{FFFF}",
                         "content/rosters/2024-12/", "430102001001", String(repeating: "长", count: 12)]

    static func list(_ generator: inout Generator) -> [String] {
        let prefix = Self.pieces.randomElement(using: &generator)! + Self.pieces.randomElement(using: &generator)!
        return (0..<Int.random(in: 0...60, using: &generator)).map { _ in
            var text = Bool.random(using: &generator) ? prefix : ""
            for _ in 0..<Int.random(in: 0...6, using: &generator) { text += Self.pieces.randomElement(using: &generator)! }
            return text
        }
    }

    @Test(arguments: 0..<40) func sameOrderAsTheUTF8Bytes(seed: Int) {
        var generator = Generator(state: UInt64(seed))
        for _ in 0..<25 {
            let strings = Self.list(&generator)
            let expected = strings.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
            #expect(UTF8Sort.sorted(strings).map { Array($0.utf8) } == expected.map { Array($0.utf8) }, "seed \(seed)")
            let order = UTF8Sort.order(strings)
            #expect(order.sorted() == Array(strings.indices))
            #expect(UTF8Sort.sorted(Array(strings.indices)) { strings[$0] }.map { Array(strings[$0].utf8) }
                == expected.map { Array($0.utf8) })
        }
    }

    @Test func namesLongerThanTheKeyAfterASharedPrefix() {
        let long = String(repeating: "x", count: 40)
        let names = [long + "b", "p" + long + "a", long + "a", "p" + long, long, "p" + long + "a"]
        #expect(UTF8Sort.sorted(names) == ["p" + long, "p" + long + "a", "p" + long + "a", long, long + "a", long + "b"])
        #expect(UTF8Sort.sorted([]) == [])
        #expect(UTF8Sort.sorted(["only"]) == ["only"])
    }
}
