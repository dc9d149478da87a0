import Foundation
import Testing
@testable import GongshiCore
@testable import GongshiSite

/// `CleanImage`: what each image type keeps and drops, its size, and what it refuses.
@Suite struct CleanImageTests {
    typealias F = ImageFixtures

    @Test func pngKeepsColourAndDropsTextTimeAndPrivateChunks() throws {
        let colour = F.pngChunk("gAMA", F.be32(45455))
        let dirty = F.png(extra: [
            colour, F.pngChunk("tEXt", Array("Comment\u{0}13912345678".utf8)), F.pngChunk("iTXt", Array("XML:com.adobe.xmp\u{0}\u{0}\u{0}\u{0}\u{0}<x/>".utf8)),
            F.pngChunk("eXIf", [0x4D, 0x4D, 0, 0x2A]), F.pngChunk("prVt", [1, 2, 3]),
        ]) + Array("trailing bytes 13912345678".utf8)
        let clean = try CleanImage.clean(dirty, extension: "png")
        #expect(clean.bytes == F.png(extra: [colour]))
        #expect(clean.width == 3 && clean.height == 2)
        // The number was in the dirty file, as the output scan reads it, and is not in the clean one.
        #expect(!OutputPrivacyGate.scan([OutputFile(path: "a.png", bytes: dirty)], context: PrivacyContext(), reviewedFiles: []).isEmpty)
        #expect(OutputPrivacyGate.scan([OutputFile(path: "a.png", bytes: clean.bytes)], context: PrivacyContext(), reviewedFiles: []).isEmpty)
    }

    @Test func webpLosesItsExifAndXMPAndTheirFlags() throws {
        // VP8X (flags: EXIF 0x08, XMP 0x04), a lossless VP8L picture of 5 × 4, EXIF and XMP chunks.
        func chunk(_ type: String, _ data: [UInt8]) -> [UInt8] {
            Array(type.utf8) + F.le32(data.count) + data + (data.count % 2 == 1 ? [0] : [])
        }
        let vp8x = chunk("VP8X", [0x0C, 0, 0, 0, 4, 0, 0, 3, 0, 0])
        let bits = (5 - 1) | (4 - 1) << 14
        let vp8l = chunk("VP8L", [0x2F] + F.le32(bits) + [0, 0, 0])
        let exif = chunk("EXIF", Array("MM\u{0}*GPS 13912345678".utf8))
        let xmp = chunk("XMP ", Array("<x:xmpmeta>张三</x:xmpmeta>".utf8))
        func riff(_ chunks: [[UInt8]]) -> [UInt8] {
            let body = chunks.flatMap { $0 }
            return Array("RIFF".utf8) + F.le32(body.count + 4) + Array("WEBP".utf8) + body
        }
        let clean = try CleanImage.clean(riff([vp8x, vp8l, exif, xmp]), extension: "webp")
        var flagsCleared = vp8x
        flagsCleared[8] = 0
        #expect(clean.bytes == riff([flagsCleared, vp8l]))
        #expect(clean.width == 5 && clean.height == 4)  // the canvas VP8X gives
    }

    @Test func gifKeepsTheLoopAndDropsCommentsAndXMP() throws {
        let header = Array("GIF89a".utf8) + [4, 0, 2, 0, 0x80, 0, 0] + [0, 0, 0, 255, 255, 255]
        let loop: [UInt8] = [0x21, 0xFF, 11] + Array("NETSCAPE2.0".utf8) + [3, 1, 0, 0, 0]
        let comment: [UInt8] = [0x21, 0xFE, 11] + Array("13912345678".utf8) + [0]
        let xmp: [UInt8] = [0x21, 0xFF, 11] + Array("XMP DataXMP".utf8) + [4] + Array("张".utf8) + [0x20, 0]
        let image: [UInt8] = [0x2C, 0, 0, 0, 0, 4, 0, 2, 0, 0, 2, 2, 0x4C, 0x01, 0]
        let clean = try CleanImage.clean(header + loop + comment + xmp + image + [0x3B], extension: "gif")
        #expect(clean.bytes == header + loop + image + [0x3B])
        #expect(clean.width == 4 && clean.height == 2)
    }

    @Test func whatCannotBeFollowedIsRefused() {
        let cases: [([UInt8], String, CleanImage.Failure)] = [
            (Array(F.jpeg.prefix(200)), "jpg", .init(type: "JPEG", reason: CleanImage.truncated)),
            (Array(F.png().dropLast(12)), "png", .init(type: "PNG", reason: CleanImage.truncated)),
            (Array("GIF89a".utf8) + [1, 0, 1, 0, 0, 0, 0, 0x99], "gif", .init(type: "GIF", reason: CleanImage.malformed)),
            (Array("not a picture".utf8), "jpeg", .init(type: "JPEG", reason: "内容不是 JPEG 图片")),
        ]
        for (bytes, ext, expected) in cases {
            #expect(throws: expected) { try CleanImage.clean(bytes, extension: ext) }
        }
    }

    @Test func onlyWhatADecoderNeedsIsKept() throws {
        // A JFIF header with a thumbnail, a JFXX, a comment, a maker's APP9 and an unknown marker.
        let jfifEnd = 2 + 2 + (Int(F.jpeg[4]) << 8 | Int(F.jpeg[5]))
        let thumb: [UInt8] = Array("JFIF\u{0}".utf8) + [1, 1, 0, 0, 1, 0, 1, 2, 1] + [0x11, 0x22, 0x33, 0x44, 0x55, 0x66]
        let jfxx: [UInt8] = Array("JFXX\u{0}".utf8) + [0x13, 1, 2, 3]
        func segment(_ marker: UInt8, _ payload: [UInt8]) -> [UInt8] { [0xFF, marker] + F.be16(payload.count + 2) + payload }
        let dirty = [0xFF, 0xD8] + segment(0xE0, thumb) + segment(0xE0, jfxx) + segment(0xFE, Array("13912345678".utf8))
            + segment(0xE9, [1, 2, 3]) + segment(0xF1, [4, 5]) + Array(F.jpeg[jfifEnd...])
        let clean = try CleanImage.clean(dirty, extension: "jpg")
        #expect(clean.bytes == [0xFF, 0xD8, 0xFF, 0xE0, 0, 16] + thumb.prefix(12) + [0, 0] + Array(F.jpeg[jfifEnd...]))
        // A PNG with a critical chunk no decoder knows is not vouched for.
        #expect(throws: CleanImage.Failure(type: "PNG", reason: CleanImage.malformed)) {
            try CleanImage.clean(F.png(extra: [F.pngChunk("ZZZZ", [1])]), extension: "png")
        }
    }
}
