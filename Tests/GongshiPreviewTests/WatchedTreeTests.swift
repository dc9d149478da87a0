import Foundation
import Testing
@testable import GongshiPreview

/// The paths the kernel names are stamped again and reported exactly as a full scan would: a
/// changed file, a temporary file that is gone again (no change), a new folder with everything in
/// it, a removed folder with everything that was in it.
@Suite struct WatchedTreeTests {
    @Test func refreshReportsWhatAFullScanWould() throws {
        let site = try PreviewSite(["site.yaml": PreviewSite.siteYAML, "content/articles/a.md": "甲", "content/rosters/2026-11/1.csv": "x"])
        defer { site.remove() }
        let scanner = TreeScanner(siteFolder: site.folder.path)
        var tree = WatchedTree(scanner: scanner, tree: scanner.scan())

        try site.write("content/articles/a.md", "甲，改过")
        #expect(tree.refresh(["content/articles/a.md": false, "content/articles/a.md.tmp": false]) == ["content/articles/a.md"])
        #expect(tree.refresh(["content/articles/a.md": false]) == [])

        try site.write("content/rosters/2026-12/1.csv", "y")
        try site.write("content/rosters/2026-12/sub/2.csv", "z")
        #expect(tree.refresh(["content/rosters/2026-12": true]) == ["content/rosters/2026-12/1.csv", "content/rosters/2026-12/sub/2.csv"])

        try FileManager.default.removeItem(at: site.folder.appendingPathComponent("content/rosters/2026-11"))
        #expect(tree.refresh(["content/rosters/2026-11": true]) == ["content/rosters/2026-11/1.csv"])
        #expect(tree.tree == scanner.scan())
        #expect(tree.rescan() == [])
    }
}
