import Foundation
@testable import GongshiCore

/// Builders for the tiny binary files the binary-reader tests plant private values in: PNG
/// chunks, TIFF/EXIF directories, JPEG segments, font tables. Compression goes through python3's
/// zlib and zipfile (python3 is on every machine that runs the tests).
enum BinaryFixtures {
    static func be16(_ value: Int) -> [UInt8] { [UInt8(value >> 8 & 0xFF), UInt8(value & 0xFF)] }
    static func be32(_ value: Int) -> [UInt8] { be16(value >> 16) + be16(value & 0xFFFF) }
    static func le16(_ value: Int) -> [UInt8] { be16(value).reversed() }
    static func le32(_ value: Int) -> [UInt8] { be32(value).reversed() }
    static func ascii(_ text: String) -> [UInt8] { Array(text.utf8) }
    static func utf16LE(_ text: String) -> [UInt8] { text.utf16.flatMap { le16(Int($0)) } }
    static func utf16BE(_ text: String) -> [UInt8] { text.utf16.flatMap { be16(Int($0)) } }

    static func crc32(_ bytes: [UInt8]) -> UInt32 {
        var crc: UInt32 = 0xFFFF_FFFF
        for byte in bytes {
            crc ^= UInt32(byte)
            for _ in 0..<8 { crc = crc & 1 != 0 ? (crc >> 1) ^ 0xEDB8_8320 : crc >> 1 }
        }
        return ~crc
    }

    static func adler32(_ bytes: [UInt8]) -> UInt32 {
        var a: UInt32 = 1, b: UInt32 = 0
        for byte in bytes { a = (a + UInt32(byte)) % 65521; b = (b + a) % 65521 }
        return b << 16 | a
    }

    /// A zlib stream of one stored (uncompressed) deflate block: valid zlib, built by hand.
    static func zlibStored(_ data: [UInt8]) -> [UInt8] {
        [0x78, 0x01, 0x01] + le16(data.count) + le16(~data.count & 0xFFFF) + data + be32(Int(adler32(data)))
    }

    // MARK: PNG

    static func pngChunk(_ type: String, _ data: [UInt8]) -> [UInt8] {
        let body = ascii(type) + data
        return be32(data.count) + body + be32(Int(crc32(body)))
    }

    /// A 1×1 grey PNG with `chunks` between the header and the image data.
    static func png(_ chunks: [[UInt8]], trailer: [UInt8] = []) -> [UInt8] {
        let header = pngChunk("IHDR", be32(1) + be32(1) + [8, 0, 0, 0, 0])
        let data = pngChunk("IDAT", zlibStored([0, 0x80]))
        return [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] + header + chunks.flatMap { $0 } + data
            + pngChunk("IEND", []) + trailer
    }

    // MARK: TIFF / EXIF

    struct TIFFEntry {
        var tag: Int
        var type: Int
        var count: Int
        var value: [UInt8]

        static func ascii(_ tag: Int, _ text: String) -> TIFFEntry {
            let bytes = Array(text.utf8) + [0]
            return TIFFEntry(tag: tag, type: 2, count: bytes.count, value: bytes)
        }
    }

    /// A little-endian TIFF structure: IFD0 with `main`, and an EXIF IFD with `exif` when given.
    static func tiff(main: [TIFFEntry], exif: [TIFFEntry] = []) -> [UInt8] {
        var main = main
        if !exif.isEmpty { main.append(TIFFEntry(tag: 0x8769, type: 4, count: 1, value: [])) }
        let mainSize = 2 + main.count * 12 + 4
        let exifOffset = 8 + mainSize
        let exifSize = exif.isEmpty ? 0 : 2 + exif.count * 12 + 4
        var dataOffset = exifOffset + exifSize
        var data = [UInt8]()

        func directory(_ entries: [TIFFEntry]) -> [UInt8] {
            var out = le16(entries.count)
            for entry in entries {
                out += le16(entry.tag) + le16(entry.type) + le32(entry.count)
                if entry.tag == 0x8769 {
                    out += le32(exifOffset)
                } else if entry.value.count <= 4 {
                    out += entry.value + [UInt8](repeating: 0, count: 4 - entry.value.count)
                } else {
                    out += le32(dataOffset)
                    data += entry.value
                    if entry.value.count % 2 == 1 { data.append(0) }
                    dataOffset = exifOffset + exifSize + data.count
                }
            }
            return out + le32(0)
        }
        let first = directory(main)
        let second = exif.isEmpty ? [] : directory(exif)
        return ascii("II") + le16(42) + le32(8) + first + second + data
    }

    // MARK: JPEG

    static func jpegSegment(_ marker: UInt8, _ payload: [UInt8]) -> [UInt8] {
        [0xFF, marker] + be16(payload.count + 2) + payload
    }

    /// SOI, `segments`, a scan whose entropy-coded data holds `scanData`, EOI.
    static func jpeg(_ segments: [[UInt8]], scanData: [UInt8] = ascii("SCAN13900001111"), trailer: [UInt8] = []) -> [UInt8] {
        let scanHeader = jpegSegment(0xDA, [1, 1, 0, 0, 0x3F, 0])
        return [0xFF, 0xD8] + segments.flatMap { $0 } + scanHeader + scanData + [0xFF, 0x00, 0x12, 0xFF, 0xD0, 0x34]
            + [0xFF, 0xD9] + trailer
    }

    // MARK: Fonts

    /// A `name` table with one Windows (UTF-16BE) and one Macintosh (Roman) record.
    static func nameTable(windows: String, mac: [UInt8]) -> [UInt8] {
        let first = utf16BE(windows)
        let second = mac
        return be16(0) + be16(2) + be16(6 + 24)
            + be16(3) + be16(1) + be16(0x409) + be16(0) + be16(first.count) + be16(0)
            + be16(1) + be16(0) + be16(0) + be16(1) + be16(second.count) + be16(first.count)
            + first + second
    }

    /// A TrueType file whose only table is `name`.
    static func trueType(name: [UInt8]) -> [UInt8] {
        be32(0x0001_0000) + be16(1) + be16(16) + be16(0) + be16(0)
            + ascii("name") + be32(0) + be32(28) + be32(name.count) + name
    }

    /// A WOFF file whose only table is `name`, compressed with zlib.
    static func woff(name: [UInt8]) throws -> [UInt8] {
        let compressed = try deflate(name)
        let total = 44 + 20 + compressed.count
        return ascii("wOFF") + be32(0x0001_0000) + be32(total) + be16(1) + be16(0) + be32(12 + 16 + name.count)
            + be16(1) + be16(0) + be32(0) + be32(0) + be32(0) + be32(0) + be32(0)
            + ascii("name") + be32(64) + be32(compressed.count) + be32(name.count) + be32(0) + compressed
    }

    // MARK: PDF

    /// A one-page PDF showing `text` in Helvetica, with an Info dictionary (`info` is its body).
    static func pdf(text: String, info: String) -> [UInt8] {
        let content = "BT /F1 12 Tf 20 100 Td (\(text)) Tj ET"
        let objects = [
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 400 144] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
            "<< /Length \(content.utf8.count) >>\nstream\n\(content)\nendstream",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
            "<< \(info) >>",
        ]
        var out = "%PDF-1.4\n"
        var offsets = [Int]()
        for (index, body) in objects.enumerated() {
            offsets.append(out.utf8.count)
            out += "\(index + 1) 0 obj\n\(body)\nendobj\n"
        }
        let xref = out.utf8.count
        out += "xref\n0 \(objects.count + 1)\n0000000000 65535 f \n"
        for offset in offsets { out += String(format: "%010d 00000 n \n", offset) }
        out += "trailer\n<< /Size \(objects.count + 1) /Root 1 0 R /Info 6 0 R >>\nstartxref\n\(xref)\n%%EOF\n"
        return Array(out.utf8)
    }

    // MARK: python3

    /// zlib-compressed `data` (python3's zlib).
    static func deflate(_ data: [UInt8]) throws -> [UInt8] {
        try python("import sys, zlib; sys.stdout.buffer.write(zlib.compress(sys.stdin.buffer.read(), 9))", input: data)
    }

    /// A ZIP archive (deflated) of `entries`, written by python3's zipfile.
    static func zip(_ entries: [(name: String, bytes: [UInt8])]) throws -> [UInt8] {
        let list = entries.map { "(\(pythonString($0.name)), base64.b64decode('\(Data($0.bytes).base64EncodedString())'))" }
        let script = """
            import base64, io, sys, zipfile
            out = io.BytesIO()
            with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as archive:
                for name, data in [\(list.joined(separator: ", "))]:
                    archive.writestr(name, data)
            sys.stdout.buffer.write(out.getvalue())
            """
        return try python(script)
    }

    /// A DOCX-shaped archive whose `word/document.xml` inflates to `size` zero bytes, followed by
    /// `padding` random bytes stored uncompressed (to keep the file's ratio low).
    static func zipBomb(size: Int, padding: Int = 0) throws -> [UInt8] {
        let script = """
            import io, os, sys, zipfile
            out = io.BytesIO()
            with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as archive:
                archive.writestr('word/document.xml', bytes(\(size)))
                if \(padding):
                    archive.writestr('word/media/padding.bin', os.urandom(\(padding)), zipfile.ZIP_STORED)
            sys.stdout.buffer.write(out.getvalue())
            """
        return try python(script)
    }

    static func python(_ script: String, input: [UInt8] = []) throws -> [UInt8] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script]
        let stdin = Pipe()
        let stdout = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        try process.run()
        stdin.fileHandleForWriting.write(Data(input))
        try stdin.fileHandleForWriting.close()
        let output = stdout.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw FixtureError.pythonFailed }
        return Array(output)
    }

    enum FixtureError: Error { case pythonFailed }

    private static func pythonString(_ text: String) -> String {
        "'" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "'", with: "\\'") + "'"
    }
}

extension ReaderView {
    /// The part names of the texts, in order (nil written as "-").
    /// Part names in order, each once (an XML part gives two texts: its flow and its attributes).
    var partNames: [String] {
        var seen = Set<String>()
        return texts.map { $0.part ?? "-" }.filter { seen.insert($0).inserted }
    }

    /// The text of the part named `part` (the first one), boundaries written as line feeds.
    func text(of part: String) -> String? { texts.first { $0.part == part }?.shownWithBoundariesAsLineFeeds }

    var problemKinds: [ReaderViewProblem.Kind] { problems.map(\.kind) }
}
