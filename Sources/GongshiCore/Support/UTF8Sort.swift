/// Sorting by UTF-8 bytes (the order of `String.utf8Precedes`) with a packed key per string.
///
/// A build sorts tens of thousands of paths and names several times (each month folder's 2,000
/// file names, the input digest's 24,000 paths, a folder walk's files). A comparison of
/// two Swift strings costs retains, releases and a `memcmp` call; here each string's first
/// 32 bytes after the prefix that all of them share are packed once into four big-endian words,
/// so nearly every comparison is of integers, and only strings whose packed words are equal are
/// compared whole. The order is exactly `utf8Precedes`'s: a key that is smaller belongs to a
/// string that precedes (bytes past the end count as zero, and a string that is a prefix of
/// another precedes it, so equal keys fall through to the full comparison).
package enum UTF8Sort {
    /// `strings` in UTF-8 byte order.
    package static func sorted(_ strings: [String]) -> [String] {
        order(strings).map { strings[$0] }
    }

    /// The positions of `strings` in UTF-8 byte order of the strings.
    package static func order(_ strings: [String]) -> [Int] {
        guard strings.count > 1 else { return Array(strings.indices) }
        let skip = sharedPrefixLength(strings)
        var keys: [Key] = []
        keys.reserveCapacity(strings.count)
        for (index, string) in strings.enumerated() {
            var text = string
            keys.append(text.withUTF8 { Key(bytes: $0, skipping: skip, index: index) })
        }
        keys.sort { a, b in a.precedes(b) ?? strings[a.index].utf8Precedes(strings[b.index]) }
        return keys.map(\.index)
    }

    /// `values` sorted by the UTF-8 bytes of `key` of each.
    package static func sorted<Value>(_ values: [Value], by key: (Value) -> String) -> [Value] {
        order(values.map(key)).map { values[$0] }
    }

    /// A string's 32 bytes after the shared prefix as four big-endian words (zero past its end),
    /// and its position.
    private struct Key {
        let a: UInt64, b: UInt64, c: UInt64, d: UInt64
        let index: Int

        init(bytes: UnsafeBufferPointer<UInt8>, skipping skip: Int, index: Int) {
            let start = min(skip, bytes.count)
            func word(_ first: Int) -> UInt64 {
                var value: UInt64 = 0
                for position in first..<(first + 8) {
                    value = value << 8 | (position < bytes.count ? UInt64(bytes[position]) : 0)
                }
                return value
            }
            (a, b, c, d) = (word(start), word(start + 8), word(start + 16), word(start + 24))
            self.index = index
        }

        /// Whether the packed bytes decide the order (they differ), and which way.
        func precedes(_ other: Key) -> Bool? {
            if a != other.a { return a < other.a }
            if b != other.b { return b < other.b }
            if c != other.c { return c < other.c }
            if d != other.d { return d < other.d }
            return nil
        }
    }

    /// The number of leading bytes every string has in common (what the first and each other
    /// share, at most the shortest's length).
    private static func sharedPrefixLength(_ strings: [String]) -> Int {
        var first = strings[0]
        return first.withUTF8 { head in
            var shared = head.count
            for string in strings.dropFirst() {
                guard shared > 0 else { break }
                var other = string
                shared = other.withUTF8 { bytes in
                    let limit = min(shared, bytes.count)
                    var length = 0
                    while length < limit, bytes[length] == head[length] { length += 1 }
                    return length
                }
            }
            return shared
        }
    }
}
