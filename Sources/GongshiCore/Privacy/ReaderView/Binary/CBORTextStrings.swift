/// The text strings of a CBOR document (RFC 8949), in order, each set apart by a wall: the words
/// and names a search index holds. Numbers and structure are stepped over; the chunks of an
/// indefinite-length text string are joined. Nil when the bytes are not CBOR (a length past the
/// end, a reserved header) or hold a byte string, whose content no reader here can judge.
enum CBORTextStrings {
    static func text(of bytes: [UInt8]) -> ReaderText? {
        var text = ReaderText(part: PagefindFileReader.part)
        var index = 0
        // Inside an indefinite-length text string: its chunks are one string.
        var inIndefiniteText = false
        while index < bytes.count {
            let initial = bytes[index]
            let major = initial >> 5
            let info = initial & 0x1F
            index += 1
            if initial == 0xFF {  // "break": ends an indefinite-length item
                if inIndefiniteText { text.appendWall(at: index) }
                inIndefiniteText = false
                continue
            }
            if info == 31 {
                // Indefinite length (strings, arrays, maps); not allowed for numbers and tags.
                guard major >= 3, major <= 5 else { return nil }
                if major == 3 {
                    inIndefiniteText = true
                    text.appendWall(at: index)
                }
                continue
            }
            guard let (argument, width) = argument(bytes, at: index, info: info) else { return nil }
            index += width
            switch major {
            case 2:
                return nil
            case 3:
                guard argument <= UInt64(bytes.count - index) else { return nil }
                let end = index + Int(argument)
                if !inIndefiniteText { text.appendWall(at: index) }
                MetadataTextDecoder.appendUTF8(bytes, index..<end, to: &text)
                if !inIndefiniteText { text.appendWall(at: end) }
                index = end
            default:
                break  // numbers, array and map heads, tags, simple values and floats: no text
            }
        }
        return text
    }

    /// The header's argument and how many bytes follow the initial byte for it.
    private static func argument(_ bytes: [UInt8], at index: Int, info: UInt8) -> (UInt64, Int)? {
        switch info {
        case 0..<24: return (UInt64(info), 0)
        case 24...27:
            let width = 1 << Int(info - 24)
            guard index + width <= bytes.count else { return nil }
            var value: UInt64 = 0
            for byte in bytes[index..<(index + width)] { value = value << 8 | UInt64(byte) }
            return (value, width)
        default: return nil  // 28...30 are reserved
        }
    }
}
