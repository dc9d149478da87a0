#if canImport(Glibc)
import Foundation
import Glibc
import Testing
@testable import GongshiPreview

/// The kernel watcher on its own (no polling to fall back on): it names saved files, watches a
/// folder moved into the site (and what is saved in it later), forgets a folder moved out, and
/// parses the kernel's event records.
@Suite(.hangLimit) struct InotifyWatchTests {
    /// The batches the watcher reported, taken by the test a step at a time.
    final class Reports: @unchecked Sendable {
        private let lock = NSLock()
        private var paths = Set<String>()

        func add(_ batch: [String]) {
            lock.lock()
            paths.formUnion(batch)
            lock.unlock()
        }

        func take() -> Set<String> {
            lock.lock()
            defer { lock.unlock() }
            let taken = paths
            paths = []
            return taken
        }

        /// Takes until what was reported since the last step is `expected` (or more than it, or
        /// 1,000 waits have passed), then drains what the kernel names of the same change a moment
        /// later (a write's close after its modify; under load the quiet period can split them).
        /// A late report of the step before (`late`, when the drain could not wait long enough on
        /// a loaded machine) is left out; any other path stays in the result.
        func step(expecting expected: Set<String>, late: Set<String> = []) async throws -> Set<String> {
            var taken = Set<String>()
            for _ in 0..<1000 where !taken.isSuperset(of: expected) {
                taken.formUnion(take())
                if taken.isSuperset(of: expected) { break }
                try await Task.sleep(for: .milliseconds(20))
            }
            for _ in 0..<6 {
                try await Task.sleep(for: .milliseconds(100))
                taken.formUnion(take())
            }
            return taken.subtracting(late.subtracting(expected))
        }
    }

    @Test func namesChangesAndFollowsFoldersMovedInAndOut() async throws {
        let site = try PreviewSite(["site.yaml": PreviewSite.siteYAML, "content/articles/a.md": "甲"])
        defer { site.remove() }
        let watcher = try InotifyWatcher(scanner: TreeScanner(siteFolder: site.folder.path), quietPeriod: .milliseconds(200))
        let reports = Reports()
        let task = Task { await watcher.watch { reports.add($0) } }

        try site.write("content/articles/a.md", "甲，改过")
        #expect(try await reports.step(expecting: ["content/articles/a.md"]) == ["content/articles/a.md"])

        let outside = site.root.appendingPathComponent("outside")
        try FileManager.default.createDirectory(at: outside.appendingPathComponent("2026-12/sub"), withIntermediateDirectories: true)
        try Data("x".utf8).write(to: outside.appendingPathComponent("2026-12/sub/1.csv"))
        try FileManager.default.createDirectory(at: site.folder.appendingPathComponent("content/rosters"), withIntermediateDirectories: true)
        #expect(rename(outside.appendingPathComponent("2026-12").path, site.folder.appendingPathComponent("content/rosters/2026-12").path) == 0)
        #expect(try await reports.step(expecting: ["content/rosters/2026-12/sub/1.csv"]) == ["content/rosters/2026-12/sub/1.csv"])

        try site.write("content/rosters/2026-12/sub/1.csv", "xy")
        #expect(try await reports.step(expecting: ["content/rosters/2026-12/sub/1.csv"]) == ["content/rosters/2026-12/sub/1.csv"])

        let away = site.root.appendingPathComponent("away")
        #expect(rename(site.folder.appendingPathComponent("content/rosters/2026-12").path, away.path) == 0)
        #expect(try await reports.step(expecting: ["content/rosters/2026-12/sub/1.csv"]) == ["content/rosters/2026-12/sub/1.csv"])
        // What happens in the folder now outside the site is nothing to the site: the next report
        // names site.yaml alone (a late report of the move itself aside), never the new file.
        try Data("xyz".utf8).write(to: away.appendingPathComponent("sub/2.csv"))
        try site.write("site.yaml", PreviewSite.siteYAML + "\n")
        #expect(try await reports.step(expecting: ["site.yaml"], late: ["content/rosters/2026-12/sub/1.csv"]) == ["site.yaml"])

        task.cancel()
        if case .limitReached = await task.value { Issue.record("fell back to polling") }
    }

    @Test func parsesEventRecords() {
        var bytes: [UInt8] = []
        func record(_ watch: Int32, _ mask: UInt32, _ name: String?) {
            var name = Array((name ?? "").utf8)
            if !name.isEmpty { name += [UInt8](repeating: 0, count: 16 - name.count % 16) }
            var header = inotify_event()
            header.wd = watch
            header.mask = mask
            header.len = UInt32(name.count)
            withUnsafeBytes(of: &header) { bytes += $0 }
            bytes += name
        }
        record(1, UInt32(IN_CLOSE_WRITE), "a.md")
        record(2, UInt32(IN_DELETE_SELF), nil)
        record(3, UInt32(IN_CREATE | IN_ISDIR), "2026-12")
        let events = bytes.withUnsafeBytes { InotifyEvent.parse($0) }
        #expect(events == [
            InotifyEvent(watch: 1, mask: UInt32(IN_CLOSE_WRITE), name: "a.md"),
            InotifyEvent(watch: 2, mask: UInt32(IN_DELETE_SELF), name: nil),
            InotifyEvent(watch: 3, mask: UInt32(IN_CREATE | IN_ISDIR), name: "2026-12"),
        ])
        // A record cut short ends the list.
        #expect(bytes.dropLast(4).withUnsafeBytes { InotifyEvent.parse($0) }.count == 2)
    }
}
#endif
