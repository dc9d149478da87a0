import Foundation
import Testing
@testable import GongshiCore
@testable import GongshiSite

/// The preview's load memory (`LoadMemory`): after edits, additions and removals of roster files,
/// month files and documents, a load that reuses the unchanged files gives the same content and
/// the same messages (load, audits, privacy) as a clean load, and reuses exactly the files the
/// edit did not touch; a change to a site-wide input means no reuse at all.
@Suite struct LoadMemoryTests {
    typealias SampleCopy = IncrementalBuildTests.SampleCopy

    /// The sample site's per-file inputs: 29 roster CSVs (10 + 9 + 10) and 6 documents.
    static let perFileInputs = 37

    /// What a load and the audits gave: every document and month in full, then every message.
    static func describe(_ content: SiteContent, _ diagnostics: [Diagnostic]) -> String {
        var text = ""
        dump(content.articles, to: &text)
        dump(content.notices, to: &text)
        dump(content.months, to: &text)
        return text + diagnostics.map(\.description).joined(separator: "\n")
    }

    static func audits(_ content: SiteContent, memory: inout LoadMemory?) -> [Diagnostic] {
        DocumentAudit.audit(content) + RosterAudit.audit(content, memory: &memory) + PrivacyAudit.audit(content, memory: &memory)
    }

    /// A clean load and audits, described (or the errors the load threw).
    static func clean(_ site: URL) -> String {
        do throws(ContentErrors) {
            let (content, warnings) = try ContentLoader.load(siteFolder: site, options: .init(includeDrafts: true))
            var none: LoadMemory?
            return describe(content, warnings + audits(content, memory: &none))
        } catch {
            return "threw\n" + error.diagnostics.map(\.description).joined(separator: "\n")
        }
    }

    /// A load as a preview rebuild makes it: digest, fingerprint, reuse; the memory for the next
    /// one (the old one when the load threw, as the preview keeps it), and how many files it reused.
    static func remembered(_ site: URL, _ memory: LoadMemory?) throws -> (text: String, memory: LoadMemory?, reused: Int) {
        let digest = try #require(try SiteBuilder.digestBeforeLoading(siteFolder: site, known: InputRecords()).result?.get())
        var (reuse, next): (LoadReuse, LoadMemory?) = LoadFingerprint.reuse(of: memory, digest: digest, includeDrafts: true)
        do throws(ContentErrors) {
            let (content, warnings) = try ContentLoader.load(
                siteFolder: site, options: .init(includeDrafts: true), reuse: reuse, remember: &next)
            let text = describe(content, warnings + audits(content, memory: &next))
            return (text, next, next?.reusedFiles ?? -1)
        } catch {
            _ = reuse
            return ("threw\n" + error.diagnostics.map(\.description).joined(separator: "\n"), memory, -1)
        }
    }

    /// Loads with memory, checks the result against a clean load, returns the memory and reuse count.
    static func step(_ copy: SampleCopy, _ memory: LoadMemory?) throws -> (memory: LoadMemory?, reused: Int, text: String) {
        let loaded = try remembered(copy.site, memory)
        #expect(loaded.text == clean(copy.site))
        return (loaded.memory, loaded.reused, loaded.text)
    }

    typealias Step = (SampleCopy, LoadMemory?) throws -> (memory: LoadMemory?, reused: Int, text: String)

    /// The edits of one month that every kind of remembered load must follow as a clean load
    /// does (`step` checks each load against a clean one): a first load, an unchanged one, one
    /// roster edited, the month file edited, its encoding changed and back. Returns the last state.
    static func monthEdits(_ copy: SampleCopy, step: Step) throws -> (memory: LoadMemory?, reused: Int, text: String) {
        var state = try step(copy, nil)
        #expect(state.reused == 0)
        state = try step(copy, state.memory)
        #expect(state.reused == perFileInputs)

        // One roster file edited (its month's expected total now differs: an audit error).
        try copy.edit(IncrementalBuildTests.village) { $0.replacingOccurrences(of: ",703.00,", with: ",704.00,") }
        state = try step(copy, state.memory)
        #expect(state.reused == perFileInputs - 1)
        #expect(state.text.contains("GS"))

        // The month file edited too: that month is assembled and audited again, but its CSVs'
        // rows are kept (same bytes, same encoding): the edit's error is gone.
        try copy.edit("content/rosters/2026-11/_month.yaml") { $0.replacingOccurrences(of: "\"153260.50\"", with: "\"153261.50\"") }
        state = try step(copy, state.memory)
        #expect(state.reused == perFileInputs)
        // Its encoding changed, and back: each time its nine CSVs are read again.
        try copy.edit("content/rosters/2026-11/_month.yaml") { $0 + "encoding: gb18030\n" }
        state = try step(copy, state.memory)
        #expect(state.reused == perFileInputs - 9)
        try copy.edit("content/rosters/2026-11/_month.yaml") { $0.replacingOccurrences(of: "encoding: gb18030\n", with: "") }
        state = try step(copy, state.memory)
        #expect(state.reused == perFileInputs - 9)
        return state
    }

    @Test func unchangedFilesAreReusedAndTheContentIsACleanLoads() throws {
        let copy = try SampleCopy()
        defer { copy.cleanUp() }
        var state = try Self.monthEdits(copy, step: Self.step)

        // A roster file added, an article removed, a notice added, another article edited.
        let fm = FileManager.default
        try fm.copyItem(at: copy.site.appendingPathComponent("content/rosters/2026-10/410829201203.csv"),
                        to: copy.site.appendingPathComponent("content/rosters/2026-11/410829201203.csv"))
        try fm.removeItem(at: copy.site.appendingPathComponent("content/articles/payment-yikatong.md"))
        try fm.copyItem(at: copy.site.appendingPathComponent("content/notices/happiness-list-2024.md"),
                        to: copy.site.appendingPathComponent("content/notices/happiness-list-2025.md"))
        try copy.edit("content/articles/standards-2024.md") { $0 + "\n补充说明。\n" }
        state = try Self.step(copy, state.memory)
        // 29 of the 30 CSVs (the new one is parsed) and 6 of the 8 documents (one new, one edited).
        #expect(state.reused == 29 + 6)
        state = try Self.step(copy, state.memory)
        #expect(state.reused == 30 + 8)
    }

    @Test func aFileWithErrorsGivesTheCleanLoadsErrorsAndItsFixIsReloaded() throws {
        let copy = try SampleCopy()
        defer { copy.cleanUp() }
        var state = try Self.step(copy, nil)
        let path = "content/rosters/2026-10/410829101201.csv"
        let original = try String(contentsOf: copy.site.appendingPathComponent(path), encoding: .utf8)
        // An unreadable amount: the load throws, exactly as a clean load does.
        try copy.edit(path) { $0.replacingOccurrences(of: ",703.00,", with: ",七百,") }
        let broken = try Self.step(copy, state.memory)
        #expect(broken.text.hasPrefix("threw\n"))
        // A private value in a cell: the privacy audit of that month runs again and finds it.
        try copy.edit(path) { _ in original.replacingOccurrences(of: "李*山", with: "李*山410829199001011234") }
        state = try Self.step(copy, broken.memory)
        #expect(state.text.contains("GS"))
        #expect(state.reused == Self.perFileInputs - 1)
        try copy.edit(path) { _ in original }
        state = try Self.step(copy, state.memory)
        #expect(state.reused == Self.perFileInputs - 1)
        state = try Self.step(copy, state.memory)
        #expect(state.reused == Self.perFileInputs)
    }

    @Test func aSiteWideInputChangedMeansNoReuse() throws {
        let copy = try SampleCopy()
        defer { copy.cleanUp() }
        var state = try Self.step(copy, nil)
        try copy.edit("site.yaml") { $0 + "\n# 备注\n" }
        state = try Self.step(copy, state.memory)
        #expect(state.reused == 0)
        try copy.edit("content/regions.csv") { $0 + "\n" }
        state = try Self.step(copy, state.memory)
        #expect(state.reused == 0)
        state = try Self.step(copy, state.memory)
        #expect(state.reused == Self.perFileInputs)
    }

    @Test func classifiesPerFileInputs() {
        #expect(LoadMemory.isPerFile("content/rosters/2026-11/410829101201.csv"))
        #expect(LoadMemory.isPerFile("content/rosters/2026-11/_month.yaml"))
        #expect(LoadMemory.isPerFile("content/articles/a/b.md"))
        #expect(LoadMemory.isPerFile("content/notices/n.MD"))
        #expect(!LoadMemory.isPerFile("content/rosters/2026-11/sub/x.csv"))
        #expect(!LoadMemory.isPerFile("content/rosters/2026-11/_Month.yaml"))
        #expect(!LoadMemory.isPerFile("content/regions.csv"))
        #expect(!LoadMemory.isPerFile("content/standards.yaml"))
        #expect(!LoadMemory.isPerFile("site.yaml"))
        #expect(!LoadMemory.isPerFile("content/articles/image.png"))
    }

    @Test func thePreviewsPagesAfterAnEditAreACleanBuilds() throws {
        let copy = try SampleCopy()
        defer { copy.cleanUp() }
        let first = try SiteBuilder.render(siteFolder: copy.site, includeDrafts: false, memory: RenderMemory())
        #expect(first.memory.load?.reusedFiles == 0)
        try copy.edit("content/rosters/2026-10/410829101201.csv") { $0.replacingOccurrences(of: ",703.00,2019-09,", with: ",703.00,2019-10,") }
        try FileManager.default.copyItem(at: copy.site.appendingPathComponent("content/notices/happiness-list-2024.md"),
                                         to: copy.site.appendingPathComponent("content/notices/happiness-list-2025.md"))
        let edited = try SiteBuilder.render(siteFolder: copy.site, includeDrafts: false, memory: first.memory)
        #expect(edited.memory.load?.reusedFiles == Self.perFileInputs - 1)
        let clean = try SiteBuilder.render(siteFolder: copy.site, includeDrafts: false)
        #expect(edited.files == clean.files)
        #expect(edited.warnings == clean.warnings)
    }
}
