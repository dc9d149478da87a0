import Testing
@testable import GongshiCore

/// The page name a Hexo `permalink` or Hugo `url` gives (`AddressSlug`).
@Suite struct AddressSlugTests {
    @Test("the last segment, without .html, percent-decoded", arguments: [
        ("/2024/10/01/standards.html", "standards"),
        ("/posts/standards/", "standards"),
        ("posts/standards", "standards"),
        ("standards.htm", "standards"),
        ("/p/standards/index.html", "standards"),
        ("https://mz.example.gov.cn/zcwj/standards-2024/?from=home#top", "standards-2024"),
        ("/zcwj/%E6%A0%87%E5%87%86.html", "标准"),
        ("/zcwj/v1.2/", "v1.2"),
    ])
    func named(address: String, slug: String) {
        #expect(AddressSlug.slug(from: address) == slug)
    }

    @Test("nothing usable: the file's name stays", arguments: [
        "/", "", "https://mz.example.gov.cn/", "/p/a b/", "/:year/:month/:title/", "/index.html", "/p/..", "/p/con.html",
        "/p/%2F..%2Fx/",
    ])
    func refused(address: String) {
        #expect(AddressSlug.slug(from: address) == nil)
    }

    @Test func slugWinsOverPermalinkAndAnUnusableOneIsAWarningWithoutTheValue() throws {
        var outcome = parseDocument("---\ntitle: 甲\nslug: mine\npermalink: /x/theirs.html\n---\n正文\n")
        #expect(outcome.diagnostics.isEmpty)
        #expect(outcome.document?.slug == "mine")
        outcome = parseDocument("---\ntitle: 乙\npermalink: /x/theirs.html\n---\n正文\n", contentPath: "articles/a.md")
        #expect(outcome.document?.slug == "theirs")
        #expect(outcome.document?.slugLocation.description == "content/articles/a.md:3:12")
        outcome = parseDocument("---\ntitle: 丙\nurl: /x/身份 证/\n---\n正文\n", contentPath: "articles/a.md")
        #expect(outcome.document?.slug == "a")
        #expect(outcome.diagnostics.map(\.description) == [
            "content/articles/a.md:3:6: " + Messages.addressNotUsable("url", kept: "a").line(.warning),
        ])
        #expect(!outcome.diagnostics[0].description.contains("身份"))
    }

    @Test func aSlugAfterAnUnusablePermalinkWinsWithoutAWarning() {
        let outcome = parseDocument("---\ntitle: 甲\npermalink: /p/a b/\nslug: mine\n---\n正文\n")
        #expect(outcome.diagnostics.isEmpty)
        #expect(outcome.document?.slug == "mine")
    }

    @Test func aFullAddressIsNoPageNameAndStaysForTemplates() {
        let outcome = parseDocument("---\ntitle: 原文\nurl: https://www.gov.cn/zhengce/content/content_6924.htm\n---\n正文\n",
                                    contentPath: "articles/a.md")
        #expect(outcome.diagnostics.isEmpty)
        #expect(outcome.document?.slug == "a")
        #expect(outcome.document?.param("url") == .text("https://www.gov.cn/zhengce/content/content_6924.htm"))
    }

    @Test func draftInAnyCaseIsADraft() {
        #expect(parseDocument("---\ntitle: 甲\nDraft: true\n---\n正文\n").document?.draft == true)
    }
}
