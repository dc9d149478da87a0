import Testing
@testable import GongshiCore

/// The load cache's texts are read back through `MemoryByteReader.string`, which decodes and then
/// compares with the bytes (instead of `String(validating:)`): it must still refuse every byte
/// sequence that is not UTF-8, so that an altered cache is never read as other text.
@Suite struct MemoryBytesTests {
    @Test func textsRoundTrip() {
        var writer = MemoryByteWriter()
        for text in ["", "张*", "430102001001", "低保 A 类", String(repeating: "长期公示", count: 40)] { writer.text(text) }
        var reader = MemoryByteReader(writer.bytes)
        #expect(reader.text() == "")
        #expect(reader.text() == "张*")
        #expect(reader.text() == "430102001001")
        #expect(reader.text() == "低保 A 类")
        #expect(reader.text() == String(repeating: "长期公示", count: 40))
        #expect(reader.isAtEnd)
    }

    @Test(arguments: [
        [0xC3, 0x28],  // a lead byte followed by ASCII
        [0x80],  // a lone continuation byte
        [0xE5, 0xBC],  // cut short
        [0xED, 0xA0, 0x80],  // an encoded surrogate
        [0xC0, 0xAF],  // an overlong slash
        [0x41, 0xFF, 0x42],
        [0xEF, 0xBF, 0xBD, 0xFF],  // U+FFFD itself, then a byte the repair would turn into another one
    ] as [[UInt8]])
    func bytesThatAreNotUTF8AreRefused(_ bytes: [UInt8]) {
        var writer = MemoryByteWriter()
        writer.count(bytes.count)
        writer.raw(bytes)
        var reader = MemoryByteReader(writer.bytes)
        #expect(reader.text() == nil)
        #expect(MemoryByteReader.string(bytes, 0..<bytes.count) == nil)
    }

    @Test func replacementCharacterWrittenAsSuchIsKept() {
        let bytes: [UInt8] = [0xEF, 0xBF, 0xBD]
        #expect(MemoryByteReader.string(bytes, 0..<3) == "\u{FFFD}")
        #expect(MemoryByteReader.string([0x61] + bytes + [0x62], 1..<4) == "\u{FFFD}")
    }

    @Test func hexOfSlicesAndArraysAgrees() {
        let digest = SHA256.digest(Array("公示".utf8))
        let padded = [0, 1] + digest + [2]
        #expect(SHA256.hex(digest) == SHA256.hex(padded[2..<34]))
        #expect(SHA256.hex(digest).count == 64)
        #expect(SHA256.hex([0x00, 0x0F, 0xA0, 0xFF]) == "000fa0ff")
        #expect(SHA256.hex([UInt8]()) == "")
    }
}
