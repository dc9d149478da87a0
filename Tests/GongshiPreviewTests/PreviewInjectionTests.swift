import GongshiCore
import Testing
@testable import GongshiPreview

@Suite struct PreviewInjectionTests {
    func inserted(_ page: String, _ snippet: String = "<X>") -> String {
        String(decoding: PreviewInjection.insert(snippet, into: Array(page.utf8)), as: UTF8.self)
    }

    @Test func goesBeforeTheLastBodyCloseInAnyCase() {
        #expect(inserted("<body><p>a</p></body></html>") == "<body><p>a</p><X></body></html>")
        #expect(inserted("<BODY>a</BODY>\n") == "<BODY>a<X></BODY>\n")
        #expect(inserted("<pre>&lt;/body&gt;</pre></body><!-- </body> -->") == "<pre>&lt;/body&gt;</pre></body><!-- <X></body> -->")
        #expect(inserted("甲乙丙</body>") == "甲乙丙<X></body>")
    }

    @Test func appendedWhenThereIsNoBodyClose() {
        #expect(inserted("<p>fragment") == "<p>fragment<X>")
        #expect(inserted("") == "<X>")
    }

    @Test func overlayEscapesEveryMessage() {
        let diagnostic = Diagnostic.error(
            SourceLocation(file: "content/articles/<b>.md", line: 3, column: 7), Message(.invalidDate, "date 的日期“<script>alert('x')</script>&”无法识别"))
        let overlay = PreviewInjection.overlay(title: Messages.previewOverlayTitle, errors: [diagnostic])
        #expect(overlay.contains("content/articles/&lt;b&gt;.md:3:7: 错误 GS1052: date 的日期“&lt;script&gt;alert(&apos;x&apos;)&lt;/script&gt;&amp;”无法识别"))
        #expect(!overlay.contains("<script>"))
        #expect(overlay.contains(#"id="gongshi-error-overlay""#))
    }

    @Test func overlayListsAtMostFiftyErrors() {
        let errors = (1...60).map { Diagnostic.error(SourceLocation(file: "a.md", line: $0), Message(.invalidDate, "坏")) }
        let overlay = PreviewInjection.overlay(title: "t", errors: errors)
        #expect(overlay.contains("a.md:50: 错误 GS1052: 坏"))
        #expect(!overlay.contains("a.md:51: 错误 GS1052: 坏"))
        #expect(overlay.contains(Messages.previewMoreErrors(10)))
    }
}
