import Foundation

/// Byte-level checks behind `CSVReader.read`: where UTF-8 or GB18030 decoding first fails, and
/// which encoding a file that failed looks like, so that the error can say how to fix it.
///
/// Positions use the same rules as `CSVReader`: lines end at LF, CRLF or a lone CR; columns are
/// 1-based and count Unicode scalars (one per Chinese character), not bytes.
public enum TextEncodingDetector {
    /// GB18030 as a Foundation encoding (`kCFStringEncodingGB_18030_2000`, 0x0632). Works on Linux
    /// too, and decodes GBK/GB2312 bytes, which are a subset.
    public static let gb18030 = String.Encoding(rawValue: 0x8000_0632)

    static let utf8BOM: [UInt8] = [0xEF, 0xBB, 0xBF]

    public static func hasUTF8BOM(_ data: Data) -> Bool { data.starts(with: utf8BOM) }

    /// `data` without a leading UTF-8 BOM.
    public static func droppingUTF8BOM(_ data: Data) -> Data {
        hasUTF8BOM(data) ? data.dropFirst(3) : data
    }

    /// Whether the bytes decode as GB18030 (pure ASCII does too).
    public static func decodesAsGB18030(_ data: Data) -> Bool {
        String(data: data, encoding: gb18030) != nil
    }

    /// Whether the bytes are valid UTF-8 and contain at least one non-ASCII character, i.e. read
    /// as GB18030 they would almost surely turn into mojibake.
    public static func looksLikeNonASCIIUTF8(_ data: Data) -> Bool {
        guard data.contains(where: { $0 >= 0x80 }) else { return false }
        return String(validating: data, as: UTF8.self) != nil
    }

    /// Line and column of the first byte that is not valid UTF-8 (overlong forms, surrogates and
    /// sequences cut off at the end included), or nil when all of `bytes` is UTF-8.
    public static func firstInvalidUTF8Position(_ bytes: some Collection<UInt8>) -> (line: Int, column: Int)? {
        Array(bytes).withUnsafeBufferPointer { bytes in
            let n = bytes.count
            var position = LinePosition()
            var i = 0
            while i < n {
                guard let (_, length) = StrictUTF8.decode(bytes, at: i, end: n) else { return (position.line, position.column) }
                position.advance(over: bytes[i], next: i + 1 < n ? bytes[i + 1] : nil)
                i += length
            }
            return nil
        }
    }

    /// Line and column of the first byte sequence that is not well-formed GB18030 (one byte
    /// 00–80, two bytes 81–FE + 40–7E/80–FE, four bytes 81–FE + 30–39 + 81–FE + 30–39), or nil
    /// when the structure is sound (Foundation may still refuse an unassigned four-byte code).
    public static func firstInvalidGB18030Position(_ bytes: some Collection<UInt8>) -> (line: Int, column: Int)? {
        let bytes = Array(bytes)
        let n = bytes.count
        var position = LinePosition()
        var i = 0
        while i < n {
            let b = bytes[i]
            let length: Int
            switch b {
            case 0x00...0x80: length = 1  // Foundation reads 80 as €, as Windows code page 936 does
            case 0x81...0xFE:
                guard i + 1 < n else { return (position.line, position.column) }
                let b2 = bytes[i + 1]
                switch b2 {
                case 0x40...0x7E, 0x80...0xFE: length = 2
                case 0x30...0x39:
                    guard i + 3 < n, (0x81...0xFE).contains(bytes[i + 2]), (0x30...0x39).contains(bytes[i + 3])
                    else { return (position.line, position.column) }
                    length = 4
                default: return (position.line, position.column)
                }
            default: return (position.line, position.column)
            }
            position.advance(over: b, next: i + 1 < n ? bytes[i + 1] : nil)
            i += length
        }
        return nil
    }

    /// Line and column of the character starting at each step.
    struct LinePosition {
        var line = 1
        var column = 1

        /// Moves past one character whose first byte is `byte` (`next` is the byte after it).
        mutating func advance(over byte: UInt8, next: UInt8?) {
            switch byte {
            case 0x0A:
                line += 1
                column = 1
            case 0x0D:
                // CRLF: the LF that follows ends the line; a lone CR ends it by itself.
                if next == 0x0A { column += 1 } else { line += 1; column = 1 }
            default:
                column += 1
            }
        }
    }
}
