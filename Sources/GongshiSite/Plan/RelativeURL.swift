/// Relative links between output files. Every internal link of the site goes through here, so the
/// site works from any sub-path, from `file://` and from a USB stick.
public enum RelativeURL {
    /// The link that leads from the page at `from` to the file at `to` (both output paths).
    /// `index.html` → `articles/a.html` gives `articles/a.html`; `articles/a.html` → `notices/b.html`
    /// gives `../notices/b.html`; a page to itself gives its own file name.
    public static func between(from: String, to: String) -> String {
        var fromDirs = from.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
        fromDirs.removeLast()
        let toParts = to.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
        var common = 0
        while common < fromDirs.count, common < toParts.count - 1, fromDirs[common] == toParts[common] {
            common += 1
        }
        let ups = Array(repeating: "..", count: fromDirs.count - common)
        let rest = toParts[common...].map(percentEncodePathSegment)
        return (ups + rest).joined(separator: "/")
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
        var result = ""
        for byte in segment.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                 UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."),
                 UInt8(ascii: "_"), UInt8(ascii: "~"):
                result.append(Character(Unicode.Scalar(byte)))
            default:
                result += "%" + hex(byte >> 4) + hex(byte & 0x0F)
            }
        }
        return result
    }

    private static func hex(_ nibble: UInt8) -> String {
        String(Character(Unicode.Scalar(nibble < 10 ? UInt8(ascii: "0") + nibble : UInt8(ascii: "A") + nibble - 10)))
    }
}
