import Foundation
import Testing

/// No request reaches a file outside the built site: traversal in every spelling gets the site's
/// 404 page, and neither the site's sources nor files beside it are ever served.
@Suite(.hangLimit) struct ServeSecurityTests {
    static let traversals = [
        "/../../../../etc/passwd",
        "/articles/../../site.yaml",
        "/%2e%2e/%2e%2e/%2e%2e/etc/passwd",
        "/%2E%2E%2F%2E%2E%2Fetc%2Fpasswd",
        "/articles%2f..%2f..%2fsite.yaml",
        "/..%5c..%5csite.yaml",
        "/..\\..\\site.yaml",
        "//etc/passwd",
        "/%2fetc%2fpasswd",
        "/index.html%00",
        "/%00../site.yaml",
        "/%c0%ae%c0%ae/site.yaml",
        "/site.yaml",
        "/content/articles/a.md",
        "/themes/default/templates/base.mustache",
        "/secret.txt",
    ]

    @Test func traversalAndSourcesGetThe404Page() throws {
        let site = try PreviewSite()
        defer { site.remove() }
        try Data("TOP SECRET".utf8).write(to: site.root.appendingPathComponent("secret.txt"))
        try site.write("secret.txt", "TOP SECRET")
        let server = try ServeProcess(["--source", site.folder.path])
        let notFoundPage = try server.get("/404.html").text
        #expect(notFoundPage.contains("gongshi-live-reload"))

        for target in Self.traversals {
            let response = try server.get(target)
            #expect(response.status == 404, "\(target)")
            #expect(response.text == notFoundPage, "\(target)")
            #expect(!response.text.contains("TOP SECRET"), "\(target)")
            #expect(!response.text.contains("root:"), "\(target)")
        }
        // A request target that is not a path at all: never a file.
        for target in ["*", "site.yaml", "http://127.0.0.1/../site.yaml"] {
            let response = try server.get(target)
            #expect(response.status >= 400, "\(target)")
            #expect(!response.text.contains("TOP SECRET"), "\(target)")
            #expect(!response.text.contains("publisher:"), "\(target)")
        }
        #expect(server.stop() == 0)
    }

    @Test func bindsLoopbackByDefaultAndWarnsOtherwise() throws {
        let site = try PreviewSite()
        defer { site.remove() }
        let loopback = try ServeProcess(["--source", site.folder.path])
        #expect(!loopback.stderr.contains("警告 GS6002: 预览服务器监听在"))
        #expect(loopback.stop() == 0)

        let everywhere = try ServeProcess(["--source", site.folder.path, "--host", "0.0.0.0"], urlHost: "0.0.0.0")
        #expect(everywhere.waitFor("警告 GS6002: 预览服务器监听在 0.0.0.0"))
        #expect(try everywhere.get("/").status == 200)
        #expect(everywhere.stop() == 0)
    }
}
