import GongshiCore

/// Appends the fields of the build cache file (little-endian integers, length-prefixed UTF-8,
/// digests as their 32 raw bytes): a compact form that a city's 80,000 entries read back in a few
/// milliseconds, where a text form took most of a second to split and parse.
struct CacheByteWriter {
    private(set) var bytes: [UInt8] = []

    mutating func integer<T: FixedWidthInteger>(_ value: T) {
        withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
    }

    mutating func text(_ value: String) {
        integer(UInt32(value.utf8.count))
        bytes.append(contentsOf: value.utf8)
    }

    /// A lowercase hex SHA-256 as 32 bytes (anything else as 32 zero bytes, never read as a match).
    /// Read in place from the string's UTF-8 (no copy per digest: a city's cache holds 140,000).
    mutating func digest(_ hex: String) {
        var hex = hex
        let written: Bool = hex.withUTF8 { digits in
            guard digits.count == 64 else { return false }
            for pair in stride(from: 0, to: 64, by: 2) {
                bytes.append((Self.value(digits[pair]) << 4) | Self.value(digits[pair + 1]))
            }
            return true
        }
        if !written { bytes.append(contentsOf: repeatElement(0, count: 32)) }
    }

    mutating func raw(_ value: [UInt8]) { bytes.append(contentsOf: value) }

    /// A digest's 32 bytes.
    mutating func digest32(_ value: Digest32) {
        value.withBytes { bytes.append(contentsOf: $0) }
    }

    /// Empties the bytes, keeping their room (the piece just handed over is written).
    mutating func removeAll() { bytes.removeAll(keepingCapacity: true) }

    /// Room for `count` more bytes, so a 10 MB cache is not copied as it grows.
    mutating func reserve(_ count: Int) { bytes.reserveCapacity(bytes.count + count) }

    private static func value(_ digit: UInt8) -> UInt8 {
        switch digit {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return digit - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return digit - UInt8(ascii: "a") + 10
        default: return 0
        }
    }
}

/// Reads what `CacheByteWriter` wrote; every read fails (nil) past the end, so a truncated file is
/// never read as a shorter cache.
struct CacheByteReader {
    private let bytes: [UInt8]
    private(set) var offset: Int
    /// Where reading stops (the cache's trailing digest is not read as fields).
    private let end: Int

    /// Reads `bytes` from `offset` up to `end` (all of it when nil), without copying them.
    init(_ bytes: [UInt8], from offset: Int = 0, end: Int? = nil) {
        self.bytes = bytes
        self.offset = offset
        self.end = min(end ?? bytes.count, bytes.count)
    }

    var isAtEnd: Bool { offset == end }

    /// Bytes left to read.
    var remaining: Int { end - offset }

    mutating func integer<T: FixedWidthInteger>(_ type: T.Type) -> T? {
        let size = MemoryLayout<T>.size
        guard end - offset >= size else { return nil }
        var value: T = 0
        withUnsafeMutableBytes(of: &value) { target in
            bytes.withUnsafeBytes { source in
                target.copyMemory(from: UnsafeRawBufferPointer(rebasing: source[offset..<offset + size]))
            }
        }
        offset += size
        return T(littleEndian: value)
    }

    /// Valid UTF-8 of at most `limit` bytes, or nil.
    mutating func text(limit: Int = 4096) -> String? {
        guard let count = integer(UInt32.self).map(Int.init), count <= limit, end - offset >= count else { return nil }
        let value = MemoryByteReader.string(bytes, offset..<offset + count)
        offset += count
        return value
    }

    /// A safe relative path (`ManifestPath.isSafeRelative`: no empty, `.` or `..` segment, not
    /// absolute), checked on the bytes before a string is made.
    mutating func relativePath() -> String? {
        let start = offset
        guard let count = integer(UInt32.self).map(Int.init), count > 0, count <= 4096, end - offset >= count else {
            offset = start
            return nil
        }
        let slash = UInt8(ascii: "/"), dot = UInt8(ascii: ".")
        var segmentStart = offset
        for position in offset...(offset + count) {
            guard position == offset + count || bytes[position] == slash else { continue }
            let length = position - segmentStart
            if length == 0 { return nil }
            if length <= 2, bytes[segmentStart] == dot, length == 1 || bytes[segmentStart + 1] == dot { return nil }
            segmentStart = position + 1
        }
        let value = MemoryByteReader.string(bytes, offset..<offset + count)
        offset += count
        return value
    }

    /// 32 bytes as they are.
    mutating func digest32() -> Digest32? {
        guard end - offset >= 32, let value = Digest32(bytes[offset..<offset + 32]) else { return nil }
        offset += 32
        return value
    }

    /// 32 bytes as lowercase hex.
    mutating func digest() -> String? {
        guard end - offset >= 32 else { return nil }
        let text = SHA256.hex(bytes[offset..<offset + 32])
        offset += 32
        return text
    }
}
