/// Appends the fields of the load cache (`LoadMemory+Bytes`): variable-length integers (LEB128,
/// signed ones zigzagged), length-prefixed UTF-8, digests as their 32 raw bytes. Rows are mostly
/// small numbers and short texts, so this keeps a city's 538,000 households to a few bytes each.
package struct MemoryByteWriter {
    package private(set) var bytes: [UInt8] = []

    package init() {}

    /// Empties the writer and keeps its storage (a scratch buffer used once per file).
    package mutating func removeAll() { bytes.removeAll(keepingCapacity: true) }

    package mutating func reserve(_ capacity: Int) { bytes.reserveCapacity(capacity) }

    package mutating func unsigned(_ value: UInt64) {
        var rest = value
        while rest >= 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: rest) | 0x80)
            rest >>= 7
        }
        bytes.append(UInt8(truncatingIfNeeded: rest))
    }

    package mutating func signed(_ value: Int64) {
        unsigned(UInt64(bitPattern: (value << 1) ^ (value >> 63)))
    }

    package mutating func count(_ value: Int) { unsigned(UInt64(max(0, value))) }

    package mutating func word(_ value: UInt64) {
        withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
    }

    package mutating func text(_ value: String) {
        var value = value
        value.withUTF8 { utf8 in
            count(utf8.count)
            bytes.append(contentsOf: utf8)
        }
    }

    package mutating func optionalText(_ value: String?) {
        if let value {
            bytes.append(1)
            text(value)
        } else {
            bytes.append(0)
        }
    }

    package mutating func byte(_ value: UInt8) { bytes.append(value) }

    /// A lowercase hex SHA-256 as 32 bytes (anything else as 32 zero bytes, never read as a match).
    package mutating func digest(_ hex: String) {
        let digits = Array(hex.utf8)
        guard digits.count == 64, digits.allSatisfy(Self.isHexDigit) else {
            bytes.append(contentsOf: repeatElement(0, count: 32))
            return
        }
        for pair in stride(from: 0, to: 64, by: 2) {
            bytes.append((Self.value(digits[pair]) << 4) | Self.value(digits[pair + 1]))
        }
    }

    package mutating func raw(_ value: some Sequence<UInt8>) { bytes.append(contentsOf: value) }

    private static func isHexDigit(_ digit: UInt8) -> Bool {
        (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(digit) || (UInt8(ascii: "a")...UInt8(ascii: "f")).contains(digit)
    }

    private static func value(_ digit: UInt8) -> UInt8 {
        digit <= UInt8(ascii: "9") ? digit - UInt8(ascii: "0") : digit - UInt8(ascii: "a") + 10
    }
}

/// Reads what `MemoryByteWriter` wrote. Every read fails (nil) past the end or on a value out of
/// range, so a cut or altered file is never read as a shorter or different memory.
package struct MemoryByteReader {
    private let bytes: [UInt8]
    package private(set) var offset: Int
    private let end: Int

    package init(_ bytes: [UInt8], from offset: Int = 0, to end: Int? = nil) {
        self.bytes = bytes
        self.offset = offset
        self.end = min(end ?? bytes.count, bytes.count)
    }

    package var isAtEnd: Bool { offset == end }

    /// A reader of `start..<end` of the same bytes (clamped to this reader's end), not copied.
    package func part(from start: Int, to end: Int) -> MemoryByteReader {
        MemoryByteReader(bytes, from: max(0, min(start, self.end)), to: min(end, self.end))
    }

    package mutating func unsigned() -> UInt64? {
        var value: UInt64 = 0
        var shift: UInt64 = 0
        while offset < end, shift < 64 {
            let byte = bytes[offset]
            offset += 1
            value |= UInt64(byte & 0x7F) << shift
            if byte < 0x80 { return value }
            shift += 7
        }
        return nil
    }

    package mutating func signed() -> Int64? {
        guard let raw = unsigned() else { return nil }
        return Int64(bitPattern: raw >> 1) ^ -Int64(bitPattern: raw & 1)
    }

    /// A count of at most `limit`.
    package mutating func count(limit: Int = 1 << 30) -> Int? {
        guard let raw = unsigned(), raw <= UInt64(limit) else { return nil }
        return Int(raw)
    }

    package mutating func word() -> UInt64? {
        guard end - offset >= 8 else { return nil }
        var value: UInt64 = 0
        for index in 0..<8 { value |= UInt64(bytes[offset + index]) << (8 * UInt64(index)) }
        offset += 8
        return value
    }

    package mutating func byte() -> UInt8? {
        guard offset < end else { return nil }
        defer { offset += 1 }
        return bytes[offset]
    }

    /// Valid UTF-8 of at most `limit` bytes, or nil.
    package mutating func text(limit: Int = 1 << 24) -> String? {
        guard let count = count(limit: limit), end - offset >= count else { return nil }
        let value = Self.string(bytes, offset..<offset + count)
        offset += count
        return value
    }

    /// Valid UTF-8 at `range` of `bytes` as a string, or nil. Decoded (which repairs) and then
    /// compared with the bytes by `memcmp`: `String(validating:)` looked up generic metadata on
    /// every call, a third of the time a city's load cache (2 million texts) took to decode.
    package static func string(_ bytes: [UInt8], _ range: Range<Int>) -> String? {
        bytes.withUnsafeBufferPointer { whole in
            let utf8 = UnsafeBufferPointer(rebasing: whole[range])
            let text = String(decoding: utf8, as: UTF8.self)
            return text.utf8Equals(utf8) ? text : nil
        }
    }

    /// `.some(nil)` for an absent text, nil for a read that failed.
    package mutating func optionalText() -> String?? {
        switch byte() {
        case 0: return .some(nil)
        case 1: return text().map { .some($0) }
        default: return nil
        }
    }

    /// The next `count` bytes, as they are (not consumed), when there are that many.
    package func peek(_ count: Int) -> ArraySlice<UInt8>? {
        end - offset >= count ? bytes[offset..<offset + count] : nil
    }

    /// The next `count` bytes as valid UTF-8 (not consumed), or nil.
    package func peekText(_ count: Int) -> String? {
        end - offset >= count ? Self.string(bytes, offset..<offset + count) : nil
    }

    package mutating func skip(_ count: Int) { offset = min(end, offset + count) }

    /// 32 bytes as lowercase hex.
    package mutating func digest() -> String? {
        guard end - offset >= 32 else { return nil }
        let text = SHA256.hex(bytes[offset..<offset + 32])
        offset += 32
        return text
    }
}
