/// SipHash-2-4 with a 64-bit result (Aumasson and Bernstein, "SipHash: a fast short-input PRF",
/// 2012), keyed by a site's 128-bit salt. Known names are kept as these hashes: a keyed hash so
/// that the file cannot be matched against a list of hashes made elsewhere, and a fast one
/// because every 2–4-character window of CJK text of a whole site is hashed on every build.
///
/// Swift's own `Hasher` is SipHash too but seeded per process, so its values cannot be stored.
package struct SipHash24: Sendable, Hashable {
    /// The key as two little-endian words (bytes 0–7 and 8–15), as the reference does.
    package let k0: UInt64
    package let k1: UInt64

    package init(k0: UInt64, k1: UInt64) {
        self.k0 = k0
        self.k1 = k1
    }

    /// The key from its 16 bytes in order.
    package init?(key bytes: [UInt8]) {
        guard bytes.count == 16 else { return nil }
        self.init(k0: Self.littleEndianWord(bytes, at: 0, count: 8), k1: Self.littleEndianWord(bytes, at: 8, count: 8))
    }

    /// The key's 16 bytes in order.
    package var keyBytes: [UInt8] {
        (0..<8).map { UInt8(truncatingIfNeeded: k0 >> (8 * UInt64($0))) }
            + (0..<8).map { UInt8(truncatingIfNeeded: k1 >> (8 * UInt64($0))) }
    }

    /// The hash of any byte sequence.
    package func hash(_ bytes: [UInt8]) -> UInt64 {
        var state = State(k0: k0, k1: k1)
        let whole = bytes.count / 8 * 8
        var offset = 0
        while offset < whole {
            state.compress(Self.littleEndianWord(bytes, at: offset, count: 8))
            offset += 8
        }
        let tail = Self.littleEndianWord(bytes, at: whole, count: bytes.count - whole)
        return state.finish(tail | (UInt64(truncatingIfNeeded: bytes.count) << 56))
    }

    /// The hash of at most 16 bytes given packed little-endian in two words (byte `i` of the
    /// message is bits `8 i ..< 8 i + 8` of `low` for i < 8, of `high` for i ≥ 8; unused bits zero).
    /// The same value as `hash(_:)` of those bytes, without an array: this is the window path.
    @inline(__always)
    package func hash(low: UInt64, high: UInt64, count: Int) -> UInt64 {
        var state = State(k0: k0, k1: k1)
        let length = UInt64(truncatingIfNeeded: count) << 56
        if count < 8 { return state.finish(low | length) }
        state.compress(low)
        if count < 16 { return state.finish(high | length) }
        state.compress(high)
        return state.finish(length)
    }

    private static func littleEndianWord(_ bytes: [UInt8], at offset: Int, count: Int) -> UInt64 {
        var word: UInt64 = 0
        for index in 0..<count { word |= UInt64(bytes[offset + index]) << (8 * UInt64(index)) }
        return word
    }

    private struct State {
        var v0: UInt64
        var v1: UInt64
        var v2: UInt64
        var v3: UInt64

        @inline(__always)
        init(k0: UInt64, k1: UInt64) {
            v0 = k0 ^ 0x736f_6d65_7073_6575
            v1 = k1 ^ 0x646f_7261_6e64_6f6d
            v2 = k0 ^ 0x6c79_6765_6e65_7261
            v3 = k1 ^ 0x7465_6462_7974_6573
        }

        @inline(__always)
        mutating func round() {
            v0 &+= v1; v1 = v1.rotatedLeft(13); v1 ^= v0; v0 = v0.rotatedLeft(32)
            v2 &+= v3; v3 = v3.rotatedLeft(16); v3 ^= v2
            v0 &+= v3; v3 = v3.rotatedLeft(21); v3 ^= v0
            v2 &+= v1; v1 = v1.rotatedLeft(17); v1 ^= v2; v2 = v2.rotatedLeft(32)
        }

        /// Two compression rounds per 8-byte block.
        @inline(__always)
        mutating func compress(_ word: UInt64) {
            v3 ^= word
            round()
            round()
            v0 ^= word
        }

        /// The last block (the tail bytes and the length in the top byte), then four finalisation rounds.
        @inline(__always)
        mutating func finish(_ last: UInt64) -> UInt64 {
            compress(last)
            v2 ^= 0xff
            round()
            round()
            round()
            round()
            return v0 ^ v1 ^ v2 ^ v3
        }
    }
}

extension UInt64 {
    @inline(__always)
    fileprivate func rotatedLeft(_ count: UInt64) -> UInt64 {
        (self << count) | (self >> (64 &- count))
    }
}
