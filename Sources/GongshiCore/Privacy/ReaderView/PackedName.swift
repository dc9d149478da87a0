/// A tag or attribute name of up to 16 ASCII bytes, lower-cased and packed into two words, so
/// the HTML reader classifies every tag and attribute without building a String for it.
struct PackedName: Hashable, Sendable {
    private let low: UInt64
    private let high: UInt64

    static let maximumLength = 16

    /// Nil when the name is empty, longer than 16 bytes or not ASCII (it is then unknown).
    init?(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) {
        guard !range.isEmpty, range.count <= Self.maximumLength else { return nil }
        var low: UInt64 = 0
        var high: UInt64 = 0
        for (position, index) in range.enumerated() {
            var byte = bytes[index]
            guard byte < 0x80 else { return nil }
            if byte >= UInt8(ascii: "A"), byte <= UInt8(ascii: "Z") { byte |= 0x20 }
            if position < 8 {
                low |= UInt64(byte) << (8 * UInt64(position))
            } else {
                high |= UInt64(byte) << (8 * UInt64(position - 8))
            }
        }
        self.low = low
        self.high = high
    }

    /// For the tables of known names.
    init?(_ name: String) {
        let bytes = Array(name.utf8)
        guard let packed = bytes.withUnsafeBufferPointer({ Self($0, 0..<$0.count) }) else { return nil }
        self = packed
    }
}
