import Testing
@testable import GongshiSite

/// The manifest's bytes, written into one buffer or in pieces, are its text's UTF-8, escapes included.
@Suite struct OutputManifestBytesTests {
    @Test func bytesAreTheTextsUTF8() throws {
        let digest = String(repeating: "ab", count: 32)
        let sha256 = try #require(Digest32(hex: digest))
        #expect(sha256.hex == digest)
        let paths = ["index.html", "rosters/2024-12/430102001001.html", "articles/标准 2024.html", "a\\b.html",
                     "tab\there.html", "del\u{7F}.html", "new\nline.html", "z.css"]
        let manifest = OutputManifest(version: "1.2.3", inputDigest: digest,
                                      entries: paths.enumerated().map { .init(path: $1, size: $0 * 1_000_003, sha256: sha256) })
        #expect(manifest.bytes == Array(manifest.text.utf8))
        #expect(try OutputManifest.parse(manifest.bytes).entries == manifest.entries)
        var pieces: [[UInt8]] = []
        manifest.write(piece: 100) { pieces.append($0) }
        #expect(pieces.count > 2 && pieces.dropLast().allSatisfy { $0.count >= 100 })
        #expect(Array(pieces.joined()) == manifest.bytes)
        let empty = OutputManifest(version: "1", inputDigest: digest, entries: [])
        #expect(empty.bytes == Array(empty.text.utf8))
    }
}
