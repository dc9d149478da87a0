// Stand-in until the binary readers land: every UTF-8 file read as plain text.
package struct PublishedFileReader: Sendable {
    package init(reviewedSHA256: Set<String>, pdftotext: String?) {}
    package static func findPDFToText() -> String? { nil }
    package func view(of bytes: [UInt8], path: String) -> ReaderView {
        guard let text = String(validating: bytes, as: UTF8.self) else { return ReaderView() }
        return ReaderView(texts: [ReaderText.plain(text)])
    }
}
