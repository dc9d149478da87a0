import GongshiCore

/// Decides whether a preview's `LoadMemory` may be used for this rebuild: its results are valid
/// only while every input that is not a roster CSV or a document (site.yaml, regions, standards,
/// known names, month files, any file of an unknown kind) and the drafts setting are what they
/// were. Any doubt means no reuse: a clean load. Templates and the theme are not in it: the
/// load and the audits never read them (GongshiCore knows no theme), so a template edit keeps
/// every roster parsed, as page keys keep every page that does not use the template.
enum LoadFingerprint {
    /// The fingerprint of the inputs in `digest`: SHA-256 over `SHA-256␣␣path` lines of every
    /// input that is not per-file nor the theme's, in byte order, and the drafts setting.
    static func of(_ digest: InputDigest.Result, includeDrafts: Bool) -> String {
        var listing = includeDrafts ? "drafts\n" : "published\n"
        for path in digest.paths where !LoadMemory.isPerFile(path) && !isTheme(path) && !isPublishedAsFile(path) {
            guard let sha256 = digest.files[path] else { continue }
            listing += sha256 + "  " + ManifestPath.escape(path) + "\n"
        }
        return SHA256.hexDigest(Array(listing.utf8))
    }

    /// A file of the templates (`templates/`, the site's overrides, or the theme's folder): what
    /// the render reads, never the load.
    static func isTheme(_ path: String) -> Bool {
        path.hasPrefix("templates/") || path.hasPrefix("themes/")
    }

    /// A file published as a file (`static/`'s, or an attachment: a file of `content/` that is
    /// not Markdown nor source data): the load lists it, but reads it never.
    static func isPublishedAsFile(_ path: String) -> Bool {
        if path.hasPrefix(PublishedExtras.staticFolder + "/") { return true }
        guard path.hasPrefix("content/"), !path.lowercased().hasSuffix(".md") else { return false }
        let first = path.dropFirst("content/".count).split(separator: "/").first.map(String.init) ?? ""
        return !PublishableFilesLoader.sourceData.contains(first)
    }

    /// A fingerprint with the digest it was taken of, for a preview's next rebuild to update.
    struct Known: Sendable {
        let value: String
        let includeDrafts: Bool
        let digest: InputDigest.Result
    }

    /// `of(digest, includeDrafts:)` without the walk over every input path (24,000 at city scale)
    /// when `digest` is `last.digest` updated at the `changed` paths alone (`InputDigest.updating`):
    /// the listing changes only if one of them is an input that is not per-file whose SHA-256
    /// (or presence) changed; otherwise it is `last`'s, as is.
    static func of(
        _ digest: InputDigest.Result, includeDrafts: Bool, updating last: Known?, changed: Set<String>?
    ) -> String {
        guard let last, let changed, last.includeDrafts == includeDrafts else { return of(digest, includeDrafts: includeDrafts) }
        for path in changed where !LoadMemory.isPerFile(path) && !isTheme(path) && !isPublishedAsFile(path)
            && digest.files[path] != last.digest.files[path] {
            return of(digest, includeDrafts: includeDrafts)
        }
        return last.value
    }

    /// What the loader may reuse (nothing when the fingerprint changed), and the empty memory to
    /// record this load in, carrying the new fingerprint.
    static func reuse(
        of memory: LoadMemory?, digest: InputDigest.Result, includeDrafts: Bool
    ) -> (LoadReuse, LoadMemory) {
        reuse(of: memory, digest: digest, fingerprint: of(digest, includeDrafts: includeDrafts))
    }

    /// `reuse(of:digest:includeDrafts:)` with the fingerprint of `digest` already taken.
    static func reuse(
        of memory: LoadMemory?, digest: InputDigest.Result, fingerprint: String
    ) -> (LoadReuse, LoadMemory) {
        var next = LoadMemory()
        next.fingerprint = fingerprint
        let usable = memory.flatMap { $0.fingerprint == next.fingerprint ? $0 : nil } ?? LoadMemory()
        return (LoadReuse(memory: usable, digests: digest.files), next)
    }
}
