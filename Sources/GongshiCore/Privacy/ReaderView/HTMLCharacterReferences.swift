/// Decodes HTML character references (`&nbsp;`, `&#52;`, `&#x34`, `&not`) the way a browser
/// does, so the reader's view holds the characters a person sees rather than the markup that
/// writes them: an ID number written as `&#52;&#49;…` reads as digits.
package enum HTMLCharacterReferences {
    /// What one reference stands for (one or two scalars) and where it ends.
    struct Decoded: Equatable {
        let first: Unicode.Scalar
        let second: Unicode.Scalar?
        /// The index just after the reference (after its `;` when it has one).
        let end: Int
    }

    /// The reference whose `&` is at `index`, reading no further than `end`; nil when that `&`
    /// is just an ampersand (no reference, an unknown name, or in an attribute value a legacy
    /// name followed by `=` or an alphanumeric, which browsers leave alone).
    static func decode(
        _ bytes: UnsafeBufferPointer<UInt8>, at index: Int, end: Int, inAttribute: Bool
    ) -> Decoded? {
        let start = index + 1
        guard start < end else { return nil }
        if bytes[start] == UInt8(ascii: "#") { return decodeNumeric(bytes, from: start + 1, end: end) }
        return decodeNamed(bytes, from: start, end: end, inAttribute: inAttribute)
    }

    // MARK: Numeric

    private static func decodeNumeric(_ bytes: UnsafeBufferPointer<UInt8>, from: Int, end: Int) -> Decoded? {
        var index = from
        var hex = false
        if index < end, bytes[index] | 0x20 == UInt8(ascii: "x") {
            hex = true
            index += 1
        }
        let digitsStart = index
        var value: UInt32 = 0
        while index < end, let digit = digitValue(bytes[index], hex: hex) {
            // Saturate: anything past U+10FFFF is out of range however long it is.
            value = value > 0x10FFFF ? value : value * (hex ? 16 : 10) + digit
            index += 1
        }
        guard index > digitsStart else { return nil }
        if index < end, bytes[index] == UInt8(ascii: ";") { index += 1 }
        return Decoded(first: scalarForNumber(value), second: nil, end: index)
    }

    @inline(__always)
    private static func digitValue(_ byte: UInt8, hex: Bool) -> UInt32? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return UInt32(byte - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f") where hex: return UInt32(byte - UInt8(ascii: "a") + 10)
        case UInt8(ascii: "A")...UInt8(ascii: "F") where hex: return UInt32(byte - UInt8(ascii: "A") + 10)
        default: return nil
        }
    }

    /// What a browser shows for `&#value;`: U+FFFD for 0, surrogates and values past U+10FFFF;
    /// the Windows-1252 character for 0x80–0x9F (as the HTML standard requires).
    static func scalarForNumber(_ value: UInt32) -> Unicode.Scalar {
        if value >= 0x80, value <= 0x9F, let mapped = windows1252[value] { return mapped }
        guard value != 0, let scalar = Unicode.Scalar(value) else { return UTF8Scalars.replacement }
        return scalar
    }

    private static let windows1252: [UInt32: Unicode.Scalar] = [
        0x80: "\u{20AC}", 0x82: "\u{201A}", 0x83: "\u{0192}", 0x84: "\u{201E}", 0x85: "\u{2026}",
        0x86: "\u{2020}", 0x87: "\u{2021}", 0x88: "\u{02C6}", 0x89: "\u{2030}", 0x8A: "\u{0160}",
        0x8B: "\u{2039}", 0x8C: "\u{0152}", 0x8E: "\u{017D}", 0x91: "\u{2018}", 0x92: "\u{2019}",
        0x93: "\u{201C}", 0x94: "\u{201D}", 0x95: "\u{2022}", 0x96: "\u{2013}", 0x97: "\u{2014}",
        0x98: "\u{02DC}", 0x99: "\u{2122}", 0x9A: "\u{0161}", 0x9B: "\u{203A}", 0x9C: "\u{0153}",
        0x9E: "\u{017E}", 0x9F: "\u{0178}",
    ]

    // MARK: Named

    /// Longest names: 31 characters before the `;`; legacy names without `;`: 6.
    private static let longestName = 31
    private static let longestLegacyName = 6

    private static func decodeNamed(
        _ bytes: UnsafeBufferPointer<UInt8>, from: Int, end: Int, inAttribute: Bool
    ) -> Decoded? {
        var index = from
        let limit = min(end, from + longestName + 1)
        while index < limit, isAlphanumeric(bytes[index]) { index += 1 }
        let nameLength = index - from
        guard nameLength > 0 else { return nil }
        let table = named
        if index < end, bytes[index] == UInt8(ascii: ";"), nameLength <= longestName,
            let entry = table.lookUp(bytes, from: from, length: nameLength, semicolon: true)
        {
            return Decoded(first: entry.first, second: entry.second, end: index + 1)
        }
        // A legacy name without `;`: the longest one that starts the run (`&notit;` is `¬it;`).
        var length = min(nameLength, longestLegacyName)
        while length >= 2 {
            if let entry = table.lookUp(bytes, from: from, length: length, semicolon: false) {
                let after = from + length
                if inAttribute, after < end,
                    bytes[after] == UInt8(ascii: "=") || isAlphanumeric(bytes[after])
                {
                    return nil
                }
                return Decoded(first: entry.first, second: entry.second, end: after)
            }
            length -= 1
        }
        return nil
    }

    @inline(__always)
    static func isAlphanumeric(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
            UInt8(ascii: "0")...UInt8(ascii: "9"):
            return true
        default:
            return false
        }
    }

    /// The characters of the HTML5 named reference `&name;` (name without `&` and `;`), or nil:
    /// for the sanitizer, so that what it passes on means what the author wrote.
    package static func characters(ofName name: [UInt8]) -> String? {
        name.withUnsafeBufferPointer { buffer in
            guard let entry = named.lookUp(buffer, from: 0, length: buffer.count, semicolon: true) else { return nil }
            var text = String(Character(entry.first))
            if let second = entry.second { text.unicodeScalars.append(second) }
            return text
        }
    }

    /// The named references, parsed once from the generated `namedTable`.
    static let named = NamedTable(namedTable)

    /// Named references keyed by a hash of the name (no String per lookup); the name is
    /// compared in full on a hit.
    struct NamedTable: Sendable {
        struct Entry: Sendable {
            let name: [UInt8]
            let first: Unicode.Scalar
            let second: Unicode.Scalar?
        }

        private var withSemicolon: [UInt64: Entry] = [:]
        private var withoutSemicolon: [UInt64: Entry] = [:]

        var count: Int { withSemicolon.count + withoutSemicolon.count }

        init(_ text: String) {
            for line in text.split(separator: "\n") {
                let fields = line.split(separator: " ")
                guard fields.count >= 2, var name = fields.first.map({ Array($0.utf8) }) else { continue }
                let scalars = fields.dropFirst().compactMap { UInt32($0, radix: 16).flatMap(Unicode.Scalar.init) }
                guard let first = scalars.first else { continue }
                let semicolon = name.last == UInt8(ascii: ";")
                if semicolon { name.removeLast() }
                let entry = Entry(name: name, first: first, second: scalars.dropFirst().first)
                let key = name.withUnsafeBufferPointer { Self.hash($0, from: 0, length: $0.count) }
                if semicolon { withSemicolon[key] = entry } else { withoutSemicolon[key] = entry }
            }
        }

        func lookUp(_ bytes: UnsafeBufferPointer<UInt8>, from: Int, length: Int, semicolon: Bool) -> Entry? {
            let key = Self.hash(bytes, from: from, length: length)
            guard let entry = semicolon ? withSemicolon[key] : withoutSemicolon[key],
                entry.name.count == length
            else { return nil }
            for index in 0..<length where entry.name[index] != bytes[from + index] { return nil }
            return entry
        }

        /// FNV-1a, 64 bits.
        @inline(__always)
        static func hash(_ bytes: UnsafeBufferPointer<UInt8>, from: Int, length: Int) -> UInt64 {
            var hash: UInt64 = 0xcbf2_9ce4_8422_2325
            for index in from..<(from + length) {
                hash = (hash ^ UInt64(bytes[index])) &* 0x100_0000_01b3
            }
            return hash
        }
    }
}
