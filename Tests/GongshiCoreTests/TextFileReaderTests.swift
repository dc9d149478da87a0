import Foundation
import Testing
@testable import GongshiCore

@Suite("TextFileReader")
struct TextFileReaderTests {
    static let path = "content/articles/a.md"

    func decode(_ bytes: [UInt8]) -> (text: String?, rendered: [String]) {
        do {
            return (try TextFileReader.decode(Data(bytes), displayPath: Self.path), [])
        } catch {
            return (nil, error.diagnostics.map(\.description))
        }
    }

    @Test func utf8WithBOMDropsTheBOM() {
        let result = decode([0xEF, 0xBB, 0xBF] + Array("title: 低保\n".utf8))
        #expect(result.text == "title: 低保\n")
        #expect(result.text?.unicodeScalars.first == "t")
    }

    @Test func utf8WithoutBOM() {
        #expect(decode(Array("---\ntitle: 低保\n---\n".utf8)).text == "---\ntitle: 低保\n---\n")
    }

    @Test func onlyABOMIsEmpty() {
        #expect(decode([0xEF, 0xBB, 0xBF]).text == "")
    }

    @Test func onlyTheFirstBOMIsDropped() {
        #expect(decode([0xEF, 0xBB, 0xBF, 0xEF, 0xBB, 0xBF, 0x61]).text == "\u{FEFF}a")
    }

    @Test("bytes that are not UTF-8", arguments: [
        // GB18030 / GBK “低保” (B5CD B1A3) after `title: ` on line 2.
        (Array("---\ntitle: ".utf8) + [0xB5, 0xCD, 0xB1, 0xA3] + Array("\n---\n".utf8), "content/articles/a.md:2:8"),
        // GB18030 after valid UTF-8 Chinese on the same line: columns count characters, not bytes.
        (Array("低保标准".utf8) + [0xB5, 0xCD], "content/articles/a.md:1:5"),
        // Latin-1 “café” (é = E9, which starts a 3-byte sequence in UTF-8) then a newline.
        (Array("Name\ncaf".utf8) + [0xE9, 0x0A], "content/articles/a.md:2:4"),
        // Latin-1 “Müller” (ü = FC, never valid in UTF-8).
        (Array("a\n\nM".utf8) + [0xFC] + Array("ller".utf8), "content/articles/a.md:3:2"),
        // CRLF line ends: \r is the last column of its line.
        (Array("ab\r\ncd\r\n".utf8) + [0xFF], "content/articles/a.md:3:1"),
        // A UTF-8 sequence cut off at the end of the file.
        (Array("ab".utf8) + [0xE4, 0xBD], "content/articles/a.md:1:3"),
        // A UTF-16 surrogate encoded in UTF-8 (CESU-8) is not UTF-8.
        (Array("x".utf8) + [0xED, 0xA0, 0x80], "content/articles/a.md:1:2"),
        // A BOM does not shift the column.
        ([0xEF, 0xBB, 0xBF] + Array("ab".utf8) + [0x80], "content/articles/a.md:1:3"),
    ] as [([UInt8], String)])
    func notUTF8(_ bytes: [UInt8], _ location: String) {
        let result = decode(bytes)
        #expect(result.text == nil)
        #expect(result.rendered == [errorLine(location, Messages.notUTF8)])
    }

    @Test func notUTF8MessageText() {
        #expect(Messages.notUTF8 == Message(.notUTF8, "文件不是 UTF-8 编码", hint: "请用 UTF-8 另存此文件（记事本“另存为”时选择 UTF-8）"))
    }

    @Test func readsAFile() throws {
        let folder = try makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try write(["a.md": Data([0xEF, 0xBB, 0xBF] + Array("低保".utf8))], in: folder)
        #expect(try TextFileReader.read(folder.appendingPathComponent("a.md"), displayPath: Self.path) == "低保")
    }

    @Test func missingFileIsAnErrorNamingTheFile() throws {
        let folder = try makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        do {
            _ = try TextFileReader.read(folder.appendingPathComponent("nope.md"), displayPath: Self.path)
            Issue.record("expected ContentErrors")
        } catch {
            #expect(error.diagnostics.count == 1)
            let d = try #require(error.diagnostics.first)
            #expect(d.severity == .error)
            #expect(d.location == SourceLocation(file: Self.path))
            #expect(d.message.hasPrefix("无法读取文件："))
            #expect(d.message.count > "无法读取文件：".count)
        }
    }
}
