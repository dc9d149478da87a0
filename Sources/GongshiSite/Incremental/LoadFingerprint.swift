import GongshiCore

/// Decides whether a preview's `LoadMemory` may be used for this rebuild: its results are valid
/// only while every input that is not a roster CSV or a document (site.yaml, regions, standards,
/// known names, month files, templates, theme, any file of an unknown kind) and the drafts
/// setting are what they were. Any doubt means no reuse: a clean load.
enum LoadFingerprint {
    /// The fingerprint of the inputs in `digest`: SHA-256 over `SHA-256␣␣path` lines of every
    /// input that is not per-file, in byte order, and the drafts setting.
    static func of(_ digest: InputDigest.Result, includeDrafts: Bool) -> String {
        var listing = includeDrafts ? "drafts\n" : "published\n"
        for path in digest.paths where !LoadMemory.isPerFile(path) {
            guard let sha256 = digest.files[path] else { continue }
            listing += sha256 + "  " + ManifestPath.escape(path) + "\n"
        }
        return SHA256.hexDigest(Array(listing.utf8))
    }

    /// What the loader may reuse (nothing when the fingerprint changed), and the empty memory to
    /// record this load in, carrying the new fingerprint.
    static func reuse(
        of memory: LoadMemory?, digest: InputDigest.Result, includeDrafts: Bool
    ) -> (LoadReuse, LoadMemory) {
        var next = LoadMemory()
        next.fingerprint = of(digest, includeDrafts: includeDrafts)
        let usable = memory.flatMap { $0.fingerprint == next.fingerprint ? $0 : nil } ?? LoadMemory()
        return (LoadReuse(memory: usable, digests: digest.files), next)
    }
}
