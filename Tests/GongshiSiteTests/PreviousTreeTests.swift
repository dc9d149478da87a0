import Foundation
import Testing
@testable import GongshiCore
@testable import GongshiSite

/// The previous tree (`.public.previous`): a build with the cache keeps the output it replaced and
/// the next one claims it as its staging tree, bringing it to exactly the new site. Through the
/// real binary, after every kind of edit and of tampering with the previous tree, the output is
/// byte for byte a clean `--no-cache` build's, `gongshi verify` passes, and unchanged pages stay the
/// output's own files (same inode); killed at each new step, the next build is correct and clean.
@Suite struct PreviousTreeTests {
    typealias SampleCopy = IncrementalBuildTests.SampleCopy

    static let unchangedPage = "regions/410829201203.html"
    static let roster = "regions/410829101201.html"

    static func previous(_ copy: SampleCopy) -> URL { copy.site.appendingPathComponent(".public.previous") }

    static func inode(_ url: URL) -> UInt64? {
        var info = stat()
        guard lstat(url.path, &info) == 0 else { return nil }
        return UInt64(info.st_ino)
    }

    static func siblings(_ copy: SampleCopy) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: copy.site.path)) ?? []).filter { $0 != ".gongshi" }.sorted()
    }

    static let kept = [".public.previous", "content", "public", "site.yaml", "themes"]

    /// A build that must succeed silently and equal a clean build, with only the output and the
    /// previous tree beside the sources; returns how many pages it rendered.
    @discardableResult
    static func buildMatchesCleanBuild(_ copy: SampleCopy, _ extra: [String] = []) throws -> Int? {
        let result = try copy.build(extra)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try copy.differencesFromCleanBuild() == [])
        #expect(try CLI.run(["verify", "--source", copy.site.path]).status == 0)
        return result.rendered
    }

    @Test func editsAndTamperingGiveTheCleanBuildsOutput() throws {
        let copy = try SampleCopy()
        defer { copy.cleanUp() }
        let fm = FileManager.default
        #expect(try Self.buildMatchesCleanBuild(copy) == 126)
        #expect(!fm.fileExists(atPath: Self.previous(copy).path))
        // Nothing changed: the old output is kept, every page still the same file.
        let page = copy.output.appendingPathComponent(Self.unchangedPage)
        var before = Self.inode(page)
        #expect(try Self.buildMatchesCleanBuild(copy) == 0)
        #expect(Self.siblings(copy) == Self.kept)
        #expect(Self.inode(page) == before)
        #expect(Self.inode(Self.previous(copy).appendingPathComponent(Self.unchangedPage)) == before)
        // It keeps itself out of git; the output has no such file.
        let ignore = try String(contentsOf: Self.previous(copy).appendingPathComponent(".gitignore"), encoding: .utf8)
        #expect(ignore.hasSuffix("\n*\n"))
        #expect(!fm.fileExists(atPath: copy.output.appendingPathComponent(".gitignore").path))
        // The previous tree claimed: still the same files, and the previous tree is the old output.
        #expect(try Self.buildMatchesCleanBuild(copy) == 0)
        #expect(Self.inode(page) == before)
        #expect(Self.siblings(copy) == Self.kept)

        // A page changed.
        let changed = copy.output.appendingPathComponent(Self.roster)
        let changedBefore = Self.inode(changed)
        try IncrementalBuildTests.raiseOneAmount(copy)
        #expect(try Self.buildMatchesCleanBuild(copy) ?? 0 > 0)
        #expect(Self.inode(changed) != changedBefore)
        #expect(Self.inode(page) == before)
        // Built again with nothing changed: the previous tree holds the page's older version.
        #expect(try Self.buildMatchesCleanBuild(copy) == 0)
        #expect(Self.inode(page) == before)

        // A page added (with its own folder of the output), then removed.
        let added = copy.site.appendingPathComponent("content/articles/2026/通知.md")
        try fm.createDirectory(at: added.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data("---\ntitle: 新增通知\ndate: 2026-11-20\n---\n\n新增的通知正文。\n".utf8).write(to: added)
        try Self.buildMatchesCleanBuild(copy)
        try fm.removeItem(at: added)
        try Self.buildMatchesCleanBuild(copy)
        #expect(Self.inode(page) == before)

        // A whole month removed (its output folders go), then back.
        let month = copy.site.appendingPathComponent("content/rosters/2026-09")
        let aside = copy.root.appendingPathComponent("2026-09")
        try fm.moveItem(at: month, to: aside)
        try Self.buildMatchesCleanBuild(copy)
        try fm.moveItem(at: aside, to: month)
        try Self.buildMatchesCleanBuild(copy)
        before = Self.inode(page)  // the region's page shows its months: rendered again
        #expect(try Self.buildMatchesCleanBuild(copy) == 0)

        // Strays planted in the previous tree: a file, a folder, a link out of it, a link and a
        // FIFO where pages go, a link where a folder goes.
        let previous = Self.previous(copy)
        let outside = copy.root.appendingPathComponent("outside.txt")
        try Data("外面的文件".utf8).write(to: outside)
        try Data("stray".utf8).write(to: previous.appendingPathComponent("stray.html"))
        try fm.createDirectory(at: previous.appendingPathComponent("stray/deeper"), withIntermediateDirectories: true)
        try Data("stray".utf8).write(to: previous.appendingPathComponent("stray/deeper/page.html"))
        try fm.createSymbolicLink(at: previous.appendingPathComponent("outside-link"), withDestinationURL: outside)
        let linkedPage = previous.appendingPathComponent(Self.unchangedPage)
        try fm.removeItem(at: linkedPage)
        try fm.createSymbolicLink(at: linkedPage, withDestinationURL: outside)
        let fifoPage = previous.appendingPathComponent("index.html")
        try fm.removeItem(at: fifoPage)
        #expect(mkfifo(fifoPage.path, 0o644) == 0)
        let regions = try fm.contentsOfDirectory(atPath: previous.appendingPathComponent("print").path).sorted()
        let folder = previous.appendingPathComponent("print/" + (try #require(regions.first)))
        try fm.removeItem(at: folder)
        try fm.createSymbolicLink(at: folder, withDestinationURL: copy.root)
        try Self.buildMatchesCleanBuild(copy)
        #expect(try String(contentsOf: outside, encoding: .utf8) == "外面的文件")
        #expect(Self.inode(page) == before)

        // A file only the previous tree holds (an older version of a page), edited in place; and
        // one it shares with the output, edited in place (the output changes too, and is redone).
        try copy.edit(IncrementalBuildTests.village) { $0.replacingOccurrences(of: ",704.00,", with: ",705.00,") }
        try copy.edit("content/rosters/2026-11/_month.yaml") {
            $0.replacingOccurrences(of: "\"153261.50\"", with: "\"153262.50\"")
        }
        try Self.buildMatchesCleanBuild(copy)
        let olderVersion = previous.appendingPathComponent(Self.roster)
        #expect(Self.inode(olderVersion) != Self.inode(changed))
        try Data("改过的旧文件".utf8).write(to: olderVersion)
        try Self.buildMatchesCleanBuild(copy)
        let shared = Self.previous(copy).appendingPathComponent("articles/index.html")
        #expect(Self.inode(shared) == Self.inode(copy.output.appendingPathComponent("articles/index.html")))
        let handle = try FileHandle(forWritingTo: shared)
        try handle.write(contentsOf: Data("被手工改过".utf8))
        try handle.close()
        #expect(try Self.buildMatchesCleanBuild(copy) == 1)

        // The previous tree deleted; then the output deleted (the previous tree is then claimed
        // with no output to link from).
        try fm.removeItem(at: Self.previous(copy))
        try Self.buildMatchesCleanBuild(copy)
        #expect(Self.siblings(copy) == Self.kept)
        try fm.removeItem(at: copy.output)
        #expect(try Self.buildMatchesCleanBuild(copy) == 126)
        #expect(!fm.fileExists(atPath: Self.previous(copy).path))
        try Self.buildMatchesCleanBuild(copy)
        #expect(Self.siblings(copy) == Self.kept)

        // A previous tree without its manifest is not a finished site: removed, never claimed.
        try fm.removeItem(at: Self.previous(copy).appendingPathComponent(".gongshi-output"))
        try Data("stray".utf8).write(to: Self.previous(copy).appendingPathComponent("stray.html"))
        try Self.buildMatchesCleanBuild(copy)
        #expect(Self.siblings(copy) == Self.kept)
        #expect(!fm.fileExists(atPath: Self.previous(copy).appendingPathComponent("stray.html").path))

        // `--no-cache` keeps no previous tree, and removes the one there.
        try Self.buildMatchesCleanBuild(copy, ["--no-cache"])
        #expect(Self.siblings(copy) == ["content", "public", "site.yaml", "themes"])
    }

    /// Killed at each step the previous tree adds: the output is the old or the new complete site,
    /// and the next build publishes the clean build's output and leaves no leftover.
    @Test(arguments: ["claimed", "pruned", "relinked", "kept"])
    func killedAtEachStepThenTheNextBuildIsCorrect(step: String) throws {
        let copy = try SampleCopy()
        defer { copy.cleanUp() }
        try Self.buildMatchesCleanBuild(copy)
        try Self.buildMatchesCleanBuild(copy)
        #expect(FileManager.default.fileExists(atPath: Self.previous(copy).path))
        let manifest = copy.output.appendingPathComponent(".gongshi-output")
        PublishedBaseline.forget(in: copy.output)
        let old = try Data(contentsOf: manifest)
        try IncrementalBuildTests.raiseOneAmount(copy)
        let killed = try CLI.run(["build", "--source", copy.site.path], environment: ["GONGSHI_TEST_KILL_AT": step])
        #expect(killed.status == SIGKILL)
        #expect(try CLI.run(["verify", "--output", copy.output.path]).status == 0)
        let now = try Data(contentsOf: manifest)
        #expect(step == "kept" ? now != old : now == old)
        if step != "kept" { #expect(Self.siblings(copy).contains { $0.hasPrefix(".public.staging-") }) }
        try Self.buildMatchesCleanBuild(copy)
        #expect(Self.siblings(copy) == Self.kept)
        try Self.buildMatchesCleanBuild(copy)
        #expect(Self.siblings(copy) == Self.kept)
    }
}
