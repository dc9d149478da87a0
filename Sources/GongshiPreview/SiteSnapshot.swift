import GongshiSite
import GongshiCore

/// What the preview serves at one moment: the last site that built, and the errors of the latest
/// build when it failed. Immutable; the store swaps whole snapshots.
struct SiteSnapshot: Sendable {
    /// Output path → bytes of the last successful build (empty until one succeeds).
    var files: ServedFiles
    /// Whether any build has succeeded yet.
    var hasGoodBuild: Bool
    /// The errors of the latest build, or empty when it succeeded.
    var errors: [Diagnostic]
    /// Counts builds, good or bad; the reload events carry it.
    var generation: Int

    static let empty = SiteSnapshot(files: .empty, hasGoodBuild: false, errors: [], generation: 0)

    var failed: Bool { !errors.isEmpty }

    /// The next snapshot after a build: new files on success; on failure the old files and the errors.
    func applying(_ result: BuildResult) -> SiteSnapshot {
        switch result {
        case .success(let files, _, _):
            return SiteSnapshot(files: files, hasGoodBuild: true, errors: [], generation: generation + 1)
        case .failure(let diagnostics):
            let errors = diagnostics.errors
            return SiteSnapshot(files: files, hasGoodBuild: hasGoodBuild, errors: errors, generation: generation + 1)
        }
    }
}

/// Holds the current snapshot for the request handlers.
actor SiteStore {
    private(set) var snapshot = SiteSnapshot.empty
    /// The pages of the last good build, for the next rebuild to reuse.
    private(set) var memory = RenderMemory()

    /// Applies a build and returns the new snapshot, and the values it replaced: the caller lets
    /// go of them once the tabs are told (freeing a city's last build is not the reload's wait).
    func apply(_ result: BuildResult, memory: RenderMemory) -> (snapshot: SiteSnapshot, replaced: Replaced) {
        let replaced = Replaced(snapshot: snapshot, memory: self.memory)
        snapshot = snapshot.applying(result)
        self.memory = memory
        return (snapshot, replaced)
    }

    /// A snapshot and memory the store no longer holds, to be let go of later.
    struct Replaced: Sendable {
        let snapshot: SiteSnapshot
        let memory: RenderMemory
    }
}
