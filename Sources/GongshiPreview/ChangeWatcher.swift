import Foundation
import ServiceLifecycle

/// Notices changes to the site's inputs and calls `onChange` with the changed paths
/// (site-relative, sorted, as `TreeScanner` names them), one build at a time. On Linux the kernel
/// tells (`InotifyWatcher`): a save wakes the rebuild within milliseconds at any scale. Polling
/// (`PollingWatcher`) is the fallback that keeps the preview correct everywhere: on macOS, when
/// inotify cannot start, when the kernel's watch limit is reached (both said once on the
/// terminal), and when the hidden `GONGSHI_WATCH=poll` asks for it (tests). Ends on graceful
/// shutdown.
struct ChangeWatcher: Service {
    /// The hidden environment variable that forces polling: `GONGSHI_WATCH=poll`.
    static let environmentKey = "GONGSHI_WATCH"

    private enum Engine: Sendable {
        #if canImport(Glibc)
        case kernel(InotifyWatcher)
        #endif
        case polling(tree: TreeScanner.Tree, fingerprint: Int)
    }

    let scanner: TreeScanner
    let pollInterval: Duration
    let debounce: Duration
    /// Told what the kernel names, or that polling took over (`ChangeJournal`).
    let journal: ChangeJournal
    let report: @Sendable (PreviewEvent) -> Void
    let onChange: @Sendable ([String]) async -> Void
    private let engine: Engine

    /// Starts watching and stamps the inputs. Call before the first build, so that edits made
    /// during it trigger another.
    init(
        scanner: TreeScanner, quietPeriod: Duration, pollInterval: Duration, debounce: Duration,
        journal: ChangeJournal = ChangeJournal(), environment: [String: String] = ProcessInfo.processInfo.environment,
        report: @escaping @Sendable (PreviewEvent) -> Void, onChange: @escaping @Sendable ([String]) async -> Void
    ) {
        self.scanner = scanner
        self.pollInterval = pollInterval
        self.debounce = debounce
        self.journal = journal
        self.report = report
        self.onChange = onChange
        engine = Self.start(scanner: scanner, quietPeriod: quietPeriod, forcePolling: environment[Self.environmentKey] == "poll",
                            journal: journal, report: report)
    }

    private static func start(
        scanner: TreeScanner, quietPeriod: Duration, forcePolling: Bool, journal: ChangeJournal,
        report: @Sendable (PreviewEvent) -> Void
    ) -> Engine {
        #if canImport(Glibc)
        if !forcePolling {
            do throws(InotifyWatches.Failure) {
                return .kernel(try InotifyWatcher(scanner: scanner, quietPeriod: quietPeriod, journal: journal))
            } catch {
                report(.pollingForChanges(error == .watchLimit ? .watchLimit : .unavailable))
            }
        }
        #endif
        return .polling(tree: scanner.scan(), fingerprint: scanner.fingerprint())
    }

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
        switch engine {
        #if canImport(Glibc)
        case .kernel(let watcher):
            switch await watcher.watch(onChange: onChange) {
            case .stopped:
                return
            case .limitReached(let tree):
                journal.stopVouching()
                report(.pollingForChanges(.watchLimit))
                try await poll(from: (tree, nil))
            }
        #endif
        case .polling(let tree, let fingerprint):
            try await poll(from: (tree, fingerprint))
        }
    }

    private func poll(from initial: (tree: TreeScanner.Tree, fingerprint: Int?)) async throws {
        try await PollingWatcher(
            scanner: scanner, initial: initial, interval: pollInterval, debounce: debounce, onChange: onChange
        ).watch()
    }
}
