/// A tag or attribute name of up to 16 ASCII bytes, lower-cased and packed into two words, so
/// the HTML reader classifies every tag and attribute without building a String for it.
struct PackedName: Equatable, Sendable {
    fileprivate let low: UInt64
    fileprivate let high: UInt64

    static let maximumLength = 16

    /// Nil when the name is empty, longer than 16 bytes or not ASCII (it is then unknown).
    @inline(__always)
    init?(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) {
        let count = range.count
        guard count > 0, count <= Self.maximumLength else { return nil }
        var words: (UInt64, UInt64) = (0, 0)
        var shift: UInt64 = 0
        var index = range.lowerBound
        let middle = range.lowerBound + min(count, 8)
        while index < middle {
            let byte = bytes[index]
            guard byte < 0x80 else { return nil }
            words.0 |= UInt64(Self.lowercased(byte)) << shift
            shift += 8
            index += 1
        }
        shift = 0
        while index < range.upperBound {
            let byte = bytes[index]
            guard byte < 0x80 else { return nil }
            words.1 |= UInt64(Self.lowercased(byte)) << shift
            shift += 8
            index += 1
        }
        self.low = words.0
        self.high = words.1
    }

    /// For the tables of known names.
    init?(_ name: String) {
        let bytes = Array(name.utf8)
        guard let packed = bytes.withUnsafeBufferPointer({ Self($0, 0..<$0.count) }) else { return nil }
        self = packed
    }

    @inline(__always)
    private static func lowercased(_ byte: UInt8) -> UInt8 {
        byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte | 0x20 : byte
    }

    /// A cheap multiplicative hash (the standard Hasher is seeded SipHash: far too slow for
    /// one lookup per tag and attribute).
    @inline(__always)
    fileprivate var bucketHash: Int {
        Int(truncatingIfNeeded: (low &* 0x9E37_79B9_7F4A_7C15 ^ high &* 0xC2B2_AE3D_27D4_EB4F) >> 32)
    }
}

/// A small fixed map from known names to what they are, with open addressing over
/// `PackedName.bucketHash`: the lookup the tokenizer does for every tag and attribute.
struct PackedNameTable<Value: Sendable>: Sendable {
    private var keys: [PackedName?]
    private var values: [Value?]
    private let mask: Int

    /// `entries` must be few (the table has 4 to 8 slots per entry).
    init(_ entries: [(String, Value)]) {
        var size = 16
        while size < entries.count * 4 { size *= 2 }
        keys = Array(repeating: nil, count: size)
        values = Array(repeating: nil, count: size)
        mask = size - 1
        for (name, value) in entries {
            guard let key = PackedName(name) else { continue }
            var slot = key.bucketHash & mask
            while let existing = keys[slot], existing != key { slot = (slot + 1) & mask }
            keys[slot] = key
            values[slot] = value
        }
    }

    @inline(__always)
    subscript(name: PackedName) -> Value? {
        var slot = name.bucketHash & mask
        while let key = keys[slot] {
            if key == name { return values[slot] }
            slot = (slot + 1) & mask
        }
        return nil
    }
}
