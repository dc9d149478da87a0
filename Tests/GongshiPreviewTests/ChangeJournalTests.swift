#if canImport(Glibc)
import Foundation
import Glibc
import GongshiSite
import Testing
@testable import GongshiPreview

/// The journal of what the kernel named (`ChangeJournal`): every kind of file change is named
/// (edit, creation, deletion, rename, an editor's save-by-rename, a hidden file, a write not yet
/// closed), and whatever the paths cannot describe (a folder created, moved or removed, the
/// kernel's queue overflowing, polling) makes the next rebuild list every input.
@Suite(.hangLimit) struct ChangeJournalTests {
    /// Takes from the journal until what was taken (merged) is `expected`, or 5 s have passed.
    static func collect(_ journal: ChangeJournal, expecting expected: InputChanges) async throws -> InputChanges {
        var taken = InputChanges.only([])
        for _ in 0..<250 {
            switch (taken, journal.take()) {
            case (.only(let old), .only(let new)): taken = .only(old.union(new))
            default: taken = .unknown
            }
            if taken == expected { break }
            try await Task.sleep(for: .milliseconds(20))
        }
        // A change is reported on its first event; the kernel may name more of it a moment later
        // (a write's close after its modify, a new folder's own files once it is watched). Those
        // belong to this step, so they are drained here rather than read by the next step.
        if taken == expected {
            for _ in 0..<10 {
                try await Task.sleep(for: .milliseconds(50))
                _ = journal.take()
            }
        }
        return taken
    }

    /// Writes in place (open, write, close): no temporary file of its own for the kernel to name.
    static func put(_ site: PreviewSite, _ path: String, _ text: String) {
        let descriptor = open(site.folder.path + "/" + path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        #expect(descriptor >= 0)
        let bytes = Array(text.utf8)
        #expect(write(descriptor, bytes, bytes.count) == bytes.count)
        close(descriptor)
    }

    @Test func namesEveryChangedFileAndListsAllAfterAFolderChange() async throws {
        let site = try PreviewSite([
            "site.yaml": PreviewSite.siteYAML, ".gongshi/known-names": "", "content/articles/a.md": "甲", "content/articles/b.md": "乙"])
        defer { site.remove() }
        let journal = ChangeJournal()
        let watcher = try InotifyWatcher(scanner: TreeScanner(siteFolder: site.folder.path), quietPeriod: .milliseconds(20), journal: journal)
        defer { watcher.stop() }
        #expect(journal.take() == .unknown)  // the first build lists everything
        #expect(journal.take() == .only([]))
        let folder = site.folder.path

        Self.put(site, "content/articles/a.md", "甲，改过")
        #expect(try await Self.collect(journal, expecting: .only(["content/articles/a.md"])) == .only(["content/articles/a.md"]))
        Self.put(site, "content/articles/c.md", "丙")
        #expect(try await Self.collect(journal, expecting: .only(["content/articles/c.md"])) == .only(["content/articles/c.md"]))
        #expect(unlink(folder + "/content/articles/c.md") == 0)
        #expect(try await Self.collect(journal, expecting: .only(["content/articles/c.md"])) == .only(["content/articles/c.md"]))
        #expect(rename(folder + "/content/articles/b.md", folder + "/content/articles/d.md") == 0)
        let renamed: InputChanges = .only(["content/articles/b.md", "content/articles/d.md"])
        #expect(try await Self.collect(journal, expecting: renamed) == renamed)
        // An editor's save: a hidden temporary file written and renamed over the file.
        Self.put(site, "content/articles/.a.md.swp", "甲，又改")
        #expect(rename(folder + "/content/articles/.a.md.swp", folder + "/content/articles/a.md") == 0)
        let saved: InputChanges = .only(["content/articles/.a.md.swp", "content/articles/a.md"])
        #expect(try await Self.collect(journal, expecting: saved) == saved)
        // A write not yet closed wakes no rebuild, but the next one looks at the file.
        let handle = try FileHandle(forWritingTo: site.folder.appendingPathComponent("content/articles/d.md"))
        try handle.write(contentsOf: Data("丁".utf8))
        #expect(try await Self.collect(journal, expecting: .only(["content/articles/d.md"])) == .only(["content/articles/d.md"]))
        try handle.close()
        #expect(try await Self.collect(journal, expecting: .only(["content/articles/d.md"])) == .only(["content/articles/d.md"]))
        Self.put(site, ".gongshi/known-names", "张三\n")
        Self.put(site, "site.yaml", PreviewSite.siteYAML + "\n")
        let config: InputChanges = .only([".gongshi/known-names", "site.yaml"])
        #expect(try await Self.collect(journal, expecting: config) == config)

        // Folders: created (with a file in it before it is watched), moved, removed.
        try site.write("content/rosters/2026-12/1.csv", "x")
        #expect(try await Self.collect(journal, expecting: .unknown) == .unknown)
        Self.put(site, "content/articles/a.md", "甲，三改")  // certain again once taken
        #expect(try await Self.collect(journal, expecting: .only(["content/articles/a.md"])) == .only(["content/articles/a.md"]))
        #expect(rename(folder + "/content/rosters/2026-12", folder + "/content/rosters/2027-01") == 0)
        #expect(try await Self.collect(journal, expecting: .unknown) == .unknown)
        try FileManager.default.removeItem(atPath: folder + "/content/rosters/2027-01")
        #expect(try await Self.collect(journal, expecting: .unknown) == .unknown)
        #expect(mkdir(folder + "/content/.git", 0o700) == 0)  // a hidden folder (never watched) too
        #expect(try await Self.collect(journal, expecting: .unknown) == .unknown)
    }

    /// The kernel's queue overflowed: events were lost, so nothing can be vouched for.
    @Test func anOverflowMakesTheNextRebuildListEverything() throws {
        let site = try PreviewSite(["site.yaml": PreviewSite.siteYAML, "content/articles/a.md": "甲"])
        defer { site.remove() }
        let watches = try InotifyWatches(siteFolder: site.folder.path)
        defer { close(watches.descriptor) }
        var batch = InotifyWatches.Batch()
        watches.handle(InotifyEvent(watch: -1, mask: UInt32(IN_Q_OVERFLOW), name: nil), into: &batch)
        #expect(batch.overflowed && batch.uncertain)
        let journal = ChangeJournal()
        journal.beginVouching()
        _ = journal.take()
        journal.record(["content/articles/a.md"], certain: !batch.uncertain)
        #expect(journal.take() == .unknown)
        #expect(journal.take() == .only([]))
    }

    @Test func aFailedRebuildGivesBackWhatItTookAndPollingNeverVouches() {
        let journal = ChangeJournal()
        journal.record(["content/a.md"], certain: true)
        #expect(journal.take() == .unknown)  // not watching yet
        journal.beginVouching()
        journal.record(["content/a.md"], certain: true)
        let taken = journal.take()
        #expect(taken == .only(["content/a.md"]))
        journal.record(["content/b.md"], certain: true)
        journal.restore(taken)
        #expect(journal.take() == .only(["content/a.md", "content/b.md"]))
        journal.restore(.unknown)
        #expect(journal.take() == .unknown)
        journal.stopVouching()  // polling took over
        journal.record(["content/c.md"], certain: true)
        #expect(journal.take() == .unknown)
        #expect(journal.take() == .unknown)
    }

    /// The served files' index by path is kept while the paths are the same list.
    @Test func servedFilesAreFoundByPathWhetherTheIndexIsKeptOrMadeAgain() {
        let first = ServedFiles([OutputFile(path: "a.html", bytes: [1]), OutputFile(path: "b.html", bytes: [2])], reusing: .empty)
        let same = ServedFiles([OutputFile(path: "a.html", bytes: [3]), OutputFile(path: "b.html", bytes: [2])], reusing: first)
        #expect(same["a.html"] == [3] && same["b.html"] == [2] && same["c.html"] == nil)
        let other = ServedFiles([OutputFile(path: "c.html", bytes: [4]), OutputFile(path: "a.html", bytes: [5])], reusing: same)
        #expect(other["a.html"] == [5] && other["b.html"] == nil && other["c.html"] == [4])
        #expect(ServedFiles.empty["a.html"] == nil)
    }
}
#endif
