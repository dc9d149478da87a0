/// The reader's view of a stylesheet: comments, strings and every other token with CSS escapes
/// decoded (`\31 39` is `139`, which `content:` prints), and a problem for each `data:` URI.
package enum CSSReader {
    /// `bytes` must be UTF-8 (the caller checks); offsets are byte offsets into `bytes`.
    package static func view(of bytes: [UInt8]) -> ReaderView {
        var text = ReaderText()
        text.reserveCapacity(bytes.count)
        var problems: [ReaderViewProblem] = []
        bytes.withUnsafeBufferPointer { pointer in
            CSSReading.read(SourceBytes(pointer, base: 0), 0..<pointer.count, into: &text, problems: &problems)
        }
        return ReaderView(texts: [text], problems: problems)
    }
}
