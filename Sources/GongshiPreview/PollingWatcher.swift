import ServiceLifecycle

/// The watcher of last resort (macOS, no inotify, the kernel's watch limit reached, or
/// `GONGSHI_WATCH=poll`): polls the site's inputs (`stat` only) and calls `onChange` with the
/// changed paths once the tree has been still for `debounce`, so that saving several files, or an
/// editor's write-then-rename, gives one rebuild. Polls every `interval`, or less often on a tree
/// so large that polling would take more than 1/20 of a core. Builds run one at a time: changes
/// made during a build are picked up by the next poll. Runs until its task is cancelled.
struct PollingWatcher: Sendable {
    let scanner: TreeScanner
    /// The tree as last seen, and its fingerprint; `nil` when not known (taking over from the
    /// kernel watcher): then the first poll compares the tree at once.
    let initial: (tree: TreeScanner.Tree, fingerprint: Int?)
    let interval: Duration
    let debounce: Duration
    let onChange: @Sendable ([String]) async -> Void

    /// Gives up waiting for a still tree after this many debounce periods and builds anyway.
    static let maximumSettleRounds = 20
    /// Poll no more often than this many scan durations.
    static let scanCostFactor = 20

    func watch() async throws {
        var last = initial
        var pause = last.fingerprint == nil ? .zero : interval
        let clock = ContinuousClock()
        while true {
            try await Task.sleep(for: pause)
            let started = clock.now
            let fingerprint = scanner.fingerprint()
            pause = max(interval, started.duration(to: clock.now) * Self.scanCostFactor)
            guard fingerprint != last.fingerprint else { continue }
            let settled = try await settle(from: fingerprint)
            let tree = scanner.scan()
            let changed = TreeScanner.changes(from: last.tree, to: tree)
            last = (tree, settled)
            if !changed.isEmpty { await onChange(changed) }
        }
    }

    /// Fingerprints until two taken `debounce` apart agree.
    private func settle(from fingerprint: Int) async throws -> Int {
        var previous = fingerprint
        for _ in 0..<Self.maximumSettleRounds {
            try await Task.sleep(for: debounce)
            let current = scanner.fingerprint()
            if current == previous { return current }
            previous = current
        }
        return previous
    }
}
