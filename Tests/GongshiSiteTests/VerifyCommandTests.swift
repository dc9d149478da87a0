import Foundation
import Testing
@testable import GongshiCore
@testable import GongshiSite

/// `gongshi verify` through the real binary, and the manifest every build writes.
@Suite struct VerifyCommandTests {
    static func built() throws -> SiteFixture {
        let site = try SiteFixture(BuildOutputTests.files)
        let result = try CLI.run(["build", "--source", site.siteFolder.path, "--quiet"])
        #expect(result.status == 0, "\(result.stderr)")
        return site
    }

    static func manifest(_ folder: URL) throws -> OutputManifest {
        try OutputManifest.parse(Array(try Data(contentsOf: folder.appendingPathComponent(".gongshi-output"))))
    }

    @Test func buildThenVerifyPasses() throws {
        let site = try Self.built()
        let manifest = try Self.manifest(site.publicFolder)
        #expect(manifest.entries.count == 14)
        #expect(manifest.version == GongshiVersion.current)
        #expect(!manifest.entries.contains { $0.path == ".gongshi-output" })
        let result = try CLI.run(["verify"], in: site.siteFolder)
        #expect(result.status == 0)
        #expect(result.stdout == Messages.verifyPassed(files: 14, version: GongshiVersion.current, inputDigest: manifest.inputDigest).text + "\n")
        #expect(result.stderr.isEmpty)
    }

    @Test func changedDeletedAndAddedFilesAreListedSorted() throws {
        let site = try Self.built()
        let folder = site.publicFolder
        let page = folder.appendingPathComponent("articles/procedure.html")
        var bytes = try Data(contentsOf: page)
        bytes[bytes.startIndex + 10] ^= 0x01  // one bit, same size
        try bytes.write(to: page)
        try Data("x".utf8).write(to: folder.appendingPathComponent("robots.txt"), options: .atomic)  // other size
        try FileManager.default.removeItem(at: folder.appendingPathComponent("feed.xml"))
        try FileManager.default.removeItem(at: folder.appendingPathComponent("notices/notice-1.html"))
        try site.write("public/zz 加的.html", "<p>多出</p>")
        try site.write("public/assets/new.css", "")
        let result = try CLI.run(["verify", "--source", site.siteFolder.path])
        #expect(result.status == 1)
        #expect(result.stdout == """
            缺少：feed.xml
            缺少：notices/notice-1.html
            已改动：articles/procedure.html
            已改动：robots.txt
            多出：assets/new.css
            多出：zz 加的.html

            """)
        #expect(result.stderr == Messages.verifyFailed(files: 14, missing: 2, changed: 2, extra: 2).line(.error) + "\n")
    }

    /// A copy elsewhere (a USB stick, a web server) verifies the same: no absolute path inside.
    /// A link to `/` in a checked copy is one extra entry, not a walk of the whole machine.
    @Test func aFolderLinkLeavingTheCheckedFolderIsExtraAndNotWalked() throws {
        let site = try Self.built()
        try FileManager.default.createSymbolicLink(
            atPath: site.publicFolder.appendingPathComponent("root").path, withDestinationPath: "/")
        let result = try CLI.run(["verify", "--source", site.siteFolder.path])
        #expect(result.status == 1)
        #expect(result.stdout == "多出：root\n")
    }

    /// Names compare as bytes: a page renamed to the decomposed (NFD) twin of its name, which
    /// Swift's String equality takes for the same name, is missing and extra.
    @Test func aNameDifferingOnlyInUnicodeNormalisationIsMissingAndExtra() throws {
        var files = BuildOutputTests.files
        files["content/articles/caf\u{E9}.md"] = "# 咖啡\n\n正文。\n"
        let site = try SiteFixture(files)
        #expect(try CLI.run(["build", "--source", site.siteFolder.path, "--quiet"]).status == 0)
        let composed = site.publicFolder.appendingPathComponent("articles/caf\u{E9}.html").path
        let decomposed = site.publicFolder.path + "/articles/cafe\u{301}.html"
        #expect(rename(composed, decomposed) == 0)
        let result = try CLI.run(["verify", "--source", site.siteFolder.path])
        #expect(result.status == 1)
        #expect(result.stdout == "缺少：articles/caf\u{E9}.html\n多出：articles/cafe\u{301}.html\n")
    }

    @Test func aCopyOfTheFolderVerifies() throws {
        let site = try Self.built()
        let copy = site.root.appendingPathComponent("U盘/网站")
        try FileManager.default.createDirectory(at: copy.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: site.publicFolder, to: copy)
        let text = try String(contentsOf: copy.appendingPathComponent(".gongshi-output"), encoding: .utf8)
        #expect(!text.contains(site.root.path))
        #expect(!text.contains("/tmp"))
        let result = try CLI.run(["verify", "--output", copy.path])
        #expect(result.status == 0, "\(result.stdout)")
        try FileManager.default.removeItem(at: copy.appendingPathComponent("index.html"))
        let broken = try CLI.run(["verify", "--output", copy.path])
        #expect(broken.status == 1)
        #expect(broken.stdout.hasPrefix("缺少：index.html\n"))
    }

    @Test func manifestIsDeterministicAcrossBuildsAndFolders() throws {
        let site = try Self.built()
        let other = site.root.appendingPathComponent("elsewhere")
        #expect(try CLI.run(["build", "--source", site.siteFolder.path, "--output", other.path, "--quiet"]).status == 0)
        #expect(try CLI.run(["build", "--source", site.siteFolder.path, "--quiet"]).status == 0)
        let a = try Data(contentsOf: site.publicFolder.appendingPathComponent(".gongshi-output"))
        let b = try Data(contentsOf: other.appendingPathComponent(".gongshi-output"))
        #expect(a == b)
        let paths = try Self.manifest(other).entries.map(\.path)
        #expect(paths == paths.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) })
    }

    /// The input digest changes with any input byte, and only with inputs.
    @Test func inputDigestFollowsTheInputs() throws {
        let site = try Self.built()
        let first = try Self.manifest(site.publicFolder).inputDigest
        try site.write("themes/unused/templates/page.mustache", "not the theme in use")
        try site.write("notes.txt", "not an input")
        #expect(try CLI.run(["build", "--source", site.siteFolder.path, "--quiet"]).status == 0)
        #expect(try Self.manifest(site.publicFolder).inputDigest == first)
        try site.write("content/articles/procedure.md", "---\ntitle: 申请程序\ndate: 2022-02-23\n---\n回到首页。\n")
        #expect(try CLI.run(["build", "--source", site.siteFolder.path, "--quiet"]).status == 0)
        #expect(try Self.manifest(site.publicFolder).inputDigest != first)
    }

    /// sha256sum's format: SHA-256 over "hash␣␣path\n" lines in byte order of the path.
    @Test func inputDigestIsSha256sumOfTheInputListing() throws {
        let site = try SiteFixture(["content/a.md": "甲", "templates/x.mustache": "{{x}}", "site.yaml": "t: 1\n"], copyTheme: false)
        try site.write("themes/default/assets/b.css", "b")
        let listing = [("content/a.md", "甲"), ("site.yaml", "t: 1\n"), ("templates/x.mustache", "{{x}}"), ("themes/default/assets/b.css", "b")]
            .map { "\(SHA256.hexDigest(Array($1.utf8)))  \($0)\n" }.joined()
        #expect(try InputDigest.compute(siteFolder: site.siteFolder.path, theme: "default") == SHA256.hexDigest(Array(listing.utf8)))
    }

    @Test func noManifestIsAClearError() throws {
        let site = try SiteFixture(BuildOutputTests.files)
        try site.write("public/index.html", "x")
        let result = try CLI.run(["verify", "--source", site.siteFolder.path])
        #expect(result.status == 1)
        #expect(result.stderr.contains(Messages.verifyNoManifest("public").line(.error)))
        let missing = try CLI.run(["verify", "--output", "没有这个目录"], in: site.siteFolder)
        #expect(missing.status == 1)
        #expect(missing.stderr.contains(Messages.verifyFolderMissing("没有这个目录", SystemErrorText.reason(errno: ENOENT)).line(.error)))
    }

    @Test func oldPlainMarkerIsNamed() throws {
        let site = try SiteFixture(BuildOutputTests.files)
        try site.write("public/.gongshi-output", "此目录由 gongshi build 生成，每次构建都会整体替换。\n")
        let result = try CLI.run(["verify", "--source", site.siteFolder.path])
        #expect(result.status == 1)
        #expect(result.stderr.contains(Messages.verifyOldMarker("public/.gongshi-output").line(.error)))
    }

    /// A malformed manifest names its line: a bad hash, a truncated file list, an unknown line.
    @Test(arguments: [
        ("hash", Messages.manifestBadHash), ("truncated", Messages.manifestCountMismatch), ("unknown", Messages.manifestUnknownLine),
        ("absolute", Messages.manifestBadPath), ("first", Messages.manifestFirstLine),
    ])
    func malformedManifestNamesTheLine(kind: String, problem: String) throws {
        let site = try Self.built()
        let url = site.publicFolder.appendingPathComponent(".gongshi-output")
        var lines = try String(contentsOf: url, encoding: .utf8).components(separatedBy: "\n")
        let firstFile = try #require(lines.firstIndex { $0.hasPrefix("file ") })
        let filesLine = try #require(lines.firstIndex { $0.hasPrefix("files ") })
        let expectedLine: Int
        switch kind {
        case "hash":
            lines[firstFile] = "file " + String(repeating: "G", count: 64) + lines[firstFile].dropFirst(69)
            expectedLine = firstFile + 1
        case "truncated":
            lines.remove(at: lines.count - 2)
            expectedLine = filesLine + 1
        case "unknown":
            lines.insert("extra line", at: firstFile)
            expectedLine = firstFile + 1
        case "absolute":
            let parts = lines[firstFile].split(separator: " ", maxSplits: 3)
            lines[firstFile] = "\(parts[0]) \(parts[1]) \(parts[2]) /etc/passwd"
            expectedLine = firstFile + 1
        default:
            lines[0] = "hello"
            expectedLine = 1
        }
        try lines.joined(separator: "\n").write(to: url, atomically: true, encoding: .utf8)
        let result = try CLI.run(["verify", "--source", site.siteFolder.path])
        #expect(result.status == 1)
        #expect(result.stderr.contains(Messages.verifyManifestMalformed("public/.gongshi-output", line: expectedLine, problem).line(.error)), "\(result.stderr)")
    }

    /// A FIFO in place of a published file is "changed", found without opening it (no hang).
    @Test func specialFileInPlaceOfAPageIsChangedWithoutHanging() throws {
        let site = try Self.built()
        let page = site.publicFolder.appendingPathComponent("404.html")
        try FileManager.default.removeItem(at: page)
        #expect(mkfifo(page.path, 0o644) == 0)
        let result = try CLI.run(["verify", "--source", site.siteFolder.path])
        #expect(result.status == 1)
        #expect(result.stdout.hasPrefix("已改动：404.html\n"))
    }

    @Test func manifestPathsRoundTripWithEscapes() throws {
        let entries = [OutputManifest.Entry(path: "a\\b/c d\n.html", size: 3, sha256: try #require(Digest32(hex: String(repeating: "a", count: 64)))),
                       OutputManifest.Entry(path: "页面.html", size: 0, sha256: try #require(Digest32(hex: String(repeating: "0", count: 64))))]
        let manifest = OutputManifest(version: "1.2.3", inputDigest: String(repeating: "f", count: 64), entries: entries)
        #expect(manifest.text.contains("file \(String(repeating: "a", count: 64)) 3 a\\x5cb/c d\\x0a.html\n"))
        #expect(try OutputManifest.parse(Array(manifest.text.utf8)) == manifest)
    }
}
