import Testing
@testable import GongshiCore

@Suite("PublishedFileReader")
struct PublishedFileReaderTests {
    typealias F = BinaryFixtures
    let reader = PublishedFileReader(reviewedSHA256: [], pdftotext: nil)

    @Test("text types go to the text readers", arguments: [
        "index.html", "a/b.htm", "feed.xml", "sitemap.xml", "icon.svg", "feed.atom", "app.js", "data.json",
        "site.webmanifest", "notes.txt", "readme.md", "a.yaml", "a.csv", "cal.ics", "CNAME", "a.conf", "UPPER.TXT",
    ])
    func textTypes(_ path: String) {
        let view = reader.view(of: Array("电话 13912345678".utf8), path: path)
        #expect(view.problems.isEmpty)
        #expect(view.texts.map(\.string).joined().contains("13912345678"))
    }

    @Test("CSS goes to the CSS reader")
    func css() {
        #expect(reader.view(of: Array("a { color: red }".utf8), path: "assets/site.css").problems.isEmpty)
    }

    @Test("a GB18030 stylesheet is not UTF-8, named as GB18030")
    func gb18030CSS() {
        // "/* 张三 */" saved by a Chinese editor: 张 = D5 C5, 三 = C8 FD.
        let css: [UInt8] = F.ascii("/* ") + [0xD5, 0xC5, 0xC8, 0xFD] + F.ascii(" */ a { color: red }")
        #expect(reader.view(of: css, path: "assets/site.css")
            == ReaderView(problems: [ReaderViewProblem(.notUTF8(encoding: "GB18030"))]))
    }

    @Test("a UTF-16 text file, with or without a byte-order mark, is UTF-16")
    func utf16() {
        let withMark = [0xFF, 0xFE] + F.utf16LE("户主 13912345678\r\n")
        #expect(reader.view(of: withMark, path: "notes.txt").problemKinds == [.notUTF8(encoding: "UTF-16")])
        let bigEndian = [0xFE, 0xFF] + F.utf16BE("户主")
        #expect(reader.view(of: bigEndian, path: "a.md").problemKinds == [.notUTF8(encoding: "UTF-16")])
        // ASCII as UTF-16 without a mark is even valid UTF-8; the NULs give it away.
        let unmarked = F.utf16LE("13912345678 is the number")
        #expect(reader.view(of: unmarked, path: "notes.txt").problemKinds == [.notUTF8(encoding: "UTF-16")])
        #expect(reader.view(of: unmarked, path: "notes").problemKinds == [.notUTF8(encoding: "UTF-16")])
    }

    @Test("a stray Latin-1 byte is Latin-1; bytes that are no text at all name no encoding")
    func latin1AndUnknown() {
        let latin1 = F.ascii("Caf") + [0xE9] + F.ascii(" 13912345678")
        #expect(reader.view(of: latin1, path: "a.txt").problemKinds == [.notUTF8(encoding: "Latin-1")])
        let binary: [UInt8] = [0x80, 0x01, 0x02, 0x03, 0xFE, 0x05, 0x06, 0x07, 0xFD, 0x09, 0x99, 0x0B]
        #expect(reader.view(of: binary, path: "a.json").problemKinds == [.notUTF8(encoding: nil)])
    }

    @Test("unknown bytes under an unknown or no extension: unscannable, named by the extension")
    func unknownBinary() {
        let binary: [UInt8] = [0x80, 0x01, 0x02, 0x03, 0xFE, 0x05, 0x06, 0x07]
        #expect(reader.view(of: binary, path: "a.bin").problemKinds == [.unscannable(type: "BIN")])
        #expect(reader.view(of: binary, path: "blob").problemKinds == [.unscannable(type: "未知")])
        #expect(reader.view(of: Array("GB 文本".utf8).map { $0 } + [0xD5, 0xC5], path: "a.conf").problemKinds
            == [.notUTF8(encoding: "GB18030")])
    }

    @Test("executables, archives and databases are forbidden", arguments: [
        ("setup.exe", [0x4D, 0x5A, 0x90, 0x00] + [UInt8](repeating: 0, count: 60), "EXE"),
        ("tool", [0x7F, 0x45, 0x4C, 0x46, 2, 1, 1, 0], "ELF"),
        ("tool.bin", [0xCF, 0xFA, 0xED, 0xFE, 7, 0, 0, 1], "Mach-O"),
        ("a.7z", [0x37, 0x7A, 0xBC, 0xAF, 0x27, 0x1C, 0, 4], "7Z"),
        ("a.rar", Array("Rar!\u{1A}\u{07}\u{0}".utf8), "RAR"),
        ("a.gz", [0x1F, 0x8B, 8, 0, 0, 0, 0, 0], "GZIP"),
        ("data.db", Array("SQLite format 3\u{0}".utf8) + [UInt8](repeating: 0, count: 84), "SQLite"),
        ("a.tar", [UInt8](repeating: 0x41, count: 257) + Array("ustar\u{0}00".utf8) + [UInt8](repeating: 0, count: 250), "TAR"),
        ("renamed.txt", [0x4D, 0x5A, 0x90, 0x00] + [UInt8](repeating: 0, count: 60), "EXE"),
        ("backup.zip", Array("not really a zip".utf8), "ZIP"),
        ("old.mdb", Array("hello".utf8), "MDB"),
    ] as [(String, [UInt8], String)])
    func forbidden(_ path: String, _ bytes: [UInt8], _ type: String) {
        #expect(reader.view(of: bytes, path: path) == ReaderView(problems: [ReaderViewProblem(.forbiddenType(type: type))]))
    }

    @Test("a forbidden type stays forbidden when its hash is listed as reviewed")
    func reviewedForbidden() {
        let exe = [0x4D, 0x5A, 0x90, 0x00] + [UInt8](repeating: 0, count: 60)
        let reviewed = PublishedFileReader(reviewedSHA256: [SHA256.hexDigest(exe)], pdftotext: nil)
        #expect(reviewed.view(of: exe, path: "setup.exe").problemKinds == [.forbiddenType(type: "EXE")])
    }

    @Test("media and other formats nothing here reads are unscannable", arguments: [
        ("a.mp3", Array("ID3\u{3}\u{0}".utf8) + [0, 0, 0, 0, 0], "MP3"),
        ("a.mp4", [0, 0, 0, 0x18] + Array("ftypisom".utf8), "MP4"),
        ("a.heic", [0, 0, 0, 0x18] + Array("ftypheic".utf8), "HEIC"),
        ("a.rtf", Array("{\\rtf1\\ansi 13912345678}".utf8), "RTF"),
    ] as [(String, [UInt8], String)])
    func unscannableMedia(_ path: String, _ bytes: [UInt8], _ type: String) {
        #expect(reader.view(of: bytes, path: path).problemKinds == [.unscannable(type: type)])
    }

    @Test("SVGZ is inflated and read as SVG")
    func svgz() throws {
        let svg = Array("<svg><text>13912345678</text></svg>".utf8)
        let gzip = try F.python("import gzip, sys; sys.stdout.buffer.write(gzip.compress(sys.stdin.buffer.read()))", input: svg)
        let view = reader.view(of: gzip, path: "a.svgz")
        #expect(view.problems.isEmpty)
        #expect(view.partNames == ["SVG"])
        #expect(view.text(of: "SVG")?.contains("13912345678") == true)
    }

    @Test("the extension is that of the last path component, lowercased", arguments: [
        ("a/b.c/README", ""), ("a/.nojekyll", ""), ("a/b.TXT", "txt"), ("x.tar.gz", "gz"), ("file.", ""),
    ])
    func fileExtension(_ path: String, _ ext: String) {
        #expect(PublishedFileReader.fileExtension(of: path) == ext)
    }

    @Test("pdftotext is found on PATH when installed")
    func findsPDFToText() {
        if let path = PublishedFileReader.findPDFToText() {
            #expect(path.hasSuffix("/pdftotext"))
        }
    }
}
