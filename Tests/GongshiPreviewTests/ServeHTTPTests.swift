import Foundation
import GongshiCore
import Testing

/// The real `gongshi serve`: what a browser gets for pages, folders, missing paths and other
/// methods, and that nothing is written into the site folder.
@Suite(.hangLimit) struct ServeHTTPTests {
    @Test func servesPagesWithCharsetsAndTheReloadScript() throws {
        let site = try PreviewSite()
        defer { site.remove() }
        let server = try ServeProcess(["--source", site.folder.path])

        let home = try server.get("/")
        #expect(home.status == 200)
        #expect(home.headers["content-type"] == "text/html; charset=utf-8")
        #expect(home.headers["cache-control"] == "no-store")
        #expect(home.text.contains("测试县低保公示"))
        #expect(home.text.contains(#"<script id="gongshi-live-reload">"#))
        #expect(home.text.hasSuffix("</script></body>\n</html>\n"))
        #expect(home.headers["content-length"] == String(home.body.count))

        let expected: [(String, String)] = [
            ("/articles/a.html", "text/html; charset=utf-8"),
            ("/assets/site.css", "text/css; charset=utf-8"),
            ("/feed.xml", "application/atom+xml; charset=utf-8"),
            ("/robots.txt", "text/plain; charset=utf-8"),
        ]
        for (path, type) in expected {
            let response = try server.get(path)
            #expect(response.status == 200, "\(path)")
            #expect(response.headers["content-type"] == type, "\(path)")
        }
        #expect(try !server.get("/feed.xml").text.contains("gongshi-live-reload"))
        #expect(try !server.get("/assets/site.css").text.contains("gongshi-live-reload"))

        #expect(server.stop() == 0)
        #expect(server.stdout.contains("已生成 "))
        #expect(server.stderr.contains(Messages.previewStopped.text))
        #expect(!FileManager.default.fileExists(atPath: site.folder.appendingPathComponent("public").path))
    }

    @Test func sitemapIsXMLWithCharset() throws {
        var files = PreviewSite.files
        files["site.yaml"] = PreviewSite.siteYAML + "base_url: https://mz.example.gov.cn/dibao/\n"
        let site = try PreviewSite(files)
        defer { site.remove() }
        let server = try ServeProcess(["--source", site.folder.path])
        let sitemap = try server.get("/sitemap.xml")
        #expect(sitemap.status == 200)
        #expect(sitemap.headers["content-type"] == "application/xml; charset=utf-8")
        #expect(server.stop() == 0)
    }

    @Test func foldersServeTheirIndexOrRedirect() throws {
        let site = try PreviewSite()
        defer { site.remove() }
        let server = try ServeProcess(["--source", site.folder.path])

        let index = try server.get("/rosters/")
        #expect(index.status == 200)
        #expect(index.text.contains("2026"))
        let redirect = try server.get("/rosters")
        #expect(redirect.status == 302)
        #expect(redirect.headers["location"] == "/rosters/")
        let withQuery = try server.get("/rosters?x=1")
        #expect(withQuery.headers["location"] == "/rosters/?x=1")
        #expect(try server.get("/rosters/2026-11/410829101201.html").text.contains("张*丰"))
        #expect(server.stop() == 0)
    }

    @Test func missingPathsGetTheSite404PageWithStatus404() throws {
        let site = try PreviewSite()
        defer { site.remove() }
        let server = try ServeProcess(["--source", site.folder.path])
        let notFoundPage = try server.get("/404.html")
        #expect(notFoundPage.status == 200)

        for path in ["/no-such-page.html", "/assets/", "/articles/draft.html", "/public/index.html", "/rosters/2026-12/"] {
            let response = try server.get(path)
            #expect(response.status == 404, "\(path)")
            #expect(response.headers["content-type"] == "text/html; charset=utf-8")
            #expect(response.text == notFoundPage.text, "\(path)")
        }
        #expect(server.stop() == 0)
    }

    @Test func headAndOtherMethods() throws {
        let site = try PreviewSite()
        defer { site.remove() }
        let server = try ServeProcess(["--source", site.folder.path])
        let get = try server.get("/articles/a.html")
        let head = try server.get("/articles/a.html", method: "HEAD")
        #expect(head.status == 200)
        #expect(head.body.isEmpty)
        #expect(head.headers["content-length"] == String(get.body.count))
        let post = try server.get("/articles/a.html", method: "POST")
        #expect(post.status == 405)
        #expect(post.headers["allow"] == "GET, HEAD")
        #expect(server.stop() == 0)
    }

    @Test func draftsOnlyWithTheFlag() throws {
        let site = try PreviewSite()
        defer { site.remove() }
        let server = try ServeProcess(["--source", site.folder.path, "--drafts"])
        let draft = try server.get("/articles/draft.html")
        #expect(draft.status == 200)
        #expect(draft.text.contains("草稿文"))
        #expect(server.stop() == 0)
    }
}
