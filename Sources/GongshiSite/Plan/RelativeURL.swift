/// Relative links between output files. Every internal link of the site goes through here, so the
/// site works from any sub-path, from `file://` and from a USB stick.
public enum RelativeURL {
    /// The link that leads from the page at `from` to the file at `to` (both output paths).
    /// `index.html` → `articles/a.html` gives `articles/a.html`; `articles/a.html` → `notices/b.html`
    /// gives `../notices/b.html`; a page to itself gives its own file name.
    ///
    /// Works on UTF-8 bytes without a String per path segment: a city-sized site computes millions
    /// of these (every page links to the site's fixed places; a month's summary to 2,000 villages).
    public static func between(from: String, to: String) -> String {
        var fromBytes = from.utf8.split(separator: UInt8(ascii: "/"), omittingEmptySubsequences: true)
        fromBytes.removeLast()
        let toParts = to.utf8.split(separator: UInt8(ascii: "/"), omittingEmptySubsequences: true)
        var common = 0
        while common < fromBytes.count, common < toParts.count - 1, fromBytes[common].elementsEqual(toParts[common]) {
            common += 1
        }
        var result: [UInt8] = []
        result.reserveCapacity(to.utf8.count + 3 * (fromBytes.count - common))
        for _ in common..<fromBytes.count {
            result.append(contentsOf: [UInt8(ascii: "."), UInt8(ascii: "."), UInt8(ascii: "/")])
        }
        for (position, part) in toParts[common...].enumerated() {
            if position > 0 { result.append(UInt8(ascii: "/")) }
            appendPercentEncoded(part, to: &result)
        }
        if result.last == UInt8(ascii: "/") { result.removeLast() }  // no segments of `to` left: "../.." as before
        return String(decoding: result, as: UTF8.self)
    }

    /// `../` repeated to reach the output root from a page (empty for a page at the root).
    public static func rootPrefix(from: String) -> String {
        let depth = from.split(separator: "/", omittingEmptySubsequences: true).count - 1
        return String(repeating: "../", count: max(0, depth))
    }

    /// Absolute URL of an output file under the site's base URL (which ends in `/`).
    public static func absolute(baseURL: String, path: String) -> String {
        baseURL + path.split(separator: "/").map { percentEncodePathSegment(String($0)) }.joined(separator: "/")
    }

    /// Percent-encodes everything but RFC 3986 unreserved characters, so Chinese slugs work everywhere.
    public static func percentEncodePathSegment(_ segment: String) -> String {
        var result: [UInt8] = []
        result.reserveCapacity(segment.utf8.count)
        appendPercentEncoded(segment.utf8, to: &result)
        return String(decoding: result, as: UTF8.self)
    }

    private static func appendPercentEncoded(_ segment: some Sequence<UInt8>, to result: inout [UInt8]) {
        for byte in segment {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                 UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."),
                 UInt8(ascii: "_"), UInt8(ascii: "~"):
                result.append(byte)
            default:
                result.append(UInt8(ascii: "%"))
                result.append(hex(byte >> 4))
                result.append(hex(byte & 0x0F))
            }
        }
    }

    private static func hex(_ nibble: UInt8) -> UInt8 {
        nibble < 10 ? UInt8(ascii: "0") + nibble : UInt8(ascii: "A") + nibble - 10
    }
}
