/// The one strict UTF-8 decoder of the code base (no overlong forms, no surrogates, nothing past
/// U+10FFFF): the CSV and text-file checks, the reader's view of text files and the metadata
/// readers all read UTF-8 through it.
package enum StrictUTF8 {
    /// The scalar of the well-formed sequence starting at `index` (reading no further than
    /// `end`) and its length in bytes, or nil when the bytes there are not UTF-8.
    @inline(__always)
    package static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int, end: Int) -> (Unicode.Scalar, Int)? {
        let lead = bytes[index]
        if lead < 0x80 { return (Unicode.Scalar(lead), 1) }
        let length: Int
        // Allowed range of the second byte; later bytes are plain continuations 80–BF.
        var second: ClosedRange<UInt8> = 0x80...0xBF
        switch lead {
        case 0xC2...0xDF: length = 2
        case 0xE0: length = 3; second = 0xA0...0xBF
        case 0xED: length = 3; second = 0x80...0x9F
        case 0xE1...0xEF: length = 3
        case 0xF0: length = 4; second = 0x90...0xBF
        case 0xF4: length = 4; second = 0x80...0x8F
        case 0xF1...0xF3: length = 4
        default: return nil
        }
        guard index + length <= end, second.contains(bytes[index + 1]) else { return nil }
        var value = UInt32(lead) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
        for k in 1..<length {
            let byte = bytes[index + k]
            guard byte & 0xC0 == 0x80 else { return nil }
            value = value << 6 | UInt32(byte & 0x3F)
        }
        guard let scalar = Unicode.Scalar(value) else { return nil }
        return (scalar, length)
    }

    /// The same over an array.
    package static func decode(_ bytes: [UInt8], at index: Int, end: Int) -> (Unicode.Scalar, Int)? {
        bytes.withUnsafeBufferPointer { decode($0, at: index, end: end) }
    }
}
