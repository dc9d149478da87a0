import Testing
@testable import GongshiCore

/// The rendered flow (`texts[0]`) of an HTML or XML text.
private func flow(_ text: String, xml: Bool = false) -> String {
    HTMLReader.view(of: Array(text.utf8), xml: xml).texts[0].shownWithBoundariesAsLineFeeds
}

/// What only the source shows (`texts[1]`): attribute values, comments, the doctype.
private func markup(_ text: String, xml: Bool = false) -> String {
    HTMLReader.view(of: Array(text.utf8), xml: xml).texts[1].shownWithBoundariesAsLineFeeds
}

private func problems(_ text: String, xml: Bool = false) -> [ReaderViewProblem] {
    HTMLReader.view(of: Array(text.utf8), xml: xml).problems
}

private let wall = "\u{FFFC}"

@Suite("HTMLReader")
struct HTMLReaderTests {
    @Test("named references are decoded", arguments: [
        ("<td>139&nbsp;1234&nbsp;5678</td>", "139\u{A0}1234\u{A0}5678\n"),
        ("139&shy;1234", "139\u{AD}1234"),
        ("139&zwj;1234&zwnj;5678", "139\u{200D}1234\u{200C}5678"),
        ("&amp;&lt;&gt;&quot;&apos;", "&<>\"'"),
        ("&NotNestedGreaterGreater;", "\u{2AA2}\u{338}"),
        ("&CounterClockwiseContourIntegral;", "\u{2233}"),
        ("139&nbsp1234", "139\u{A0}1234"),
        ("&AMP &copy2024", "& ©2024"),
        ("&notit;", "¬it;"),
        ("&notin;", "∉"),
        ("&unknown; &nbspx; & &; &#; &#x;", "&unknown; \u{A0}x; & &; &#; &#x;"),
        ("&Nbsp;", "&Nbsp;"),
    ])
    func namedReferences(_ html: String, _ expected: String) {
        #expect(flow(html) == expected)
    }

    @Test("numeric references are decoded as browsers do", arguments: [
        ("&#52;&#49;&#48;", "410"),
        ("&#x31;&#X33;&#x39;", "139"),
        ("&#0000052;&#x000031;", "41"),
        ("&#52&#49 &#x31x", "41 1x"),
        ("&#0;&#x110000;&#xD800;&#99999999999999999999;", "\u{FFFD}\u{FFFD}\u{FFFD}\u{FFFD}"),
        ("&#150;&#x80;&#x81;", "\u{2013}\u{20AC}\u{81}"),
        ("&#xFF11;&#12295;", "１〇"),
    ])
    func numericReferences(_ html: String, _ expected: String) {
        #expect(flow(html) == expected)
    }

    @Test("text of inline elements joins its neighbours", arguments: [
        ("139<span>1234</span>5678", "13912345678"),
        ("<p>1<b>3</b><i>9</i><em>1</em><strong>2</strong><a href=x>3</a><font>4</font></p>", "1391234\n"),
        ("139<wbr>1234<WBR/>5678", "13912345678"),
        ("1<sup>3</sup><sub>9</sub><small>1</small><mark>2</mark><code>3</code><u>4</u><s>5</s>", "13912345"),
        ("1<abbr>3</abbr><q>9</q><cite>1</cite><time>2</time><label>3</label><bdi>4</bdi><del>5</del><ins>6</ins>",
         "139123456"),
        ("139<SPAN class=a>1234</SPAN>", "1391234"),
        ("139<!-- hidden -->1234", "1391234"),
        ("139<img src=a.png>1234", "1391234"),
    ])
    func inlineJoins(_ html: String, _ expected: String) {
        #expect(flow(html) == expected)
    }

    @Test("other element edges are boundaries", arguments: [
        ("139<br>1234<br/>5678", "139\n1234\n5678"),
        ("<table><tr><td>139</td><td>1234</td><td>5678</td></tr></table>", "139\n1234\n5678\n"),
        ("<tr><th>139</th><th>1234</th></tr>", "139\n1234\n"),
        ("<ul><li>139</li><li>1234</li></ul>", "139\n1234\n"),
        ("<p>139</p><div>1234</div>", "139\n1234\n"),
        ("139<custom-tag>1234</custom-tag>5678", "139\n1234\n5678"),
        ("<p>139 \t 1234\n5678</p>", "139 \t 1234\n5678\n"),
        ("a < b and c<3", "a < b and c<3"),
        ("1</>2", "12"),
    ])
    func boundaries(_ html: String, _ expected: String) {
        #expect(flow(html) == expected)
    }

    @Test("comments, doctype and processing instructions are read as markup")
    func comments() {
        let html = "<!DOCTYPE html><p>a</p><!-- 410 --><!--139--><!----><!--->x<? pi ?></? bogus>"
        #expect(flow(html) == "a\nx")
        #expect(markup(html) == "DOCTYPE html\n 410 \n139\n pi ?\n? bogus\n")
        #expect(markup("<!-- never closed 139") == " never closed 139\n")
        #expect(markup("<!--a--!>b") == "a\n")
    }

    @Test("script content is read with script escapes decoded")
    func script() {
        let html = #"<p>x</p><script>var a = "\u0031\u0033\u{39}\x31"; if (a < b) {}</script>y"#
        #expect(flow(html) == "x\nvar a = \"1391\"; if (a < b) {}\ny")
        #expect(flow("<script>a</scripts>139</script>") == "a</scripts>139\n")
        #expect(flow("<SCRIPT>&#52;</Script >") == "&#52;\n")
    }

    @Test("style content is read as CSS")
    func style() {
        let html = #"<style>.a::after { content: "\31 39" "\000031 234" }</style>"#
        #expect(flow(html) == ".a\nafter\ncontent\n139\n1234\n")
        #expect(problems("<style>b{background:url(data:image/png;base64,AAAA)}</style>")
            == [ReaderViewProblem(.dataURI, at: 24)])
    }

    @Test("title and textarea decode references but hold no tags")
    func escapableRawText() {
        #expect(flow("<title>&#49;<b>39</title>x") == "1<b>39\nx")
        #expect(flow("<textarea>139&nbsp;<p>1234</textarea>") == "139\u{A0}<p>1234\n")
        #expect(flow("<xmp>&#49;<b></xmp>") == "&#49;<b>\n")
    }

    @Test("attribute values are decoded segments of the markup text")
    func attributes() {
        #expect(markup(#"<img alt="139&nbsp;1234" title='5678' data-x=90 aria-label="&#52;1">"#)
            == "139\u{A0}1234\n5678\n90\n41\n")
        #expect(markup(#"<p title="a" title="b" data-x="&copy=1&copy;" checked value=x>"#)
            == "a\nb\n&copy=1©\nx\n")
        #expect(flow(#"<p title="a>b">139</p>"#) == "139\n")
    }

    @Test("URL attributes are percent-decoded as well")
    func percentEncoding() {
        #expect(markup(#"<a href="/q?sfz=%34%31%30">x</a>"#) == "/q?sfz=%34%31%30\n/q?sfz=410\n")
        #expect(markup(#"<a href="?sfz=%2534%2531">x</a>"#) == "?sfz=%2534%2531\n?sfz=41\n")
        #expect(markup(#"<a href="?a=%252534">x</a>"#) == "?a=%252534\n?a=4\n")
        #expect(markup(#"<a href="/a+b?tel=139+1234">x</a>"#) == "/a+b?tel=139+1234\n/a+b?tel=139 1234\n")
        #expect(markup(#"<a href="?q=&#37;34">x</a>"#) == "?q=%34\n?q=4\n")
        #expect(markup(#"<form action="/s?n=%E5%BC%A0"></form>"#) == "/s?n=%E5%BC%A0\n/s?n=张\n")
        #expect(markup(#"<meta content="https://x.cn/?id=%34%31">"#) == "https://x.cn/?id=%34%31\nhttps://x.cn/?id=41\n")
        #expect(markup(#"<a href="/plain/path">x</a>"#) == "/plain/path\n")
    }

    @Test("percent-encoded text (a sitemap's URLs) is decoded into the markup text")
    func percentEncodedText() {
        let sitemap = "<urlset><url><loc>https://x.cn/a?id=%34%31&amp;n=%E5%BC%A0</loc></url></urlset>"
        #expect(flow(sitemap, xml: true) == "https://x.cn/a?id=%34%31&n=%E5%BC%A0\n")
        #expect(markup(sitemap, xml: true) == "https://x.cn/a?id=41&n=张\n")
        #expect(markup("<p>增长 100% 以上</p>") == "")
    }

    @Test("geometry and presentation attributes are walled off")
    func walledAttributes() {
        let svg = ##"<svg viewBox="0 0 139 1234"><text x="139" y="1234" class="c" fill="#000">5678</text></svg>"##
        #expect(markup(svg) == "0 0 139 1234\(wall)139\(wall)1234\(wall)c\(wall)#000\(wall)")
        #expect(flow(svg) == "5678\n")
        #expect(markup(#"<td colspan="2" title="139">"#) == "2\(wall)139\n")
    }

    @Test("data: URIs in attributes are problems", arguments: [
        (#"<img src="data:image/png;base64,AAAA">"#, [10]),
        (#"<a href="  DATA:text/html,x">"#, [11]),
        (#"<a href="d&#97;ta:text/html,x">"#, [9]),
        (#"<img srcset="a.png 1x, data:image/png;base64,AA 2x">"#, [23]),
        (#"<div style="background:url(data:image/png;base64,AA)">"#, [27]),
        (#"<div style="background:url(&quot;data:,x&quot;)">"#, [33]),
        (#"<meta property="og:image" content="data:image/png;base64,AA">"#, [35]),
        (#"<img alt="data: 2024 年" src="a.png">"#, []),
        (#"<svg><image xlink:href="data:image/png;base64,AA"/></svg>"#, [24]),
    ] as [(String, [Int])])
    func dataURIs(_ html: String, _ offsets: [Int]) {
        #expect(problems(html) == offsets.map { ReaderViewProblem(.dataURI, at: $0) })
    }

    @Test("style attributes are read as CSS")
    func styleAttribute() {
        #expect(markup(#"<p style="font-family:&quot;\5b8b\4f53&quot;;content:'\31 39'">"#)
            == "font-family\n宋体\ncontent\n139\n")
    }

    @Test("Atom content of type html is read again as HTML")
    func atomHTMLContent() {
        let feed = """
            <feed><entry><title type="html">a&amp;b</title>\
            <content type="html">&lt;p&gt;139&lt;span&gt;1234&lt;/span&gt;5678&lt;/p&gt;</content></entry></feed>
            """
        #expect(flow(feed, xml: true) == "a&b\na&b\n<p>139<span>1234</span>5678</p>\n13912345678\n")
        #expect(markup(feed, xml: true) == "html\(wall)html\(wall)")
        let nested = #"<content type="html">&lt;a href="?x=%34%31"&gt;y&lt;/a&gt;</content>"#
        #expect(markup(nested, xml: true) == "html\(wall)<a href=\"?x=41\">y</a>\n?x=%34%31\n?x=41\n")
        let once = "<content type=\"html\">&amp;lt;b&amp;gt;1&lt;i&gt;2</content>"
        #expect(flow(once, xml: true) == "&lt;b&gt;1<i>2\n<b>12\n")
    }

    @Test("RSS descriptions in CDATA are read again as HTML")
    func rssDescription() {
        let rss = "<rss><item><description><![CDATA[<p>139<b>1234</b>5678</p>]]></description></item></rss>"
        #expect(flow(rss, xml: true) == "<p>139<b>1234</b>5678</p>\n13912345678\n")
        #expect(flow("<description>plain 139</description>", xml: true) == "plain 139\n")
    }

    @Test("CDATA is text in XML and inside svg, markup elsewhere in HTML")
    func cdata() {
        #expect(flow("<a>139<![CDATA[12<34]]>5678</a>", xml: true) == "13912<345678")
        #expect(flow("<svg><text>139<![CDATA[1234]]></text></svg>") == "1391234\n")
        #expect(flow("<p>139<![CDATA[1234]]></p>") == "139\n")
        #expect(markup("<p>139<![CDATA[1234]]></p>") == "1234\n")
    }

    @Test("XML and svg style and script decode references, then escapes")
    func xmlStyle() {
        let svg = #"<svg><style>.a{content:"\31&#x20;39"}</style><script>"&#92;u0031"</script></svg>"#
        #expect(flow(svg) == ".a{content:\"\\31 39\"}\n.a\ncontent\n139\n\"\\u0031\"\n\"1\"\n")
        #expect(problems(#"<svg><style>a{background:url(data:,x)}</style></svg>"#, xml: true)
            == [ReaderViewProblem(.dataURI, at: 29)])
        #expect(flow(#"<svg xmlns="http://www.w3.org/2000/svg"><text>1<tspan>39</tspan></text></svg>"#, xml: true)
            == "139\n")
    }

    @Test("XML doctype with an internal subset is one markup segment")
    func xmlDoctype() {
        let xml = #"<!DOCTYPE svg [<!ENTITY a "139">]><svg>&a;</svg>"#
        #expect(markup(xml, xml: true) == #"DOCTYPE svg [<!ENTITY a "139">]"# + "\n")
        #expect(flow(xml, xml: true) == "&a;\n")
    }

    @Test("a decoded reference is at the offset of its ampersand")
    func offsets() {
        let view = HTMLReader.view(of: Array("<p>&#52;1&nbsp;张&amp;</p>".utf8), xml: false)
        let text = view.texts[0]
        #expect(text.shownWithBoundariesAsLineFeeds == "41\u{A0}张&\n")
        #expect(text.offsets == [3, 8, 9, 15, 18, 23])
        let attribute = HTMLReader.view(of: Array(#"<a href="%34&#49;">"#.utf8), xml: false).texts[1]
        #expect(attribute.shownWithBoundariesAsLineFeeds == "%341\n41\n")
        #expect(attribute.offsets == [9, 10, 11, 12, 12, 9, 12, 17])
    }

    @Test("unterminated markup reads to the end without trapping", arguments: [
        "<", "<a", "<a href", "<a href=", "<a href=\"x", "</", "</a", "<!", "<!-", "<!--", "<![CDATA[x",
        "<?x", "&", "&#", "&#x", "&am", "<script>x", "<style>\\", "<svg><style>a", "<p a='", "\u{FF}",
    ])
    func unterminated(_ html: String) {
        _ = HTMLReader.view(of: Array(html.utf8), xml: false)
        _ = HTMLReader.view(of: Array(html.utf8), xml: true)
    }
}
