import Foundation

/// What a request path names in the built site. The site is a map from output path to bytes, so
/// nothing outside it can ever be served; this type still refuses every path that could mean
/// "elsewhere" (`..`, `.`, encoded slashes or backslashes, empty segments, NUL, bad escapes,
/// invalid UTF-8), so that no lookup is even attempted for them.
enum RequestPath: Equatable {
    /// An output path such as `rosters/index.html`.
    case file(String)
    /// The path names a folder without its trailing slash: send the browser to `location`.
    case redirect(location: String)
    case notFound

    static let indexFile = "index.html"

    /// Resolves a raw request path (as sent, percent-encoded, without the query) against the set
    /// of output paths.
    static func resolve(_ rawPath: String, exists: (String) -> Bool) -> RequestPath {
        guard let segments = segments(of: rawPath) else { return .notFound }
        let wantsFolder = rawPath.hasSuffix("/")
        let joined = segments.joined(separator: "/")
        if wantsFolder {
            let index = joined.isEmpty ? indexFile : joined + "/" + indexFile
            return exists(index) ? .file(index) : .notFound
        }
        if exists(joined) { return .file(joined) }
        if exists(joined + "/" + indexFile) {
            return .redirect(location: "/" + segments.map(percentEncoded).joined(separator: "/") + "/")
        }
        return .notFound
    }

    /// The decoded path segments, or nil when the path is not a plain path inside the site.
    /// `/` gives no segments; `/a/b/` gives `a`, `b`.
    static func segments(of rawPath: String) -> [String]? {
        guard rawPath.first == "/" else { return nil }  // relative, absolute-form or `*` targets
        var parts = rawPath.dropFirst().split(separator: "/", omittingEmptySubsequences: false)
        if parts.last?.isEmpty == true { parts.removeLast() }  // the trailing slash of a folder
        var segments: [String] = []
        for part in parts {
            guard let segment = decodeSegment(part) else { return nil }
            segments.append(segment)
        }
        return segments
    }

    /// One percent-decoded segment, or nil when it is empty, `.` or `..`, or contains a slash,
    /// a backslash, a NUL or another control character after decoding.
    static func decodeSegment(_ part: Substring) -> String? {
        guard let bytes = percentDecoded(Array(part.utf8)), !bytes.isEmpty else { return nil }
        guard bytes != [0x2E], bytes != [0x2E, 0x2E] else { return nil }
        guard !bytes.contains(where: { $0 == 0x2F || $0 == 0x5C || $0 < 0x20 || $0 == 0x7F }) else { return nil }
        return String(bytes: bytes, encoding: .utf8)
    }

    /// A segment as it may appear in a `Location` header: bytes other than unreserved characters
    /// and sub-delimiters percent-encoded.
    static func percentEncoded(_ segment: String) -> String {
        var result = ""
        for byte in segment.utf8 {
            if isPlain(byte) {
                result.unicodeScalars.append(Unicode.Scalar(byte))
            } else {
                result += "%" + String(byte >> 4, radix: 16, uppercase: true) + String(byte & 0x0F, radix: 16, uppercase: true)
            }
        }
        return result
    }

    private static func isPlain(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            true
        default:
            Array("-._~!$&'()*+,;=:@".utf8).contains(byte)
        }
    }

    /// Decodes `%XX` escapes; nil for a malformed escape.
    static func percentDecoded(_ input: [UInt8]) -> [UInt8]? {
        var output: [UInt8] = []
        output.reserveCapacity(input.count)
        var index = 0
        while index < input.count {
            let byte = input[index]
            if byte == UInt8(ascii: "%") {
                guard index + 2 < input.count, let high = hexValue(input[index + 1]), let low = hexValue(input[index + 2]) else {
                    return nil
                }
                output.append(high << 4 | low)
                index += 3
            } else {
                output.append(byte)
                index += 1
            }
        }
        return output
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}
