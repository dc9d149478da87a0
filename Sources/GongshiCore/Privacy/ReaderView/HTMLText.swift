/// Text of an HTML or XML file (a text node or an attribute value) with its character
/// references decoded: every decoded scalar is placed at the offset of the `&` that wrote it.
enum HTMLText {
    /// Appends the bytes `range` of `source` to `text`, references decoded.
    static func append(_ source: SourceBytes, _ range: Range<Int>, inAttribute: Bool, into text: inout ReaderText) {
        let bytes = source.bytes
        let end = range.upperBound
        var index = range.lowerBound
        var runStart = index
        while index < end {
            guard bytes[index] == UInt8(ascii: "&"),
                let reference = HTMLCharacterReferences.decode(bytes, at: index, end: end, inAttribute: inAttribute)
            else {
                index += 1
                continue
            }
            text.appendUTF8(source, runStart..<index)
            let offset = source.offset(of: index)
            text.append(reference.first, at: offset)
            if let second = reference.second { text.append(second, at: offset) }
            index = reference.end
            runStart = index
        }
        text.appendUTF8(source, runStart..<end)
    }

    /// The same, as UTF-8 bytes for a reader that reads the decoded text again (a `style`
    /// attribute is read as CSS).
    static func decode(
        _ source: SourceBytes, _ range: Range<Int>, inAttribute: Bool, into decoded: inout DecodedBytes
    ) {
        let bytes = source.bytes
        let end = range.upperBound
        var index = range.lowerBound
        while index < end {
            guard bytes[index] == UInt8(ascii: "&"),
                let reference = HTMLCharacterReferences.decode(bytes, at: index, end: end, inAttribute: inAttribute)
            else {
                decoded.append(byte: bytes[index], at: source.offset(of: index))
                index += 1
                continue
            }
            let offset = source.offset(of: index)
            decoded.append(reference.first, at: offset)
            if let second = reference.second { decoded.append(second, at: offset) }
            index = reference.end
        }
    }
}
