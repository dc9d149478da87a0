#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import Testing
@testable import GongshiCore
@testable import GongshiSite

/// The preview's input digest taken from the last one and the paths the kernel watcher named
/// (`InputDigest.updating`): after every kind of change it is exactly what listing every input
/// gives, and it declines (the caller then lists everything) wherever the watcher could have
/// missed a change: links, other hard links, folders, hidden or backup folders.
@Suite struct InputDigestChangesTests {
    static let files = ["site.yaml": "theme: default\n", "content/rosters/2026-11/a.csv": "户主姓名,金额\n张*,703.00\n",
                        "content/articles/b.md": "乙", "themes/default/templates/page.html": "<p>{{ x }}</p>",
                        "themes/other/templates/page.html": "<p>另</p>"]

    /// Applies `change`, then expects the update from `previous` over `named` to equal a full listing.
    @discardableResult
    static func expectUpdate(
        _ site: SiteFixture, from previous: InputDigest.Result, named: Set<String>, sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) throws -> InputDigest.Result {
        let full = try InputDigest.files(siteFolder: site.siteFolder.path, theme: "default", known: previous.records)
        let updated = try #require(InputDigest.updating(previous, theme: "default", siteFolder: site.siteFolder.path, changed: named),
                                   sourceLocation: sourceLocation)
        #expect(updated.paths == full.paths, sourceLocation: sourceLocation)
        #expect(updated.files == full.files, sourceLocation: sourceLocation)
        #expect(updated.digest == full.digest, sourceLocation: sourceLocation)
        #expect(updated.records.files == full.records.files, sourceLocation: sourceLocation)
        #expect(updated.records.takenAt == previous.records.takenAt, sourceLocation: sourceLocation)
        #expect(updated.watchable, sourceLocation: sourceLocation)
        return updated
    }

    @Test func anUpdateAfterEachKindOfChangeIsWhatAFullListingGives() throws {
        let site = try SiteFixture(Self.files, copyTheme: false)
        defer { try? FileManager.default.removeItem(at: site.root) }
        let folder = site.siteFolder.path
        var digest = try InputDigest.files(siteFolder: folder, theme: "default")
        #expect(digest.watchable)

        try site.write("content/articles/b.md", "乙，改过")  // an edit
        digest = try Self.expectUpdate(site, from: digest, named: ["content/articles/b.md"])
        #expect(digest.hashed == 1)
        try site.write("content/articles/a.md", "甲")  // a new file, sorted in before b.md
        digest = try Self.expectUpdate(site, from: digest, named: ["content/articles/a.md"])
        try site.remove("content/articles/b.md")  // a deletion
        digest = try Self.expectUpdate(site, from: digest, named: ["content/articles/b.md"])
        #expect(rename(folder + "/content/articles/a.md", folder + "/content/articles/c.md") == 0)  // a rename
        digest = try Self.expectUpdate(site, from: digest, named: ["content/articles/a.md", "content/articles/c.md"])
        // An editor's save: a hidden temporary file written, then renamed over the file.
        try site.write("content/articles/.c.md.swp", "丙")
        digest = try Self.expectUpdate(site, from: digest, named: ["content/articles/.c.md.swp"])
        #expect(digest.files["content/articles/.c.md.swp"] != nil)  // hidden files are inputs to the digest too
        #expect(rename(folder + "/content/articles/.c.md.swp", folder + "/content/articles/c.md") == 0)
        digest = try Self.expectUpdate(site, from: digest, named: ["content/articles/.c.md.swp", "content/articles/c.md"])
        // site.yaml (same theme), the theme in use, another theme (not an input), a path outside the inputs.
        try site.write("site.yaml", "theme: default\ntitle: 改\n")
        try site.write("themes/default/templates/page.html", "<p>{{ y }}</p>")
        try site.write("themes/other/templates/page.html", "<p>另改</p>")
        try site.write("public/index.html", "x")
        digest = try Self.expectUpdate(site, from: digest, named: [
            "site.yaml", "themes/default/templates/page.html", "themes/other/templates/page.html", "public/index.html"])
        // known-names appears; a FIFO appears where a file was (neither listed nor read).
        try site.write(".gongshi/known-names", "张三\n")
        #expect(mkfifo(folder + "/content/rosters/2026-11/a.csv.fifo", 0o600) == 0)
        try site.remove("content/rosters/2026-11/a.csv")
        #expect(mkfifo(folder + "/content/rosters/2026-11/a.csv", 0o600) == 0)
        digest = try Self.expectUpdate(site, from: digest, named: [
            ".gongshi/known-names", "content/rosters/2026-11/a.csv.fifo", "content/rosters/2026-11/a.csv"])
        #expect(digest.files["content/rosters/2026-11/a.csv"] == nil)
        // Named but unchanged: no change, and a settled record is trusted as a full listing trusts it.
        let unchanged = try Self.expectUpdate(site, from: digest, named: ["content/articles/c.md"])
        #expect(unchanged.files == digest.files)
    }

    @Test func declinesWhatTheWatcherCannotVouchFor() throws {
        let site = try SiteFixture(Self.files, copyTheme: false)
        defer { try? FileManager.default.removeItem(at: site.root) }
        let folder = site.siteFolder.path
        let digest = try InputDigest.files(siteFolder: folder, theme: "default")
        func update(_ named: Set<String>) -> InputDigest.Result? {
            InputDigest.updating(digest, theme: "default", siteFolder: folder, changed: named)
        }
        // A link named (its target's edits would never be reported), a folder, another hard link.
        #expect(symlink(folder + "/content/articles/b.md", folder + "/content/articles/link.md") == 0)
        #expect(update(["content/articles/link.md"]) == nil)
        try FileManager.default.createDirectory(atPath: folder + "/content/more", withIntermediateDirectories: true)
        #expect(update(["content/more"]) == nil)
        #expect(link(folder + "/content/articles/b.md", folder + "/content/articles/hard.md") == 0)
        #expect(update(["content/articles/hard.md"]) == nil)
        #expect(update(["content/articles/b.md"]) == nil)  // b.md has a second link now
    }

    /// A tree the kernel watcher cannot see whole is never updated: every rebuild lists it.
    @Test func aTreeWithLinksHardLinksOrUnwatchedFoldersIsNotWatchable() throws {
        func watchable(_ arrange: (SiteFixture, String) throws -> Void) throws -> Bool {
            let site = try SiteFixture(Self.files, copyTheme: false)
            defer { try? FileManager.default.removeItem(at: site.root) }
            try arrange(site, site.siteFolder.path)
            let digest = try InputDigest.files(siteFolder: site.siteFolder.path, theme: "default")
            if !digest.watchable {
                #expect(InputDigest.updating(digest, theme: "default", siteFolder: site.siteFolder.path, changed: []) == nil)
            }
            return digest.watchable
        }
        struct CallFailed: Error {}
        func call(_ result: Int32) throws { if result != 0 { throw CallFailed() } }
        let plain = try watchable { _, _ in }
        let hiddenFile = try watchable { site, _ in try site.write("content/articles/.b.md.swp", "x") }  // a hidden file is seen
        let hiddenFolder = try watchable { site, _ in try site.write("content/.git/objects/x", "x") }  // a hidden folder is not
        let backupFolder = try watchable { site, _ in try site.write("content/articles~/x.md", "x") }  // nor a backup folder
        let linkedFile = try watchable { _, folder in
            try call(symlink(folder + "/content/articles/b.md", folder + "/content/articles/l.md"))
        }
        let linkedFolder = try watchable { _, folder in try call(symlink(folder + "/content/articles", folder + "/content/linked")) }
        let hardLink = try watchable { _, folder in try call(link(folder + "/content/articles/b.md", folder + "/../outside.md")) }
        let linkedConfig = try watchable { _, folder in
            try call(rename(folder + "/site.yaml", folder + "/../site.yaml"))
            try call(symlink(folder + "/../site.yaml", folder + "/site.yaml"))
        }
        let linkedTheme = try watchable { _, folder in
            try call(rename(folder + "/themes/default", folder + "/../default"))
            try call(symlink(folder + "/../default", folder + "/themes/default"))
        }
        #expect(plain && hiddenFile)
        #expect(!hiddenFolder && !backupFolder && !linkedFile && !linkedFolder && !hardLink && !linkedConfig && !linkedTheme)
    }
}
