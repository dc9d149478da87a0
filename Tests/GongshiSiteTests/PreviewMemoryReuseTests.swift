import Foundation
import Testing
@testable import GongshiCore
@testable import GongshiSite

/// What a preview rebuild carries over from the last one besides pages: the documents' display
/// order (`DisplayOrder.sorted(_:previous:)`) and the load fingerprint (`LoadFingerprint.of(_:
/// includeDrafts:updating:changed:)`). Each is checked against what a rebuild without it gives,
/// and the files against a clean render.
@Suite struct PreviewMemoryReuseTests {
    typealias SampleCopy = IncrementalBuildTests.SampleCopy

    static func render(_ copy: SampleCopy, after memory: RenderMemory, changed: Set<String>) throws
        -> (files: [OutputFile], pages: Int, warnings: [Diagnostic], memory: RenderMemory, reused: Int) {
        try SiteBuilder.render(siteFolder: copy.site, includeDrafts: false, memory: memory, changes: .only(changed))
    }

    /// The fingerprint kept is the one the full walk gives for the kept digest.
    static func expectFingerprintOfItsDigest(_ memory: RenderMemory, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        let inputs = try #require(memory.lastInputs, sourceLocation: sourceLocation)
        let known = try #require(inputs.loadFingerprint, sourceLocation: sourceLocation)
        #expect(known.includeDrafts == false, sourceLocation: sourceLocation)
        #expect(known.digest.files == inputs.digest.files, sourceLocation: sourceLocation)
        #expect(known.value == LoadFingerprint.of(inputs.digest, includeDrafts: false), sourceLocation: sourceLocation)
        #expect(memory.load?.fingerprint == known.value, sourceLocation: sourceLocation)
    }

    @Test func theLoadFingerprintIsKeptForContentAndTemplateEditsAndTakenAgainForAStandardsEdit() throws {
        let copy = try SampleCopy()
        defer { copy.cleanUp() }
        let first = try SiteBuilder.render(siteFolder: copy.site, includeDrafts: false, memory: RenderMemory())
        try Self.expectFingerprintOfItsDigest(first.memory)
        let before = try #require(first.memory.lastInputs?.loadFingerprint?.value)

        try IncrementalBuildTests.raiseOneAmount(copy)
        let roster = try Self.render(copy, after: first.memory, changed: [IncrementalBuildTests.village, "content/rosters/2026-11/_month.yaml"])
        try Self.expectFingerprintOfItsDigest(roster.memory)
        #expect(roster.memory.lastInputs?.loadFingerprint?.value == before)
        #expect(roster.memory.load?.reusedFiles ?? 0 > 0)  // the load memory still applies
        #expect(roster.memory.keptKeys == 34 + 34 + 8 + 3)  // see PreviewRebuildTests
        #expect(roster.files == (try PreviewRebuildTests.clean(copy)))

        // Templates are not in the fingerprint: the load never reads them.
        let template = "themes/default/templates/footer.mustache"
        try copy.edit(template) { $0 + "\n" }
        let restyled = try Self.render(copy, after: roster.memory, changed: [template])
        try Self.expectFingerprintOfItsDigest(restyled.memory)
        #expect(restyled.memory.lastInputs?.loadFingerprint?.value == before)
        #expect(restyled.memory.load?.reusedFiles == LoadCacheTests.perFileInputs)
        #expect(restyled.memory.keptKeys == 0)  // a template changed: every key is hashed again
        #expect(restyled.files == (try PreviewRebuildTests.clean(copy)))

        let standards = "content/standards.yaml"
        try copy.edit(standards) { $0 + "\n# 备注\n" }
        let restandardised = try Self.render(copy, after: restyled.memory, changed: [standards])
        try Self.expectFingerprintOfItsDigest(restandardised.memory)
        #expect(restandardised.memory.lastInputs?.loadFingerprint?.value != before)
        #expect(restandardised.memory.load?.reusedFiles == 0)
        #expect(restandardised.memory.keptKeys == 0)  // a site-wide input changed
        #expect(restandardised.files == (try PreviewRebuildTests.clean(copy)))

        // A path named that is neither per-file nor an input changes nothing.
        let unrelated = try Self.render(copy, after: restandardised.memory, changed: ["notes.txt"])
        #expect(unrelated.memory.lastInputs?.loadFingerprint?.value == restandardised.memory.lastInputs?.loadFingerprint?.value)
        try Self.expectFingerprintOfItsDigest(unrelated.memory)
    }

    @Test func aRebuildWithoutTheWatchersWordTakesTheFingerprintAfresh() throws {
        let copy = try SampleCopy()
        defer { copy.cleanUp() }
        let first = try SiteBuilder.render(siteFolder: copy.site, includeDrafts: false, memory: RenderMemory())
        try copy.edit("content/standards.yaml") { $0 + "\n# 备注\n" }
        let listed = try SiteBuilder.render(siteFolder: copy.site, includeDrafts: false, memory: first.memory, changes: .unknown)
        try Self.expectFingerprintOfItsDigest(listed.memory)
        #expect(listed.memory.lastInputs?.loadFingerprint?.value != first.memory.lastInputs?.loadFingerprint?.value)
        #expect(listed.files == (try PreviewRebuildTests.clean(copy)))
    }

    @Test func theDocumentOrderIsMadeFromTheLastPlansAndIsTheCleanOne() throws {
        let copy = try SampleCopy()
        defer { copy.cleanUp() }
        let first = try SiteBuilder.render(siteFolder: copy.site, includeDrafts: false, memory: RenderMemory())
        let kept = try #require(first.memory.documents)
        #expect(kept.articles.map(\.sourcePath) == [
            "content/articles/privacy-disclosure.md", "content/articles/payment-yikatong.md",
            "content/articles/application-procedure.md", "content/articles/standards-2024-interpretation.md",
            "content/articles/standards-2024.md", "content/articles/standards-2023.md"])

        // The oldest article dated to the newest one's day, and a new one between two others.
        let moved = "content/articles/standards-2024.md"
        try copy.edit(moved) { $0.replacingOccurrences(of: "date: 2024-01-05", with: "date: Wed, 23 Oct 2024 10:46:48 GMT") }
        let added = "content/articles/extra-note.md"
        try Data("---\ntitle: 补充说明\ndate: 2024-04-01\n---\n补充说明的正文。\n".utf8)
            .write(to: copy.site.appendingPathComponent(added))
        let rebuilt = try Self.render(copy, after: first.memory, changed: [moved, added])
        let order = try #require(rebuilt.memory.documents).articles.map(\.sourcePath)
        #expect(order == [
            "content/articles/standards-2024.md", "content/articles/privacy-disclosure.md",
            "content/articles/payment-yikatong.md", "content/articles/extra-note.md",
            "content/articles/application-procedure.md", "content/articles/standards-2024-interpretation.md",
            "content/articles/standards-2023.md"])
        let clean = try SiteBuilder.prepare(siteFolder: copy.site, includeDrafts: false).plan
        #expect(order == clean.articles.map(\.sourcePath))
        #expect(rebuilt.memory.documents?.notices.map(\.sourcePath) == clean.notices.map(\.sourcePath))
        #expect(rebuilt.files == (try PreviewRebuildTests.clean(copy)))

        // And removed again.
        try FileManager.default.removeItem(at: copy.site.appendingPathComponent(added))
        let removed = try Self.render(copy, after: rebuilt.memory, changed: [added])
        #expect(removed.memory.documents?.articles.map(\.sourcePath) == order.filter { $0 != added })
        #expect(removed.files == (try PreviewRebuildTests.clean(copy)))
    }
}
