/// The reader's view of a text file that has no markup (`.txt`, `.js`, `.json`): its
/// scalars as written, or with the escapes of a script decoded, since `"\u0031\u0033\u0039"` is
/// what a page prints as `139`.
package enum PlainTextReader {
    package enum Escapes: Sendable {
        /// The text as written.
        case none
        /// JavaScript/JSON escapes decoded: `\uXXXX` (surrogate pairs joined), `\u{X…}`, `\xXX`
        /// and the one-character escapes (`\n`, `\t`, `\/`, `\\`…). Octal escapes are left alone.
        case script
    }

    /// `bytes` must be UTF-8 (the caller checks); offsets are byte offsets into `bytes`.
    package static func view(of bytes: [UInt8], escapes: Escapes) -> ReaderView {
        var text = ReaderText()
        text.reserveCapacity(bytes.count)
        bytes.withUnsafeBufferPointer { pointer in
            let source = SourceBytes(pointer, base: 0)
            switch escapes {
            case .none: text.appendUTF8(source, 0..<source.count)
            case .script: ScriptEscapes.read(source, 0..<source.count, into: &text)
            }
        }
        return ReaderView(texts: [text])
    }
}
