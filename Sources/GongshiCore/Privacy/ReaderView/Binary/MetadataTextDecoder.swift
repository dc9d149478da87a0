import Foundation

/// Decodes a text value stored inside a binary file (an EXIF string, a PNG text chunk, a GIF
/// comment, a font name) into a `ReaderText`, with each scalar at its byte offset in the file.
///
/// Such values say little or nothing about their encoding, and Chinese tools write GBK where the
/// format says ASCII or Latin-1, so a value is read as UTF-8 when it is valid UTF-8, else as
/// GB18030 when it decodes as such, else as Latin-1: whatever a viewer would most likely show.
/// A NUL ends a value (C strings); other control characters are line breaks.
enum MetadataTextDecoder {
    static func appendLenient(_ bytes: [UInt8], _ range: Range<Int>, to text: inout ReaderText) {
        let slice = bytes[range]
        if String(validating: slice, as: UTF8.self) != nil {
            appendUTF8(bytes, range, to: &text)
        } else if let decoded = String(data: Data(slice), encoding: TextEncodingDetector.gb18030) {
            appendGB18030(decoded, bytes, range, to: &text)
        } else {
            for index in range { appendScalar(Unicode.Scalar(bytes[index]), at: index, to: &text) }
        }
    }

    /// Valid UTF-8 in `range` (invalid sequences are skipped).
    static func appendUTF8(_ bytes: [UInt8], _ range: Range<Int>, to text: inout ReaderText) {
        var index = range.lowerBound
        while index < range.upperBound {
            if let (scalar, length) = StrictUTF8.decode(bytes, at: index, end: range.upperBound) {
                appendScalar(scalar, at: index, to: &text)
                index += length
            } else {
                index += 1
            }
        }
    }

    /// UTF-16 code units in `range` (a BOM is dropped; unpaired surrogates are skipped).
    static func appendUTF16(_ bytes: [UInt8], _ range: Range<Int>, order: ByteOrder, to text: inout ReaderText) {
        var index = range.lowerBound
        var order = order
        if let unit = bytes.uint16(at: index, .big), range.count >= 2 {
            if unit == 0xFEFF { order = .big; index += 2 }
            else if unit == 0xFFFE { order = .little; index += 2 }
        }
        while index + 1 < range.upperBound {
            guard let unit = bytes.uint16(at: index, order) else { return }
            if (0xD800...0xDBFF).contains(unit), index + 3 < range.upperBound,
               let low = bytes.uint16(at: index + 2, order), (0xDC00...0xDFFF).contains(low),
               let scalar = Unicode.Scalar(UInt32(0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00))) {
                appendScalar(scalar, at: index, to: &text)
                index += 4
                continue
            }
            if let scalar = Unicode.Scalar(UInt32(unit)) { appendScalar(scalar, at: index, to: &text) }
            index += 2
        }
    }

    /// Mac Roman, as old Mac font name records are stored.
    static func appendMacRoman(_ bytes: [UInt8], _ range: Range<Int>, to text: inout ReaderText) {
        for index in range {
            let byte = bytes[index]
            let scalar = byte < 0x80 ? Unicode.Scalar(byte) : MacRoman.scalars[Int(byte) - 0x80]
            appendScalar(scalar, at: index, to: &text)
        }
    }

    /// One decoded scalar: NUL becomes a wall (the end of a C string), other controls a boundary.
    static func appendScalar(_ scalar: Unicode.Scalar, at offset: Int, to text: inout ReaderText) {
        switch scalar.value {
        case 0: text.appendWall(at: offset)
        case 0x01...0x08, 0x0A...0x1F, 0x7F...0x9F: text.appendBoundary(at: offset)
        default: text.append(scalar, at: offset)
        }
    }

    /// GB18030 decoded by Foundation; offsets come from walking the byte structure (one, two or
    /// four bytes per character) when it agrees with the decoded count, else the value's start.
    private static func appendGB18030(_ decoded: String, _ bytes: [UInt8], _ range: Range<Int>, to text: inout ReaderText) {
        var starts = [Int]()
        var index = range.lowerBound
        while index < range.upperBound {
            starts.append(index)
            let byte = bytes[index]
            if byte <= 0x80 || byte == 0xFF { index += 1 }
            else if index + 1 < range.upperBound, (0x30...0x39).contains(bytes[index + 1]) { index += 4 }
            else { index += 2 }
        }
        let scalars = Array(decoded.unicodeScalars)
        for (position, scalar) in scalars.enumerated() {
            let offset = scalars.count == starts.count ? starts[position] : range.lowerBound
            appendScalar(scalar, at: offset, to: &text)
        }
    }
}
