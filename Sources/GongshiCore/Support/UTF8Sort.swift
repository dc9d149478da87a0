/// Sorting by UTF-8 bytes (the order of `String.utf8Precedes`) with a packed key per string.
///
/// A build sorts tens of thousands of paths and names several times (each month folder's 2,000
/// file names, the input digest's 24,000 paths, the manifest's 55,000 entries). A comparison of
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
        keys.sort { a, b in
            if a.words != b.words { return a.words < b.words }
            return strings[a.index].utf8Precedes(strings[b.index])
        }
        return keys.map(\.index)
    }

    /// `values` sorted by the UTF-8 bytes of `key` of each.
    package static func sorted<Value>(_ values: [Value], by key: (Value) -> String) -> [Value] {
        order(values.map(key)).map { values[$0] }
    }

    private struct Key {
        var words: Words
        var index: Int

        init(bytes: UnsafeBufferPointer<UInt8>, skipping skip: Int, index: Int) {
            var packed: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
            let start = min(skip, bytes.count)
            let end = min(bytes.count, start + 32)
            var offset = start
            func word(_ first: Int) -> UInt64 {
                var value: UInt64 = 0
                for position in first..<(first + 8) {
                    value <<= 8
                    if position < end { value |= UInt64(bytes[position]) }
                }
                return value
            }
            packed.0 = word(offset); offset += 8
            packed.1 = word(offset); offset += 8
            packed.2 = word(offset); offset += 8
            packed.3 = word(offset)
            words = Words(packed)
            self.index = index
        }
    }

    private struct Words: Equatable, Comparable {
        let a: UInt64, b: UInt64, c: UInt64, d: UInt64

        init(_ packed: (UInt64, UInt64, UInt64, UInt64)) {
            (a, b, c, d) = packed
        }

        static func < (x: Words, y: Words) -> Bool {
            if x.a != y.a { return x.a < y.a }
            if x.b != y.b { return x.b < y.b }
            if x.c != y.c { return x.c < y.c }
            return x.d < y.d
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
