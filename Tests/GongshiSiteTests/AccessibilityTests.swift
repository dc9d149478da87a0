import Foundation
import Testing
@testable import GongshiCore
@testable import GongshiSite

/// Every page type of the sample site checked with axe-core (the accessibility engine browsers'
/// tools use) in headless Chromium: no violation, in standard and in large type (大字版).
/// axe-core is the one `axe-selenium-python` bundles (`scripts/ensure-deps.sh --test`).
@Suite(.serialized) struct AccessibilityTests {
    static let axeScript: URL? = {
        let asked = try? CLI.runProgram(URL(fileURLWithPath: "/usr/bin/env"), [
            "python3", "-c", "import axe_selenium_python, os; print(os.path.dirname(axe_selenium_python.__file__))",
        ])
        guard let folder = asked?.stdout.trimmingCharacters(in: .whitespacesAndNewlines), asked?.status == 0 else { return nil }
        let script = URL(fileURLWithPath: folder).appendingPathComponent("node_modules/axe-core/axe.min.js")
        return FileManager.default.fileExists(atPath: script.path) ? script : nil
    }()
    static let canRun = PDFTools.underCI || (PDFTools.chromium != nil && axeScript != nil)

    /// One page of each kind the sample site has.
    static let pages = [
        "index.html", "articles/index.html", "notices/index.html", "articles/payment-yikatong.html",
        "notices/happiness-list-2024.html", "rosters/index.html", "rosters/2026-11/index.html",
        "rosters/2026-11/410829101000.html", "rosters/2026-11/410829101201.html", "regions/410829101201.html",
        "regions/index.html", "standards.html", "supervision.html", "404.html", "search.html",
        "print/2026-11/410829101201.html", "print/2026-11/410829101000.html",
    ]

    static func violations(_ tab: BrowserTab, axe: String) throws -> [String] {
        _ = try tab.evaluate(axe)
        let found = try tab.evaluateAwaiting("""
            axe.run(document, { resultTypes: ['violations'] }).then(result => result.violations.map(v =>
              v.id + ' (' + v.impact + '): ' + v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(', ')))
            """) as? [String]
        return found ?? ["axe gave no answer"]
    }

    @Test(.enabled(if: canRun)) func noPageHasAnAxeViolationInStandardOrLargeType() throws {
        let axe = try String(contentsOf: try #require(Self.axeScript, "axe-core is not installed"), encoding: .utf8)
        let copy = try SiteSearchTests.sampleCopy()
        let program = try #require(SiteSearchTests.program, "Pagefind is not installed")
        var options = SiteBuilder.Options(siteFolder: copy.site, outputFolder: copy.output)
        options.search = true
        options.searchProgram = program
        _ = try SiteBuilder.build(options)
        let server = try StaticHTTPServer(folder: copy.output)
        let tab = try BrowserTab(executable: try #require(PDFTools.chromium, "chromium is not installed").executable)
        for width in [1280, 390] {
            try tab.setWidth(width)
            for path in Self.pages {
                try tab.open(server.base.appendingPathComponent(path))
                let standard = try Self.violations(tab, axe: axe)
                #expect(standard == [], "\(path) at \(width) px: \(standard)")
                _ = try tab.evaluate("document.documentElement.classList.add('large')")
                let large = try Self.violations(tab, axe: axe)
                #expect(large == [], "\(path) at \(width) px, 大字版: \(large)")
            }
        }
        withExtendedLifetime(server) {}
    }
}

/// 大字版, type in rem, names and amounts on one line at a phone's width, focusable tables.
@Suite(.serialized) struct ReadabilityTests {
    static let canRun = PDFTools.underCI || PDFTools.chromium != nil

    static func sample() throws -> URL {
        let copy = try SiteSearchTests.sampleCopy()
        _ = try SiteBuilder.build(.init(siteFolder: copy.site, outputFolder: copy.output))
        return copy.output
    }

    static let rootFontSize = "getComputedStyle(document.documentElement).fontSize"

    @Test func typeSizesAreRelativeToTheReadersSetting() throws {
        let css = try String(contentsOf: SiteFixture.repositoryRoot.appendingPathComponent("themes/default/assets/site.css"), encoding: .utf8)
        #expect(css.contains("html { font-size: 125%; }"))
        #expect(!css.contains(#/font-size:\s*[0-9.]+px/#))
        #expect(!css.contains(#/font:\s*[0-9.]+px/#))
    }

    @Test(.enabled(if: canRun)) func largeTypeIsOneLinkAwayAndStaysOn() throws {
        let output = try Self.sample()
        let tab = try BrowserTab(executable: try #require(PDFTools.chromium, "chromium is not installed").executable)
        try tab.setWidth(1280)
        let home = output.appendingPathComponent("index.html")
        try tab.open(home)
        #expect(try tab.evaluate(Self.rootFontSize) as? String == "20px")
        #expect(try tab.evaluate("document.getElementById('large-type').textContent") as? String == "大字版")
        _ = try tab.evaluate("document.getElementById('large-type').click()")
        #expect(try tab.evaluate(Self.rootFontSize) as? String == "25.6px")
        #expect(try tab.evaluate("document.getElementById('large-type').getAttribute('aria-pressed')") as? String == "true")
        #expect(try tab.evaluate("document.getElementById('large-type').textContent") as? String == "标准字号")
        // Another page of the site opens in large type, until it is switched off.
        try tab.open(output.appendingPathComponent("rosters/2026-11/410829101201.html"))
        #expect(try tab.evaluate(Self.rootFontSize) as? String == "25.6px")
        // No sideways scrolling (a desktop's scroll bar may take some of the 1280 px).
        #expect(try tab.evaluate("document.documentElement.scrollWidth <= document.documentElement.clientWidth") as? Bool == true)
        _ = try tab.evaluate("document.getElementById('large-type').click()")
        try tab.open(home)
        #expect(try tab.evaluate(Self.rootFontSize) as? String == "20px")
        // Without script the same link turns it on for the page it opens (another page, so that
        // the page is loaded again with its scripts off).
        try tab.setScriptsEnabled(false)
        let standards = output.appendingPathComponent("standards.html")
        try tab.open(standards)
        #expect(try tab.evaluate(Self.rootFontSize) as? String == "20px")
        try tab.open(URL(string: standards.absoluteString + "#large-type-on")!)
        #expect(try tab.evaluate(Self.rootFontSize) as? String == "25.6px")
        #expect(try tab.evaluate("document.getElementById('large-type').textContent") as? String == "大字版")  // the script did not run
        try tab.setScriptsEnabled(true)
        // With script, a page opened at that anchor keeps large type on and can switch it off.
        try tab.open(home)
        let supervision = output.appendingPathComponent("supervision.html")
        try tab.open(URL(string: supervision.absoluteString + "#large-type-on")!, landing: supervision)
        #expect(try tab.evaluate("document.getElementById('large-type').getAttribute('aria-pressed')") as? String == "true")
        _ = try tab.evaluate("document.getElementById('large-type').click()")
        #expect(try tab.evaluate(Self.rootFontSize) as? String == "20px")
    }

    @Test(.enabled(if: canRun)) func onAPhoneNoNameOrAmountBreaksAndTablesScrollByKeyboard() throws {
        let output = try Self.sample()
        let tab = try BrowserTab(executable: try #require(PDFTools.chromium, "chromium is not installed").executable)
        try tab.setWidth(390)
        for large in [false, true] {
            for path in ["rosters/2026-11/410829101201.html", "rosters/2026-11/index.html", "rosters/2026-11/410829101000.html",
                         "regions/410829101201.html", "standards.html"] {
                try tab.open(output.appendingPathComponent(path))
                if large { _ = try tab.evaluate("document.documentElement.classList.add('large')") }
                // The page itself never scrolls sideways; a wide table scrolls inside its box.
                #expect(try tab.evaluate("document.documentElement.scrollWidth") as? Int == 390, "\(path)")
                let cells = "Array.from(document.querySelectorAll('.roster-table td, .roster-table th, .summary-table td, .summary-table th'))"
                #expect(try tab.evaluate("\(cells).length") as? Int ?? 0 > 0, "\(path)")
                #expect(try tab.evaluate("\(cells).filter(c => c.textContent.trim() !== '').every(c => { const r = document.createRange(); r.selectNodeContents(c); return Array.from(r.getClientRects()).every(x => Math.abs(x.top - r.getClientRects()[0].top) < 1) })") as? Bool == true, "\(path) large: \(large)")
                let boxes = "Array.from(document.querySelectorAll('.table-scroll'))"
                #expect(try tab.evaluate("\(boxes).length > 0 && \(boxes).every(b => b.tabIndex === 0 && b.getAttribute('role') === 'region' && (b.getAttribute('aria-label') || '').endsWith('（表格，可左右滚动）'))") as? Bool == true, "\(path)")
            }
        }
        try tab.open(output.appendingPathComponent("rosters/2026-11/410829101201.html"))
        _ = try tab.evaluate("document.documentElement.classList.add('large')")
        // In large type the village's table is wider than the phone: it scrolls by keyboard.
        #expect(try tab.evaluate("(() => { const b = document.querySelector('.table-scroll'); return b.scrollWidth > b.clientWidth })()") as? Bool == true)
        _ = try tab.evaluate("document.querySelector('.table-scroll').focus()")
        #expect(try tab.evaluate("document.activeElement.className") as? String == "table-scroll")
        #expect(BrowserTab.pngSize(try tab.screenshot())?.width == 390)
    }
}
