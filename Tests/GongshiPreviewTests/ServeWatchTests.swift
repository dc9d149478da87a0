import Foundation
import Testing

/// Through the real `gongshi serve`: each way of saving (in place, an editor's write-then-rename,
/// a new roster folder, a deletion, the known-names file) gives exactly one rebuild that names the
/// right files; what is not an input (swap files, backups, the output folder, the build cache)
/// gives none; and the polling fallback (`GONGSHI_WATCH=poll`) still notices a save.
///
/// "Exactly one": after the change under test (build 2), a save of the notice must be build 3 and
/// the next rebuild line, so no stray rebuild came in between.
@Suite(.hangLimit) struct ServeWatchTests {
    /// Longer than the default quiet period, so that the steps of one save never fall apart on a
    /// busy machine (this is not a timing assertion: a shorter quiet period only splits builds).
    static let arguments = ["--watch-quiet", "0.3"]
    static let sentinel = "content/notices/n.md"
    static let month12 = "notice_type: 长期公示\npublish_from: 2026-12-01\npublish_to: 2026-12-31\n"

    private func serve(_ site: PreviewSite, environment: [String: String] = [:]) throws -> ServeProcess {
        try ServeProcess(["--source", site.folder.path] + Self.arguments, environment: environment)
    }

    /// The file part of every `… 有变化：已重新生成 …` line so far.
    private func rebuilds(_ server: ServeProcess) -> [String] {
        server.stdout.split(separator: "\n").compactMap { line in
            line.range(of: " 有变化：已重新生成").map { String(line[..<$0.lowerBound]) }
        }
    }

    /// Saves the notice (or `path`), waits for its build, and checks the rebuild lines.
    private func expectRebuilds(
        _ expected: [String], then path: String = sentinel, server: ServeProcess, tab: EventStreamClient, site: PreviewSite,
        sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        let text = path == Self.sentinel
            ? "---\ntitle: 公告\ndate: 2024-01-08\n---\n公告正文，改过了。\n"
            : PreviewSite.rosterHeader + "A001,张*丰,2,农村低保,1100\nA009,王*,1,农村低保,550\n"
        try site.write(path, text)
        #expect(try tab.nextReload() == expected.count + 2, sourceLocation: sourceLocation)
        #expect(server.waitFor("\(path) 有变化：已重新生成"), sourceLocation: sourceLocation)
        #expect(rebuilds(server) == expected + [path], sourceLocation: sourceLocation)
        #expect(!server.stderr.contains("GS6070") && !server.stderr.contains("inotify"), sourceLocation: sourceLocation)
    }

    @Test func saveInPlace() throws {
        let site = try PreviewSite()
        defer { site.remove() }
        let server = try serve(site)
        let tab = try EventStreamClient(port: server.port)
        try site.write("content/articles/a.md", "---\ntitle: 甲文\ndate: 2024-01-05\n---\n甲的正文第二版。\n")
        #expect(try tab.nextReload() == 2)
        #expect(try server.get("/articles/a.html").text.contains("甲的正文第二版。"))
        try expectRebuilds(["content/articles/a.md"], server: server, tab: tab, site: site)
        #expect(server.stop() == 0)
    }

    @Test func writeTemporaryThenRenameOver() throws {
        let site = try PreviewSite()
        defer { site.remove() }
        let server = try serve(site)
        let tab = try EventStreamClient(port: server.port)
        try site.write("content/articles/a.md.tmp", "---\ntitle: 甲文\ndate: 2024-01-05\n---\n甲的正文，改名替换。\n")
        let folder = site.folder.appendingPathComponent("content/articles")
        #expect(rename(folder.appendingPathComponent("a.md.tmp").path, folder.appendingPathComponent("a.md").path) == 0)
        #expect(try tab.nextReload() == 2)
        #expect(try server.get("/articles/a.html").text.contains("甲的正文，改名替换。"))
        try expectRebuilds(["content/articles/a.md"], server: server, tab: tab, site: site)
        #expect(server.stop() == 0)
    }

    @Test func newRosterFolderWithFilesThenAFileSavedInIt() throws {
        let site = try PreviewSite()
        defer { site.remove() }
        let server = try serve(site)
        let tab = try EventStreamClient(port: server.port)
        try site.write("content/rosters/2026-12/_month.yaml", Self.month12)
        try site.write("content/rosters/2026-12/410829101201.csv", PreviewSite.rosterHeader + "A001,张*丰,2,农村低保,1100\n")
        #expect(try tab.nextReload() == 2)
        #expect(try server.get("/rosters/2026-12/410829101201.html").status == 200)
        // The new folder is watched: a save inside it is noticed on its own.
        try expectRebuilds(
            ["content/rosters/2026-12/410829101201.csv 等 2 个文件"], then: "content/rosters/2026-12/410829101201.csv",
            server: server, tab: tab, site: site)
        #expect(try server.get("/rosters/2026-12/410829101201.html").text.contains("王*"))
        #expect(server.stop() == 0)
    }

    @Test func deletion() throws {
        let site = try PreviewSite()
        defer { site.remove() }
        let server = try serve(site)
        let tab = try EventStreamClient(port: server.port)
        try FileManager.default.removeItem(at: site.folder.appendingPathComponent("content/articles/b.md"))
        #expect(try tab.nextReload() == 2)
        #expect(try server.get("/articles/b.html").status == 404)
        try expectRebuilds(["content/articles/b.md"], server: server, tab: tab, site: site)
        #expect(server.stop() == 0)
    }

    @Test func knownNamesFileIsAnInput() throws {
        let site = try PreviewSite()
        defer { site.remove() }
        let server = try serve(site)
        let tab = try EventStreamClient(port: server.port)
        try site.write(".gongshi/known-names", "gongshi-known-names 1\nsalt 000102030405060708090a0b0c0d0e0f\n")
        #expect(try tab.nextReload() == 2)
        try expectRebuilds([".gongshi/known-names"], server: server, tab: tab, site: site)
        #expect(server.stop() == 0)
    }

    @Test func swapFilesBackupsOutputAndCacheAreNotInputs() throws {
        let site = try PreviewSite()
        defer { site.remove() }
        let server = try serve(site)
        let tab = try EventStreamClient(port: server.port)
        try site.write("content/articles/.a.md.swp", "editor swap file")
        try site.write("content/articles/a.md~", "backup")
        try site.write("content/.hidden/x.md", "hidden folder")
        try site.write("public/index.html", "output")
        try site.write(".gongshi/cache/state", "build cache")
        // An editor's probe file (vim writes `4913`), gone again before the quiet period ends.
        try site.write("content/articles/4913", "")
        try FileManager.default.removeItem(at: site.folder.appendingPathComponent("content/articles/4913"))
        try expectRebuilds([], server: server, tab: tab, site: site)
        #expect(server.stop() == 0)
    }

    @Test func pollingFallbackStillNoticesASave() throws {
        let site = try PreviewSite()
        defer { site.remove() }
        let server = try serve(site, environment: ["GONGSHI_WATCH": "poll"])
        let tab = try EventStreamClient(port: server.port)
        try site.write("content/articles/a.md", "---\ntitle: 甲文\ndate: 2024-01-05\n---\n甲的正文，轮询发现。\n")
        #expect(try tab.nextReload() == 2)
        #expect(try server.get("/articles/a.html").text.contains("甲的正文，轮询发现。"))
        try expectRebuilds(["content/articles/a.md"], server: server, tab: tab, site: site)
        #expect(server.stop() == 0)
    }
}
