@testable import GongshiSite
import GongshiCore
import Testing

@Suite("HTMLSanitizer")
struct HTMLSanitizerTests {
    private func clean(_ html: String) -> String {
        HTMLSanitizer.sanitize(html).html
    }

    private func needles(_ result: SanitizedHTML) -> [String] {
        result.findings.map(\.needle)
    }

    // MARK: cmark output passes unchanged

    @Test func cmarkOutputPassesUnchanged() {
        let html = "<h1>标题</h1>\n<p>文字 <a href=\"b.html\" title=\"t\">链接</a></p>\n<pre><code class=\"language-swift\">let x = 1 &lt; 2\n</code></pre>\n<ol start=\"3\">\n<li>x</li>\n</ol>\n<p><img src=\"a.png\" alt=\"图\" /></p>\n<hr />\n"
        let result = HTMLSanitizer.sanitize(html)
        #expect(result.html == html)
        #expect(result.findings.isEmpty)
    }

    @Test func cmarkEscapesRoundTrip() {
        // Real libcmark 0.30 output: `'` in URLs is `&#x27;`, `"` in text and alt is `&quot;`.
        let html = "<p><a href=\"it&#x27;s\" title=\"ti'tle\">it's</a> it's &quot;q&quot; &lt;x &amp; y&gt;</p>\n<p><img src=\"p&#x27;q.png\" alt=\"a'b &quot;c&quot;\" /></p>\n<ol>\n<li>\n<p>a</p>\n<p>b</p>\n</li>\n<li>\n<p>c</p>\n</li>\n</ol>\n<p>line<br />\nbreak</p>\n<blockquote>\n<p><em>x</em> <strong>y</strong> <code>z</code></p>\n</blockquote>\n<ul>\n<li>a</li>\n</ul>\n"
        let result = HTMLSanitizer.sanitize(html)
        #expect(result.html == html)
        #expect(result.findings.isEmpty)
    }

    @Test func chineseTextSurvivesByteForByte() {
        let html = "<p>中文，标点。「引号」😀 &amp; &copy; &#123; &nbsp; 🇨🇳</p>"
        #expect(clean(html) == html)
    }

    @Test func allowedTagsAreLowercased() {
        #expect(clean("<P><STRONG>x</STRONG><Em>y</eM></P>") == "<p><strong>x</strong><em>y</em></p>")
    }

    // MARK: Elements removed with their content

    @Test func scriptRemovedWithContent() {
        let result = HTMLSanitizer.sanitize("<p>a</p><script>alert(\"<p>x</p>\")</script><p>b</p>")
        #expect(result.html == "<p>a</p><p>b</p>")
        #expect(result.findings == [SanitizerFinding(
            kind: .removedElement, needle: "<script", message: Messages.elementRemoved("script", withContent: true))])
    }

    @Test func uppercaseScriptWithAttributesRemoved() {
        let result = HTMLSanitizer.sanitize("x<SCRIPT type=\"text/javascript\" src=\"//evil/x.js\">var a = '</p>';</ScRiPt >y")
        #expect(result.html == "xy")
        #expect(needles(result) == ["<script"])
        #expect(result.findings.map(\.kind) == [.removedElement])
    }

    @Test func unclosedScriptDropsToEnd() {
        let result = HTMLSanitizer.sanitize("<p>a</p><script>var x = 1;<p>b</p>")
        #expect(result.html == "<p>a</p>")
        #expect(needles(result) == ["<script"])
    }

    @Test func scriptEndTagNeedsExactName() {
        #expect(clean("<script>a</scriptx>b</script>c") == "c")
    }

    @Test func styleElementRemovedWithContent() {
        let result = HTMLSanitizer.sanitize("<style>p { color: red }</style><p>x</p>")
        #expect(result.html == "<p>x</p>")
        #expect(needles(result) == ["<style"])
    }

    @Test func iframeRemovedWithContent() {
        let result = HTMLSanitizer.sanitize("<p>a<iframe src=\"https://evil.example/\">fallback <b>x</b></iframe>b</p>")
        #expect(result.html == "<p>ab</p>")
        #expect(result.findings == [SanitizerFinding(
            kind: .removedElement, needle: "<iframe", message: Messages.elementRemoved("iframe", withContent: true))])
    }

    @Test func nestedSvgRemovedUpToMatchingEndTag() {
        let result = HTMLSanitizer.sanitize("<svg><svg><script>x</script></svg><a href=\"javascript:x\">y</a></svg>after<svg/>end")
        #expect(result.html == "afterend")
        #expect(needles(result) == ["<svg", "<svg"])
    }

    @Test func voidDroppedElementsDoNotSwallowContent() {
        let result = HTMLSanitizer.sanitize("<embed src=\"x.swf\">after")
        #expect(result.html == "after")
        #expect(result.findings == [SanitizerFinding(
            kind: .removedElement, needle: "<embed", message: Messages.elementRemoved("embed", withContent: false))])
    }

    @Test func headRemovedWithTitleAndDocumentWrappersReported() {
        let input = "<!DOCTYPE html><html lang=\"zh\"><head><meta charset=\"utf-8\"><title>T</title><link rel=\"stylesheet\" href=\"x.css\"></head><body><p>正文</p></body></html>"
        let result = HTMLSanitizer.sanitize(input)
        #expect(result.html == "<p>正文</p>")
        #expect(needles(result) == ["<html", "<head", "<body"])
    }

    @Test func metaLinkBaseRemovedWithFindings() {
        let result = HTMLSanitizer.sanitize("<meta http-equiv=\"refresh\" content=\"0;url=x\"><link rel=\"x\"><base href=\"https://evil/\">ok")
        #expect(result.html == "ok")
        #expect(needles(result) == ["<meta", "<link", "<base"])
    }

    // MARK: Elements removed keeping their text

    @Test func formElementsRemovedKeepingText() {
        let result = HTMLSanitizer.sanitize("<form action=\"/x\"><fieldset><legend>表单</legend><label>名字</label><input name=\"n\"><button onclick=\"x()\">提交</button></fieldset></form>")
        #expect(result.html == "表单名字提交")
        #expect(needles(result) == ["<form", "<fieldset", "<legend", "<label", "<input", "<button"])
        #expect(result.findings.allSatisfy { $0.kind == .removedElement })
    }

    @Test func unknownElementsDroppedKeepingText() {
        let result = HTMLSanitizer.sanitize("<section><font color=\"red\">红</font><p>x</p></section>")
        #expect(result.html == "红<p>x</p>")
        #expect(result.findings == [
            SanitizerFinding(kind: .removedElement, needle: "<section", message: Messages.elementRemoved("section", withContent: false)),
            SanitizerFinding(kind: .removedElement, needle: "<font", message: Messages.elementRemoved("font", withContent: false)),
        ])
    }

    // MARK: Attributes

    @Test func styleAndOnclickRemovedWithFindings() {
        let result = HTMLSanitizer.sanitize("<div style=\"color:red\" onclick=\"x()\">x</div>")
        #expect(result.html == "<div>x</div>")
        #expect(result.findings == [
            SanitizerFinding(kind: .removedAttribute, needle: "style", message: Messages.attributeRemoved("style", element: "div")),
            SanitizerFinding(kind: .removedAttribute, needle: "onclick", message: Messages.attributeRemoved("onclick", element: "div")),
        ])
    }

    @Test func attributeNeedleIsNameAsWritten() {
        let result = HTMLSanitizer.sanitize("<a href=\"x.html\" OnMouseOver=\"y()\">z</a>")
        #expect(result.html == "<a href=\"x.html\">z</a>")
        #expect(result.findings == [SanitizerFinding(
            kind: .removedAttribute, needle: "OnMouseOver", message: Messages.attributeRemoved("OnMouseOver", element: "a"))])
    }

    @Test func quietAttributesRemovedWithoutFindings() {
        let input = "<table border=\"1\" cellpadding=\"2\" cellspacing=\"0\" bgcolor=\"#fff\"><tr valign=\"top\"><td width=\"3\" align=\"left\" class=\"c\" id=\"i\">x</td></tr></table><p lang=\"en\" dir=\"ltr\"><a href=\"a.html\" target=\"_blank\" rel=\"noopener\">a</a></p>"
        let result = HTMLSanitizer.sanitize(input)
        #expect(result.html == "<table><tr><td>x</td></tr></table><p><a href=\"a.html\">a</a></p>")
        #expect(result.findings.isEmpty)
    }

    @Test func languageClassKeptOnCodeOnly() {
        #expect(clean("<pre><code class=\"language-c++\">x</code></pre>") == "<pre><code class=\"language-c++\">x</code></pre>")
        let result = HTMLSanitizer.sanitize("<div class=\"language-swift\"><code class=\"hljs language-js\">x</code><code class=\"language-\">y</code></div>")
        #expect(result.html == "<div><code>x</code><code>y</code></div>")
        #expect(result.findings.isEmpty)
    }

    @Test func colspanAndRowspanValidated() {
        let result = HTMLSanitizer.sanitize("<table><tr><td colspan=\"2\" rowspan=\"abc\">x</td><th colspan=\"1234\" rowspan=\"3\">y</th><td colspan=\"0\">z</td></tr></table>")
        #expect(result.html == "<table><tr><td colspan=\"2\">x</td><th rowspan=\"3\">y</th><td>z</td></tr></table>")
        #expect(result.findings == [
            SanitizerFinding(kind: .removedAttribute, needle: "rowspan", message: Messages.invalidAttributeRemoved("rowspan", element: "td")),
            SanitizerFinding(kind: .removedAttribute, needle: "colspan", message: Messages.invalidAttributeRemoved("colspan", element: "th")),
            SanitizerFinding(kind: .removedAttribute, needle: "colspan", message: Messages.invalidAttributeRemoved("colspan", element: "td")),
        ])
    }

    @Test func olStartMustBeDigits() {
        let result = HTMLSanitizer.sanitize("<ol start=\"-1\"><li>x</li></ol><ul start=\"2\"><li>y</li></ul>")
        #expect(result.html == "<ol><li>x</li></ol><ul><li>y</li></ul>")
        #expect(needles(result) == ["start", "start"])
    }

    @Test func hrefOnlyOnLinksSrcOnlyOnImages() {
        let result = HTMLSanitizer.sanitize("<div href=\"a.html\" src=\"b.png\" alt=\"c\">x</div>")
        #expect(result.html == "<div>x</div>")
        #expect(needles(result) == ["href", "src", "alt"])
    }

    @Test func attributeValuesDecodedAndReEscaped() {
        #expect(clean("<a href=\"a.html?x=1&amp;y=2&z=3\" title='say \"hi\" &lt;b&gt; &copy 2024 &bogus; &frac13;'>t</a>")
            == "<a href=\"a.html?x=1&amp;y=2&amp;z=3\" title=\"say &quot;hi&quot; &lt;b&gt; © 2024 &amp;bogus; ⅓\">t</a>")
        #expect(clean("<span title=a&amp;b>x</span>") == "<span title=\"a&amp;b\">x</span>")
        #expect(clean("<span title>x</span>") == "<span title=\"\">x</span>")
    }

    @Test func duplicateAttributesKeepFirst() {
        let result = HTMLSanitizer.sanitize("<a href=\"a.html\" HREF=\"javascript:alert(1)\" title=\"1\" title=\"2\">x</a>")
        #expect(result.html == "<a href=\"a.html\" title=\"1\">x</a>")
        #expect(result.findings.isEmpty)
    }

    // MARK: URLs

    @Test func javascriptHrefRemoved() {
        let result = HTMLSanitizer.sanitize("<a href=\"javascript:alert(1)\">x</a>")
        #expect(result.html == "<a>x</a>")
        #expect(result.findings == [SanitizerFinding(
            kind: .unsafeURL, needle: "javascript:alert(1)", message: Messages.unsafeLinkRemoved(scheme: "javascript", element: "a", attribute: "href"))])
    }

    @Test(arguments: [
        "JaVaScRiPt:alert(1)",
        "java\tscript:alert(1)",
        "java\nscript:alert(1)",
        "  javascript:alert(1)  ",
        "\u{01}javascript:alert(1)",
        "&#106;avascript:alert(1)",
        "&#0000106avascript:alert(1)",
        "&#x6A;avascript:alert(1)",
        "&#X6a;avascript:alert(1)",
        "javascript&colon;alert(1)",
        "java&Tab;script:alert(1)",
        "java&#x09;script:alert(1)",
        "&#x0A;javascript:alert(1)",
        "vbscript:msgbox(1)",
        "data:text/html,<script>alert(1)</script>",
        "file:///etc/passwd",
        "mailto:a@b.c",
    ])
    func unsafeHrefRemoved(_ url: String) {
        let result = HTMLSanitizer.sanitize("<a href=\"\(url)\" title=\"t\">x</a>")
        #expect(result.html == "<a title=\"t\">x</a>")
        #expect(result.findings.count == 1)
        #expect(result.findings.first?.kind == .unsafeURL)
        #expect(result.findings.first?.needle == url)
    }

    @Test func unsafeSchemeShownInMessage() {
        let result = HTMLSanitizer.sanitize("<a href=\"&#106;ava&#x09;script&colon;x\">x</a>")
        #expect(result.findings.first?.message.text == "已删除不安全的链接地址 javascript:…（<a href>）")
        #expect(result.findings.first?.needle == "&#106;ava&#x09;script&colon;x")
    }

    @Test(arguments: [
        "#x", "../a.html", "a.md#b", "/path:colon", "?a=b:c", "b.html#x:y", "",
        "https://example.com/?q=a:b", "HTTP://EXAMPLE.COM/", "//cdn.example.com/x",
    ])
    func safeHrefKept(_ url: String) {
        let result = HTMLSanitizer.sanitize("<a href=\"\(url)\">x</a>")
        #expect(result.html == "<a href=\"\(url)\">x</a>")
        #expect(result.findings.isEmpty)
    }

    @Test func dataURLImageRemoved() {
        let result = HTMLSanitizer.sanitize("<p><img src=\"data:image/png;base64,AAAA\" alt=\"图 1\"></p>")
        #expect(result.html == "<p>图 1</p>")
        #expect(result.findings == [SanitizerFinding(
            kind: .unsafeURL, needle: "data:image/png;base64,AAAA", message: Messages.unsafeLinkRemoved(scheme: "data", element: "img", attribute: "src"))])
    }

    // MARK: Images

    @Test func externalImageBecomesLink() {
        let result = HTMLSanitizer.sanitize("<p><img src=\"https://e.com/a.png?x=1&amp;y=2\" alt=\"猫 &amp; 狗\" title=\"t\" /></p>")
        #expect(result.html == "<p><a href=\"https://e.com/a.png?x=1&amp;y=2\">图片：猫 &amp; 狗</a></p>")
        #expect(result.findings == [SanitizerFinding(
            kind: .externalImage, needle: "https://e.com/a.png?x=1&amp;y=2",
            message: Messages.externalImageLinked("https://e.com/a.png?x=1&y=2"))])
    }

    @Test(arguments: ["//cdn.example.com/a.png", "\\\\cdn.example.com/a.png", "HTTP://cdn.example.com/a.png"])
    func protocolRelativeAndUppercaseImagesAreExternal(_ src: String) {
        let result = HTMLSanitizer.sanitize("<img src=\"\(src)\" alt=\"\">")
        #expect(result.html == "<a href=\"\(src)\">图片：外部链接</a>")
        #expect(result.findings.map(\.kind) == [.externalImage])
        #expect(result.findings.first?.needle == src)
    }

    @Test func externalImageInsideLinkBecomesText() {
        let result = HTMLSanitizer.sanitize("<a href=\"https://e.com/\"><img src=\"https://e.com/a.png\" alt=\"标志\" onerror=\"x()\"></a>")
        #expect(result.html == "<a href=\"https://e.com/\">图片：标志</a>")
        #expect(result.findings.map(\.kind) == [.externalImage, .removedAttribute])  // source order
        #expect(needles(result) == ["https://e.com/a.png", "onerror"])
    }

    @Test func externalImageMessageIsTruncated() {
        let src = "https://e.com/" + String(repeating: "a", count: 100)
        let result = HTMLSanitizer.sanitize("<img src=\"\(src)\">")
        #expect(result.findings.first?.message.text == "外部图片不会加载，已改为链接：" + String(src.prefix(80)) + "…")
    }

    @Test func localImageGetsAltAndVoidSyntax() {
        #expect(clean("<IMG SRC=\"a.png\" width=\"10\">") == "<img src=\"a.png\" alt=\"\" />")
        #expect(clean("<img alt=\"无地址\">") == "无地址")
        #expect(clean("<p><img src=\" \" alt=\"空\" /></p>") == "<p>空</p>")
    }

    // MARK: Structure

    @Test func unbalancedElementsAreClosed() {
        #expect(clean("<div><span>x") == "<div><span>x</span></div>")
    }

    @Test func strayEndTagsDropped() {
        #expect(clean("a</div>b</span></br></img>c") == "abc")
    }

    @Test func endTagClosesDeeperElements() {
        #expect(clean("<div><span><em>x</div>y") == "<div><span><em>x</em></span></div>y")
    }

    @Test func blockInsideParagraphClosesIt() {
        #expect(clean("<p><div>x</div></p>") == "<p></p><div>x</div>")
        #expect(clean("<p>a<p>b") == "<p>a</p><p>b</p>")
        #expect(clean("<p><span>a<ul><li>b</li></ul>") == "<p><span>a</span></p><ul><li>b</li></ul>")
        #expect(clean("<p>a<hr>b</p>") == "<p>a</p><hr />b")
        #expect(clean("<h1>a<h2>b</h2>") == "<h1>a</h1><h2>b</h2>")
    }

    @Test func linksAreTransparentButDoNotNest() {
        #expect(clean("<div><a href=\"x.html\"><div>card</div></a></div>") == "<div><a href=\"x.html\"><div>card</div></a></div>")
        #expect(clean("<a href=\"1.html\">a<a href=\"2.html\">b</a>") == "<a href=\"1.html\">a</a><a href=\"2.html\">b</a>")
    }

    @Test func listItemsCloseSiblingsAndNeedAList() {
        #expect(clean("<ul><li>a<li>b<p>c<li>d</ul>") == "<ul><li>a</li><li>b<p>c</p></li><li>d</li></ul>")
        #expect(clean("<ul><li>a<ul><li>b</ul></ul>") == "<ul><li>a<ul><li>b</li></ul></li></ul>")
        #expect(clean("<div><li>x</li></div>") == "<div>x</div>")
    }

    @Test func tableStructureIsRepaired() {
        #expect(clean("<table><td>a<td>b<tr><th>c</table>") == "<table><tr><td>a</td><td>b</td></tr><tr><th>c</th></tr></table>")
        #expect(clean("<td>loose</td><tr>row</tr>") == "looserow")
        #expect(clean("<table><thead><tr><th>h<tbody><tr><td>d</table>") == "<table><thead><tr><th>h</th></tr></thead><tbody><tr><td>d</td></tr></tbody></table>")
    }

    // MARK: Comments, declarations, malformed markup

    @Test func commentsAndDeclarationsRemovedSilently() {
        let result = HTMLSanitizer.sanitize("<!DOCTYPE html><?xml version=\"1.0\"?><p>a<!-- <script>x</script> -->b<![CDATA[c > d]]>e<!---->f<!-->g</p><!-- unclosed")
        #expect(result.html == "<p>abefg</p>")
        #expect(result.findings.isEmpty)
    }

    @Test func lessThanInTextIsEscaped() {
        #expect(clean("a < b > c") == "a &lt; b > c")
        #expect(clean("1<2") == "1&lt;2")
        #expect(clean("<<>>") == "&lt;&lt;>>")
        #expect(clean("x</>y") == "xy")
        #expect(clean("a </ b") == "a &lt;/ b")
        #expect(clean("end<") == "end&lt;")
        #expect(clean("<") == "&lt;")
    }

    @Test func malformedTagsDoNotCrash() {
        #expect(clean("<a href=\"x") == "&lt;a href=\"x")
        #expect(clean("<p>ok</p><div") == "<p>ok</p>&lt;div")
        #expect(clean("x</div") == "x&lt;/div")
        let slash = HTMLSanitizer.sanitize("<a/b>x</a>")
        #expect(slash.html == "<a>x</a>")
        #expect(needles(slash) == ["b"])
        #expect(clean("<a href=x title=y/>z</a>") == "<a href=\"x\" title=\"y/\">z</a>")
        #expect(clean("<p =x>y</p>") != "")
    }

    @Test func manyUnterminatedTagsStayLinear() {
        let input = String(repeating: "<a title=\"", count: 20_000)
        let output = clean(input)
        #expect(!output.contains("<a"))
        #expect(output.hasPrefix("&lt;a title=\""))
    }

    @Test func deepNestingIsBalanced() {
        let input = String(repeating: "<span><div>", count: 5_000) + String(repeating: "</p>", count: 5_000)
        let output = clean(input)
        #expect(output.hasPrefix("<span></span><div><span></span><div>"))
        #expect(output.hasSuffix("</div></div>"))
    }

    // MARK: Robustness

    @Test func deterministicAndBalancedOnGeneratedInput() {
        let pieces = [
            "<", ">", "</", "/>", "<p>", "</p>", "<div>", "</div>", "<span ", "style=\"x\"", " href=", "\"", "'",
            "<a href=\"javascript:x\">", "</a>", "<script>", "</script>", "<!--", "-->", "<img src=//x>", "<li>",
            "<table>", "<td>", "</tr>", "&#106;", "&amp;", "中文", "x", " ", "\n", "<svg>", "</svg>", "<![CDATA[", "]]>",
            "<b>", "</i>", "<ul>", "<h1>", "=", "<!", "<?", "\t", "<SCRIPT", "<iframe>", "<pre>", "<code class=language-x>",
        ]
        var seed: UInt64 = 0x9E37_79B9_7F4A_7C15
        for _ in 0..<500 {
            var input = ""
            for _ in 0..<60 {
                seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                input += pieces[Int((seed >> 33) % UInt64(pieces.count))]
            }
            let first = HTMLSanitizer.sanitize(input)
            #expect(first == HTMLSanitizer.sanitize(input))
            #expect(isBalanced(first.html), "unbalanced for input \(input)")
            #expect(!first.html.lowercased().contains("<script"))
            #expect(!first.html.lowercased().contains("javascript:"))
            // Sanitized output is a fixed point.
            let second = HTMLSanitizer.sanitize(first.html)
            #expect(second.html == first.html, "not idempotent for input \(input)")
        }
    }

    /// Checks that the output's tags nest properly (void tags must be self-closed).
    private func isBalanced(_ html: String) -> Bool {
        var stack: [String] = []
        var rest = Substring(html)
        while let lt = rest.firstIndex(of: "<") {
            guard let gt = rest[lt...].firstIndex(of: ">") else { return false }
            let tag = rest[rest.index(after: lt)..<gt]
            rest = rest[rest.index(after: gt)...]
            if tag.hasPrefix("/") {
                guard stack.popLast() == String(tag.dropFirst()) else { return false }
            } else if !tag.hasSuffix("/") {
                stack.append(String(tag.prefix { $0 != " " }))
            }
        }
        return stack.isEmpty
    }
}
