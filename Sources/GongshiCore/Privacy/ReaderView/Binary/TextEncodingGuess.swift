import Foundation

/// What a published text file that is not UTF-8 looks like, so the error can name the encoding a
/// clerk has to convert from (WPS and Notepad save GB18030 or UTF-16; old templates carry a stray
/// Latin-1 byte).
enum TextEncodingGuess {
    /// `UTF-16`, `GB18030`, `Latin-1`, or nil when the bytes do not look like text at all.
    static func encodingName(_ bytes: [UInt8]) -> String? {
        if looksLikeUTF16(bytes) { return "UTF-16" }
        guard looksLikeText(bytes) else { return nil }
        if String(data: Data(bytes), encoding: TextEncodingDetector.gb18030) != nil { return "GB18030" }
        return "Latin-1"
    }

    /// A UTF-16 byte-order mark, or NUL bytes in alternate positions (ASCII text written as
    /// UTF-16 without a mark, which is even valid UTF-8).
    static func looksLikeUTF16(_ bytes: [UInt8]) -> Bool {
        if bytes.has([0xFF, 0xFE]) || bytes.has([0xFE, 0xFF]) { return true }
        let sample = bytes.prefix(8192)
        let pairs = sample.count / 2
        guard pairs >= 4 else { return false }
        var zerosAtEven = 0
        var zerosAtOdd = 0
        for (position, byte) in sample.enumerated() where byte == 0 {
            if position % 2 == 0 { zerosAtEven += 1 } else { zerosAtOdd += 1 }
        }
        let many = max(2, pairs * 3 / 10)
        let few = pairs / 20
        return (zerosAtOdd >= many && zerosAtEven <= few) || (zerosAtEven >= many && zerosAtOdd <= few)
    }

    /// Whether the bytes hold no control characters besides tab, line breaks and form feed (no
    /// NUL, no binary structure): a text file in some 8-bit or multi-byte encoding.
    static func looksLikeText(_ bytes: [UInt8]) -> Bool {
        !bytes.contains { byte in byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D && byte != 0x0C && byte != 0x1B }
    }
}
