import Testing
@testable import GongshiPreview

/// Request paths resolve only to output paths of the built site; every form that could mean a
/// file elsewhere is refused before any lookup.
@Suite struct RequestPathTests {
    static let site: Set<String> = [
        "index.html", "404.html", "rosters/index.html", "articles/a.html", "assets/site.css", "文章/甲.html", "图 片/index.html",
    ]

    func resolve(_ path: String) -> RequestPath {
        RequestPath.resolve(path) { Self.site.contains($0) }
    }

    @Test func filesAndFolderIndexes() {
        #expect(resolve("/") == .file("index.html"))
        #expect(resolve("/index.html") == .file("index.html"))
        #expect(resolve("/articles/a.html") == .file("articles/a.html"))
        #expect(resolve("/rosters/") == .file("rosters/index.html"))
        #expect(resolve("/rosters") == .redirect(location: "/rosters/"))
        #expect(resolve("/%E6%96%87%E7%AB%A0/%E7%94%B2.html") == .file("文章/甲.html"))
        #expect(resolve("/%E5%9B%BE%20%E7%89%87") == .redirect(location: "/%E5%9B%BE%20%E7%89%87/"))
        #expect(resolve("/%E5%9B%BE%20%E7%89%87/") == .file("图 片/index.html"))
        #expect(resolve("/articles/") == .notFound)
        #expect(resolve("/missing.html") == .notFound)
    }

    @Test(arguments: [
        "/../etc/passwd", "/..", "/../", "/articles/../index.html", "/articles/../../etc/passwd",
        "/%2e%2e/etc/passwd", "/%2E%2E/%2E%2E/etc/passwd", "/.%2e/index.html", "/%2e/index.html", "/./index.html",
        "/articles%2f..%2f..%2fetc%2fpasswd", "/articles%2Fa.html", "/rosters%2findex.html",
        "/..\\..\\etc\\passwd", "/articles\\a.html", "/%5c..%5cetc%5cpasswd", "/articles%5Ca.html",
        "//etc/passwd", "///index.html", "/articles//a.html",
        "/index.html%00", "/index.html%00.css", "/%00", "/in%0adex.html",
        "/%", "/%2", "/%zz/index.html", "/%ff.html", "/%C0%AE%C0%AE/etc/passwd",
        "etc/passwd", "index.html", "*", "http://example.com/index.html", "C:\\Windows\\win.ini", "",
    ])
    func refusesEverythingThatCouldLeaveTheSite(path: String) {
        #expect(resolve(path) == .notFound, "\(path)")
    }

    @Test func segmentsAreDecodedOnce() {
        // %252e%252e decodes to the literal name "%2e%2e", which is not "..": a plain (missing) name.
        #expect(RequestPath.segments(of: "/%252e%252e/x") == ["%2e%2e", "x"])
        #expect(RequestPath.segments(of: "/a/b/") == ["a", "b"])
        #expect(RequestPath.segments(of: "/") == [])
    }
}
