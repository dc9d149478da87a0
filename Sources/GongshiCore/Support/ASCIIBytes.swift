/// Prefix and suffix tests on UTF-8 bytes against ASCII patterns, without making new strings
/// (`lowercased()` allocated a copy of every input path it judged).
package enum ASCIIBytes {
    /// Whether `bytes` start with `pattern`, ASCII letters in either case (what
    /// `text.lowercased().hasPrefix(pattern)` gives for a lowercase ASCII `pattern`).
    package static func hasPrefix(_ bytes: String.UTF8View, caseInsensitive pattern: StaticString) -> Bool {
        let count = pattern.utf8CodeUnitCount
        guard bytes.count >= count else { return false }
        return pattern.withUTF8Buffer { pattern in
            zip(bytes.prefix(count), pattern).allSatisfy { lowered($0) == $1 }
        }
    }

    /// Whether `bytes` end with `pattern`, ASCII letters in either case.
    package static func hasSuffix(_ bytes: String.UTF8View, caseInsensitive pattern: StaticString) -> Bool {
        let count = pattern.utf8CodeUnitCount
        guard bytes.count >= count else { return false }
        return pattern.withUTF8Buffer { pattern in
            zip(bytes.suffix(count), pattern).allSatisfy { lowered($0) == $1 }
        }
    }

    /// Whether `bytes` end with exactly `pattern`'s bytes.
    package static func hasSuffix(_ bytes: String.UTF8View, exactly pattern: String) -> Bool {
        bytes.count >= pattern.utf8.count && bytes.suffix(pattern.utf8.count).elementsEqual(pattern.utf8)
    }

    private static func lowered(_ byte: UInt8) -> UInt8 {
        (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) ? byte + 32 : byte
    }
}
