import Foundation
import Testing
@testable import GongshiCore
@testable import GongshiSite

/// The sample site's output, byte for byte: every file's SHA-256 is pinned in
/// `Golden/sample-site.sha256`. A refactor of views, templates, the renderer or the cache must leave
/// the published bytes as they are; a change that means to alter them regenerates the file
/// deliberately with `GONGSHI_UPDATE_GOLDEN=1 swift test --filter SampleSiteGolden` and the diff
/// shows which pages changed.
@Suite struct SampleSiteGoldenTests {
    static let goldenFile = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Golden/sample-site.sha256")

    /// `sha256  path` lines, sorted by path, of every published file except the manifest (which
    /// names the input digest and the program version).
    static func digestLines(of output: URL) -> String {
        SiteFixture.snapshot(output)
            .filter { $0.key != OutputManifest.fileName }
            .sorted { $0.key < $1.key }
            .map { "\(SHA256.hexDigest(Array($0.value)))  \($0.key)\n" }
            .joined()
    }

    @Test func sampleSiteOutputIsByteForByteTheGolden() throws {
        let output = FileManager.default.temporaryDirectory
            .appendingPathComponent("gongshi-golden-\(UUID().uuidString)/public")
        defer { try? FileManager.default.removeItem(at: output.deletingLastPathComponent()) }
        // A fixed date: which 停保 households are still named depends on it (`HouseholdNaming`).
        var options = SiteBuilder.Options(siteFolder: SiteFixture.repositoryRoot, outputFolder: output)
        options.now = "2026-11-15"
        _ = try SiteBuilder.build(options)
        let actual = Self.digestLines(of: output)
        if ProcessInfo.processInfo.environment["GONGSHI_UPDATE_GOLDEN"] == "1" {
            try actual.write(to: Self.goldenFile, atomically: true, encoding: .utf8)
        }
        let expected = try String(contentsOf: Self.goldenFile, encoding: .utf8)
        let actualLines = actual.split(separator: "\n")
        let expectedLines = expected.split(separator: "\n")
        #expect(actualLines.count == expectedLines.count)
        let differing = zip(actualLines, expectedLines).filter { $0 != $1 }.map { String($0.0.split(separator: " ").last ?? "") }
        #expect(differing.isEmpty, "pages whose bytes changed: \(differing.prefix(20))")
    }
}
