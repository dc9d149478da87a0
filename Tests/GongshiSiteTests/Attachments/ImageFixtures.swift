import Foundation

/// Small real images for the attachment tests, and the metadata a camera writes into them.
enum ImageFixtures {
    /// A 24 × 12 JPEG that Chromium encoded (JFIF, an ICC profile, no EXIF).
    static let jpeg: [UInt8] = Array(Data(base64Encoded: "/9j/4AAQSkZJRgABAQAAAQABAAD/4gHYSUNDX1BST0ZJTEUAAQEAAAHIAAAAAAQwAABtbnRyUkdCIFhZWiAH4AABAAEAAAAAAABhY3NwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAA9tYAAQAAAADTLQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAlkZXNjAAAA8AAAACRyWFlaAAABFAAAABRnWFlaAAABKAAAABRiWFlaAAABPAAAABR3dHB0AAABUAAAABRyVFJDAAABZAAAAChnVFJDAAABZAAAAChiVFJDAAABZAAAAChjcHJ0AAABjAAAADxtbHVjAAAAAAAAAAEAAAAMZW5VUwAAAAgAAAAcAHMAUgBHAEJYWVogAAAAAAAAb6IAADj1AAADkFhZWiAAAAAAAABimQAAt4UAABjaWFlaIAAAAAAAACSgAAAPhAAAts9YWVogAAAAAAAA9tYAAQAAAADTLXBhcmEAAAAAAAQAAAACZmYAAPKnAAANWQAAE9AAAApbAAAAAAAAAABtbHVjAAAAAAAAAAEAAAAMZW5VUwAAACAAAAAcAEcAbwBvAGcAbABlACAASQBuAGMALgAgADIAMAAxADb/2wBDAA0JCgsKCA0LCgsODg0PEyAVExISEyccHhcgLikxMC4pLSwzOko+MzZGNywtQFdBRkxOUlNSMj5aYVpQYEpRUk//2wBDAQ4ODhMREyYVFSZPNS01T09PT09PT09PT09PT09PT09PT09PT09PT09PT09PT09PT09PT09PT09PT09PT09PT0//wAARCAAMABgDASIAAhEBAxEB/8QAGAABAAMBAAAAAAAAAAAAAAAAAAECAwX/xAAfEAACAgICAwEAAAAAAAAAAAABAgADBBEFMRIhYSL/xAAXAQADAQAAAAAAAAAAAAAAAAACAwUG/8QAFxEBAQEBAAAAAAAAAAAAAAAAAQACIf/aAAwDAQACEQMRAD8AvxPGUZuM1tr2Bg5X8ka6Hz7Obk1irKtqUkqjlRvv0YryL6l8arrEUnelYgTNmLMWYksTsk9mSMY2bVeWlBFVoiIjor//2Q==") ?? Data())

    static func be16(_ value: Int) -> [UInt8] { [UInt8(value >> 8 & 0xFF), UInt8(value & 0xFF)] }
    static func be32(_ value: Int) -> [UInt8] { be16(value >> 16) + be16(value & 0xFFFF) }
    static func le32(_ value: Int) -> [UInt8] { be32(value).reversed() }

    /// An APP1 EXIF segment as a phone writes it: orientation, camera owner, and a GPS IFD with
    /// latitude and longitude (big-endian TIFF).
    static func exifSegment(orientation: Int, owner: String = "Zhang San 13912345678") -> [UInt8] {
        let ownerBytes = Array(owner.utf8) + [0]
        // IFD0 at 8: 3 entries (orientation, owner name 0xA430 written as ASCII, GPS pointer).
        let ifd0Size = 2 + 3 * 12 + 4
        let ownerAt = 8 + ifd0Size
        let gpsAt = ownerAt + ownerBytes.count
        var tiff: [UInt8] = [0x4D, 0x4D, 0x00, 0x2A] + be32(8)
        tiff += be16(3)
        tiff += be16(0x0112) + be16(3) + be32(1) + be16(orientation) + be16(0)
        tiff += be16(0xA430) + be16(2) + be32(ownerBytes.count) + be32(ownerAt)
        tiff += be16(0x8825) + be16(4) + be32(1) + be32(gpsAt)
        tiff += be32(0)
        tiff += ownerBytes
        // GPS IFD: latitude ref N, latitude 35/1 15/1 30/1 (three rationals after the IFD).
        let gpsIFDSize = 2 + 2 * 12 + 4
        let rationalsAt = gpsAt + gpsIFDSize
        tiff += be16(2)
        tiff += be16(0x0001) + be16(2) + be32(2) + [0x4E, 0x00, 0x00, 0x00]
        tiff += be16(0x0002) + be16(5) + be32(3) + be32(rationalsAt)
        tiff += be32(0)
        for value in [35, 15, 30] { tiff += be32(value) + be32(1) }
        let payload = Array("Exif\u{0}\u{0}".utf8) + tiff
        return [0xFF, 0xE1] + be16(payload.count + 2) + payload
    }

    /// `jpeg` with `segments` right after its JFIF block.
    static func jpeg(inserting segments: [UInt8]) -> [UInt8] {
        let jfifEnd = 2 + 2 + (Int(jpeg[4]) << 8 | Int(jpeg[5]))
        return Array(jpeg[0..<jfifEnd]) + segments + Array(jpeg[jfifEnd...])
    }

    static func crc32(_ bytes: [UInt8]) -> UInt32 {
        var crc: UInt32 = 0xFFFF_FFFF
        for byte in bytes {
            crc ^= UInt32(byte)
            for _ in 0..<8 { crc = crc & 1 == 1 ? (crc >> 1) ^ 0xEDB8_8320 : crc >> 1 }
        }
        return ~crc
    }

    static func pngChunk(_ type: String, _ data: [UInt8]) -> [UInt8] {
        let body = Array(type.utf8) + data
        return be32(data.count) + body + be32(Int(crc32(body)))
    }

    /// A 3 × 2 grey PNG (stored, not compressed, zlib) with `extra` chunks before its data.
    static func png(extra: [[UInt8]] = []) -> [UInt8] {
        let raw: [UInt8] = [0, 0x80, 0x80, 0x80, 0, 0x80, 0x80, 0x80]
        var zlib: [UInt8] = [0x78, 0x01, 0x01] + [UInt8(raw.count & 0xFF), UInt8(raw.count >> 8)]
            + [UInt8(~raw.count & 0xFF), UInt8((~raw.count >> 8) & 0xFF)] + raw
        var adlerA: UInt32 = 1, adlerB: UInt32 = 0
        for byte in raw {
            adlerA = (adlerA + UInt32(byte)) % 65521
            adlerB = (adlerB + adlerA) % 65521
        }
        zlib += be32(Int(adlerB << 16 | adlerA))
        var out: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
        out += pngChunk("IHDR", be32(3) + be32(2) + [8, 0, 0, 0, 0])
        for chunk in extra { out += chunk }
        out += pngChunk("IDAT", zlib)
        out += pngChunk("IEND", [])
        return out
    }

    /// A one-page PDF whose text is `text` (Helvetica, uncompressed), which pdftotext reads.
    static func pdf(text: String) -> [UInt8] {
        let content = "BT /F1 12 Tf 20 100 Td (\(text)) Tj ET"
        let objects = [
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 400 144] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
            "<< /Length \(content.utf8.count) >>\nstream\n\(content)\nendstream",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
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
        out += "trailer\n<< /Size \(objects.count + 1) /Root 1 0 R >>\nstartxref\n\(xref)\n%%EOF\n"
        return Array(out.utf8)
    }
}
