/// Decodes the percent-encoding of a URL (`?sfz=%34%31%30` is `?sfz=410`), as the address bar and
/// the server show it. Repeated up to three times while the text changes, so that double
/// encoding (`%2534`) does not hide a number; `+` after the `?` is a space.
enum PercentDecoding {
    static let maximumRounds = 3

    /// Whether `bytes` hold anything to decode: a `%` followed by two hex digits, or a `+`
    /// after a `?`.
    static func needsDecoding(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        var inQuery = false
        for index in range {
            switch bytes[index] {
            case UInt8(ascii: "%"):
                if index + 2 < range.upperBound, ScriptEscapes.hexDigit(bytes[index + 1]) != nil,
                    ScriptEscapes.hexDigit(bytes[index + 2]) != nil
                {
                    return true
                }
            case UInt8(ascii: "?"): inQuery = true
            case UInt8(ascii: "+") where inQuery: return true
            default: break
            }
        }
        return false
    }

    /// `input` decoded until it no longer changes (at most three rounds); nil when the first
    /// round changes nothing. Each decoded byte keeps the offset of its `%`.
    static func decodeRepeatedly(_ input: DecodedBytes) -> DecodedBytes? {
        guard var current = decodeOnce(input) else { return nil }
        for _ in 1..<maximumRounds {
            guard let next = decodeOnce(current) else { break }
            current = next
        }
        return current
    }

    /// One round; nil when nothing changed.
    static func decodeOnce(_ input: DecodedBytes) -> DecodedBytes? {
        input.withSource { source in
            guard needsDecoding(source.bytes, 0..<source.count) else { return nil }
            var output = DecodedBytes()
            var inQuery = false
            var index = 0
            while index < source.count {
                let byte = source[index]
                if byte == UInt8(ascii: "%"), index + 2 < source.count,
                    let high = ScriptEscapes.hexDigit(source[index + 1]),
                    let low = ScriptEscapes.hexDigit(source[index + 2])
                {
                    output.append(byte: UInt8(high * 16 + low), at: source.offset(of: index))
                    index += 3
                    continue
                }
                if byte == UInt8(ascii: "?") { inQuery = true }
                let decoded = byte == UInt8(ascii: "+") && inQuery ? UInt8(ascii: " ") : byte
                output.append(byte: decoded, at: source.offset(of: index))
                index += 1
            }
            return output
        }
    }
}

extension ReaderText {
    /// Whether the scalars from `first` hold a `%` or a `+`: the cheap test before a copy is
    /// made for `PercentDecoding`.
    func mayHoldPercentEncoding(from first: Int) -> Bool {
        scalars[first...].contains { $0 == "%" || $0 == "+" }
    }
}
