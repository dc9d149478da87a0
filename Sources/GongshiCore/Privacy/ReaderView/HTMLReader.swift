/// The reader's view of an HTML page, or of an XML file (Atom feed, sitemap, SVG): what a person
/// sees in a browser, a feed reader or "view source", with byte offsets into the file.
///
/// The view has two texts: `texts[0]` is the rendered flow (text with references decoded, inline
/// elements joined, block and cell edges as boundaries, `script` and `style` content decoded);
/// `texts[1]` is what only the source, a tooltip or the address bar shows (attribute values,
/// comments, the doctype, and the percent-decoded form of URLs in attributes or in text such as
/// a sitemap's `<loc>`). `data:` URIs are problems.
package enum HTMLReader {
    /// HTML, or XML when `xml` is true (Atom feed, sitemap, SVG files). `bytes` must be UTF-8
    /// (the caller checks); offsets are byte offsets into `bytes`.
    /// - Parameter wallsAttributes: every attribute value but a URL is read alone (an Office
    ///   document's XML parts: their attributes are settings no reader sees, `val="15000"`
    ///   beside `val="350000"` is no telephone number).
    package static func view(of bytes: [UInt8], xml: Bool, wallsAttributes: Bool = false) -> ReaderView {
        bytes.withUnsafeBufferPointer { pointer in
            var reading = HTMLReading(source: SourceBytes(pointer, base: 0), xml: xml, allowsNestedHTML: true)
            reading.wallsAttributes = wallsAttributes
            // Untouched capacity costs no memory; growing by copies costs time.
            reading.output.flow.reserveCapacity(pointer.count / 2)
            reading.output.markup.reserveCapacity(pointer.count / 2)
            reading.run()
            let output = reading.output
            return ReaderView(texts: [output.flow, output.markup], problems: output.problems)
        }
    }
}
