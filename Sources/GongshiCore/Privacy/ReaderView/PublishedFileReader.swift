import Foundation

/// What a reader can get out of any file the site publishes, by its path and bytes: the texts the
/// privacy rules judge, and the problems that keep it from being published whatever its text says.
///
/// Text types (by extension) go to the HTML/XML, CSS and plain-text readers and must be UTF-8.
/// Binary types (by signature) are read through: image metadata, font names, PDF text (through
/// poppler's `pdftotext`), the XML parts of DOCX/XLSX. Archives, executables and databases are
/// forbidden; anything else that cannot be read is unscannable, unless a person reviewed the exact
/// bytes and `site.yaml` lists their SHA-256 under `privacy.reviewed_files`.
///
/// Offsets: in a text without `part`, or a part stored as-is (EXIF, XMP, a PNG `tEXt`, a font's
/// names), the byte offset in the file; in a part that was decompressed or extracted (`PNG zTXt`,
/// `word/document.xml`, `PDF 文本`), the offset in that part's own bytes. Problem offsets are
/// always offsets in the file.
package struct PublishedFileReader: Sendable {
    package let reviewedSHA256: Set<String>
    package let pdftotext: String?
    package let readsSearchBundle: Bool

    /// How deep files nest inside files (an image in a DOCX in a DOCX) before giving up.
    static let maximumNesting = 3

    /// reviewedSHA256: lowercase hex digests from site.yaml privacy.reviewed_files.
    /// pdftotext: path of poppler's pdftotext, or nil when absent (then PDFs are unscannable).
    /// readsSearchBundle: the files under `pagefind/` with Pagefind's extensions are read as the
    /// build's own search bundle (`PagefindFileReader`); only the search step sets it, so a theme's
    /// `.pf_index` or `.pagefind` file is refused like any other gzip or WebAssembly file.
    package init(reviewedSHA256: Set<String>, pdftotext: String?, readsSearchBundle: Bool = false) {
        self.reviewedSHA256 = Set(reviewedSHA256.map { $0.lowercased() })
        self.pdftotext = pdftotext
        self.readsSearchBundle = readsSearchBundle
    }

    /// The first executable `pdftotext` on `PATH`, or nil.
    package static func findPDFToText() -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        for folder in path.split(separator: ":") where !folder.isEmpty {
            let candidate = String(folder) + "/pdftotext"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }

    /// What a reader can get out of one output file, by its site-relative path and bytes.
    package func view(of bytes: [UInt8], path: String) -> ReaderView {
        var view = read(bytes, path: path, nesting: 0, budget: InflationBudget(fileSize: bytes.count))
        let isUnscannable = { (problem: ReaderViewProblem) -> Bool in
            if case .unscannable = problem.kind { return true } else { return false }
        }
        if !reviewedSHA256.isEmpty, view.problems.contains(where: isUnscannable),
           reviewedSHA256.contains(SHA256.hexDigest(bytes)) {
            view.problems.removeAll(where: isUnscannable)
        }
        return view
    }

    /// The lowercased extension of the last path component (`""` for none, or a dot file).
    package static func fileExtension(of path: String) -> String {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return "" }
        return name[name.index(after: dot)...].lowercased()
    }

    /// Whether `bytes` are well-formed UTF-8 (what `String(validating:as:)` accepts), without
    /// copying them into a String: ASCII eight bytes at a time, the rest by `StrictUTF8`.
    static func isUTF8(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer { buffer in
            guard let base = UnsafeRawPointer(buffer.baseAddress) else { return true }
            let end = buffer.count
            var index = 0
            while index < end {
                if index + 8 <= end, base.loadUnaligned(fromByteOffset: index, as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                    index += 8
                    continue
                }
                guard let (_, length) = StrictUTF8.decode(buffer, at: index, end: end) else { return false }
                index += length
            }
            return true
        }
    }

    private func read(_ bytes: [UInt8], path: String, nesting: Int, budget: InflationBudget) -> ReaderView {
        let ext = Self.fileExtension(of: path)
        if readsSearchBundle, nesting == 0, path.hasPrefix(PagefindFileReader.folder + "/"),
           PagefindFileReader.extensions.contains(ext) {
            return PagefindFileReader.view(bytes, extension: ext, budget: budget)
        }
        let isUTF8Text = Self.isUTF8(bytes) && !TextEncodingGuess.looksLikeUTF16(bytes)
        if let textKind = PublishedFileKind.textKind(extension: ext) {
            if isUTF8Text { return read(bytes, as: textKind, nesting: nesting, budget: budget) }
            // A binary file under a text name is judged as what it is.
            if let kind = PublishedFileKind.sniff(bytes, extension: ext) {
                return read(bytes, as: kind, nesting: nesting, budget: budget)
            }
            return ReaderView(problems: [ReaderViewProblem(.notUTF8(encoding: TextEncodingGuess.encodingName(bytes)))])
        }
        if let kind = PublishedFileKind.sniff(bytes, extension: ext) {
            return read(bytes, as: kind, nesting: nesting, budget: budget)
        }
        if PublishedFileKind.forbiddenExtensions.contains(ext) {
            return ReaderView(problems: [ReaderViewProblem(.forbiddenType(type: ext.uppercased()))])
        }
        if isUTF8Text { return read(bytes, as: .plainText, nesting: nesting, budget: budget) }
        if TextEncodingGuess.looksLikeUTF16(bytes) || TextEncodingGuess.looksLikeText(bytes) {
            return ReaderView(problems: [ReaderViewProblem(.notUTF8(encoding: TextEncodingGuess.encodingName(bytes)))])
        }
        return .unscannable(ext.isEmpty ? "未知" : ext.uppercased())
    }

    private func read(_ bytes: [UInt8], as kind: PublishedFileKind, nesting: Int, budget: InflationBudget) -> ReaderView {
        switch kind {
        case .html: return HTMLReader.view(of: bytes, xml: false)
        case .xml: return HTMLReader.view(of: bytes, xml: true)
        case .css: return CSSReader.view(of: bytes)
        case .script: return PlainTextReader.view(of: bytes, escapes: .script)
        case .plainText: return PlainTextReader.view(of: bytes, escapes: .none)
        case .csv: return CSVTextReader.view(of: bytes)
        case .jpeg: return JPEGMetadataReader.view(bytes)
        case .png: return PNGMetadataReader.view(bytes, budget: budget)
        case .gif: return GIFMetadataReader.view(bytes)
        case .webp: return WebPMetadataReader.view(bytes)
        case .tiff: return TIFFMetadataReader.view(bytes, 0..<bytes.count, part: "TIFF") ?? .unscannable("TIFF")
        case .plainImage: return ReaderView()
        case .icon: return ICOReader.view(bytes, budget: budget)
        case .emf: return EMFTextReader.view(bytes)
        case .sfnt(let type): return FontNameReader.viewOfSFNT(bytes, type: type)
        case .woff: return FontNameReader.viewOfWOFF(bytes, budget: budget)
        case .pdf: return PDFTextReader(pdftotext: pdftotext).view(bytes)
        case .svgz:
            guard case .success(let svg) = ZlibInflater.inflate(bytes[...], format: .gzip, limit: budget.remaining),
                  String(validating: svg, as: UTF8.self) != nil
            else { return .unscannable("SVGZ") }
            budget.spend(svg.count)
            var view = ReaderView()
            view.add(HTMLReader.view(of: svg, xml: true), at: 0, part: "SVG")
            return view
        case .office(let type):
            guard nesting < Self.maximumNesting else { return .unscannable(type) }
            return OfficeDocumentReader.view(bytes, type: type, budget: budget) { entryBytes, entryPath, budget in
                read(entryBytes, path: entryPath, nesting: nesting + 1, budget: budget)
            }
        case .forbidden(let type): return ReaderView(problems: [ReaderViewProblem(.forbiddenType(type: type))])
        case .unscannable(let type): return .unscannable(type)
        }
    }
}
