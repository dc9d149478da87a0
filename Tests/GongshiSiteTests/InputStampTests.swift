#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import Testing
@testable import GongshiCore
@testable import GongshiSite

/// The build cache's input records: an input whose stamp is unchanged and settled is not read
/// again, and every other input is, so the input digest is always what hashing every file gives.
@Suite struct InputStampTests {
    static let files = ["site.yaml": "t: 1\n", "content/rosters/2026-11/a.csv": "户主姓名,金额\n张*,703.00\n",
                        "content/articles/b.md": "乙"]

    /// Records as a later build sees them: taken long enough after the files were written.
    static func settled(_ records: InputRecords) -> InputRecords {
        InputRecords(takenAt: records.takenAt + 10 * InputStamp.racyWindowNanoseconds, files: records.files)
    }

    @Test func settledUnchangedInputsAreNotReadAgain() throws {
        let site = try SiteFixture(Self.files, copyTheme: false)
        let first = try InputDigest.files(siteFolder: site.siteFolder.path, theme: "default")
        #expect(first.hashed == 3)
        let again = try InputDigest.files(siteFolder: site.siteFolder.path, theme: "default", known: Self.settled(first.records))
        #expect(again.hashed == 0)
        #expect(again.digest == first.digest)
        #expect(again.files == first.files)
    }

    /// Records taken moments after the files were written prove nothing: the file could be
    /// written again within the same timestamp tick.
    @Test func inputsChangedJustBeforeTheRecordsAreReadAgain() throws {
        let site = try SiteFixture(Self.files, copyTheme: false)
        let first = try InputDigest.files(siteFolder: site.siteFolder.path, theme: "default")
        let again = try InputDigest.files(siteFolder: site.siteFolder.path, theme: "default", known: first.records)
        #expect(again.hashed == 3)
        #expect(again.digest == first.digest)
    }

    /// An edit that keeps the size and puts the modification time back (`touch -r`) still moves
    /// the status-change time, so the file is read and its new digest used.
    @Test func anEditWithTheModificationTimeRestoredIsStillRead() throws {
        let site = try SiteFixture(Self.files, copyTheme: false)
        let path = site.siteFolder.appendingPathComponent("content/rosters/2026-11/a.csv").path
        var before = stat()
        #expect(stat(path, &before) == 0)
        let first = try InputDigest.files(siteFolder: site.siteFolder.path, theme: "default")
        try site.write("content/rosters/2026-11/a.csv", "户主姓名,金额\n张*,704.00\n")
        var times = [before.st_atim, before.st_mtim]
        #expect(utimensat(AT_FDCWD, path, &times, 0) == 0)
        var after = stat()
        #expect(stat(path, &after) == 0)
        #expect(after.st_size == before.st_size && after.st_mtim.tv_sec == before.st_mtim.tv_sec
                && after.st_mtim.tv_nsec == before.st_mtim.tv_nsec)

        let edited = try InputDigest.files(siteFolder: site.siteFolder.path, theme: "default", known: Self.settled(first.records))
        let fresh = try InputDigest.files(siteFolder: site.siteFolder.path, theme: "default")
        #expect(edited.hashed == 1)
        #expect(edited.digest == fresh.digest)
        #expect(edited.digest != first.digest)
        #expect(edited.files["content/rosters/2026-11/a.csv"] == SHA256.hexDigest(Array("户主姓名,金额\n张*,704.00\n".utf8)))
    }

    @Test func aReplacedFileIsReadAgain() throws {
        let site = try SiteFixture(Self.files, copyTheme: false)
        let first = try InputDigest.files(siteFolder: site.siteFolder.path, theme: "default")
        let folder = site.siteFolder.appendingPathComponent("content/articles")
        try Data("丙".utf8).write(to: folder.appendingPathComponent("c.tmp"))
        #expect(rename(folder.appendingPathComponent("c.tmp").path, folder.appendingPathComponent("b.md").path) == 0)
        let edited = try InputDigest.files(siteFolder: site.siteFolder.path, theme: "default", known: Self.settled(first.records))
        #expect(edited.hashed == 1)
        #expect(edited.files["content/articles/b.md"] == SHA256.hexDigest(Array("丙".utf8)))
    }

    static func sampleCache() -> BuildCache {
        var cache = BuildCache()
        cache.inputs = InputRecords(takenAt: 1_700_000_000_123_456_789, files: [
            "content/rosters/2026-11/甲.csv": InputRecord(
                stamp: InputStamp(size: 12, inode: 99, modifiedNanoseconds: 5, changedNanoseconds: -6),
                sha256: SHA256.hexDigest(Array("a".utf8))),
        ])
        for name in ["k", "l", "m"] {
            cache.entries.append(BuildCache.Entry(
                key: Digest32.of(Array(name.utf8)), sha256: Digest32.of(Array("s\(name)".utf8)),
                stamp: FileStamp(inode: 7, size: 1234, modifiedNanoseconds: 1_700_000_000_000_000_001)))
        }
        cache.sortByKey()
        return cache
    }

    @Test func theCacheFileReadsBackExactly() throws {
        let cache = Self.sampleCache()
        let decoded = try #require(BuildCache.decode(cache.encoded(output: "/srv/公示/public"), output: "/srv/公示/public"))
        #expect(decoded.inputs == cache.inputs)
        #expect(decoded.entries == cache.entries)
    }

    /// Any changed byte, a file cut short or a cache for another output folder: not a cache.
    @Test func aDamagedOrForeignCacheFileIsRefused() {
        let bytes = Self.sampleCache().encoded(output: "/srv/public")
        #expect(BuildCache.decode(bytes, output: "/srv/other") == nil)
        for cut in [0, 10, bytes.count / 2, bytes.count - 1] {
            #expect(BuildCache.decode(Array(bytes.prefix(cut)), output: "/srv/public") == nil)
        }
        for position in stride(from: 0, to: bytes.count, by: 7) {
            var damaged = bytes
            damaged[position] ^= 0x20
            #expect(BuildCache.decode(damaged, output: "/srv/public") == nil, "byte \(position)")
        }
        #expect(BuildCache.decode(Array("gongshi-build-cache 1\noutput /srv/public\nentries 0\n".utf8), output: "/srv/public") == nil)
        // The previous format (entries by path, before keys covered the search) is not read as this one.
        var older = bytes
        older.replaceSubrange(0..<BuildCache.header.utf8.count, with: Array("gongshi-build-cache 2\n".utf8))
        older.replaceSubrange((older.count - 32)..., with: SHA256.digest(older[..<(older.count - 32)]))
        #expect(BuildCache.decode(older, output: "/srv/public") == nil)
    }

    /// An entry is found by its page's key alone (the key covers the page's path), whatever
    /// order the file has it in; a key no page had finds nothing.
    @Test func entriesAreFoundByKey() throws {
        let cache = Self.sampleCache()
        for name in ["k", "l", "m"] {
            let position = try #require(cache.entry(for: Digest32.of(Array(name.utf8))))
            #expect(cache.entries[position].sha256 == Digest32.of(Array("s\(name)".utf8)))
        }
        #expect(cache.entry(for: Digest32.of(Array("n".utf8))) == nil)
        #expect(BuildCache().entry(for: Digest32.of(Array("k".utf8))) == nil)
        var unsorted = cache
        unsorted.entries.reverse()
        let decoded = try #require(BuildCache.decode(unsorted.encoded(output: "/srv/public"), output: "/srv/public"))
        #expect(decoded.entries == cache.entries)
    }

    /// The cache written a piece at a time is the same bytes as written whole, and reads back.
    @Test func theCacheWrittenInPiecesIsTheSameFile() throws {
        let cache = Self.sampleCache()
        var pieces: [[UInt8]] = []
        cache.encode(output: "/srv/public", piece: 40) { pieces.append($0) }
        #expect(pieces.count > 3)
        #expect(Array(pieces.joined()) == cache.encoded(output: "/srv/public"))
        let decoded = try #require(BuildCache.decode(Array(pieces.joined()), output: "/srv/public"))
        #expect(decoded.entries == cache.entries && decoded.inputs == cache.inputs)
    }

    @Test func digestsReadBackFromHex() throws {
        let digest = Digest32.of(Array("页面".utf8))
        #expect(digest.hex == SHA256.hexDigest(Array("页面".utf8)))
        #expect(Digest32(hex: digest.hex) == digest)
        #expect(digest.bytes == SHA256.digest(Array("页面".utf8)))
        #expect(Digest32(hex: String(digest.hex.dropLast())) == nil)
        #expect(Digest32(hex: digest.hex.uppercased()) == nil)
        #expect(Digest32(hex: digest.hex + "0") == nil)
        var out: [UInt8] = []
        digest.appendHex(to: &out)
        #expect(out == Array(digest.hex.utf8))
    }
}
