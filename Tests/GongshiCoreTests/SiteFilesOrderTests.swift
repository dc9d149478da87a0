import Testing
@testable import GongshiCore

/// `SiteFiles.bytesPrecede`, which sorts a folder's names, against its definition: the byte
/// order of their UTF-8 (`utf8.lexicographicallyPrecedes`).
@Suite struct SiteFilesOrderTests {
    @Test func sameOrderAsTheUTF8Bytes() {
        let names = ["", "a", "A", "ab", "a.csv", "430102001001.csv", "430102001002.csv", "430102001001.CSV", "_month.yaml",
                     "记录.csv", "记", "é", "e\u{301}", "z", "\u{FFFF}", "😀", "a\u{0}b", String(repeating: "长", count: 40)]
        for a in names {
            for b in names {
                #expect(SiteFiles.bytesPrecede(a, b) == a.utf8.lexicographicallyPrecedes(b.utf8), "\(a) \(b)")
            }
        }
        #expect(names.sorted(by: SiteFiles.bytesPrecede) == names.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) })
    }
}
