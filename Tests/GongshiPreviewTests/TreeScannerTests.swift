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
