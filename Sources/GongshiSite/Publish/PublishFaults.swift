#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// Test hooks for the publish stage, compiled only into debug builds: the release binary ignores
/// the variables. The tests kill the real binary at each step of the swap and check that the output
/// path still holds a complete site, force the two-rename fallback, and keep a leftover folder.
enum PublishFaults {
    /// The steps a test may kill the process at (`GONGSHI_TEST_KILL_AT=<raw value>`).
    enum Step: String {
        /// The previous tree is renamed to the staging name; its manifest is still in it.
        case claimed
        /// The claimed tree holds only entries of the new site (every other one removed) and
        /// every folder the new site needs; no page is linked or written yet.
        case pruned
        /// Unchanged pages are the output's own files in the staging tree; nothing rendered yet.
        case relinked
        /// Every file and the manifest are in the staging folder, nothing synced yet.
        case staged
        /// The staging tree is on disk; the swap is next.
        case synced
        /// Fallback only: the old output is renamed away, the new one not yet in place.
        case betweenRenames = "between-renames"
        /// The new tree is in place; the old one (now at the staging name) is not yet removed.
        case exchanged
        /// The old tree is kept as the previous tree; the build cache is not yet saved.
        case kept
    }

    static func reached(_ step: Step) {
        #if DEBUG
        if ProcessInfo.processInfo.environment["GONGSHI_TEST_KILL_AT"] == step.rawValue {
            kill(getpid(), SIGKILL)
        }
        #endif
    }

    /// `GONGSHI_TEST_NO_EXCHANGE=1`: behave as on a filesystem without an atomic exchange.
    static var exchangeUnavailable: Bool {
        #if DEBUG
        return ProcessInfo.processInfo.environment["GONGSHI_TEST_NO_EXCHANGE"] == "1"
        #else
        return false
        #endif
    }

    /// `GONGSHI_TEST_KEEP_LEFTOVERS=1`: removing an old tree or abandoned staging fails (EBUSY),
    /// as it does for a folder another program holds open on some systems.
    static var removalFails: Bool {
        #if DEBUG
        return ProcessInfo.processInfo.environment["GONGSHI_TEST_KEEP_LEFTOVERS"] == "1"
        #else
        return false
        #endif
    }
}
