// Stand-in until the binary readers land: text files through their readers, the rest skipped.
package struct PublishedFileReader: Sendable {
    package init(reviewedSHA256: Set<String>, pdftotext: String?) {}
    package static func findPDFToText() -> String? { nil }
    package func view(of bytes: [UInt8], path: String) -> ReaderView {
        guard String(validating: bytes, as: UTF8.self) != nil else { return ReaderView() }
        let ext = path.split(separator: ".").last.map { $0.lowercased() } ?? ""
        switch ext {
        case "html", "htm": return HTMLReader.view(of: bytes, xml: false)
        case "xml", "svg", "atom", "rss": return HTMLReader.view(of: bytes, xml: true)
        case "css": return CSSReader.view(of: bytes)
        case "js", "json", "mjs": return PlainTextReader.view(of: bytes, escapes: .script)
        default: return PlainTextReader.view(of: bytes, escapes: .none)
        }
    }
}
