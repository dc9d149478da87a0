import Foundation
import Testing
@testable import GongshiCore
@testable import GongshiSite

/// The build cache (`.gongshi/cache/`): after each kind of edit, an incremental build re-renders
/// exactly the pages the edit can change, and its output is byte for byte what a clean build
/// (`--no-cache`, into a fresh folder) of the same content gives, manifest included.
@Suite struct IncrementalBuildTests {
    /// The repository's sample site, copied: 126 pages, every one of them keyed (only
    /// `robots.txt` is always written again).
    struct SampleCopy {
        let root: URL
        var site: URL { root.appendingPathComponent("site") }
        var output: URL { site.appendingPathComponent("public") }

        init() throws {
            root = FileManager.default.temporaryDirectory.appendingPathComponent("gongshi-incremental-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: site, withIntermediateDirectories: true)
            for item in ["site.yaml", "content", "themes"] {
                try FileManager.default.copyItem(at: SiteFixture.repositoryRoot.appendingPathComponent(item),
                                                 to: site.appendingPathComponent(item))
            }
        }

        /// `gongshi build --verbose`: the exit status and how many pages were rendered (not reused).
        /// The output's correction baseline is forgotten first (`PublishedBaseline`): these builds
        /// edit published rosters to exercise the cache, not corrections.
        func build(_ extra: [String] = []) throws -> (status: Int32, rendered: Int?, stderr: String) {
            PublishedBaseline.forget(in: output)
            let result = try CLI.run(["build", "--verbose", "--source", site.path] + extra)
            let all = result.stdout + result.stderr
            let rendered = all.split(separator: "\n").first { $0.contains("缓存：") }.flatMap { line -> Int? in
                guard let range = line.range(of: "直接沿用，") else { return nil }
                return Int(line[range.upperBound...].prefix { $0.isNumber })
            }
            return (result.status, rendered, all)
        }

        /// A clean build of the same content into a fresh folder, compared file by file.
        func differencesFromCleanBuild() throws -> [String] {
            let clean = root.appendingPathComponent("clean-\(UUID().uuidString)")
            let result = try CLI.run(["build", "--no-cache", "--quiet", "--source", site.path, "--output", clean.path])
            #expect(result.status == 0, "\(result.stderr)")
            let incremental = SiteFixture.snapshot(output)
            let fresh = SiteFixture.snapshot(clean)
            let paths = Set(incremental.keys).union(fresh.keys)
            return paths.filter { incremental[$0] != fresh[$0] }.sorted()
        }

        func edit(_ path: String, _ change: (String) -> String) throws {
            let url = site.appendingPathComponent(path)
            let text = try String(contentsOf: url, encoding: .utf8)
            let changed = change(text)
            #expect(changed != text, "the edit of \(path) changed nothing")
            try changed.write(to: url, atomically: true, encoding: .utf8)
        }

        func cleanUp() { try? FileManager.default.removeItem(at: root) }
    }

    static let village = "content/rosters/2026-11/410829101201.csv"

    /// One household's amount 703.00 → 704.00 in the latest month, with the month's expected total.
    static func raiseOneAmount(_ copy: SampleCopy) throws {
        try copy.edit(village) { $0.replacingOccurrences(of: ",703.00,", with: ",704.00,") }
        try copy.edit("content/rosters/2026-11/_month.yaml") { $0.replacingOccurrences(of: "\"153260.50\"", with: "\"153261.50\"") }
    }

    @Test func anUnchangedSiteRendersNoPage() throws {
        let copy = try SampleCopy()
        defer { copy.cleanUp() }
        #expect(try copy.build().rendered == 126)
        let again = try copy.build()
        #expect(again.status == 0)
        #expect(again.rendered == 0)
        #expect(try copy.differencesFromCleanBuild() == [])
    }

    @Test func oneRosterOfTheLatestMonthRerendersThatMonthAndOneHistory() throws {
        let copy = try SampleCopy()
        defer { copy.cleanUp() }
        _ = try copy.build()
        try Self.raiseOneAmount(copy)
        let result = try copy.build()
        #expect(result.status == 0, "\(result.stderr)")
        // 2026-11 (its notice file changed): 12 village + 3 township pages + the month index,
        // 12 + 3 notice-board pages; the changed village's history; the home page and the roster
        // archive (the month's totals).
        #expect(result.rendered == 16 + 15 + 1 + 2)
        #expect(try copy.differencesFromCleanBuild() == [])
        let page = try String(contentsOf: copy.output.appendingPathComponent("rosters/2026-11/410829101201.html"), encoding: .utf8)
        #expect(page.contains("<td class=\"num\">704.00</td>"))
    }

    @Test func aTemplateChangeRerendersOnlyThePagesUsingIt() throws {
        let copy = try SampleCopy()
        defer { copy.cleanUp() }
        _ = try copy.build()
        try copy.edit("themes/default/templates/print_sheet.mustache") {
            $0.replacingOccurrences(of: "<div class=\"seal\">（盖章处）</div>", with: "<div class=\"seal\">（盖 章 处）</div>")
        }
        let result = try copy.build()
        #expect(result.status == 0, "\(result.stderr)")
        // Every notice-board page (16 + 16 + 15).
        #expect(result.rendered == 47)
        #expect(try copy.differencesFromCleanBuild() == [])
    }

    @Test func aNewMonthRerendersItsPagesAndWhatLinksToIt() throws {
        let copy = try SampleCopy()
        defer { copy.cleanUp() }
        let latest = copy.site.appendingPathComponent("content/rosters/2026-11")
        let aside = copy.root.appendingPathComponent("2026-11")
        try FileManager.default.moveItem(at: latest, to: aside)
        #expect(try copy.build().status == 0)
        try FileManager.default.moveItem(at: aside, to: latest)
        let result = try copy.build()
        #expect(result.status == 0, "\(result.stderr)")
        // The new month: 16 roster and 15 notice-board pages. 2026-10: its month index (a 下月
        // link) and the 12 village pages of villages that go on into 2026-11. 12 histories gain
        // a month. The home page and the roster archive. The village directory (12 villages' latest
        // month is the new one).
        #expect(result.rendered == 16 + 15 + 1 + 12 + 12 + 2 + 1)
        #expect(try copy.differencesFromCleanBuild() == [])
    }

    @Test func anArticleEditRerendersThatArticleAndTheLists() throws {
        let copy = try SampleCopy()
        defer { copy.cleanUp() }
        _ = try copy.build()
        try copy.edit("content/articles/payment-yikatong.md") { $0 + "\n补充说明：以上内容自发布之日起施行。\n" }
        let result = try copy.build()
        #expect(result.status == 0, "\(result.stderr)")
        // The article, and what lists articles: the home page and both lists (the feed too).
        #expect(result.rendered == 1 + 3)
        #expect(try copy.differencesFromCleanBuild() == [])
    }

    @Test func anOutputFileChangedByHandIsRenderedAgain() throws {
        let copy = try SampleCopy()
        defer { copy.cleanUp() }
        _ = try copy.build()
        let page = copy.output.appendingPathComponent("regions/410829101201.html")
        try Data("被手工改过".utf8).write(to: page)
        let result = try copy.build()
        #expect(result.rendered == 1)
        #expect(try copy.differencesFromCleanBuild() == [])
    }

    @Test func aCorruptCacheIsDiscardedWithAWarning() throws {
        let copy = try SampleCopy()
        defer { copy.cleanUp() }
        _ = try copy.build()
        let folder = copy.site.appendingPathComponent(".gongshi/cache")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasPrefix("build-") }
        #expect(names.count == 1)
        for name in names {
            let url = folder.appendingPathComponent(name)
            var bytes = try Data(contentsOf: url)
            bytes[bytes.count / 2] ^= 0x01
            try bytes.write(to: url)
        }
        let result = try copy.build()
        #expect(result.status == 0)
        #expect(result.rendered == 126)
        #expect(result.stderr.contains(Messages.buildCacheDiscarded.line(.warning)))
        #expect(try copy.differencesFromCleanBuild() == [])
        // The cache written after that build is trusted again.
        #expect(try copy.build().rendered == 0)
    }

    /// A build killed while it wrote the cache left `build-….tmp-PID`: the next build that puts
    /// its cache in place removes it, and leaves the file of a process still running.
    @Test func aKilledBuildsTemporaryCacheFileIsRemovedByTheNext() throws {
        let copy = try SampleCopy()
        defer { copy.cleanUp() }
        _ = try copy.build()
        let folder = copy.site.appendingPathComponent(".gongshi/cache")
        let cache = try #require(try FileManager.default.contentsOfDirectory(atPath: folder.path).first { $0.hasPrefix("build-") })
        let dead = cache + ".tmp-2147483646", running = cache + ".tmp-\(getpid())", other = "unrelated.tmp-2147483646"
        for name in [dead, running, other] { try Data("partial".utf8).write(to: folder.appendingPathComponent(name)) }
        #expect(try copy.build().status == 0)
        let left = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.contains(".tmp-") }.sorted()
        #expect(left == [running, other].sorted())
    }

    @Test func noCacheRendersEverythingAndTheCacheKeepsOutOfGit() throws {
        let copy = try SampleCopy()
        defer { copy.cleanUp() }
        _ = try copy.build()
        #expect(try copy.build(["--no-cache"]).rendered == 126)
        let ignore = try String(contentsOf: copy.site.appendingPathComponent(".gongshi/cache/.gitignore"), encoding: .utf8)
        #expect(ignore.hasSuffix("\n*\n"))
    }

    @Test func thePreviewRerendersOnlyChangedPagesFromItsMemory() throws {
        let copy = try SampleCopy()
        defer { copy.cleanUp() }
        let first = try SiteBuilder.render(siteFolder: copy.site, includeDrafts: false, memory: RenderMemory())
        #expect(first.reused == 0)
        let unchanged = try SiteBuilder.render(siteFolder: copy.site, includeDrafts: false, memory: first.memory)
        #expect(unchanged.reused == 131)  // 126 pages, the feed and 4 CSV files
        #expect(unchanged.files == first.files)
        try Self.raiseOneAmount(copy)
        let edited = try SiteBuilder.render(siteFolder: copy.site, includeDrafts: false, memory: unchanged.memory)
        #expect(edited.reused == 131 - 36)
        let clean = try SiteBuilder.render(siteFolder: copy.site, includeDrafts: false)
        #expect(edited.files == clean.files)
    }

    /// A middle month edited in the preview: its roster index and the next month's (whose changes
    /// are counted against it) are made again, the others taken from the last rebuild; the
    /// files are those of a clean render, and so are they after the edit is undone.
    @Test func thePreviewIndexesAgainOnlyTheMonthsAnEditReaches() throws {
        let copy = try SampleCopy()
        defer { copy.cleanUp() }
        let first = try SiteBuilder.render(siteFolder: copy.site, includeDrafts: false, memory: RenderMemory())
        let october = "content/rosters/2026-10/410829101201.csv", totals = "content/rosters/2026-10/_month.yaml"
        try copy.edit(october) { $0.replacingOccurrences(of: "YT014234,李*山,2,2,农村低保,,703.00,", with: "YT014234,李*山,2,2,农村低保,,704.00,") }
        try copy.edit(totals) { $0.replacingOccurrences(of: "\"152285.50\"", with: "\"152286.50\"") }
        let edited = try SiteBuilder.render(siteFolder: copy.site, includeDrafts: false, memory: first.memory)
        #expect(edited.files == (try SiteBuilder.render(siteFolder: copy.site, includeDrafts: false)).files)
        let before = try #require(first.memory.rosters), after = try #require(edited.memory.rosters)
        #expect(before.months.map(\.month.month.description) == ["2026-09", "2026-10", "2026-11"])
        // September's entry came from the last rebuild; October's and November's were made again.
        #expect(before.months[0].reused(for: after.months[0].month, previous: nil) != nil)
        #expect(before.months[1].reused(for: after.months[1].month, previous: after.months[0].month) == nil)
        #expect(before.months[2].reused(for: after.months[2].month, previous: after.months[1].month) == nil)
        #expect(after.months[2].changes != before.months[2].changes)
        try copy.edit(october) { $0.replacingOccurrences(of: "YT014234,李*山,2,2,农村低保,,704.00,", with: "YT014234,李*山,2,2,农村低保,,703.00,") }
        try copy.edit(totals) { $0.replacingOccurrences(of: "\"152286.50\"", with: "\"152285.50\"") }
        let undone = try SiteBuilder.render(siteFolder: copy.site, includeDrafts: false, memory: edited.memory)
        #expect(undone.files == first.files)
    }

    /// The preview's roster key parts (`RosterKeyParts.Last`): a month indexed from the same arrays
    /// with the same inputs in its folder and the folder before takes its part from the last
    /// rebuild, and every part equals one worked out afresh. A roster of the latest month edited:
    /// the two months before are kept; the notice of the middle month edited (its rows the same
    /// arrays): that month and the month after it are made again; nothing edited: all kept.
    @Test func thePreviewKeepsTheKeyPartsOfMonthsAnEditDoesNotReach() throws {
        let copy = try SampleCopy()
        defer { copy.cleanUp() }
        func fresh(_ memory: RenderMemory) throws -> RosterKeyParts {
            let rosters = try #require(memory.rosters), digest = try #require(memory.lastInputs?.digest)
            return RosterKeyParts(rosters, inputs: digest.files, order: digest.paths)
        }
        var memory = try SiteBuilder.render(siteFolder: copy.site, includeDrafts: false, memory: RenderMemory()).memory
        #expect(memory.keyParts?.reusedMonths == 0)
        let steps: [(edit: () throws -> Void, reused: Int)] = [
            ({ try Self.raiseOneAmount(copy) }, 2),
            ({ try copy.edit("content/rosters/2026-10/_month.yaml") { $0 + "\n# 备注\n" } }, 1),
            ({}, 3),
        ]
        for step in steps {
            try step.edit()
            let rebuilt = try SiteBuilder.render(siteFolder: copy.site, includeDrafts: false, memory: memory)
            memory = rebuilt.memory
            let parts = try #require(memory.keyParts)
            #expect(parts.reusedMonths == step.reused)
            #expect(parts.months == (try fresh(memory)).months)
            #expect(rebuilt.files == (try SiteBuilder.render(siteFolder: copy.site, includeDrafts: false)).files)
        }
    }
}
