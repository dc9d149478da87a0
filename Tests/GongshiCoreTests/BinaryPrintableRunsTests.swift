import Testing
@testable import GongshiCore

@Suite("BinaryPrintableRuns")
struct BinaryPrintableRunsTests {
    typealias F = BinaryFixtures

    func runs(_ bytes: [UInt8]) -> String {
        var text = ReaderText()
        PrintableRuns.append(bytes, 0..<bytes.count, to: &text)
        return text.string
    }

    @Test("UTF-8 runs of four or more characters, or two CJK characters, set apart by walls")
    func utf8() {
        #expect(runs([1, 2] + F.ascii("abc") + [0] + F.ascii("13912345678") + [0xFF] + Array("张三".utf8) + [0]) == "13912345678\u{FFFC}张三\u{FFFC}")
    }

    @Test("UTF-16 little- and big-endian text, NUL-terminated when it has CJK")
    func utf16() {
        #expect(runs([7] + F.utf16LE("HP LaserJet") + [0, 0, 9]) == "HP LaserJet\u{FFFC}")
        #expect(runs([7] + F.utf16LE("办公室电话") + [0, 0]) == "办公室电话\u{FFFC}")
        #expect(runs([7] + F.utf16BE("办公室电话") + [0, 0]) == "办公室电话\u{FFFC}")
        // These bytes are also printable ASCII ("b7N;_ N\t"): both readings are kept.
        #expect(runs([7] + F.utf16LE("户主张三") + [0, 0]) == "7b;N _\tN\u{FFFC}户主张三\u{FFFC}")
    }

    @Test("no junk: ASCII read in pairs, big-endian numbers read as little-endian, unterminated CJK")
    func junk() {
        // JFIF density 72×72 (00 48 00 48) read as UTF-16LE looks like "䠀䠀".
        #expect(runs(F.ascii("JFIF") + [0, 1, 1, 0, 0, 0x48, 0, 0x48, 0, 0]) == "JFIF\u{FFFC}")
        #expect(runs(F.ascii("namesake") + [0, 0]) == "namesake\u{FFFC}")
        #expect(runs([0x9E, 0x52, 0x6C, 0x51, 0x01]) == "")
    }

    @Test("offsets are offsets of the bytes read")
    func offsets() {
        var text = ReaderText()
        let bytes = [0, 0, 0] + F.ascii("abcd")
        PrintableRuns.append(bytes, 0..<bytes.count, to: &text)
        #expect(text.offsets == [3, 4, 5, 6, 7])
    }
}
