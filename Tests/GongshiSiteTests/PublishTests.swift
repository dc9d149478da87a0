import Foundation
import Testing
@testable import GongshiCore
@testable import GongshiSite

@Suite struct PublishTests {
    @Test func twoBuildsOfTheSameInputAreByteIdentical() throws {
        let site = try SiteFixture(BuildOutputTests.files)
        let first = site.root.appendingPathComponent("first")
        let second = site.root.appendingPathComponent("second")
        try site.build(output: first)
        try site.build(output: second)
        let a = SiteFixture.snapshot(first)
        let b = SiteFixture.snapshot(second)
        #expect(a.count == 15)
        #expect(a == b)
    }

    @Test func sampleSiteBuildsIdenticallyTwice() throws {
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("gongshi-sample-\(UUID().uuidString)")
        TemporaryFolders.removeAtExit(output)
        let root = SiteFixture.repositoryRoot
        let first = try SiteBuilder.build(.init(siteFolder: root, outputFolder: output.appendingPathComponent("a")))
        _ = try SiteBuilder.build(.init(siteFolder: root, outputFolder: output.appendingPathComponent("b")))
        #expect(SiteFixture.snapshot(output.appendingPathComponent("a")) == SiteFixture.snapshot(output.appendingPathComponent("b")))
        #expect(first.warnings.isEmpty, "the sample site must build with zero warnings: \(first.warnings)")
    }

    @Test func filesThatNoLongerBelongDisappear() throws {
        let site = try SiteFixture(BuildOutputTests.files)
        try site.build()
        #expect(site.text("articles/old.html") != nil)
        try site.remove("content/articles/2023/old.md")
        try site.build()
        #expect(site.text("articles/old.html") == nil)
        #expect(site.text("articles/index.html")?.contains("旧文件标题") == false)
        #expect(site.siblings() == ["content", "public", "site.yaml", "themes"])
    }

    @Test func buildIntoAnEmptyExistingFolderIsAllowed() throws {
        let site = try SiteFixture(BuildOutputTests.files)
        let output = site.root.appendingPathComponent("empty")
        try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
        try site.build(output: output)
        #expect(site.text("index.html", in: output) != nil)
    }

    @Test func symlinkedOutputIsReplacedWhereItPoints() throws {
        let site = try SiteFixture(BuildOutputTests.files)
        let served = site.root.appendingPathComponent("www/dibao")
        try site.build(output: served)
        try Data("old".utf8).write(to: served.appendingPathComponent("STALE"))
        let link = site.root.appendingPathComponent("link")
        try FileManager.default.createSymbolicLink(at: link, withDestinationURL: served)
        try site.build(output: link)
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link.path) == served.path)
        #expect(!FileManager.default.fileExists(atPath: served.appendingPathComponent("STALE").path))
        #expect(site.text("index.html", in: served) != nil)
    }

    @Test(arguments: ["content/out", "themes/default/assets/out", "templates/out"])
    func outputInsideTheSourcesIsRefused(folder: String) throws {
        let site = try SiteFixture(BuildOutputTests.files)
        let output = site.siteFolder.appendingPathComponent(folder)
        #expect(throws: SiteBuilder.Failure.self) { try site.build(output: output) }
        #expect(!FileManager.default.fileExists(atPath: output.path))
    }

    @Test func stagingLeftByAKilledBuildIsRemoved() throws {
        let site = try SiteFixture(BuildOutputTests.files)
        // No process has pid 2^31 - 2: its staging folder is abandoned.
        let abandoned = site.siteFolder.appendingPathComponent(".public.staging-2147483646")
        try FileManager.default.createDirectory(at: abandoned, withIntermediateDirectories: true)
        try site.build()
        #expect(!FileManager.default.fileExists(atPath: abandoned.path))
        #expect(site.siblings() == ["content", "public", "site.yaml", "themes"])
    }

    @Test func posixWriterCreatesNestedFolders() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("gongshi-writer-\(UUID().uuidString)").path
        TemporaryFolders.removeAtExit(URL(fileURLWithPath: folder))
        var writer = POSIXFileWriter()
        try writer.write(Array("一二三".utf8), to: folder + "/a/b/c.txt")
        #expect(try String(contentsOfFile: folder + "/a/b/c.txt", encoding: .utf8) == "一二三")
        #expect(throws: POSIXFileWriter.Failure.self) { try writer.write([1], to: folder + "/a/b/c.txt/d") }
    }
}
