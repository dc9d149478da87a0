import Testing
@testable import GongshiCore

/// `UTF8Sort` gives exactly the order of the UTF-8 bytes (`utf8.lexicographicallyPrecedes`) on
/// generated lists: shared prefixes longer than its packed key, strings that are prefixes of
/// others, NUL and multi-byte characters, duplicates, and lists of one or none. (In this target
/// for its seedable generator, `FuzzRandom`.)
@Suite struct UTF8SortTests {
    static let pieces = ["", "a", "b", "\u{0}", "/", "0", "9", ".csv", "记", "é", "e\u{301}", "😀", "\u{FFFF}",
                         "content/rosters/2024-12/", "430102001001", String(repeating: "长", count: 12)]

    static func list(_ generator: inout FuzzRandom) -> [String] {
        let prefix = Self.pieces.randomElement(using: &generator)! + Self.pieces.randomElement(using: &generator)!
        return (0..<Int.random(in: 0...60, using: &generator)).map { _ in
            var text = Bool.random(using: &generator) ? prefix : ""
            for _ in 0..<Int.random(in: 0...6, using: &generator) { text += Self.pieces.randomElement(using: &generator)! }
            return text
        }
    }

    @Test(arguments: 0..<40) func sameOrderAsTheUTF8Bytes(seed: Int) {
        var generator = FuzzRandom(seed: UInt64(seed))  // the fuzz tests' seedable SplitMix64
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
