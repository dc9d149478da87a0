import Foundation
import GongshiCore
import Testing

/// Change a file, and the open tab hears `reload` and then gets the new page; break a file, and
/// every page keeps the last good content under an error overlay until the file is fixed.
@Suite(.hangLimit) struct LiveReloadTests {
    static let overlay = #"<div id="gongshi-error-overlay""#

    @Test func changedArticleReloadsWithNewContent() throws {
        let site = try PreviewSite()
        defer { site.remove() }
        let server = try ServeProcess(["--source", site.folder.path])
        let before = try server.get("/articles/a.html").text
        #expect(before.contains("甲的正文第一版。"))
        #expect(before.contains(#"var g="1";"#))
        let tab = try EventStreamClient(port: server.port)
        #expect(tab.helloGeneration == 1)

        try site.write("content/articles/a.md", "---\ntitle: 甲文\ndate: 2024-01-05\n---\n甲的正文第二版，改过了。\n")
        let generation = try tab.nextReload()
        #expect(generation == 2)
        let page = try server.get("/articles/a.html").text
        #expect(page.contains("甲的正文第二版，改过了。"))
        #expect(page.contains(#"var g="2";"#))
        // A tab that connects now hears the current build, and so has nothing to catch up on.
        #expect(try EventStreamClient(port: server.port).helloGeneration == 2)
        #expect(!page.contains("第一版"))
        #expect(server.waitFor("content/articles/a.md 有变化：已重新生成"))
        #expect(tab.text.contains("content-type: text/event-stream; charset=utf-8") || tab.text.contains("Content-Type: text/event-stream; charset=utf-8"))
        #expect(server.stop() == 0)
    }

    @Test func changedRosterReloadsWithNewHousehold() throws {
        let site = try PreviewSite()
        defer { site.remove() }
        let server = try ServeProcess(["--source", site.folder.path])
        let tab = try EventStreamClient(port: server.port)
        try site.write("content/rosters/2026-11/410829101201.csv", PreviewSite.rosterHeader + "A001,张*丰,2,农村低保,1100\nA002,李*,1,农村低保,550\n")
        _ = try tab.nextReload()
        let village = try server.get("/rosters/2026-11/410829101201.html").text
        #expect(village.contains("李*"))
        #expect(server.stop() == 0)
    }

    @Test func brokenFileShowsOverlayOnEveryPageUntilFixed() throws {
        let site = try PreviewSite()
        defer { site.remove() }
        let server = try ServeProcess(["--source", site.folder.path])
        let tab = try EventStreamClient(port: server.port)

        try site.write("content/articles/b.md", "---\ntitle: 乙文改\ndate: 明天<b>\n---\n乙的新正文。\n")
        #expect(try tab.nextReload() == 2)
        // Not a date written another way: withheld in the browser as on the terminal (the escaping
        // of what is quoted is PreviewInjectionTests' business).
        let location = "content/articles/b.md:3:7: 错误 GS1052: date 的值不是可识别的日期，已隐去\n"
        for path in ["/", "/articles/b.html", "/articles/a.html", "/rosters/", "/no-such-page.html"] {
            let page = try server.get(path)
            #expect(page.status == (path == "/no-such-page.html" ? 404 : 200), "\(path)")
            #expect(page.text.contains(Self.overlay), "\(path)")
            #expect(page.text.contains(location), "\(path)")
            #expect(!page.text.contains("明天"), "\(path)")
            #expect(page.text.contains(Messages.previewOverlayTitle), "\(path)")
        }
        // The last good content is still what is served.
        let b = try server.get("/articles/b.html").text
        #expect(b.contains("乙的正文。"))
        #expect(!b.contains("乙的新正文。"))
        #expect(try !server.get("/feed.xml").text.contains(Self.overlay))
        #expect(server.waitFor("content/articles/b.md:3:7: 错误 GS1052: date 的值不是可识别的日期，已隐去\n"))
        #expect(server.waitFor("生成失败：1 个错误"))

        try site.write("content/articles/b.md", "---\ntitle: 乙文改\ndate: 2024-01-09\n---\n乙的新正文。\n")
        #expect(try tab.nextReload() == 3)
        for path in ["/", "/articles/b.html", "/no-such-page.html"] {
            #expect(try !server.get(path).text.contains(Self.overlay), "\(path)")
        }
        #expect(try server.get("/articles/b.html").text.contains("乙的新正文。"))
        #expect(server.stop() == 0)
    }

    @Test func privacyErrorsShowOnlyTheMaskedValue() throws {
        let site = try PreviewSite()
        defer { site.remove() }
        let server = try ServeProcess(["--source", site.folder.path])
        let tab = try EventStreamClient(port: server.port)
        try site.write("content/articles/a.md", "---\ntitle: 甲文\ndate: 2024-01-05\n---\n联系人手机 13812345678。\n")
        _ = try tab.nextReload()
        let page = try server.get("/").text
        #expect(page.contains(Self.overlay))
        #expect(page.contains("138****5678"))
        #expect(!page.contains("13812345678"))
        #expect(server.stop() == 0)
        #expect(!server.stderr.contains("13812345678"))
    }

    @Test func failedFirstBuildServesAnErrorPageAndRecovers() throws {
        var files = PreviewSite.files
        files["content/articles/a.md"] = "---\ntitle: 甲文\ndate: 2024-13-45\n---\n甲。\n"
        let site = try PreviewSite(files)
        defer { site.remove() }
        let server = try ServeProcess(["--source", site.folder.path])
        #expect(server.waitFor("尚无可预览的网站"))
        for path in ["/", "/articles/b.html", "/no-such-page.html"] {
            let page = try server.get(path)
            #expect(page.status == 500, "\(path)")
            #expect(page.headers["content-type"] == "text/html; charset=utf-8")
            #expect(page.text.contains(Self.overlay), "\(path)")
            #expect(page.text.contains("content/articles/a.md:3:7: 错误 GS1052: "), "\(path)")
            #expect(page.text.contains("gongshi-live-reload"), "\(path)")
        }
        let tab = try EventStreamClient(port: server.port)
        try site.write("content/articles/a.md", "---\ntitle: 甲文\ndate: 2024-01-05\n---\n甲，修好了。\n")
        _ = try tab.nextReload()
        let page = try server.get("/articles/a.html")
        #expect(page.status == 200)
        #expect(page.text.contains("甲，修好了。"))
        #expect(!page.text.contains(Self.overlay))
        #expect(server.stop() == 0)
    }
}
