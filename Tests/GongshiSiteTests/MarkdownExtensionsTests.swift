import Foundation
import Testing
@testable import GongshiCore
@testable import GongshiSite

/// GFM pipe tables and footnotes: rewritten for cmark line for line, rendered, and sanitised with
/// what author tables need (`scope`, `headers`, alignment).
@Suite struct MarkdownExtensionsTests {
    static var extensions: MarkdownExtensions { MarkdownExtensions(renderFragment: MarkdownRenderer.html(of:)) }

    @Test func aTableKeepsItsLinesAlignmentAndInlineMarkdown() {
        let body = "前文\n\n| 类别 | 金额 |  说明 |\n|:--|--:|:-:|\n| **城市** | 667 | `a|b` 与 \\| |\n| 农村 |\n\n后文"
        let result = Self.extensions.apply(body)
        #expect(result.body.split(separator: "\n", omittingEmptySubsequences: false).count == body.split(separator: "\n", omittingEmptySubsequences: false).count)
        #expect(result.body == """
            前文

            <table><thead><tr><th scope="col" class="align-left">类别</th><th scope="col" class="align-right">金额</th><th scope="col" class="align-center">说明</th></tr></thead>
            <tbody>
            <tr><td class="align-left"><strong>城市</strong></td><td class="align-right">667</td><td class="align-center"><code>a|b</code> 与 |</td></tr>
            <tr><td class="align-left">农村</td><td class="align-right"></td><td class="align-center"></td></tr></tbody></table>

            后文
            """)
        #expect(result.warnings.isEmpty)
    }

    @Test func whatIsNotATableStaysText() {
        for body in ["| a | b |\n| - |", "a | b\nno delimiter", "```\n| a | b |\n|---|---|\n```", "    | a | b |\n    |---|---|",
                     "| a | b |\n|---|---|---|"] {
            #expect(Self.extensions.apply(body).body == body, "\(body)")
        }
    }

    @Test func aHeadingRightAfterATableIsNotSwallowed() {
        let result = Self.extensions.apply("| a |\n|---|\n| 1 |\n## 标题")
        #expect(result.body == "<table><thead><tr><th scope=\"col\">a</th></tr></thead>\n<tbody>\n<tr><td>1</td></tr></tbody></table>\n\n## 标题")
    }

    @Test func footnotesAreNumberedByFirstReferenceAndListedAtTheEnd() {
        let body = "甲[^b]乙[^a]丙[^b]。`[^a]` 不算。[^无]\n\n[^a]: 注 A\n[^b]: 注 B，**重点**\n    续行。\n[^c]: 没人引用\n[^a]: 又一次"
        let result = Self.extensions.apply(body)
        let lines = result.body.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines[0] == "甲<sup class=\"footnote-ref\"><a href=\"#fn-1\" id=\"fnref-1\">1</a></sup>乙<sup class=\"footnote-ref\"><a href=\"#fn-2\" id=\"fnref-2\">2</a></sup>丙<sup class=\"footnote-ref\"><a href=\"#fn-1\" id=\"fnref-1-2\">1</a></sup>。`[^a]` 不算。[^无]")
        // The definitions' lines are left empty: every later line keeps its number.
        #expect(lines[1...7].allSatisfy { $0.isEmpty })
        #expect(lines[8...].joined(separator: "\n") == """
            <div class="footnotes">
            <hr />
            <ol class="footnotes">
            <li id="fn-1"><p>注 B，<strong>重点</strong>
            续行。 <a href="#fnref-1" class="footnote-back" title="返回正文">↩</a></p></li>
            <li id="fn-2"><p>注 A <a href="#fnref-2" class="footnote-back" title="返回正文">↩</a></p></li>
            </ol>
            </div>
            """)
        #expect(result.warnings.map(\.line) == [7, 1, 6])
        #expect(result.warnings.map(\.message) == [Messages.footnoteDefinedTwice, Messages.footnoteUndefined, Messages.footnoteUnused])
    }

    @Test func theSanitizerKeepsWhatAuthorTablesNeedAndNothingMore() {
        let html = "<table><caption>标准</caption><tr><th id=\"h1\" scope=\"COL\" class=\"align-right\">月</th><th scope=\"sideways\">x</th></tr>"
            + "<tr><td headers=\"h1 h2\" class=\"evil\" colspan=\"2\">667</td><td headers=\"a&quot;b\">y</td></tr></table>"
            + "<ol class=\"footnotes\"><li id=\"fn-1\">注</li><li id=\"main\">x</li></ol><a id=\"fnref-1-2\" href=\"#fn-1\">1</a>"
        let result = HTMLSanitizer.sanitize(html)
        #expect(result.html == "<table><caption>标准</caption><tr><th id=\"t-h1\" scope=\"col\" class=\"align-right\">月</th><th>x</th></tr>"
            + "<tr><td headers=\"t-h1 t-h2\" colspan=\"2\">667</td><td>y</td></tr></table>"
            + "<ol class=\"footnotes\"><li id=\"fn-1\">注</li><li>x</li></ol><a id=\"fnref-1-2\" href=\"#fn-1\">1</a>")
        #expect(result.findings.map(\.needle) == ["scope", "headers"])
    }

    @Test func aDocumentWithATableAndFootnotesBuildsThroughTheBinary() throws {
        let site = try SiteFixture(["content/articles/a.md": """
            ---
            title: 时限
            date: 2024-05-01
            ---

            | 环节 | 时限 |
            |---|--:|
            | 受理 | 5 个工作日[^1] |

            正文[^2]。

            [^1]: 自受理之日起。
            [^2]: 见[程序](b.md)。
            [^3]: 未引用。

            """, "content/articles/b.md": "---\ntitle: 程序\n---\n\n正文。\n"])
        let result = try CLI.run(["build", "--source", site.siteFolder.path])
        #expect(result.status == 0)
        #expect(result.stderr == warningLine("content/articles/a.md:14", Messages.footnoteUnused) + "\n")
        let page = try #require(site.text("articles/a.html"))
        #expect(page.contains("<tr><td>受理</td><td class=\"align-right\">5 个工作日<sup class=\"footnote-ref\"><a href=\"#fn-1\" id=\"fnref-1\">1</a></sup></td></tr></tbody></table>"))
        // A link in a note is resolved like any other.
        #expect(page.contains("<li id=\"fn-2\"><p>见<a href=\"b.html\">程序</a>。 <a href=\"#fnref-2\" class=\"footnote-back\" title=\"返回正文\">↩</a></p></li>"))
        #expect(!page.contains("[^"))
    }
}
