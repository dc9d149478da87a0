import Testing
@testable import GongshiCore

@Suite("BinaryFont")
struct BinaryFontTests {
    typealias F = BinaryFixtures
    let reader = PublishedFileReader(reviewedSHA256: [], pdftotext: nil)

    @Test("TrueType: the name table's Windows (UTF-16BE) and Mac Roman strings")
    func trueTypeNames() {
        let font = F.trueType(name: F.nameTable(windows: "© 张三丰 13912345678", mac: F.ascii("Caf") + [0x8E] + F.ascii(" Sans")))
        let view = reader.view(of: font, path: "themes/t/assets/fonts/a.ttf")
        #expect(view.problems.isEmpty)
        #expect(view.partNames == ["name"])
        #expect(view.text(of: "name") == "© 张三丰 13912345678\u{FFFC}Café Sans")
    }

    @Test("OpenType (OTTO) is read the same way")
    func openType() {
        var font = F.trueType(name: F.nameTable(windows: "410829195603121234", mac: F.ascii("x")))
        font.replaceSubrange(0..<4, with: F.ascii("OTTO"))
        let view = reader.view(of: font, path: "a.otf")
        #expect(view.text(of: "name")?.hasPrefix("410829195603121234") == true)
    }

    @Test("WOFF: the zlib-compressed name table is inflated")
    func woff() throws {
        let licence = String(repeating: "Licensed under the SIL Open Font License. ", count: 8)
        let font = try F.woff(name: F.nameTable(windows: "Designer 李四 13812345678. " + licence, mac: F.ascii("Gongshi")))
        #expect(font.count < 44 + 20 + 2 * licence.count)  // the table really is compressed
        let view = reader.view(of: font, path: "a.woff")
        #expect(view.problems.isEmpty)
        #expect(view.partNames == ["name"])
        #expect(view.text(of: "name")?.hasPrefix("Designer 李四 13812345678. Licensed") == true)
        #expect(view.text(of: "name")?.hasSuffix("\u{FFFC}Gongshi") == true)
    }

    @Test("WOFF2 (Brotli) cannot be read here: unscannable, and released by its reviewed hash")
    func woff2() {
        let font = F.ascii("wOF2") + F.be32(0x0001_0000) + [UInt8](repeating: 7, count: 40)
        #expect(reader.view(of: font, path: "a.woff2") == ReaderView(problems: [ReaderViewProblem(.unscannable(type: "WOFF2"))]))
        let reviewed = PublishedFileReader(reviewedSHA256: [SHA256.hexDigest(font)], pdftotext: nil)
        #expect(reviewed.view(of: font, path: "a.woff2") == ReaderView())
    }

    @Test("a name table pointing outside the file is unscannable")
    func corruptName() {
        var font = F.trueType(name: F.nameTable(windows: "abc", mac: F.ascii("d")))
        font.replaceSubrange(24..<28, with: F.be32(5000))  // the name table's length
        #expect(reader.view(of: font, path: "a.ttf").problemKinds == [.unscannable(type: "TTF")])
    }
}
