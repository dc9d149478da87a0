/// The files of the search bundle the build makes (`pagefind/`, `gongshi build --search`; read so
/// only for the search step, `PublishedFileReader.readsSearchBundle`). Each is gzip of the
/// signature `pagefind_dcd` and then:
/// - `.pf_fragment`: JSON, one page's text as search results show it (read as a script's text);
/// - `.pf_index`, `.pf_meta`, `.pf_filter`: CBOR, the words and page names (its text strings; a
///   byte string, which Pagefind does not write, cannot be read through);
/// - `.pagefind`: WebAssembly, Pagefind's search program: never read through. The search step
///   publishes it only when it is byte for byte the program a one-word site gets (`SearchBundle`).
/// Anything else under these names (no gzip, no signature, malformed CBOR) cannot be read through.
package enum PagefindFileReader {
    package static let folder = "pagefind"
    static let type = "Pagefind"
    static let part = "Pagefind"
    static let extensions: Set<String> = ["pf_fragment", "pf_index", "pf_meta", "pf_filter", "pagefind"]
    static let signature = Array("pagefind_dcd".utf8)

    static func view(_ bytes: [UInt8], extension ext: String, budget: InflationBudget) -> ReaderView {
        guard case .success(let inflated) = ZlibInflater.inflate(bytes[...], format: .gzip, limit: budget.remaining),
              inflated.starts(with: signature)
        else { return .unscannable(type) }
        budget.spend(inflated.count)
        let body = Array(inflated[signature.count...])
        let inner: ReaderView
        switch ext {
        case "pf_fragment":
            guard String(validating: body, as: UTF8.self) != nil else { return .unscannable(type) }
            inner = PlainTextReader.view(of: body, escapes: .script)
        case "pagefind":
            return .unscannable(type)
        default:
            guard let text = CBORTextStrings.text(of: body) else { return .unscannable(type) }
            inner = ReaderView(texts: [text])
        }
        // Offsets inside the inflated bytes mean nothing in the file: the findings name the part.
        var view = ReaderView()
        view.add(inner, at: 0, part: part)
        return view
    }
}
