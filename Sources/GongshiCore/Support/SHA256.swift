import Crypto

/// SHA-256, so that `privacy.reviewed_files` can release a published file by the hash of its
/// bytes and the output manifest can name every published file by its hash. Backed by
/// swift-crypto (BoringSSL, with the CPU's SHA instructions where it has them): the manifest and
/// the build cache hash every byte of a city-sized site (400 MB) on each build, which a portable
/// Swift implementation did at about 170 MB/s per core against BoringSSL's 1.5 GB/s.
package enum SHA256 {
    /// Lowercase hex digest of `bytes`, as `sha256sum` prints it.
    package static func hexDigest(_ bytes: some Collection<UInt8>) -> String {
        hex(digest(bytes))
    }

    /// The 32-byte digest of `bytes`.
    package static func digest(_ bytes: some Collection<UInt8>) -> [UInt8] {
        var hasher = Hasher()
        let done: Void? = bytes.withContiguousStorageIfAvailable { hasher.update(UnsafeRawBufferPointer($0)) }
        if done == nil { Array(bytes).withUnsafeBytes { hasher.update($0) } }
        return hasher.finalize()
    }

    /// Lowercase hex of a digest. Contiguous bytes (an array or a slice of one, as the caches
    /// hold them) are written straight into the string's storage: the build cache alone reads
    /// 140,000 digests, and a byte-by-byte generic walk cost a quarter of a second of that.
    package static func hex(_ digest: some Collection<UInt8>) -> String {
        if let text = digest.withContiguousStorageIfAvailable({ hex(UnsafeRawBufferPointer($0)) }) { return text }
        return Array(digest).withUnsafeBytes { hex($0) }
    }

    /// Lowercase hex of the bytes at `digest`.
    package static func hex(_ digest: UnsafeRawBufferPointer) -> String {
        String(unsafeUninitializedCapacity: digest.count * 2) { text in
            hexDigits.withUnsafeBufferPointer { digits in
                for (index, byte) in digest.enumerated() {
                    text[2 * index] = digits[Int(byte >> 4)]
                    text[2 * index + 1] = digits[Int(byte & 0x0F)]
                }
            }
            return digest.count * 2
        }
    }

    private static let hexDigits = Array("0123456789abcdef".utf8)

    /// A running SHA-256, fed in pieces (a file read in chunks).
    package struct Hasher: Sendable {
        private var state = Crypto.SHA256()

        package init() {}

        package mutating func update(_ bytes: UnsafeRawBufferPointer) {
            state.update(bufferPointer: bytes)
        }

        package mutating func update(_ bytes: [UInt8]) {
            bytes.withUnsafeBytes { update($0) }
        }

        /// The 32-byte digest.
        package mutating func finalize() -> [UInt8] {
            Array(state.finalize())
        }
    }
}
