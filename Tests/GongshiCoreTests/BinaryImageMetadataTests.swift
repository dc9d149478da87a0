import Testing
@testable import GongshiCore

@Suite("BinaryImageMetadata")
struct BinaryImageMetadataTests {
    typealias F = BinaryFixtures
    let reader = PublishedFileReader(reviewedSHA256: [], pdftotext: nil)

    // MARK: PNG

    @Test("PNG: tEXt, zTXt (inflated), iTXt and eXIf each become a part; pixels are not read")
    func pngTextChunks() {
        let png = F.png([
            F.pngChunk("tEXt", F.ascii("Comment\u{0}ID 410829195603121234")),
            F.pngChunk("zTXt", F.ascii("Author\u{0}") + [0] + F.zlibStored(F.ascii("Tel 13912345678"))),
            F.pngChunk("iTXt", F.ascii("Title\u{0}") + [0, 0] + F.ascii("zh\u{0}\u{0}") + Array("户主张三丰".utf8)),
            F.pngChunk("eXIf", F.tiff(main: [.ascii(0x010E, "QQ 123456789")])),
        ])
        let view = reader.view(of: png, path: "assets/photo.png")
        #expect(view.problems.isEmpty)
        #expect(view.partNames == ["PNG tEXt", "PNG zTXt", "PNG iTXt", "EXIF"])
        #expect(view.text(of: "PNG tEXt") == "Comment\nID 410829195603121234")
        #expect(view.texts[2].string == "Tel 13912345678")
        #expect(view.texts[4].string == "户主张三丰")
        #expect(view.text(of: "EXIF")?.contains("QQ 123456789") == true)
    }

    @Test("PNG: offsets of a stored chunk are offsets in the file")
    func pngOffsets() throws {
        let chunk = F.pngChunk("tEXt", F.ascii("Comment\u{0}13912345678"))
        let png = F.png([chunk])
        let view = reader.view(of: png, path: "a.png")
        let text = try #require(view.texts.first)
        let digits = Array("13912345678".utf8)
        let planted = try #require(png.indices.first { png[$0...].starts(with: digits) })
        #expect(text.offsets[text.scalars.firstIndex(of: "1") ?? 0] == planted)
    }

    @Test("PNG: XMP in iTXt is read as XML, a private chunk and data after IEND as text runs")
    func pngXMPAndOthers() {
        let xmp = "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><dc:creator>李四 13812345678</dc:creator></x:xmpmeta>"
        let png = F.png([
            F.pngChunk("iTXt", F.ascii("XML:com.adobe.xmp\u{0}") + [0, 0, 0, 0] + Array(xmp.utf8)),
            F.pngChunk("prVt", F.ascii("note 410829195603121234")),
        ], trailer: F.ascii("\u{0}\u{0}trailing 13712345678"))
        let view = reader.view(of: png, path: "a.png")
        #expect(view.partNames == ["PNG iTXt", "XMP", "PNG prVt", "PNG trailer"])
        #expect(view.text(of: "XMP")?.contains("李四 13812345678") == true)
        #expect(view.text(of: "PNG prVt")?.contains("note 410829195603121234") == true)
        #expect(view.text(of: "PNG trailer")?.contains("trailing 13712345678") == true)
    }

    @Test("PNG: truncated, or a zTXt that does not inflate, is unscannable")
    func pngCorrupt() {
        let png = F.png([F.pngChunk("tEXt", F.ascii("Comment\u{0}x"))])
        #expect(reader.view(of: Array(png.prefix(40)), path: "a.png").problemKinds == [.unscannable(type: "PNG")])
        let broken = F.png([F.pngChunk("zTXt", F.ascii("Author\u{0}") + [0, 0x78, 0x9C, 0xFF, 0xFF])])
        #expect(reader.view(of: broken, path: "a.png").problems == [ReaderViewProblem(.unscannable(type: "PNG"), at: 33)])
    }

    @Test("PNG: a zTXt that would inflate past the file's budget is unscannable")
    func pngTextBomb() throws {
        let bomb = try F.deflate([UInt8](repeating: 0x31, count: 2 << 20))
        let png = F.png([F.pngChunk("zTXt", F.ascii("Comment\u{0}") + [0] + bomb)])
        #expect(reader.view(of: png, path: "a.png").problems == [ReaderViewProblem(.unscannable(type: "PNG"), at: 33)])
    }

    // MARK: JPEG

    @Test("JPEG: EXIF strings (ASCII, XP* UTF-16, UserComment), XMP and COM; never the scan data")
    func jpegSegments() {
        let exif = F.tiff(
            main: [
                .ascii(0x010E, "户主 410829195603121234"),
                F.TIFFEntry(tag: 0x9C9D, type: 1, count: 8, value: F.utf16LE("张三丰") + [0, 0]),
                F.TIFFEntry(tag: 0x0112, type: 3, count: 1, value: F.le16(1)),
            ],
            exif: [F.TIFFEntry(tag: 0x9286, type: 7, count: 8 + 22, value: F.ascii("UNICODE\u{0}") + F.utf16LE("13912345678"))])
        let xmp = "<x:xmpmeta><rdf:Description photoshop:City=\"柳林村3组12号\"/></x:xmpmeta>"
        let jpeg = F.jpeg([
            F.jpegSegment(0xE0, F.ascii("JFIF\u{0}") + [1, 1, 0, 0, 1, 0, 1, 0, 0]),
            F.jpegSegment(0xE1, F.ascii("Exif\u{0}\u{0}") + exif),
            F.jpegSegment(0xE1, F.ascii("http://ns.adobe.com/xap/1.0/\u{0}") + Array(xmp.utf8)),
            F.jpegSegment(0xFE, Array("联系人 13812345678".utf8)),
        ])
        let view = reader.view(of: jpeg, path: "images/visit.jpg")
        #expect(view.problems.isEmpty)
        #expect(view.partNames == ["JPEG APP0", "EXIF", "XMP", "JPEG COM"])
        let text = view.text(of: "EXIF") ?? ""
        #expect(text.contains("户主 410829195603121234"))
        #expect(text.contains("张三丰"))
        #expect(text.contains("13912345678"))
        #expect(view.text(of: "XMP")?.contains("柳林村3组12号") == true)
        #expect(view.text(of: "JPEG COM") == "联系人 13812345678")
        #expect(!view.texts.contains { $0.string.contains("13900001111") })
    }

    @Test("JPEG: IPTC in APP13 (Photoshop resources) is read dataset by dataset")
    func jpegIPTC() {
        let caption = Array("走访张三丰家".utf8)
        let iptc: [UInt8] = [0x1C, 2, 120] + F.be16(caption.count) + caption
        let resource = F.ascii("8BIM") + F.be16(0x0404) + [0, 0] + F.be32(iptc.count) + iptc + (iptc.count % 2 == 1 ? [0] : [])
        let jpeg = F.jpeg([F.jpegSegment(0xED, F.ascii("Photoshop 3.0\u{0}") + resource)])
        let view = reader.view(of: jpeg, path: "a.jpeg")
        #expect(view.partNames == ["IPTC"])
        #expect(view.text(of: "IPTC") == "走访张三丰家")
    }

    @Test("JPEG: a segment longer than the file, or EXIF pointing outside itself, is unscannable")
    func jpegCorrupt() {
        let jpeg = F.jpeg([F.jpegSegment(0xFE, F.ascii("comment"))])
        #expect(reader.view(of: Array(jpeg.prefix(8)), path: "a.jpg").problemKinds == [.unscannable(type: "JPEG")])
        var exif = F.tiff(main: [.ascii(0x010E, "a long description")])
        exif[18] = 0xFF  // the value offset now points far outside
        let broken = F.jpeg([F.jpegSegment(0xE1, F.ascii("Exif\u{0}\u{0}") + exif)])
        #expect(reader.view(of: broken, path: "a.jpg").problemKinds == [.unscannable(type: "JPEG")])
    }

    @Test("JPEG: bytes after the end of the image are read as text runs")
    func jpegTrailer() {
        let jpeg = F.jpeg([], trailer: F.ascii("\u{1}\u{2}appended 410829195603121234\u{0}"))
        let view = reader.view(of: jpeg, path: "a.jpg")
        #expect(view.partNames == ["JPEG trailer"])
        #expect(view.text(of: "JPEG trailer")?.contains("appended 410829195603121234") == true)
    }

    // MARK: GIF, WebP, ICO

    @Test("GIF: comment, plain-text and application extensions; image data skipped")
    func gifExtensions() {
        let comment = Array("经办人 李四 13812345678".utf8)
        let plainText: [UInt8] = [12] + [UInt8](repeating: 0, count: 12) + [11] + F.ascii("13912345678") + [0]
        let gif = F.ascii("GIF89a") + F.le16(1) + F.le16(1) + [0x80, 0, 0] + [0, 0, 0, 255, 255, 255]
            + [0x21, 0xFE, UInt8(comment.count)] + comment + [0]
            + [0x21, 0x01] + plainText
            + [0x21, 0xFF, 11] + F.ascii("GONGSHI1.0X") + [14] + F.ascii("ID 41082919560") + [0]
            + [0x2C] + F.le16(0) + F.le16(0) + F.le16(1) + F.le16(1) + [0] + [2, 2, 0x4C, 0x01, 0] + [0x3B]
        let view = reader.view(of: gif, path: "a.gif")
        #expect(view.problems.isEmpty)
        #expect(view.partNames == ["GIF comment", "GIF plain text", "GIF application"])
        #expect(view.text(of: "GIF comment") == "经办人 李四 13812345678")
        #expect(view.text(of: "GIF plain text") == "13912345678")
        #expect(view.text(of: "GIF application")?.contains("ID 41082919560") == true)
        #expect(reader.view(of: Array(gif.prefix(30)), path: "a.gif").problemKinds == [.unscannable(type: "GIF")])
    }

    @Test("WebP: EXIF and XMP chunks")
    func webp() {
        let exif = F.tiff(main: [.ascii(0x013B, "王五 13712345678")])
        let xmp = Array("<x:xmpmeta>410829195603121234</x:xmpmeta>".utf8)
        func chunk(_ name: String, _ data: [UInt8]) -> [UInt8] {
            F.ascii(name) + F.le32(data.count) + data + (data.count % 2 == 1 ? [0] : [])
        }
        let body = F.ascii("WEBP") + chunk("VP8L", [0x2F, 0, 0, 0, 0]) + chunk("EXIF", exif) + chunk("XMP ", xmp)
        let webp = F.ascii("RIFF") + F.le32(body.count) + body
        let view = reader.view(of: webp, path: "a.webp")
        #expect(view.problems.isEmpty)
        #expect(view.partNames == ["EXIF", "XMP"])
        #expect(view.text(of: "EXIF")?.contains("王五 13712345678") == true)
        #expect(view.text(of: "XMP")?.contains("410829195603121234") == true)
    }

    @Test("ICO and BMP have no metadata: nothing to read, nothing wrong")
    func plainImages() {
        let ico: [UInt8] = [0, 0, 1, 0, 1, 0] + [UInt8](repeating: 0, count: 40)
        #expect(reader.view(of: ico, path: "favicon.ico") == ReaderView())
        let bmp = F.ascii("BM") + F.le32(30) + [UInt8](repeating: 0, count: 24)
        #expect(reader.view(of: bmp, path: "a.bmp") == ReaderView())
    }

    // MARK: Seen in real files

    @Test("PNG: ImageMagick's hex \"Raw profile type exif\" is decoded and read as EXIF")
    func rawProfile() throws {
        let exif = F.ascii("Exif\u{0}\u{0}") + F.tiff(main: [.ascii(0x013B, "摄影 张三丰")])
        let hex = exif.map { String(format: "%02x", $0) }.joined()
        let lines = stride(from: 0, to: hex.count, by: 72).map { start -> String in
            let from = hex.index(hex.startIndex, offsetBy: start)
            return String(hex[from..<(hex.index(from, offsetBy: 72, limitedBy: hex.endIndex) ?? hex.endIndex)])
        }
        let body = "\nexif\n    \(exif.count)\n" + lines.joined(separator: "\n") + "\n"
        let png = F.png([F.pngChunk("zTXt", F.ascii("Raw profile type exif\u{0}") + [0] + F.zlibStored(F.ascii(body)))])
        let view = reader.view(of: png, path: "a.png")
        #expect(view.problems.isEmpty)
        #expect(view.partNames == ["EXIF"])
        #expect(view.text(of: "EXIF") == "摄影 张三丰")
    }

    @Test("ICO: PNG images inside are read as PNG, under any extension")
    func iconWithPNG() {
        let png = F.png([F.pngChunk("tEXt", F.ascii("Comment\u{0}13912345678"))])
        let ico: [UInt8] = [0, 0, 1, 0] + F.le16(1) + [16, 16, 0, 0] + F.le16(1) + F.le16(32) + F.le32(png.count) + F.le32(22) + png
        let view = reader.view(of: ico, path: "static/favicon.png")
        #expect(view.problems.isEmpty)
        #expect(view.partNames == ["PNG tEXt"])
        #expect(view.text(of: "PNG tEXt") == "Comment\n13912345678")
    }

    @Test("GIF without its trailer byte, TIFF without the last next-directory pointer: still read")
    func lenientEnds() {
        let comment = Array("13812345678".utf8)
        let gif = F.ascii("GIF89a") + F.le16(1) + F.le16(1) + [0, 0, 0] + [0x21, 0xFE, UInt8(comment.count)] + comment + [0]
        #expect(reader.view(of: gif, path: "a.gif").partNames == ["GIF comment"])
        var tiff = F.tiff(main: [F.TIFFEntry(tag: 0x0112, type: 3, count: 1, value: F.le16(1))],
                          exif: [F.TIFFEntry(tag: 0xA420, type: 2, count: 4, value: F.ascii("abc\u{0}"))])
        tiff.removeLast(4)  // the EXIF directory's (unused) next pointer
        let png = F.png([F.pngChunk("eXIf", tiff)])
        let view = reader.view(of: png, path: "a.png")
        #expect(view.problems.isEmpty)
        #expect(view.text(of: "EXIF") == "abc")
    }
}
