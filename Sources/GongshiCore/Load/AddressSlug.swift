import Foundation

/// The page name a Hexo `permalink` or a Hugo `url` gives: its last path segment, without
/// `.html` and percent-decoded (`/2024/01/standards.html`, `/posts/standards/`,
/// `https://example.org/p/standards/index.html` all name `standards`). nil when that segment is
/// not a safe slug (`SlugRules`): the file's own name is kept then.
enum AddressSlug {
    static func slug(from address: String) -> String? {
        var text = Substring(address.trimmingCharacters(in: .whitespaces))
        if let cut = text.firstIndex(where: { $0 == "?" || $0 == "#" }) { text = text[..<cut] }
        // `https://host/path`: only the path names a page.
        if let scheme = text.range(of: "://") {
            let rest = text[scheme.upperBound...]
            text = rest.firstIndex(of: "/").map { rest[$0...] } ?? ""
        }
        var segments = text.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
        if let last = segments.last, ["index.html", "index.htm", "index"].contains(last.lowercased()) { segments.removeLast() }
        guard var last = segments.last else { return nil }
        for suffix in [".html", ".htm"] where last.lowercased().hasSuffix(suffix) {
            last = String(last.dropLast(suffix.count))
            break
        }
        guard let decoded = last.removingPercentEncoding, SlugRules.problem(with: decoded) == nil else { return nil }
        return decoded
    }
}
