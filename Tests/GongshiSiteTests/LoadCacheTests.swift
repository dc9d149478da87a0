import Foundation
import Testing
@testable import GongshiCore
@testable import GongshiSite

/// The load cache (`.gongshi/cache/load/`, `LoadCache`, `LoadMemory+Bytes`, `+Parts`): a load that takes its
/// memory from the persisted bytes gives the same content and the same messages (load, audits,
/// privacy) as a clean load after edits, additions, removals and a changed site-wide input, and
/// reuses exactly the roster files the edit did not touch; a damaged cache is discarded with
/// GS5200 and the build is correct; `--no-cache` does not read it. The cache is kept in parts (one
/// per roster month, one for the documents): a build writes only the parts that changed, and a
/// damaged part costs only its own files.
@Suite struct LoadCacheTests {
    typealias SampleCopy = IncrementalBuildTests.SampleCopy

    /// The sample site's roster CSVs (10 + 10 + 9) and documents (6).
    static let perFileInputs = LoadMemoryTests.perFileInputs

    /// Loads with the memory read back from its persisted bytes, checks the result against a clean
    /// load, and returns the memory to persist next and how many roster files were reused.
    static func persistedStep(_ copy: SampleCopy, _ memory: LoadMemory?) throws -> (memory: LoadMemory?, reused: Int, text: String) {
        var readBack: LoadMemory?
        if let memory {
            let bytes = try #require(LoadCache.encoded(memory, engine: "test"))
            guard case .found(let decoded) = LoadCache.decode(bytes, engine: "test") else {
                Issue.record("the persisted memory did not read back")
                return (nil, -1, "")
            }
            readBack = decoded
        }
        let loaded = try LoadMemoryTests.remembered(copy.site, readBack)
        #expect(loaded.text == LoadMemoryTests.clean(copy.site))
        return (loaded.memory, loaded.reused, loaded.text)
    }

    @Test func aPersistedLoadIsACleanLoadAfterEditsAdditionsAndRemovals() throws {
        let copy = try SampleCopy()
        defer { copy.cleanUp() }
        var state = try LoadMemoryTests.monthEdits(copy, step: Self.persistedStep)

        // A roster file added, another removed, a private value put in a third, an article edited.
        let fm = FileManager.default
        try fm.copyItem(at: copy.site.appendingPathComponent("content/rosters/2026-10/410829201203.csv"),
                        to: copy.site.appendingPathComponent("content/rosters/2026-11/410829201203.csv"))
        try fm.removeItem(at: copy.site.appendingPathComponent("content/rosters/2026-09/410829201204.csv"))
        try copy.edit("content/rosters/2026-10/410829101201.csv") { $0.replacingOccurrences(of: "李*山", with: "李*山410829199001011234") }
        try copy.edit("content/articles/standards-2024.md") { $0 + "\n补充说明，电话 13800138000。\n" }
        state = try Self.persistedStep(copy, state.memory)
        #expect(state.reused == Self.perFileInputs - 3)
        state = try Self.persistedStep(copy, state.memory)
        #expect(state.reused == Self.perFileInputs)
    }

    @Test func aChangedSiteYamlOrKnownNamesFileMeansNoReuse() throws {
        let copy = try SampleCopy()
        defer { copy.cleanUp() }
        var state = try Self.persistedStep(copy, nil)
        try copy.edit("site.yaml") { $0 + "\n# 备注\n" }
        state = try Self.persistedStep(copy, state.memory)
        #expect(state.reused == 0)
        state = try Self.persistedStep(copy, state.memory)
        #expect(state.reused == Self.perFileInputs)

        let folder = copy.site.appendingPathComponent(".gongshi")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        let names = KnownNames().adding(fullNames: ["张三丰"])
        try KnownNamesFile.text(key: names.key, hashes: names.hashes)
            .write(to: folder.appendingPathComponent("known-names"), atomically: true, encoding: .utf8)
        state = try Self.persistedStep(copy, state.memory)
        #expect(state.reused == 0)
        state = try Self.persistedStep(copy, state.memory)
        #expect(state.reused == Self.perFileInputs)
    }

    @Test func anotherBuildOfTheProgramIgnoresTheCacheAndDamageIsRefused() throws {
        let copy = try SampleCopy()
        defer { copy.cleanUp() }
        let first = try LoadMemoryTests.remembered(copy.site, nil)
        let memory = try #require(first.memory)
        let bytes = try #require(LoadCache.encoded(memory, engine: "one"))
        guard case .found = LoadCache.decode(bytes, engine: "one") else { Issue.record("not read back"); return }
        guard case .missing = LoadCache.decode(bytes, engine: "two") else { Issue.record("another engine's cache was used"); return }
        for cut in [1, 32, bytes.count / 2] {
            guard case .unusable = LoadCache.decode(Array(bytes.dropLast(cut)), engine: "one") else {
                Issue.record("a cache cut by \(cut) bytes was used")
                return
            }
        }
        var flipped = bytes
        flipped[bytes.count / 2] ^= 0x01
        guard case .unusable = LoadCache.decode(flipped, engine: "one") else { Issue.record("an altered cache was used"); return }
    }

    /// A part of the cache (by default the month 2026-10's: its 10 CSVs and the month's audit findings).
    static func loadCacheFile(_ copy: SampleCopy, part: String = "rosters-2026-10") -> URL {
        copy.site.appendingPathComponent(".gongshi/cache/load/" + part)
    }

    /// The part files and their inodes (a part that is written again gets a new one).
    static func partInodes(_ copy: SampleCopy) throws -> [String: UInt64] {
        let folder = copy.site.appendingPathComponent(".gongshi/cache/load")
        var inodes: [String: UInt64] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) {
            let attributes = try FileManager.default.attributesOfItem(atPath: folder.appendingPathComponent(name).path)
            inodes[name] = (attributes[.systemFileNumber] as? NSNumber)?.uint64Value
        }
        return inodes
    }

    /// Builds in this process (a cache written by the `gongshi` binary is another program's).
    static func build(_ copy: SampleCopy, useCache: Bool = true) throws -> SiteBuilder.Report {
        PublishedBaseline.forget(in: copy.output)
        return try SiteBuilder.build(.init(siteFolder: copy.site, outputFolder: copy.output, useCache: useCache))
    }

    static func discarded(_ report: SiteBuilder.Report) -> [String] {
        report.warnings.filter { $0.code == .buildCacheDiscarded }.map(\.description)
    }

    @Test func aBuildReusesTheUnchangedRosterFilesAndItsOutputIsACleanBuilds() throws {
        let copy = try SampleCopy()
        defer { copy.cleanUp() }
        #expect(try Self.build(copy).reusedInputFiles == 0)
        #expect(FileManager.default.fileExists(atPath: Self.loadCacheFile(copy).path))
        #expect(try Self.build(copy).reusedInputFiles == Self.perFileInputs)
        try IncrementalBuildTests.raiseOneAmount(copy)
        let report = try Self.build(copy)
        #expect(report.reusedInputFiles == Self.perFileInputs - 1)
        #expect(Self.discarded(report) == [])
        #expect(try copy.differencesFromCleanBuild() == [])
    }

    @Test func aDamagedLoadCacheIsDiscardedWithGS5200AndTheBuildIsCorrect() throws {
        let copy = try SampleCopy()
        defer { copy.cleanUp() }
        _ = try Self.build(copy)
        let url = Self.loadCacheFile(copy)
        var bytes = try Data(contentsOf: url)
        bytes[bytes.count / 2] ^= 0x01
        try bytes.write(to: url)
        try IncrementalBuildTests.raiseOneAmount(copy)
        let expected = [".gongshi/cache: " + Messages.loadCacheDiscarded.line(.warning)]
        // The damaged part's 10 CSVs are loaded again, and the CSV the edit changed; the other
        // parts are used.
        let flipped = try Self.build(copy)
        #expect(Self.discarded(flipped) == expected)
        #expect(flipped.reusedInputFiles == Self.perFileInputs - 10 - 1)
        // Cut short: the same; the cache written after that build is trusted again.
        let whole = try Data(contentsOf: url)
        try whole.prefix(whole.count - 7).write(to: url)
        let cut = try Self.build(copy)
        #expect(Self.discarded(cut) == expected)
        #expect(cut.reusedInputFiles == Self.perFileInputs - 10)
        let again = try Self.build(copy)
        #expect(again.reusedInputFiles == Self.perFileInputs)
        #expect(Self.discarded(again) == [])
        #expect(try copy.differencesFromCleanBuild() == [])
    }

    @Test func aBuildWritesOnlyThePartsThatChangedAndRemovesThoseOfRemovedMonths() throws {
        let copy = try SampleCopy()
        defer { copy.cleanUp() }
        // A cache of an earlier version (one file where the folder now is) is replaced.
        let cacheFolder = copy.site.appendingPathComponent(".gongshi/cache")
        try FileManager.default.createDirectory(at: cacheFolder, withIntermediateDirectories: true)
        try Data("gongshi-load-cache 1\nold".utf8).write(to: cacheFolder.appendingPathComponent("load"))
        _ = try Self.build(copy)
        let first = try Self.partInodes(copy)
        #expect(first.keys.sorted() == ["documents", "month-2026-09", "month-2026-10", "month-2026-11",
                                        "rosters-2026-09", "rosters-2026-10", "rosters-2026-11"])
        _ = try Self.build(copy)
        #expect(try Self.partInodes(copy) == first)
        try IncrementalBuildTests.raiseOneAmount(copy)
        #expect(try Self.build(copy).reusedInputFiles == Self.perFileInputs - 1)
        let edited = try Self.partInodes(copy)
        #expect(edited.keys.sorted() == first.keys.sorted())
        #expect(edited.filter { first[$0.key] != $0.value }.keys.sorted() == ["month-2026-11", "rosters-2026-11"])
        // A left-over temporary file of a killed build goes; a removed month takes its part along.
        try Data("x".utf8).write(to: cacheFolder.appendingPathComponent("load/rosters-2026-11.tmp-999999"))
        try FileManager.default.removeItem(at: copy.site.appendingPathComponent("content/rosters/2026-09"))
        _ = try Self.build(copy)
        let removed = try Self.partInodes(copy)
        #expect(removed.keys.sorted() == ["documents", "month-2026-10", "month-2026-11", "rosters-2026-10", "rosters-2026-11"])
        // 2026-10 has no month before it now: its summary was made again; 2026-11's was kept.
        #expect(removed["month-2026-10"] != edited["month-2026-10"])
        #expect(removed["month-2026-11"] == edited["month-2026-11"])
        #expect(try copy.differencesFromCleanBuild() == [])
    }

    @Test func noCacheDoesNotReadTheLoadCache() throws {
        let copy = try SampleCopy()
        defer { copy.cleanUp() }
        _ = try Self.build(copy)
        let url = Self.loadCacheFile(copy)
        try Data("gongshi-load-cache 1\nnot a cache".utf8).write(to: url)
        let report = try Self.build(copy, useCache: false)
        #expect(report.reusedInputFiles == 0)
        #expect(Self.discarded(report) == [])
        // It wrote a fresh one, which the next build uses.
        #expect(try Self.build(copy).reusedInputFiles == Self.perFileInputs)
        #expect(try copy.differencesFromCleanBuild() == [])
    }

    /// A template edit keeps every load result (templates are not in the load fingerprint: the
    /// load never reads them), and the output is still a clean build's.
    @Test func aTemplateEditKeepsEveryLoadResult() throws {
        let copy = try SampleCopy()
        defer { copy.cleanUp() }
        #expect(try Self.build(copy).reusedInputFiles == 0)
        try copy.edit("themes/default/templates/article.mustache") { $0 + "{{! 模板改过 }}\n" }
        let report = try Self.build(copy)
        #expect(report.reusedInputFiles == Self.perFileInputs)
        #expect(Self.discarded(report) == [])
        #expect(try copy.differencesFromCleanBuild() == [])
    }

    /// The documents as the last plan listed them, read back from the documents' part.
    static func listedOrder(_ copy: SampleCopy) throws -> ListedOrder? {
        let bytes = try [UInt8](Data(contentsOf: loadCacheFile(copy, part: LoadCache.documentPart)))
        guard case .found(let memory) = LoadCache.decode(bytes, engine: EngineIdentity.current) else { return nil }
        return memory.listedOrder
    }

    /// `gongshi build` keeps the plan's document order with the documents and starts the next
    /// plan from it (`DisplayOrder.sorted(_:previous:)`): after a title that moves a notice, a new
    /// notice on another's date and an article's new date, the order and every page are a clean build's.
    @Test func theLastDocumentOrderIsKeptAndTheNextOrderIsACleanBuilds() throws {
        let copy = try SampleCopy()
        defer { copy.cleanUp() }
        _ = try Self.build(copy)
        #expect(try Self.listedOrder(copy) == ListedOrder(
            articles: ["content/articles/privacy-disclosure.md", "content/articles/payment-yikatong.md",
                       "content/articles/application-procedure.md", "content/articles/standards-2024-interpretation.md",
                       "content/articles/standards-2024.md", "content/articles/standards-2023.md"],
            notices: ["content/notices/notice-period-2024-11.md", "content/notices/happiness-list-2024.md"]))
        try copy.edit("content/notices/notice-period-2024-11.md") {
            $0.replacingOccurrences(of: "title: 关于2024年11月", with: "title: 阿拉善关于2024年11月")
        }
        let other = try String(contentsOf: copy.site.appendingPathComponent("content/notices/notice-period-2024-11.md"), encoding: .utf8)
        try other.replacingOccurrences(of: "title: 阿拉善关于", with: "title: 关于补发")
            .write(to: copy.site.appendingPathComponent("content/notices/addendum.md"), atomically: true, encoding: .utf8)
        try copy.edit("content/articles/payment-yikatong.md") {
            $0.replacingOccurrences(of: "date: 2024-05-20T09:00:00+08:00", with: "date: 2030-01-01T09:00:00+08:00")
        }
        _ = try Self.build(copy)
        #expect(try Self.listedOrder(copy) == ListedOrder(
            articles: ["content/articles/payment-yikatong.md", "content/articles/privacy-disclosure.md",
                       "content/articles/application-procedure.md", "content/articles/standards-2024-interpretation.md",
                       "content/articles/standards-2024.md", "content/articles/standards-2023.md"],
            notices: ["content/notices/notice-period-2024-11.md", "content/notices/addendum.md",
                      "content/notices/happiness-list-2024.md"]))
        #expect(try copy.differencesFromCleanBuild() == [])
    }
}
