import ServiceLifecycle

/// Polls the site's inputs (`stat` only, every `interval`) and calls `onChange` once the tree has
/// been still for `debounce`, so that saving several files, or an editor's write-then-rename,
/// gives one rebuild. Builds run one at a time: changes made during a build are picked up by the
/// next poll. Ends on graceful shutdown.
struct ChangeWatcher: Service {
    let scanner: TreeScanner
    let initial: TreeScanner.Tree
    let interval: Duration
    let debounce: Duration
    let onChange: @Sendable ([String]) async -> Void

    /// Gives up waiting for a still tree after this many debounce periods and builds anyway.
    static let maximumSettleRounds = 20

    func run() async throws {
        do {
            try await cancelWhenGracefulShutdown {
                try await watch()
            }
        } catch is CancellationError {
            return
        }
    }

    private func watch() async throws {
        var last = initial
        while true {
            try await Task.sleep(for: interval)
            guard scanner.scan() != last else { continue }
            let settled = try await settle()
            let changed = TreeScanner.changes(from: last, to: settled)
            last = settled
            if !changed.isEmpty { await onChange(changed) }
        }
    }

    /// Scans until two scans `debounce` apart agree.
    private func settle() async throws -> TreeScanner.Tree {
        var previous = scanner.scan()
        for _ in 0..<Self.maximumSettleRounds {
            try await Task.sleep(for: debounce)
            let current = scanner.scan()
            if current == previous { return current }
            previous = current
        }
        return previous
    }
}
