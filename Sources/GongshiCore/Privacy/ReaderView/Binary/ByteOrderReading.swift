/// Byte order of a binary structure (TIFF says which in its header; PNG, JPEG and fonts are
/// big-endian; ZIP, RIFF and GIF are little-endian).
package enum ByteOrder: Sendable {
    case big, little
}

/// Bounds-checked reads of a published binary file: every read of untrusted bytes returns nil
/// instead of trapping when the structure points outside the file.
extension Array where Element == UInt8 {
    /// `offset..<offset+count` when it lies inside the array (and neither is negative).
    func span(at offset: Int, count: Int) -> Range<Int>? {
        guard offset >= 0, count >= 0, offset <= self.count, count <= self.count - offset else { return nil }
        return offset..<(offset + count)
    }

    func byte(at offset: Int) -> Int? {
        guard offset >= 0, offset < count else { return nil }
        return Int(self[offset])
    }

    func uint16(at offset: Int, _ order: ByteOrder) -> Int? {
        guard let b0 = byte(at: offset), let b1 = byte(at: offset + 1) else { return nil }
        return order == .big ? b0 << 8 | b1 : b1 << 8 | b0
    }

    func uint32(at offset: Int, _ order: ByteOrder) -> Int? {
        guard let high = uint16(at: order == .big ? offset : offset + 2, order),
              let low = uint16(at: order == .big ? offset + 2 : offset, order)
        else { return nil }
        return high << 16 | low
    }

    /// Whether `signature` appears at `offset`.
    func has(_ signature: [UInt8], at offset: Int = 0) -> Bool {
        guard let range = span(at: offset, count: signature.count) else { return false }
        return self[range].elementsEqual(signature)
    }

    /// Whether the ASCII text appears at `offset` (a four-character code, a magic string).
    func has(ascii: String, at offset: Int = 0) -> Bool {
        has(Array(ascii.utf8), at: offset)
    }

    /// First index of `needle` in `range`, or nil.
    func firstIndex(of needle: [UInt8], in range: Range<Int>) -> Int? {
        guard let first = needle.first, needle.count <= range.count else { return nil }
        var index = range.lowerBound
        let last = range.upperBound - needle.count
        while index <= last {
            if self[index] == first, self[index..<(index + needle.count)].elementsEqual(needle) { return index }
            index += 1
        }
        return nil
    }

    /// Last index of `needle` in `range`, or nil.
    func lastIndex(of needle: [UInt8], in range: Range<Int>) -> Int? {
        guard needle.count <= range.count else { return nil }
        var index = range.upperBound - needle.count
        while index >= range.lowerBound {
            if self[index..<(index + needle.count)].elementsEqual(needle) { return index }
            index -= 1
        }
        return nil
    }
}
