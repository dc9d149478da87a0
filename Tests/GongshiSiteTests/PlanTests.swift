import Testing
@testable import GongshiCore
@testable import GongshiSite

@Suite struct RelativeURLTests {
    @Test(arguments: [
        ("index.html", "articles/a.html", "articles/a.html"),
        ("articles/a.html", "articles/b.html", "b.html"),
        ("articles/a.html", "notices/b.html", "../notices/b.html"),
        ("articles/a.html", "index.html", "../index.html"),
        ("rosters/2026-11/index.html", "assets/site.css", "../../assets/site.css"),
        ("rosters/2026-11/410821101201.html", "rosters/2026-10/410821101201.html", "../2026-10/410821101201.html"),
        ("index.html", "index.html", "index.html"),
        ("articles/a.html", "articles/标准 2024.html", "%E6%A0%87%E5%87%86%202024.html"),
    ])
    func between(from: String, to: String, expected: String) {
        #expect(RelativeURL.between(from: from, to: to) == expected)
    }

    @Test func rootPrefix() {
        #expect(RelativeURL.rootPrefix(from: "index.html") == "")
        #expect(RelativeURL.rootPrefix(from: "a/b/c.html") == "../../")
    }

    @Test func absolute() {
        #expect(RelativeURL.absolute(baseURL: "https://a.cn/d/", path: "articles/标准.html") == "https://a.cn/d/articles/%E6%A0%87%E5%87%86.html")
    }
}

@Suite struct ContentLinkTableTests {
    let table = ContentLinkTable(
        outputByContentPath: ["articles/a.md": "articles/a.html", "notices/n.md": "notices/n.html"],
        draftContentPaths: ["articles/draft.md"],
        contentFiles: ["articles/image.png", "files/表 1.xlsx", "articles/page.htm"], staticFiles: ["favicon.ico"],
        publishedPaths: ["index.html", "articles/x.html", "rosters/2026-09/index.html", "standards.html"])

    func resolve(_ link: String) -> ContentLinkTable.Resolution {
        table.resolve(link, documentContentPath: "articles/x.md", pageOutputPath: "articles/x.html")
    }

    @Test func rewritesSourcePaths() {
        #expect(resolve("a.md") == .rewritten("a.html"))
        #expect(resolve("./a.md#第二条") == .rewritten("a.html#第二条"))
        #expect(resolve("../notices/n.md") == .rewritten("../notices/n.html"))
        #expect(resolve("../articles/../notices/n.md?x=1#top") == .rewritten("../notices/n.html#top"))
        #expect(resolve("A.MD") == .missing("articles/A.MD"))
    }

    @Test func leavesOtherLinksAlone() {
        // External, and the page itself.
        for link in ["https://www.mca.gov.cn/a.md", "#top", "/abs/a.md", "mailto:x", "", "//cdn/x.md", "?q=1"] {
            #expect(resolve(link) == .unchanged, "\(link)")
        }
        // What the site publishes, written relative to the page: kept, and named (for the page's key).
        for (link, path) in [("../index.html", "index.html"), ("../rosters/2026-09/", "rosters/2026-09/index.html"),
                             ("../rosters/2026-09/index.html", "rosters/2026-09/index.html"), ("../favicon.ico", "favicon.ico"),
                             ("../standards.html#标准", "standards.html"), ("../assets/site.css", "assets/site.css"),
                             ("x.html", "articles/x.html"), ("../rosters/2026-09", "rosters/2026-09/index.html")] {
            #expect(resolve(link) == .published(path), "\(link)")
        }
    }

    @Test func filesOfContentAreAttachmentsPublishedAtTheirPath() {
        #expect(resolve("image.png") == .attachment(contentPath: "articles/image.png", url: "image.png"))
        #expect(resolve("./image.png?v=2#top") == .attachment(contentPath: "articles/image.png", url: "image.png#top"))
        #expect(resolve("../files/表%201.xlsx") == .attachment(contentPath: "files/表 1.xlsx", url: "../files/%E8%A1%A8%201.xlsx"))
        #expect(table.resolve("../../files/表 1.xlsx", documentContentPath: "articles/2024/y.md", pageOutputPath: "articles/y.html")
            == .attachment(contentPath: "files/表 1.xlsx", url: "../files/%E8%A1%A8%201.xlsx"))
        #expect(resolve("page.htm") == .refusedType("HTML"))
        // Source data is never a file of the site, whether or not it exists.
        for link in ["../rosters/2026-09/410829101201.csv", "../regions.csv", "../standards.yaml", "../rosters/2026-09/_month.yaml"] {
            #expect(resolve(link) == .privateSource, "\(link)")
        }
        #expect(resolve("missing.pdf") == .missing("articles/missing.pdf"))
        #expect(resolve("../rosters/2099-01/") == .privateSource)
        #expect(resolve("../nothing.html") == .missing("nothing.html"))
    }

    @Test func reportsMissingAndDraftTargets() {
        #expect(resolve("b.md") == .missing("articles/b.md"))
        #expect(resolve("../../outside.md") == .missing("../../outside.md"))
        #expect(resolve("draft.md") == .draft("articles/draft.md"))
        #expect(resolve("%E6%A0%87%E5%87%86.md") == .missing("articles/标准.md"))
    }
}
