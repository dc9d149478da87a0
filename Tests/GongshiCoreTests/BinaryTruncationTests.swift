import Testing
@testable import GongshiCore

/// Every prefix of every fixture and single-byte corruptions at every position: the readers walk
/// untrusted structures, so nothing may trap, and a cut-off file may not pass as clean unless it
/// is cut where nothing more was to come.
@Suite("BinaryTruncation")
struct BinaryTruncationTests {
    typealias F = BinaryFixtures
    let reader = PublishedFileReader(reviewedSHA256: [], pdftotext: nil)

    static func fixtures() throws -> [(String, [UInt8])] {
        let exif = F.tiff(
            main: [.ascii(0x010E, "ID 410829195603121234"), F.TIFFEntry(tag: 0x9C9D, type: 1, count: 4, value: F.utf16LE("张三"))],
            exif: [F.TIFFEntry(tag: 0x9286, type: 7, count: 12, value: F.ascii("UNICODE\u{0}") + F.utf16LE("ab"))])
        return [
            ("a.jpg", F.jpeg([F.jpegSegment(0xE1, F.ascii("Exif\u{0}\u{0}") + exif), F.jpegSegment(0xFE, F.ascii("comment"))])),
            ("a.png", F.png([F.pngChunk("eXIf", exif), F.pngChunk("zTXt", F.ascii("k\u{0}\u{0}") + F.zlibStored(F.ascii("hello")))])),
            ("a.ttf", F.trueType(name: F.nameTable(windows: "张三丰", mac: F.ascii("abc")))),
            ("a.woff", try F.woff(name: F.nameTable(windows: String(repeating: "abc ", count: 20), mac: F.ascii("d")))),
            ("a.docx", try F.zip([("word/document.xml", Array("<w:t>x</w:t>".utf8))])),
        ]
    }

    @Test("every prefix: no trap")
    func prefixes() throws {
        for (path, bytes) in try Self.fixtures() {
            for count in 0..<bytes.count {
                _ = reader.view(of: Array(bytes.prefix(count)), path: path)
            }
        }
    }

    @Test("every byte set to 00 or FF: no trap")
    func corruptions() throws {
        for (path, bytes) in try Self.fixtures() {
            for index in bytes.indices {
                for value: UInt8 in [0x00, 0xFF] {
                    var corrupt = bytes
                    corrupt[index] = value
                    _ = reader.view(of: corrupt, path: path)
                }
            }
        }
    }

    @Test("a JPEG or PNG cut inside its metadata is unscannable")
    func cutInsideMetadata() throws {
        let fixtures = try Self.fixtures()
        for (path, bytes) in fixtures where path == "a.jpg" || path == "a.png" {
            let cut = Array(bytes.prefix(30))
            #expect(reader.view(of: cut, path: path).problemKinds.count == 1)
        }
    }
}
