import Testing
@testable import GongshiCore

private func css(_ text: String) -> String {
    CSSReader.view(of: Array(text.utf8)).texts[0].shownWithBoundariesAsLineFeeds
}

private func cssProblems(_ text: String) -> [ReaderViewProblem] {
    CSSReader.view(of: Array(text.utf8)).problems
}

@Suite("CSSReader")
struct CSSReaderTests {
    @Test("escapes are decoded within a token", arguments: [
        (#"a::after{content:"\31 \33 \39"}"#, "a\nafter\ncontent\n139\n"),
        (#"a{content:"\000031 39"}"#, "a\ncontent\n139\n"),
        (#"a{content:"\31\33\39"}"#, "a\ncontent\n139\n"),
        (#"a{content:"\3139"}"#, "a\ncontent\n\u{3139}\n"),
        (#"a{content:"\31  39"}"#, "a\ncontent\n1 39\n"),
        ("a{content:\"\\31\r\n39\"}", "a\ncontent\n139\n"),
        (#"a{content:"\-\"\'\\x"}"#, "a\ncontent\n-\"'\\x\n"),
        ("a{content:\"13\\\n9\"}", "a\ncontent\n139\n"),
        (#"a{content:"\0 \D800 \110000 x"}"#, "a\ncontent\n\u{FFFD}\u{FFFD}\u{FFFD}x\n"),
        (#".\31 39{}"#, ".139\n"),
        (#"a{content:'张\4e09 丰'}"#, "a\ncontent\n张三丰\n"),
    ])
    func escapes(_ input: String, _ expected: String) {
        #expect(css(input) == expected)
    }

    @Test("tokens are separated by boundaries, so strings next to each other stay together")
    func tokens() {
        #expect(css(#"p::before { content: "139" "1234" '5678'; }"#) == "p\nbefore\ncontent\n139\n1234\n5678\n")
        #expect(css("a { color: #139123; margin: 1.5em -2px }") == "a\ncolor\n#139123\nmargin\n1.5em\n-2px\n")
    }

    @Test("comments are kept as text")
    func comments() {
        #expect(css("/* 联系 13912345678 */a{}") == " 联系 13912345678 \na\n")
        #expect(css("a{}/* never closed 139") == "a\n never closed 139\n")
    }

    @Test("data: URIs in url() and @import are problems", arguments: [
        ("a{background:url(data:image/png;base64,AAAA)}", [17]),
        ("a{background:url( 'DATA:image/png;base64,AA' )}", [19]),
        (#"a{background:URL("data:,x")}"#, [18]),
        (#"a{background:u\72l(data:,x)}"#, [19]),
        (#"a{background:url(d\61ta:,x)}"#, [17]),
        (#"@import "data:text/css,a{}";"#, [9]),
        (#"@import url(data:text/css,a{});"#, [12]),
        (#"a{background:image-set("data:image/png;base64,AA" 1x)}"#, [24]),
        (#"@font-face{src:url(data:font/woff2;base64,AA) format("woff2")}"#, [19]),
        (#"a{content:"data:,x"}"#, []),
        (#"@import "a.css"; a{content:"data:,x"}"#, []),
        ("a{background:url(/img/a.png)}", []),
    ] as [(String, [Int])])
    func dataURIs(_ input: String, _ offsets: [Int]) {
        #expect(cssProblems(input) == offsets.map { ReaderViewProblem(.dataURI, at: $0) })
    }

    @Test("url() contents are read as text")
    func urlText() {
        #expect(css("a{background:url( /q?tel=139 )}") == "a\nbackground\nurl\n/q?tel=139 \n")
    }

    @Test("an escape is at the offset of its backslash")
    func offsets() {
        let text = CSSReader.view(of: Array(#"a{content:"x\31 9"}"#.utf8)).texts[0]
        #expect(text.shownWithBoundariesAsLineFeeds == "a\ncontent\nx19\n")
        #expect(text.offsets == [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 11, 12, 16, 18])
    }

    @Test("unterminated input reads to the end without trapping", arguments: [
        "\\", "a\\", "\"\\", "url(", "url(\\", "/*", "/", "@", "@import \"", "a(", ")", "\"x\n", "\\31",
    ])
    func unterminated(_ input: String) {
        _ = CSSReader.view(of: Array(input.utf8))
    }
}

extension ReaderText {
    /// The text with each boundary written as a line feed, as the expectations are written.
    var shownWithBoundariesAsLineFeeds: String {
        string.replacingOccurrences(of: String(Character(ReaderText.boundary)), with: "\n")
    }
}
