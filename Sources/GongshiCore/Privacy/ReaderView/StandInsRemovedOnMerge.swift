// Stand-ins for the text readers another helper writes in parallel, so the binary readers compile
// and can be tested on their own. The lead deletes this file when merging.

/// Stand-in: the real one tokenizes HTML/XML and decodes character references.
package enum HTMLReader {
    package static func view(of bytes: [UInt8], xml: Bool) -> ReaderView {
        ReaderView(texts: [ReaderText.plain(String(decoding: bytes, as: UTF8.self))])
    }
}

/// Stand-in: the real one decodes CSS escapes and refuses `data:` URIs.
package enum CSSReader {
    package static func view(of bytes: [UInt8]) -> ReaderView {
        ReaderView(texts: [ReaderText.plain(String(decoding: bytes, as: UTF8.self))])
    }
}

/// Stand-in: the real one reads plain text (and script escapes).
package enum PlainTextReader {
    package enum Escapes: Sendable { case none, script }

    package static func view(of bytes: [UInt8], escapes: Escapes) -> ReaderView {
        ReaderView(texts: [ReaderText.plain(String(decoding: bytes, as: UTF8.self))])
    }
}
