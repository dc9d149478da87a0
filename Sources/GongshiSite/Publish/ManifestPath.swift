/// How a path is written in the manifest and the input digest: UTF-8, with the bytes that would
/// break the line format (control characters) and the escape character itself written as `\xHH`,
/// so every path is one line and reads back exactly.
enum ManifestPath {
    /// `escape(path)`'s bytes appended to `out`.
    static func appendEscaped(_ path: String, to out: inout [UInt8]) {
        for byte in path.utf8 {
            if byte < 0x20 || byte == 0x7F || byte == UInt8(ascii: "\\") {
                out += [UInt8(ascii: "\\"), UInt8(ascii: "x"), hexDigits[Int(byte >> 4)], hexDigits[Int(byte & 0x0F)]]
            } else {
                out.append(byte)
            }
        }
    }

    static func escape(_ path: String) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(path.utf8.count)
        appendEscaped(path, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// The path a manifest line names, or nil when it is not one `escape` writes or not a safe
    /// relative path (empty, absolute, `.` or `..` segments): a manifest must not send verify
    /// outside the folder it checks.
    static func unescape(_ text: Substring) -> String? {
        var bytes: [UInt8] = []
        var input = Array(text.utf8)[...]
        while let byte = input.popFirst() {
            guard byte == UInt8(ascii: "\\") else { bytes.append(byte); continue }
            guard input.popFirst() == UInt8(ascii: "x"), let high = input.popFirst().flatMap(hexValue),
                  let low = input.popFirst().flatMap(hexValue)
            else { return nil }
            bytes.append(high << 4 | low)
        }
        guard let path = String(validating: bytes, as: UTF8.self), isSafeRelative(path) else { return nil }
        return path
    }

    static func isSafeRelative(_ path: String) -> Bool {
        !path.isEmpty && path.split(separator: "/", omittingEmptySubsequences: false)
            .allSatisfy { !$0.isEmpty && $0 != "." && $0 != ".." }
    }

    private static let hexDigits = Array("0123456789abcdef".utf8)

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return byte - UInt8(ascii: "a") + 10
        default: return nil
        }
    }
}
