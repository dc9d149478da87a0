import Foundation
import Testing
@testable import GongshiPreview

@Suite struct TreeScannerTests {
    @Test func seesAddedChangedAndRemovedFilesButNotHiddenOnes() throws {
        let site = try PreviewSite(["site.yaml": PreviewSite.siteYAML, "content/articles/a.md": "甲", "content/articles/b.md": "乙"])
        defer { site.remove() }
        let scanner = TreeScanner(siteFolder: site.folder.path)
        let first = scanner.scan()
        #expect(first["content/articles/a.md"] != nil)
        #expect(first["site.yaml"] != nil)
        #expect(first.keys.contains { $0.hasPrefix("themes/default/templates/") })

        try site.write("content/articles/.a.md.swp", "editor swap file")
        try site.write("content/articles/a.md~", "backup")
        try site.write("public/index.html", "output is not watched")
        #expect(scanner.scan() == first)

        try site.write("content/articles/a.md", "甲，改过")
        try site.write("content/articles/c.md", "丙")
        try FileManager.default.removeItem(at: site.folder.appendingPathComponent("content/articles/b.md"))
        let second = scanner.scan()
        #expect(TreeScanner.changes(from: first, to: second) == ["content/articles/a.md", "content/articles/b.md", "content/articles/c.md"])
    }

    @Test func missingRootsAreFine() {
        let scanner = TreeScanner(siteFolder: "/nonexistent-\(UUID().uuidString)")
        #expect(scanner.scan().isEmpty)
    }
}

@Suite struct TreeFingerprintTests {
    @Test func changesWithAnyStampOrNameAndOnlyThen() throws {
        let site = try PreviewSite(["site.yaml": PreviewSite.siteYAML, "content/articles/a.md": "甲"])
        defer { site.remove() }
        let scanner = TreeScanner(siteFolder: site.folder.path)
        let first = scanner.fingerprint()
        #expect(scanner.fingerprint() == first)
        try site.write("content/articles/.a.md.swp", "swap")
        #expect(scanner.fingerprint() == first)
        try site.write("content/articles/a.md", "甲乙")
        let second = scanner.fingerprint()
        #expect(second != first)
        try FileManager.default.moveItem(
            at: site.folder.appendingPathComponent("content/articles/a.md"), to: site.folder.appendingPathComponent("content/articles/b.md"))
        #expect(scanner.fingerprint() != second)
    }

    @Test func symlinkedFilesCountButLinkedFoldersAreNotFollowed() throws {
        let site = try PreviewSite(["site.yaml": PreviewSite.siteYAML, "content/articles/a.md": "甲"])
        defer { site.remove() }
        let articles = site.folder.appendingPathComponent("content/articles")
        try FileManager.default.createSymbolicLink(at: articles.appendingPathComponent("loop"), withDestinationURL: articles)
        try FileManager.default.createSymbolicLink(
            at: articles.appendingPathComponent("linked.md"), withDestinationURL: articles.appendingPathComponent("a.md"))
        let tree = TreeScanner(siteFolder: site.folder.path).scan()
        #expect(tree["content/articles/linked.md"] == tree["content/articles/a.md"])
        #expect(!tree.keys.contains { $0.contains("loop") })
    }
}
