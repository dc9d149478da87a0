import Foundation
import GongshiSite
import Testing
@testable import GongshiPreview

/// After each kind of edit, the running preview (kernel watcher, journal of named paths, pages and
/// digest kept from the last rebuild) serves every file byte for byte as a clean render of the
/// same content gives it (HTML with the live-reload script added, as always).
@Suite(.hangLimit) struct ServeRebuildBytesTests {
    static func expectServedAsClean(_ server: ServeProcess, _ site: PreviewSite, generation: Int, _ step: String) throws {
        let clean = try SiteBuilder.render(siteFolder: site.folder, includeDrafts: false).files
        var differing: [String] = []
        for file in clean {
            let target = "/" + (file.path.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? file.path)
            var expected = file.bytes
            if ContentType.of(path: file.path) == ContentType.html {
                expected = PreviewInjection.insert(PreviewInjection.script(generation: generation), into: expected)
            }
            if try server.get(target).body != expected { differing.append(file.path) }
        }
        #expect(differing == [], "after \(step)")
    }

    @Test func everyServedFileIsACleanRendersAfterEachKindOfEdit() throws {
        let site = try PreviewSite()
        defer { site.remove() }
        let server = try ServeProcess(["--source", site.folder.path])
        let tab = try EventStreamClient(port: server.port)
        try Self.expectServedAsClean(server, site, generation: tab.helloGeneration, "the first build")
        let folder = site.folder.path
        let steps: [(String, () throws -> Void)] = [
            ("a roster edited", {
                try site.write("content/rosters/2026-11/410829101201.csv",
                               PreviewSite.rosterHeader + "A001,张*丰,2,农村低保,1100\nA002,李*,1,农村低保,550\n")
            }),
            ("an article added", { try site.write("content/articles/c.md", "---\ntitle: 丙文\ndate: 2024-01-09\n---\n丙的正文。\n") }),
            ("an article saved by rename", {
                try site.write("content/articles/.a.md.tmp", "---\ntitle: 甲文\ndate: 2024-01-05\n---\n甲的正文第二版。\n")
                #expect(rename(folder + "/content/articles/.a.md.tmp", folder + "/content/articles/a.md") == 0)
            }),
            ("an article renamed", { #expect(rename(folder + "/content/articles/b.md", folder + "/content/articles/e.md") == 0) }),
            ("a notice deleted", { try FileManager.default.removeItem(atPath: folder + "/content/notices/n.md") }),
            ("a month's folder added", {
                let month = site.root.appendingPathComponent("2026-12")
                try FileManager.default.createDirectory(at: month, withIntermediateDirectories: true)
                try Data(PreviewSite.monthYAML.replacingOccurrences(of: "2026-11", with: "2026-12").utf8)
                    .write(to: month.appendingPathComponent("_month.yaml"))
                try Data((PreviewSite.rosterHeader + "A001,张*丰,2,农村低保,1100\n").utf8)
                    .write(to: month.appendingPathComponent("410829101201.csv"))
                #expect(rename(month.path, folder + "/content/rosters/2026-12") == 0)
            }),
            ("a file in the new month edited", {
                try site.write("content/rosters/2026-12/410829101201.csv",
                               PreviewSite.rosterHeader + "A001,张*丰,2,农村低保,1100\nA003,王*,1,农村低保,550\n")
            }),
        ]
        for (name, step) in steps {
            try step()
            let generation = try tab.nextReload()
            try Self.expectServedAsClean(server, site, generation: generation, name)
        }
        #expect(server.stop() == 0)
    }
}
