import GongshiCore

/// Fields fed to SHA-256, each as `name NUL value NUL` (a digest or a number as its fixed-size
/// bytes): what every page key and every part of one is made of. Parts are kept as raw 32-byte
/// digests, and a page's final key too (`Digest32`), since the keys stage makes one per page
/// (54,877 at city scale) and hex strings for every part were most of its cost.
struct KeyBuilder {
    private var bytes: [UInt8] = []

    init(capacity: Int = 256) { bytes.reserveCapacity(capacity) }

    mutating func add(_ name: StaticString, _ value: String) {
        appendName(name)
        var value = value
        value.withUTF8 { bytes.append(contentsOf: $0) }
        bytes.append(0)
    }

    /// A field whose name is not a constant (a file's path).
    mutating func add(dynamic name: String, _ value: String) {
        var name = name
        name.withUTF8 { bytes.append(contentsOf: $0) }
        bytes.append(0)
        var value = value
        value.withUTF8 { bytes.append(contentsOf: $0) }
        bytes.append(0)
    }

    /// An optional text: absent and empty are different values.
    mutating func add(_ name: StaticString, optional value: String?) {
        appendName(name)
        guard var value else {
            bytes.append(0)
            return
        }
        bytes.append(1)
        value.withUTF8 { bytes.append(contentsOf: $0) }
        bytes.append(0)
    }

    /// A month as one number (`202412`), without formatting a string.
    mutating func add(_ name: StaticString, month: YearMonth?) {
        add(name, number: month.map { $0.year * 100 + $0.month } ?? -1)
    }

    /// A 32-byte digest (`digestBytes()` of another builder).
    mutating func add(_ name: StaticString, digest: [UInt8]) {
        appendName(name)
        bytes.append(contentsOf: digest)
        bytes.append(0)
    }

    mutating func add(_ name: StaticString, number: Int64) {
        appendName(name)
        withUnsafeBytes(of: number.littleEndian) { bytes.append(contentsOf: $0) }
        bytes.append(0)
    }

    mutating func add(_ name: StaticString, number: Int) { add(name, number: Int64(number)) }

    mutating func add(_ name: StaticString, flag: Bool) {
        appendName(name)
        bytes.append(flag ? 1 : 0)
        bytes.append(0)
    }

    // Unnamed fields, for records of a fixed layout written many times (a month's changed
    // households): a text as its length and bytes, a number as its 8 bytes.

    mutating func append(text: String) {
        var text = text
        text.withUTF8 { utf8 in
            withUnsafeBytes(of: UInt32(truncatingIfNeeded: utf8.count).littleEndian) { bytes.append(contentsOf: $0) }
            bytes.append(contentsOf: utf8)
        }
    }

    /// An optional text: a marker byte, then the text when there is one.
    mutating func append(optionalText text: String?) {
        guard let text else {
            bytes.append(0)
            return
        }
        bytes.append(1)
        append(text: text)
    }

    mutating func append(number: Int64) {
        withUnsafeBytes(of: number.littleEndian) { bytes.append(contentsOf: $0) }
    }

    private mutating func appendName(_ name: StaticString) {
        name.withUTF8Buffer { bytes.append(contentsOf: $0) }
        bytes.append(0)
    }

    func digestBytes() -> [UInt8] { SHA256.digest(bytes) }

    /// The digest as lowercase hex (the preview's key of the theme's assets).
    func digest() -> String { Self.hex(digestBytes()) }

    /// The digest held inline: a page's key (`PageKeys`), one per page from keys to publish.
    func digest32() -> Digest32 { Digest32.of(bytes) }

    static func hex(_ digest: [UInt8]) -> String {
        String(unsafeUninitializedCapacity: digest.count * 2) { buffer in
            var at = 0
            for byte in digest {
                buffer[at] = hexDigit(byte >> 4)
                buffer[at + 1] = hexDigit(byte & 0x0F)
                at += 2
            }
            return at
        }
    }

    private static func hexDigit(_ value: UInt8) -> UInt8 { value < 10 ? 48 + value : 87 + value }
}

extension KeyBuilder {
    /// A 32-byte digest held inline (a part of a key).
    mutating func add(_ name: StaticString, digest: Digest32) {
        appendName(name)
        digest.withBytes { bytes.append(contentsOf: $0) }
        bytes.append(0)
    }
}
