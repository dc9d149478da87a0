/// What the preview's watcher can say about the inputs since the last rebuild began, so that the
/// next one need not list and stamp all of them (at city scale ~24,000 files) to find the one a
/// clerk saved. `only` is a promise that no path outside the set changed: only the kernel watcher
/// (inotify, with no overflow and no folder created, removed or moved meanwhile) can make it.
package enum InputChanges: Sendable, Equatable {
    /// Anything may have changed: list every input (the first build, polling, an overflow, a
    /// folder come or gone).
    case unknown
    /// Only these site-relative file paths may have changed (hidden files included).
    case only(Set<String>)
}
