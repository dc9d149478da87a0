import Testing
@testable import GongshiPreview

@Suite struct ContentTypeTests {
    @Test(arguments: [
        ("index.html", "text/html; charset=utf-8"),
        ("rosters/2026-11/410829101201.html", "text/html; charset=utf-8"),
        ("assets/site.css", "text/css; charset=utf-8"),
        ("feed.xml", "application/atom+xml; charset=utf-8"),
        ("sitemap.xml", "application/xml; charset=utf-8"),
        ("robots.txt", "text/plain; charset=utf-8"),
        ("assets/logo.svg", "image/svg+xml"),
        ("assets/seal.PNG", "image/png"),
        ("assets/photo.jpg", "image/jpeg"),
        ("assets/photo.jpeg", "image/jpeg"),
        ("assets/font.woff", "font/woff"),
        ("assets/font.woff2", "font/woff2"),
        ("assets/app.js", "text/javascript; charset=utf-8"),
        ("assets/noextension", "application/octet-stream"),
        ("assets/.hidden", "application/octet-stream"),
    ])
    func byName(path: String, expected: String) {
        #expect(ContentType.of(path: path) == expected)
    }
}
