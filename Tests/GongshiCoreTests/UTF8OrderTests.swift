import Testing
@testable import GongshiCore

/// `String.utf8Precedes` and `utf8Equals`, which every sort and comparison of paths and names
/// uses, against their definitions: the byte order and byte equality of the UTF-8
/// (`utf8.lexicographicallyPrecedes`, `utf8.elementsEqual`), never Unicode equivalence.
@Suite struct UTF8OrderTests {
    static let names = ["", "a", "A", "ab", "a.csv", "430102001001.csv", "430102001002.csv", "430102001001.CSV", "_month.yaml",
                        "记录.csv", "记", "é", "e\u{301}", "z", "\u{FFFF}", "😀", "a\u{0}b", String(repeating: "长", count: 40),
                        String(repeating: "长", count: 40) + "a"]

    @Test func sameOrderAsTheUTF8Bytes() {
        for a in Self.names {
            for b in Self.names {
                #expect(a.utf8Precedes(b) == a.utf8.lexicographicallyPrecedes(b.utf8), "\(a) \(b)")
            }
        }
        #expect(Self.names.sorted { $0.utf8Precedes($1) } == Self.names.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) })
    }

    @Test func equalOnlyWhenTheBytesAre() {
        for a in Self.names {
            for b in Self.names {
                #expect(a.utf8Equals(b) == a.utf8.elementsEqual(b.utf8), "\(a) \(b)")
                let bytes = Array(b.utf8)
                #expect(bytes.withUnsafeBufferPointer { a.utf8Equals($0) } == a.utf8.elementsEqual(bytes), "\(a) \(b)")
            }
        }
        #expect(!"é".utf8Equals("e\u{301}") && "é" == "e\u{301}")
    }

    /// The load cache's texts: decoded, then compared with their bytes; invalid UTF-8 is refused
    /// even where the repaired text has as many bytes (a cut 4-byte sequence becomes one U+FFFD).
    @Test func cacheTextsMustBeTheirBytes() {
        let valid = Array("张三 430102".utf8)
        #expect(MemoryByteReader.string(valid, 0..<valid.count) == "张三 430102")
        let cut: [UInt8] = [0x41, 0xF0, 0x90, 0x80, 0x42]
        #expect(String(decoding: cut, as: UTF8.self).utf8.count == cut.count)  // same length once repaired
        #expect(MemoryByteReader.string(cut, 0..<cut.count) == nil)
        #expect(MemoryByteReader.string(valid, 0..<3) == "张")
        #expect(MemoryByteReader.string(valid, 0..<2) == nil)
    }
}
