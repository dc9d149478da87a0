import Foundation
import Testing
@testable import GongshiCore
@testable import GongshiSite

/// The sample site's village directory in headless Chromium, opened from `file://` as a clerk
/// opens a built site: the filter box typed into, at a phone's width and a desktop's.
@Suite(.serialized) struct RegionDirectoryBrowserTests {
    static let canRun = PDFTools.underCI || PDFTools.chromium != nil

    static func sampleDirectory() throws -> URL {
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("gongshi-directory-\(UUID().uuidString)/public")
        TemporaryFolders.removeAtExit(output.deletingLastPathComponent())
        _ = try SiteBuilder.build(.init(siteFolder: SiteFixture.repositoryRoot, outputFolder: output))
        return output.appendingPathComponent("regions/index.html")
    }

    static let visibleVillages = "Array.from(document.querySelectorAll('[data-search]')).filter(e => e.offsetParent !== null).map(e => e.querySelector('a') ? e.querySelector('a').textContent : e.firstChild.textContent.trim())"

    @Test(.enabled(if: canRun)) func typingNarrowsTheListAndSaysHowManyAreLeft() throws {
        let page = try Self.sampleDirectory()
        let tab = try BrowserTab(executable: try #require(PDFTools.chromium, "chromium is not installed").executable)
        try tab.setWidth(1280)
        try tab.open(page)
        #expect(try tab.evaluate("document.querySelector('.directory-filter').hidden") as? Bool == false)
        #expect((try tab.evaluate(Self.visibleVillages) as? [String])?.count == 12)
        _ = try tab.evaluate("document.getElementById('directory-filter').focus()")
        try tab.type("石门")
        #expect(try tab.evaluate(Self.visibleVillages) as? [String] == ["石门村", "大河村", "马岭村"])
        #expect(try tab.evaluate("document.getElementById('directory-count').textContent") as? String == "找到 3 个村（社区）")
        #expect(try tab.evaluate("document.querySelectorAll('.directory-township:not([hidden])').length") as? Int == 1)
        // A merged village's old name finds the village it is part of now.
        _ = try tab.evaluate("document.getElementById('directory-filter').value = ''")
        try tab.type("小河")
        #expect(try tab.evaluate(Self.visibleVillages) as? [String] == ["大河村"])
        _ = try tab.evaluate("document.getElementById('directory-filter').value = ''")
        try tab.type("没有这个村")
        #expect(try tab.evaluate(Self.visibleVillages) as? [String] == [])
        #expect(try tab.evaluate("document.getElementById('directory-none').hidden") as? Bool == false)
        // At 1280 px the villages stand in columns: the first two on one line.
        _ = try tab.evaluate("document.getElementById('directory-filter').value = ''")
        try tab.type(" ")
        #expect((try tab.evaluate(Self.visibleVillages) as? [String])?.count == 12)
        #expect(try tab.evaluate("(() => { const v = document.querySelectorAll('[data-search]'); return v[0].getBoundingClientRect().top === v[1].getBoundingClientRect().top })()") as? Bool == true)
        let png = try tab.screenshot()
        #expect(BrowserTab.pngSize(png)?.width == 1280)
    }

    @Test(.enabled(if: canRun)) func onAPhoneNothingScrollsSidewaysAndNoNameWraps() throws {
        let page = try Self.sampleDirectory()
        let tab = try BrowserTab(executable: try #require(PDFTools.chromium, "chromium is not installed").executable)
        try tab.setWidth(390)
        try tab.open(page)
        #expect(try tab.evaluate("document.documentElement.scrollWidth") as? Int == 390)
        // Every village's link is on one line (no name broken after its first character).
        #expect(try tab.evaluate("Array.from(document.querySelectorAll('[data-search] a')).every(a => a.getClientRects().length === 1)") as? Bool == true)
        _ = try tab.evaluate("document.getElementById('directory-filter').focus()")
        try tab.type("柳林")
        #expect(try tab.evaluate(Self.visibleVillages) as? [String] == ["柳林村", "杨庄村", "李河村", "后沟村", "西岭村"])
        let png = try tab.screenshot()
        #expect(BrowserTab.pngSize(png)?.width == 390)
    }
}
