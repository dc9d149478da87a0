/// Decodes the escapes of JavaScript and JSON source (`\u0034`, `\u{34}`, `\x34`, `\n`…) so a
/// number written through escapes in a script or a JSON file reads as the number a page shows.
/// Every decoded scalar is placed at the offset of its backslash.
enum ScriptEscapes {
    /// Appends the bytes `range` of `source` to `text` with escapes decoded.
    static func read(_ source: SourceBytes, _ range: Range<Int>, into text: inout ReaderText) {
        var index = range.lowerBound
        let end = range.upperBound
        var runStart = index
        while index < end {
            guard source[index] == UInt8(ascii: "\\") else {
                index += 1
                continue
            }
            text.appendUTF8(source, runStart..<index)
            index = decodeEscape(source, at: index, end: end, into: &text)
            runStart = index
        }
        text.appendUTF8(source, runStart..<end)
    }

    /// Decodes the escape whose backslash is at `index`; returns the index after it.
    private static func decodeEscape(
        _ source: SourceBytes, at index: Int, end: Int, into text: inout ReaderText
    ) -> Int {
        let offset = source.offset(of: index)
        let next = index + 1
        guard next < end else {
            text.append("\\", at: offset)
            return next
        }
        switch source[next] {
        case UInt8(ascii: "u"):
            if next + 1 < end, source[next + 1] == UInt8(ascii: "{") {
                return decodeBraced(source, at: index, end: end, into: &text)
            }
            return decodeUTF16(source, at: index, end: end, into: &text)
        case UInt8(ascii: "x"):
            guard let value = hexValue(source, from: next + 1, count: 2, end: end) else { break }
            text.append(scalar(value), at: offset)
            return next + 3
        case UInt8(ascii: "n"): text.append("\n", at: offset); return next + 1
        case UInt8(ascii: "r"): text.append("\r", at: offset); return next + 1
        case UInt8(ascii: "t"): text.append("\t", at: offset); return next + 1
        case UInt8(ascii: "b"): text.append("\u{8}", at: offset); return next + 1
        case UInt8(ascii: "f"): text.append("\u{C}", at: offset); return next + 1
        case UInt8(ascii: "v"): text.append("\u{B}", at: offset); return next + 1
        case UInt8(ascii: "0")...UInt8(ascii: "9"):
            break  // octal and `\0`: left as written
        case UInt8(ascii: "\n"):
            return next + 1  // a line continuation reads as nothing
        case UInt8(ascii: "\r"):
            return next + 1 < end && source[next + 1] == UInt8(ascii: "\n") ? next + 2 : next + 1
        case 0x21...0x7E:
            // `\\`, `\/`, `\"`, `\'` and any other escaped ASCII character: the character.
            text.append(Unicode.Scalar(source[next]), at: offset)
            return next + 1
        default:
            break
        }
        text.append("\\", at: offset)
        return next
    }

    /// `\uXXXX`, joined with a following `\uXXXX` low surrogate; a lone surrogate is U+FFFD.
    private static func decodeUTF16(
        _ source: SourceBytes, at index: Int, end: Int, into text: inout ReaderText
    ) -> Int {
        let offset = source.offset(of: index)
        guard let unit = hexValue(source, from: index + 2, count: 4, end: end) else {
            text.append("\\", at: offset)
            return index + 1
        }
        var after = index + 6
        if (0xD800...0xDBFF).contains(unit), after + 1 < end,
            source[after] == UInt8(ascii: "\\"), source[after + 1] == UInt8(ascii: "u"),
            let low = hexValue(source, from: after + 2, count: 4, end: end), (0xDC00...0xDFFF).contains(low)
        {
            text.append(scalar(0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00)), at: offset)
            after += 6
            return after
        }
        text.append(scalar(unit), at: offset)
        return after
    }

    /// `\u{X…}`: one or more hex digits, at most U+10FFFF.
    private static func decodeBraced(
        _ source: SourceBytes, at index: Int, end: Int, into text: inout ReaderText
    ) -> Int {
        var cursor = index + 3
        var value: UInt32 = 0
        while cursor < end, let digit = hexDigit(source[cursor]), value <= 0x10FFFF {
            value = value * 16 + digit
            cursor += 1
        }
        guard cursor > index + 3, cursor < end, source[cursor] == UInt8(ascii: "}") else {
            text.append("\\", at: source.offset(of: index))
            return index + 1
        }
        text.append(scalar(value), at: source.offset(of: index))
        return cursor + 1
    }

    private static func hexValue(_ source: SourceBytes, from: Int, count: Int, end: Int) -> UInt32? {
        guard from + count <= end else { return nil }
        var value: UInt32 = 0
        for index in from..<(from + count) {
            guard let digit = hexDigit(source[index]) else { return nil }
            value = value * 16 + digit
        }
        return value
    }

    @inline(__always)
    static func hexDigit(_ byte: UInt8) -> UInt32? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return UInt32(byte - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return UInt32(byte - UInt8(ascii: "a") + 10)
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return UInt32(byte - UInt8(ascii: "A") + 10)
        default: return nil
        }
    }

    /// U+FFFD for a surrogate or a value past U+10FFFF.
    private static func scalar(_ value: UInt32) -> Unicode.Scalar {
        Unicode.Scalar(value) ?? UTF8Scalars.replacement
    }
}
