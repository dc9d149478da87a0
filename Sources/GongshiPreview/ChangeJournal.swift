import GongshiSite
import Synchronization

/// Every input path the kernel watcher named since the last rebuild began, so that the next
/// rebuild looks again at those alone instead of listing and stamping every input (at city scale
/// ~24,000 files, a quarter of a second). It vouches for nothing it cannot see: while polling, after
/// an overflow of the kernel's queue, or once a folder came, went or moved (files may then have
/// come or gone without an event of their own), the next rebuild is told `.unknown` and lists all.
///
/// The reader thread records what the kernel says; a rebuild takes everything recorded before it
/// starts listing, so whatever changes later is recorded for the one after. A failed rebuild puts
/// back what it took: the preview keeps the memory of the last good build, which did not see it.
final class ChangeJournal: Sendable {
    private struct State {
        /// The kernel watcher is running: what it records can be vouched for.
        var vouching = false
        /// Nothing happened since the last take that the paths cannot describe.
        var certain = false
        var paths: Set<String> = []
    }

    private let state = Mutex(State())

    init() {}

    /// The kernel watcher has begun watching every input folder.
    func beginVouching() {
        state.withLock { $0.vouching = true }
    }

    /// Polling takes over (the watch limit): every later rebuild lists all inputs.
    func stopVouching() {
        state.withLock { $0.vouching = false }
    }

    /// Files the kernel named; `certain` false when it named something the paths cannot describe.
    func record(_ paths: Set<String>, certain: Bool) {
        guard !paths.isEmpty || !certain else { return }
        state.withLock { state in
            state.paths.formUnion(paths)
            if !certain { state.certain = false }
        }
    }

    /// What changed since the last take, and a fresh start for the next.
    func take() -> InputChanges {
        state.withLock { state in
            defer {
                state.paths = []
                state.certain = true
            }
            return state.vouching && state.certain ? .only(state.paths) : .unknown
        }
    }

    /// A rebuild that failed gives back what it took, for the next one.
    func restore(_ changes: InputChanges) {
        state.withLock { state in
            switch changes {
            case .unknown: state.certain = false
            case .only(let paths): state.paths.formUnion(paths)
            }
        }
    }
}
