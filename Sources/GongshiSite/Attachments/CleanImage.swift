/// An image made fit to publish: its bytes without the metadata a camera or editor wrote (EXIF
/// with GPS position and device serials, XMP, IPTC, comments, PNG text chunks), and its size in
/// pixels as a browser shows it (for `width` and `height` on its `<img>`).
///
/// Only the blocks a decoder needs are kept, each type by a list, and everything else is dropped:
/// JPEG keeps its tables, frame and scan headers, a JFIF header without its thumbnail, an ICC
/// profile and Adobe's colour transform (no EXIF, XMP, IPTC, makers' blocks, comments, `MPF`, and
/// nothing after the end of the image); PNG its four critical chunks (an unknown critical chunk
/// is refused) and those of colour, transparency and animation; WebP its picture, alpha,
/// animation and ICC chunks, inside animation frames too; GIF its pictures, graphic controls and
/// a canonical loop count. A JPEG's orientation is kept (in an EXIF block of that one value), so a
/// photo taken upright stays upright. An image whose structure cannot be followed is refused:
/// what cannot be read cannot be cleaned.
struct CleanImage: Sendable, Equatable {
    let bytes: [UInt8]
    let width: Int
    let height: Int

    struct Failure: Error, Equatable {
        /// The type's name for the message (`JPEG`).
        let type: String
        let reason: String
    }

    static let malformed = "文件结构无法识别"
    static let truncated = "文件不完整"

    /// Whether `bytes` are a JPEG, PNG, GIF or WebP by their signature.
    static func isCleanable(_ bytes: [UInt8]) -> Bool {
        bytes.starts(with: [0xFF, 0xD8, 0xFF]) || bytes.starts(with: PNGCleaner.signature)
            || bytes.starts(with: Array("GIF87a".utf8)) || bytes.starts(with: Array("GIF89a".utf8))
            || bytes.count >= 12 && bytes.starts(with: Array("RIFF".utf8)) && Array(bytes[8..<12]) == Array("WEBP".utf8)
    }

    /// `bytes` cleaned, by their signature (the extension only names the type in a message).
    static func clean(_ bytes: [UInt8], extension ext: String) throws(Failure) -> CleanImage {
        if bytes.starts(with: [0xFF, 0xD8, 0xFF]) { return try JPEGCleaner.clean(bytes) }
        if bytes.starts(with: PNGCleaner.signature) { return try PNGCleaner.clean(bytes) }
        if bytes.starts(with: Array("GIF87a".utf8)) || bytes.starts(with: Array("GIF89a".utf8)) { return try GIFCleaner.clean(bytes) }
        if bytes.count >= 12, bytes.starts(with: Array("RIFF".utf8)), Array(bytes[8..<12]) == Array("WEBP".utf8) {
            return try WebPCleaner.clean(bytes)
        }
        throw Failure(type: ext.uppercased(), reason: "内容不是 \(ext.uppercased()) 图片")
    }
}

/// Big- and little-endian reads that never index past the end.
enum ImageBytes {
    static func be16(_ b: [UInt8], _ i: Int) -> Int? {
        i >= 0 && i + 2 <= b.count ? Int(b[i]) << 8 | Int(b[i + 1]) : nil
    }
    static func be32(_ b: [UInt8], _ i: Int) -> Int? {
        guard let high = be16(b, i), let low = be16(b, i + 2) else { return nil }
        return high << 16 | low
    }
    static func le16(_ b: [UInt8], _ i: Int) -> Int? {
        i >= 0 && i + 2 <= b.count ? Int(b[i]) | Int(b[i + 1]) << 8 : nil
    }
    static func le24(_ b: [UInt8], _ i: Int) -> Int? {
        guard let low = le16(b, i), i + 3 <= b.count else { return nil }
        return low | Int(b[i + 2]) << 16
    }
    static func le32(_ b: [UInt8], _ i: Int) -> Int? {
        guard let low = le16(b, i), let high = le16(b, i + 2) else { return nil }
        return low | high << 16
    }
    static func appendLE32(_ value: Int, to out: inout [UInt8]) {
        for shift in stride(from: 0, to: 32, by: 8) { out.append(UInt8(truncatingIfNeeded: value >> shift)) }
    }
    static func appendBE32(_ value: Int, to out: inout [UInt8]) {
        for shift in stride(from: 24, through: 0, by: -8) { out.append(UInt8(truncatingIfNeeded: value >> shift)) }
    }
}
