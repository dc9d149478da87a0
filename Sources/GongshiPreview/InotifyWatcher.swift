#if canImport(Glibc)
import Foundation
import Glibc
import Synchronization

/// Notices changes through the kernel (inotify) instead of polling, so a save wakes the rebuild
/// within milliseconds even on a site of tens of thousands of files. A reader thread collects the
/// paths the kernel names; once no event has come for `quietPeriod` (so an editor's
/// write-then-rename, or a save of several files, gives one rebuild), the watcher stamps those
/// paths again (`WatchedTree`) and calls `onChange` with what really changed. Builds run one at a
/// time; events during a build are collected and looked at when it ends. Every file the kernel
/// names (hidden ones too, and writes not yet closed) is also recorded in the `ChangeJournal`, so
/// that a rebuild need not list the inputs again.
final class InotifyWatcher: Sendable {
    /// How watching ended.
    enum Outcome {
        /// The task was cancelled (shutdown).
        case stopped
        /// A new folder could not be watched (the watch limit): polling takes over from `tree`.
        case limitReached(tree: TreeScanner.Tree)
    }

    /// What the reader thread has collected and not yet handed over, and the signal that there is some.
    private final class Inbox: Sendable {
        struct State {
            var batch = InotifyWatches.Batch()
            var lastEvent = ContinuousClock.now
        }

        let state = Mutex(State())
        let signals: AsyncStream<Void>
        let signal: AsyncStream<Void>.Continuation

        init() {
            (signals, signal) = AsyncStream.makeStream(of: Void.self, bufferingPolicy: .bufferingNewest(1))
        }

        func post(_ batch: InotifyWatches.Batch) {
            state.withLock { state in
                state.batch.paths.merge(batch.paths) { $0 || $1 }
                state.batch.overflowed = state.batch.overflowed || batch.overflowed
                state.batch.limitReached = state.batch.limitReached || batch.limitReached
                state.lastEvent = .now
            }
            signal.yield()
        }

        func take() -> InotifyWatches.Batch {
            state.withLock { state in
                defer { state.batch = InotifyWatches.Batch() }
                return state.batch
            }
        }

        var lastEvent: ContinuousClock.Instant { state.withLock { $0.lastEvent } }
    }

    private let inbox = Inbox()
    /// Closed to end the reader thread (`-1` once closed).
    private let stopWrite: Mutex<Int32>
    private let initialTree: TreeScanner.Tree
    private let scanner: TreeScanner
    let quietPeriod: Duration

    /// Gives up waiting for a quiet moment after this long and builds anyway.
    static let maximumWait: Duration = .seconds(2)

    /// Watches every input folder, then stamps the tree (so nothing saved in between is missed),
    /// then starts the reader thread.
    init(scanner: TreeScanner, quietPeriod: Duration, journal: ChangeJournal = ChangeJournal()) throws(InotifyWatches.Failure) {
        let watches = try InotifyWatches(siteFolder: scanner.siteFolder)
        var ends: [Int32] = [0, 0]
        guard pipe(&ends) == 0, fcntl(ends[0], F_SETFD, FD_CLOEXEC) == 0, fcntl(ends[1], F_SETFD, FD_CLOEXEC) == 0 else {
            close(watches.descriptor)
            throw .unavailable(errno)
        }
        self.scanner = scanner
        self.quietPeriod = quietPeriod
        stopWrite = Mutex(ends[1])
        initialTree = scanner.scan()
        journal.beginVouching()
        let stopRead = ends[0]
        let reader = Thread { [inbox] in
            Self.read(watches, stopRead: stopRead, inbox: inbox, journal: journal)
        }
        reader.name = "gongshi-inotify"
        reader.start()
    }

    deinit { stop() }

    /// Ends the reader thread (it closes the inotify descriptor).
    func stop() {
        stopWrite.withLock { descriptor in
            guard descriptor >= 0 else { return }
            close(descriptor)
            descriptor = -1
        }
    }

    /// Hands changes to `onChange` until cancelled, or until polling must take over.
    func watch(onChange: @Sendable ([String]) async -> Void) async -> Outcome {
        defer { stop() }
        var tree = WatchedTree(scanner: scanner, tree: initialTree)
        let clock = ContinuousClock()
        for await _ in inbox.signals {
            let started = clock.now
            while true {
                let quietFor = inbox.lastEvent.duration(to: clock.now)
                guard quietFor < quietPeriod, started.duration(to: clock.now) < Self.maximumWait else { break }
                do { try await Task.sleep(for: quietPeriod - quietFor) } catch { return .stopped }
            }
            let batch = inbox.take()
            let changed = batch.overflowed || batch.limitReached ? tree.rescan() : tree.refresh(batch.paths)
            if !changed.isEmpty { await onChange(changed) }
            if batch.limitReached { return .limitReached(tree: tree.tree) }
            if Task.isCancelled { return .stopped }
        }
        return .stopped
    }

    /// The reader thread: waits on the inotify descriptor and the stop pipe, parses what comes and
    /// passes it on. Owns `watches` and closes both descriptors when it ends.
    private static func read(_ watches: InotifyWatches, stopRead: Int32, inbox: Inbox, journal: ChangeJournal) {
        defer {
            close(watches.descriptor)
            close(stopRead)
            inbox.signal.finish()
        }
        let capacity = 64 * 1024
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: capacity, alignment: MemoryLayout<inotify_event>.alignment)
        defer { buffer.deallocate() }
        var descriptors = [
            pollfd(fd: watches.descriptor, events: Int16(POLLIN), revents: 0),
            pollfd(fd: stopRead, events: Int16(POLLIN), revents: 0),
        ]
        while true {
            let ready = poll(&descriptors, 2, -1)
            if ready < 0 {
                if errno == EINTR { continue }
                return
            }
            if descriptors[1].revents != 0 { return }
            var batch = InotifyWatches.Batch()
            while true {
                let count = Glibc.read(watches.descriptor, buffer.baseAddress, capacity)
                if count < 0 && errno == EINTR { continue }
                guard count > 0 else { break }  // EAGAIN: all read
                for event in InotifyEvent.parse(UnsafeRawBufferPointer(rebasing: buffer[0..<count])) {
                    watches.handle(event, into: &batch)
                }
            }
            journal.record(batch.touched, certain: !batch.uncertain && !batch.overflowed && !batch.limitReached)
            guard !batch.isEmpty else { continue }
            inbox.post(batch)
        }
    }
}
#endif
