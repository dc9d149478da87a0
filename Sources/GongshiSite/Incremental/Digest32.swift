import GongshiCore

/// A SHA-256 digest held inline as its 32 bytes (four words), not as 64 hex characters on the
/// heap: the build keeps one page key and one file hash per page from the keys stage to the
/// publish (1,076,563 pages at province scale), and a hex `String` is a heap allocation of
/// about 112 bytes each, a `Digest32` none. Hex is made only where a person reads it (the
/// output manifest).
struct Digest32: Hashable, Comparable, Sendable {
    private let word0: UInt64, word1: UInt64, word2: UInt64, word3: UInt64

    /// The first 32 bytes of `bytes` (a SHA-256 as `SHA256.digest` gives it); nil when fewer.
    init?(_ bytes: some Collection<UInt8>) {
        guard bytes.count >= 32 else { return nil }
        var words: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
        withUnsafeMutableBytes(of: &words) { target in
            // Contiguous bytes (an array or a slice of one: every caller's) are copied at once.
            let copied: Void? = bytes.withContiguousStorageIfAvailable { source in
                target.copyMemory(from: UnsafeRawBufferPointer(rebasing: UnsafeRawBufferPointer(source)[..<32]))
            }
            if copied == nil {
                for (offset, byte) in zip(0..<32, bytes) { target[offset] = byte }
            }
        }
        (word0, word1, word2, word3) = words
    }

    /// The SHA-256 of `bytes`.
    static func of(_ bytes: some Collection<UInt8>) -> Digest32 {
        // `SHA256.digest` always gives 32 bytes.
        Digest32(SHA256.digest(bytes)) ?? Digest32.zero
    }

    /// Lowercase hex of 64 digits, as `sha256sum` prints it; nil for anything else.
    init?(hex: some StringProtocol) {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(32)
        var high: UInt8?
        for digit in hex.utf8 {
            let value: UInt8
            switch digit {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): value = digit - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): value = digit - UInt8(ascii: "a") + 10
            default: return nil
            }
            if let first = high {
                bytes.append(first << 4 | value)
                high = nil
            } else {
                high = value
            }
        }
        guard bytes.count == 32, high == nil else { return nil }
        self.init(bytes)
    }

    /// 32 zero bytes: a value no SHA-256 is expected to have.
    static let zero = Digest32(words: (0, 0, 0, 0))

    private init(words: (UInt64, UInt64, UInt64, UInt64)) {
        (word0, word1, word2, word3) = words
    }

    /// An order for sorting and searching (word by word, not the bytes' order on every machine).
    static func < (a: Digest32, b: Digest32) -> Bool {
        (a.word0, a.word1, a.word2, a.word3) < (b.word0, b.word1, b.word2, b.word3)
    }

    /// The 32 bytes, in order.
    func withBytes<R>(_ body: (UnsafeRawBufferPointer) throws -> R) rethrows -> R {
        try withUnsafeBytes(of: (word0, word1, word2, word3)) { try body($0) }
    }

    var bytes: [UInt8] { withBytes { Array($0) } }

    /// Lowercase hex.
    var hex: String { withBytes { SHA256.hex($0) } }

    /// Appends the lowercase hex to `out` without making a string.
    func appendHex(to out: inout [UInt8]) {
        withBytes { bytes in
            for byte in bytes {
                out.append(Self.hexDigit(byte >> 4))
                out.append(Self.hexDigit(byte & 0x0F))
            }
        }
    }

    private static func hexDigit(_ value: UInt8) -> UInt8 { value < 10 ? 48 + value : 87 + value }
}
