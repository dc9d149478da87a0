import Foundation
import GongshiCore

/// Turns links that authors write by source path (`standards-2024.md`, `../notices/x.md#办理`,
/// `附件1.pdf`) into relative URLs of what the site publishes. A link to another file of
/// `content/` is an attachment, published at its content path (`content/articles/附件1.pdf` →
/// `articles/附件1.pdf`, beside the page); a link that is neither is kept only when it names
/// something the site publishes (a generated page, a `static/` file, a theme asset), written
/// relative to the page.
public struct ContentLinkTable: Sendable {
    public enum Resolution: Sendable, Equatable {
        /// Not a link to a content file (external, fragment, asset): left as written.
        case unchanged
        case rewritten(String)
        /// Names a content file that does not exist (the normalised content path).
        case missing(String)
        /// Names a draft left out of this build.
        case draft(String)
        /// A file of `content/` (content path), published at that path; `url` leads there from the page.
        case attachment(contentPath: String, url: String)
        /// Names source data (`content/rosters/…`, `regions.csv`, `standards.yaml`): never published.
        case privateSource
        /// A file of a type that would run as this site's page or script (its type name).
        case refusedType(String)
        /// A page or file the site generates or copies (its output path), named as written,
        /// relative to the page: kept as written.
        case published(String)
    }

    let outputByContentPath: [String: String]
    let draftContentPaths: Set<String>
    /// The files of `content/` that may be attachments (content paths).
    let contentFiles: Set<String>
    /// Output paths a link may name as written, relative to the page: generated pages and
    /// `static/` files (and anything under the theme's `assets/`).
    let publishedPaths: Set<String>
    /// The files of `static/` (their paths as published).
    let staticFiles: Set<String>

    public init(outputByContentPath: [String: String], draftContentPaths: Set<String>,
                contentFiles: Set<String> = [], staticFiles: Set<String> = [], publishedPaths: Set<String> = []) {
        self.outputByContentPath = outputByContentPath
        self.draftContentPaths = draftContentPaths
        self.contentFiles = contentFiles
        self.staticFiles = staticFiles
        self.publishedPaths = publishedPaths.union(staticFiles)
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
        let baseFolder = (documentContentPath as NSString).deletingLastPathComponent
        guard decoded.lowercased().hasSuffix(".md") else {
            return resolveFile(decoded, suffix: suffix, baseFolder: baseFolder, pageOutputPath: pageOutputPath)
        }
        guard let target = Self.normalize(baseFolder.isEmpty ? decoded : baseFolder + "/" + decoded) else {
            return .missing(decoded)
        }
        if let output = outputByContentPath[target] {
            return .rewritten(RelativeURL.between(from: pageOutputPath, to: output) + suffix)
        }
        if draftContentPaths.contains(target) { return .draft(target) }
        return .missing(target)
    }

    /// A link to anything but a Markdown file: an attachment, source data, or a published path.
    private func resolveFile(_ decoded: String, suffix: String, baseFolder: String, pageOutputPath: String) -> Resolution {
        guard !decoded.isEmpty else { return .unchanged }  // `?x` or `#x` alone: the page itself
        let target = Self.normalize(baseFolder.isEmpty ? decoded : baseFolder + "/" + decoded)
        if let target, contentFiles.contains(target) {
            if let type = AttachmentType.refusedTypeName(of: target) { return .refusedType(type) }
            return .attachment(contentPath: target, url: RelativeURL.between(from: pageOutputPath, to: target) + suffix)
        }
        // A generated page (a roster page, the open data), a static file or a theme asset,
        // written relative to the page.
        let pageFolder = (pageOutputPath as NSString).deletingLastPathComponent
        if var published = Self.normalize(pageFolder.isEmpty ? decoded : pageFolder + "/" + decoded) {
            if published.isEmpty || decoded.hasSuffix("/") { published += published.isEmpty ? "index.html" : "/index.html" }
            if publishedPaths.contains(published) || published.hasPrefix(SitePlan.assetsFolder + "/") {
                return .published(published)
            }
            if publishedPaths.contains(published + "/index.html") { return .published(published + "/index.html") }
        }
        if let first = target?.split(separator: "/").first, PublishableFilesLoader.sourceData.contains(first.lowercased()) {
            return .privateSource
        }
        return .missing(target ?? decoded)
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
