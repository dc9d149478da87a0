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
        draftContentPaths: ["articles/draft.md"])

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
        for link in ["https://www.mca.gov.cn/a.md", "#top", "/abs/a.md", "mailto:x", "image.png", "", "//cdn/x.md"] {
            #expect(resolve(link) == .unchanged, "\(link)")
        }
    }

    @Test func reportsMissingAndDraftTargets() {
        #expect(resolve("b.md") == .missing("articles/b.md"))
        #expect(resolve("../../outside.md") == .missing("../../outside.md"))
        #expect(resolve("draft.md") == .draft("articles/draft.md"))
        #expect(resolve("%E6%A0%87%E5%87%86.md") == .missing("articles/标准.md"))
    }
}
