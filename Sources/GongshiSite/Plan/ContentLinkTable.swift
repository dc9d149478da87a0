import Foundation

/// Turns links that authors write by source path (`standards-2024.md`, `../notices/x.md#办理`)
/// into relative page URLs.
public struct ContentLinkTable: Sendable {
    public enum Resolution: Sendable, Equatable {
        /// Not a link to a content file (external, fragment, asset): left as written.
        case unchanged
        case rewritten(String)
        /// Names a content file that does not exist (the normalised content path).
        case missing(String)
        /// Names a draft left out of this build.
        case draft(String)
    }

    let outputByContentPath: [String: String]
    let draftContentPaths: Set<String>

    public init(outputByContentPath: [String: String], draftContentPaths: Set<String>) {
        self.outputByContentPath = outputByContentPath
        self.draftContentPaths = draftContentPaths
    }

    /// - Parameters:
    ///   - destination: the link as written in the Markdown.
    ///   - documentContentPath: the linking document, relative to `content/`.
    ///   - pageOutputPath: where the linking page is written.
    public func resolve(_ destination: String, documentContentPath: String, pageOutputPath: String) -> Resolution {
        let trimmed = destination.trimmingCharacters(in: .whitespaces)
        if trimmed.isEmpty || trimmed.hasPrefix("#") || trimmed.hasPrefix("/") || Self.hasScheme(trimmed) {
            return .unchanged
        }
        var path = trimmed
        var suffix = ""
        if let cut = path.firstIndex(where: { $0 == "#" || $0 == "?" }) {
            suffix = String(path[cut...])
            path = String(path[..<cut])
        }
        // A query string on a content link means nothing on a static site; keep only the fragment.
        if suffix.hasPrefix("?") {
            suffix = suffix.firstIndex(of: "#").map { String(suffix[$0...]) } ?? ""
        }
        let decoded = path.removingPercentEncoding ?? path
        guard decoded.lowercased().hasSuffix(".md") else { return .unchanged }
        let baseFolder = (documentContentPath as NSString).deletingLastPathComponent
        guard let target = Self.normalize(baseFolder.isEmpty ? decoded : baseFolder + "/" + decoded) else {
            return .missing(decoded)
        }
        if let output = outputByContentPath[target] {
            return .rewritten(RelativeURL.between(from: pageOutputPath, to: output) + suffix)
        }
        if draftContentPaths.contains(target) { return .draft(target) }
        return .missing(target)
    }

    /// Resolves `.` and `..`; nil when the path climbs above `content/`.
    static func normalize(_ path: String) -> String? {
        var parts: [Substring] = []
        for part in path.split(separator: "/", omittingEmptySubsequences: true) {
            if part == "." { continue }
            if part == ".." {
                guard !parts.isEmpty else { return nil }
                parts.removeLast()
            } else {
                parts.append(part)
            }
        }
        return parts.joined(separator: "/")
    }

    /// `https:`, `mailto:`, `javascript:` … (RFC 3986 scheme followed by a colon).
    static func hasScheme(_ url: String) -> Bool {
        guard let colon = url.firstIndex(of: ":") else { return false }
        let scheme = url[..<colon]
        guard let first = scheme.unicodeScalars.first, first.isASCII, first.properties.isAlphabetic else { return false }
        return scheme.unicodeScalars.allSatisfy {
            $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "+" || $0 == "-" || $0 == ".")
        }
    }
}
