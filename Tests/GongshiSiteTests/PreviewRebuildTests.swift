import Foundation
import Testing
@testable import GongshiCore
@testable import GongshiSite

/// The preview's rebuild when the kernel watcher says which inputs changed (`InputChanges`): the
/// input digest is updated from the last one instead of listed again, the kept pages are found by
/// their place in the plan (or by path, when pages came or went), and the files are byte for byte
/// those of a clean render after every kind of edit.
@Suite struct PreviewRebuildTests {
    typealias SampleCopy = IncrementalBuildTests.SampleCopy

    /// The rebuild told `changed`, checked against one that lists every input from the same memory:
    /// the same files, as many pages reused, the same digest kept.
    static func rebuild(
        _ copy: SampleCopy, after memory: RenderMemory, changed: Set<String>, sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) throws -> (files: [OutputFile], pages: Int, warnings: [Diagnostic], memory: RenderMemory, reused: Int) {
        let told = try SiteBuilder.render(siteFolder: copy.site, includeDrafts: false, memory: memory, changes: .only(changed))
        let listed = try SiteBuilder.render(siteFolder: copy.site, includeDrafts: false, memory: memory, changes: .unknown)
        #expect(told.files == listed.files, sourceLocation: sourceLocation)
        #expect(told.reused == listed.reused, sourceLocation: sourceLocation)
        #expect(told.pages == listed.pages, sourceLocation: sourceLocation)
        #expect(told.memory.lastInputs?.digest.files == listed.memory.lastInputs?.digest.files, sourceLocation: sourceLocation)
        #expect(told.memory.lastInputs?.digest.paths == listed.memory.lastInputs?.digest.paths, sourceLocation: sourceLocation)
        #expect(told.memory.pages.keys == listed.memory.pages.keys, sourceLocation: sourceLocation)
        // Keys kept from the last rebuild are the keys hashed afresh.
        var unkept = memory
        unkept.keyShared = nil
        let hashed = try SiteBuilder.render(siteFolder: copy.site, includeDrafts: false, memory: unkept, changes: .only(changed))
        #expect(hashed.memory.keptKeys == 0, sourceLocation: sourceLocation)
        #expect(told.memory.pages.keys == hashed.memory.pages.keys, sourceLocation: sourceLocation)
        // What the load remembers for the next rebuild is the same, whether a month was taken
        // whole on the watcher's word or looked at file by file.
        let toldLoad = try #require(told.memory.load, sourceLocation: sourceLocation)
        let listedLoad = try #require(listed.memory.load, sourceLocation: sourceLocation)
        #expect(toldLoad.rosterFiles.mapValues(\.sha256) == listedLoad.rosterFiles.mapValues(\.sha256), sourceLocation: sourceLocation)
        #expect(toldLoad.months.mapValues(\.signature) == listedLoad.months.mapValues(\.signature), sourceLocation: sourceLocation)
        #expect(toldLoad.reusedFiles == listedLoad.reusedFiles, sourceLocation: sourceLocation)
        // Without the watcher's word no month is taken untouched.
        #expect(listedLoad.untouchedMonths == 0, sourceLocation: sourceLocation)
        return told
    }

    static func clean(_ copy: SampleCopy) throws -> [OutputFile] {
        try SiteBuilder.render(siteFolder: copy.site, includeDrafts: false).files
    }

    /// The digest the rebuild kept for the next one is what listing every input gives now.
    static func expectListedDigest(_ memory: RenderMemory, _ copy: SampleCopy, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        let kept = try #require(memory.lastInputs, sourceLocation: sourceLocation)
        let full = try InputDigest.files(siteFolder: copy.site.standardizedFileURL.path, theme: kept.theme)
        #expect(kept.digest.paths == full.paths, sourceLocation: sourceLocation)
        #expect(kept.digest.files == full.files, sourceLocation: sourceLocation)
    }

    @Test func aRosterAndAnArticleEditedAreRebuiltFromTheNamedPathsAlone() throws {
        let copy = try SampleCopy()
        defer { copy.cleanUp() }
        let first = try SiteBuilder.render(siteFolder: copy.site, includeDrafts: false, memory: RenderMemory())
        #expect(first.memory.lastInputs?.digest.watchable == true)
        try IncrementalBuildTests.raiseOneAmount(copy)
        let edited = try Self.rebuild(copy, after: first.memory, changed: [
            IncrementalBuildTests.village, "content/rosters/2026-11/_month.yaml"])
        #expect(edited.reused == 131 - 36)
        // 2026-09 and 2026-10 were taken whole; 2026-11, whose files changed, was looked at.
        #expect(edited.memory.load?.untouchedMonths == 2)
        // The pages of 2026-09 and 2026-10 (34 each: month, township and village roster pages,
        // print pages, cards and the month's totals.csv), the 8 documents, the 404, standards and
        // supervision pages kept their keys.
        #expect(edited.memory.keptKeys == 34 + 34 + 8 + 3)
        #expect(edited.files == (try Self.clean(copy)))
        #expect(edited.memory.lastInputs?.digest.hashed == 2)
        try Self.expectListedDigest(edited.memory, copy)

        let article = "content/articles/payment-yikatong.md"
        try copy.edit(article) { $0 + "\n补充说明：以上内容自发布之日起施行。\n" }
        let again = try Self.rebuild(copy, after: edited.memory, changed: [article])
        #expect(again.reused > 100)
        #expect(again.memory.load?.untouchedMonths == 3)
        // Every month's pages but its village and township roster pages, which list the notices
        // naming their region (both sample notices do), so a document edit hashes them again; the
        // 404, standards and supervision pages; no document (one document's text changed, so the
        // documents' part did).
        #expect(again.memory.keptKeys == (34 - 13 - 3) + (34 - 13 - 3) + (32 - 12 - 3) + 3)
        #expect(again.files == (try Self.clean(copy)))
        try Self.expectListedDigest(again.memory, copy)
    }

    /// An article added and deleted again (file events, no folder event): the plan gains a page
    /// and loses it, and the kept pages are found by path.
    @Test func anArticleAddedAndRemovedChangesThePageListAndMatchesACleanRender() throws {
        let copy = try SampleCopy()
        defer { copy.cleanUp() }
        let first = try SiteBuilder.render(siteFolder: copy.site, includeDrafts: false, memory: RenderMemory())
        let article = "content/articles/extra-note.md"
        let url = copy.site.appendingPathComponent(article)
        try Data("---\ntitle: 补充说明\ndate: 2024-12-02\n---\n补充说明的正文。\n".utf8).write(to: url)
        let added = try Self.rebuild(copy, after: first.memory, changed: [article])
        #expect(added.files.count == first.files.count + 1)
        #expect(added.memory.keptKeys == 0)  // a page came: no page keeps its key by place
        #expect(added.files == (try Self.clean(copy)))
        try Self.expectListedDigest(added.memory, copy)
        try FileManager.default.removeItem(at: url)
        let removed = try Self.rebuild(copy, after: added.memory, changed: [article])
        #expect(removed.files == first.files)
        #expect(removed.reused > 100)
        try Self.expectListedDigest(removed.memory, copy)
    }

    /// A roster removed from an earlier month and put back: the month's folder is touched, so it is
    /// looked at file by file (its totals no longer match: the same errors as a full look), while
    /// the untouched months are taken whole; back again, the site is the first one.
    @Test func aRosterRemovedFromAnEarlierMonthAndPutBack() throws {
        let copy = try SampleCopy()
        defer { copy.cleanUp() }
        let first = try SiteBuilder.render(siteFolder: copy.site, includeDrafts: false, memory: RenderMemory())
        let path = "content/rosters/2026-10/410829201204.csv"
        let url = copy.site.appendingPathComponent(path)
        let aside = copy.root.appendingPathComponent("410829201204.csv")
        try FileManager.default.moveItem(at: url, to: aside)
        func errors(_ changes: InputChanges) -> [Diagnostic] {
            do {
                _ = try SiteBuilder.render(siteFolder: copy.site, includeDrafts: false, memory: first.memory, changes: changes)
                return []
            } catch {
                guard case .content(let diagnostics) = error else { return [] }
                return diagnostics
            }
        }
        let told = errors(.only([path]))
        #expect(told.hasErrors)
        #expect(told == errors(.unknown))
        try FileManager.default.moveItem(at: aside, to: url)
        let back = try Self.rebuild(copy, after: first.memory, changed: [path])
        #expect(back.files == first.files)
        #expect(back.memory.load?.untouchedMonths == 2)
        #expect(back.memory.keptKeys == 34 + 34 + 32 + 8 + 3)
        try Self.expectListedDigest(back.memory, copy)
    }

    /// An amount raised in the month before the latest: the latest month's parts take the month
    /// before (its change lists), so only the first month's pages keep their keys; then a hidden
    /// file saved in the first month's folder (an editor's lock file).
    @Test func anEarlierMonthEditedAndAHiddenFileInAnotherFolder() throws {
        let copy = try SampleCopy()
        defer { copy.cleanUp() }
        let first = try SiteBuilder.render(siteFolder: copy.site, includeDrafts: false, memory: RenderMemory())
        try IncrementalBuildTests.raiseOctober(copy)
        let october = try Self.rebuild(copy, after: first.memory, changed: [
            IncrementalBuildTests.octoberRow, "content/rosters/2026-10/_month.yaml"])
        #expect(october.files == (try Self.clean(copy)))
        #expect(october.memory.load?.untouchedMonths == 2)
        // 2026-09's 34 files (its pages and totals.csv), the 8 documents, the 404, standards and supervision pages.
        #expect(october.memory.keptKeys == 34 + 8 + 3)
        try Self.expectListedDigest(october.memory, copy)

        let lock = "content/rosters/2026-09/.~lock.410829101201.csv#"
        try Data("clerk,host,1234\n".utf8).write(to: copy.site.appendingPathComponent(lock))
        let locked = try Self.rebuild(copy, after: october.memory, changed: [lock])
        #expect(locked.files == (try Self.clean(copy)))
        // A file in a month folder that is not a CSV is in the load fingerprint: the whole load
        // memory goes, no month is taken untouched.
        #expect(locked.memory.load?.untouchedMonths == 0)
        // Its month's notice part changed, and the next month's (which takes the folder before):
        // 2026-11's 32 files, the 8 documents, the 404, standards and supervision pages kept their keys.
        #expect(locked.memory.keptKeys == 32 + 8 + 3)
        try Self.expectListedDigest(locked.memory, copy)
    }

    /// A rebuild the watcher cannot vouch for (the latest month's folder moved back in) lists
    /// everything; a named path the update declines (a link) does too. Both match a clean render.
    @Test func uncertainChangesListEveryInput() throws {
        let copy = try SampleCopy()
        defer { copy.cleanUp() }
        let latest = copy.site.appendingPathComponent("content/rosters/2026-11")
        let aside = copy.root.appendingPathComponent("2026-11")
        try FileManager.default.moveItem(at: latest, to: aside)
        let first = try SiteBuilder.render(siteFolder: copy.site, includeDrafts: false, memory: RenderMemory())
        try FileManager.default.moveItem(at: aside, to: latest)
        let month = try SiteBuilder.render(siteFolder: copy.site, includeDrafts: false, memory: first.memory, changes: .unknown)
        #expect(month.files == (try Self.clean(copy)))
        #expect(month.files.count > first.files.count)
        try Self.expectListedDigest(month.memory, copy)

        // A hidden note (the loader leaves it out; the digest lists it) made a link.
        let linked = copy.site.appendingPathComponent("content/articles/.notes.md")
        try FileManager.default.createSymbolicLink(
            at: linked, withDestinationURL: copy.site.appendingPathComponent("content/articles/payment-yikatong.md"))
        let link = try Self.rebuild(copy, after: month.memory, changed: ["content/articles/.notes.md"])
        #expect(link.files == (try Self.clean(copy)))
        #expect(link.memory.lastInputs?.digest.watchable == false)  // from now on, every rebuild lists all
        try Self.expectListedDigest(link.memory, copy)
    }
}

/// `RosterMonthFolders(updating:changed:…)`: the last folders with the changed ones grouped again
/// equal grouping every input, for files changed, added and removed, in one folder or several,
/// and for paths outside the rosters.
@Suite struct RosterMonthFoldersUpdateTests {
    static func inputs(_ paths: [String: String]) -> (files: [String: String], order: [String]) {
        (paths, paths.keys.sorted { $0.utf8Precedes($1) })
    }

    static func expectSame(_ a: RosterMonthFolders, _ b: RosterMonthFolders, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        #expect(a.all.keys.sorted() == b.all.keys.sorted(), sourceLocation: sourceLocation)
        #expect(a.others.keys.sorted() == b.others.keys.sorted(), sourceLocation: sourceLocation)
        for (name, list) in a.all {
            #expect(RosterMonthFolders.same(list, b.all[name]), "\(name)", sourceLocation: sourceLocation)
        }
        for (name, list) in a.others {
            #expect(RosterMonthFolders.same(list, b.others[name]), "\(name)", sourceLocation: sourceLocation)
        }
    }

    @Test func updatingTheChangedFoldersEqualsGroupingEveryInput() {
        let before: [String: String] = [
            "content/rosters/2026-10/_month.yaml": "a1", "content/rosters/2026-10/410829101201.csv": "a2",
            "content/rosters/2026-10/410829101202.CSV": "a3", "content/rosters/2026-11/_month.yaml": "b1",
            "content/rosters/2026-11/410829101201.csv": "b2", "content/rosters/2026-11/附件/说明.csv": "b3",
            "content/rosters/2026-11.txt": "c1", "content/articles/a.md": "d1", "site.yaml": "e1",
        ]
        let old = Self.inputs(before)
        let last = RosterMonthFolders(inputs: old.files, order: old.order)
        var after = before
        after["content/rosters/2026-11/410829101201.csv"] = "b2x"  // changed
        after["content/rosters/2026-11/410829101203.csv"] = "b4"  // added
        after["content/rosters/2026-10/410829101202.CSV"] = nil  // removed
        after["content/rosters/2026-11.txt"] = "c2"  // a file beside the month folders
        after["content/articles/a.md"] = "d2"  // outside the rosters
        let changed: Set<String> = [
            "content/rosters/2026-11/410829101201.csv", "content/rosters/2026-11/410829101203.csv",
            "content/rosters/2026-10/410829101202.CSV", "content/rosters/2026-11.txt", "content/articles/a.md",
        ]
        let new = Self.inputs(after)
        let updated = RosterMonthFolders(updating: last, changed: changed, inputs: new.files, order: new.order)
        Self.expectSame(updated, RosterMonthFolders(inputs: new.files, order: new.order))
        #expect(updated.all["2026-10"]?.count == 2)
        #expect(updated.others["2026-11"]?.map(\.0) == ["content/rosters/2026-11/_month.yaml", "content/rosters/2026-11/附件/说明.csv"])
        // Nothing under the rosters changed: the last folders as they were.
        let untouched = RosterMonthFolders(updating: last, changed: ["site.yaml"], inputs: old.files, order: old.order)
        Self.expectSame(untouched, last)
        // A folder whose every input went.
        var emptied = before
        emptied["content/rosters/2026-10/_month.yaml"] = nil
        emptied["content/rosters/2026-10/410829101201.csv"] = nil
        emptied["content/rosters/2026-10/410829101202.CSV"] = nil
        let gone = Self.inputs(emptied)
        let withoutOctober = RosterMonthFolders(
            updating: last, changed: Set(before.keys.filter { $0.hasPrefix("content/rosters/2026-10/") }), inputs: gone.files, order: gone.order)
        Self.expectSame(withoutOctober, RosterMonthFolders(inputs: gone.files, order: gone.order))
        #expect(withoutOctober.all["2026-10"] == nil)
    }
}
