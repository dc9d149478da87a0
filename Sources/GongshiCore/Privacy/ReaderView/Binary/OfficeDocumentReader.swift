/// The text of a ZIP-based office document (DOCX, XLSX, PPTX and the ODF equivalents): every XML
/// part read as XML (`word/document.xml`, `xl/sharedStrings.xml`, `docProps/core.xml` with the
/// author…), and every other part (pictures, embedded documents) read as the published file it
/// would be, its parts named after the entry. An encrypted or unsupported entry, or one that would
/// inflate past the budget, makes the document unscannable.
struct OfficeDocumentReader {
    /// Reads a nested file (an entry) as a published file.
    typealias NestedReader = (_ bytes: [UInt8], _ path: String, _ budget: InflationBudget) -> ReaderView

    /// XML parts whose extension is not one the published-file reader treats as XML.
    static let xmlExtensions: Set<String> = ["xml", "rels", "vml", "rdf"]
    /// Fonts Office stores obfuscated; a font's names say nothing about a household.
    static let skippedExtensions: Set<String> = ["odttf", "fntdata"]

    static func view(_ bytes: [UInt8], type: String, budget: InflationBudget, readNested: NestedReader) -> ReaderView {
        guard let archive = ZipArchive(bytes) else { return .unscannable(type) }
        var view = ReaderView()
        for entry in archive.entries where !entry.isDirectory {
            let ext = PublishedFileReader.fileExtension(of: entry.name)
            if skippedExtensions.contains(ext) { continue }
            let contents: [UInt8]
            switch archive.contents(of: entry, budget: budget) {
            case .success(let inflated):
                contents = inflated
            case .failure(.tooLarge):
                view.problems.append(ReaderViewProblem(.unscannable(type: type), at: entry.headerOffset))
                return view
            case .failure(.unreadable):
                view.problems.append(ReaderViewProblem(.unscannable(type: type), at: entry.headerOffset))
                continue
            }
            if xmlExtensions.contains(ext) {
                view.add(HTMLReader.view(of: contents, xml: true, wallsAttributes: true), at: 0, part: entry.name, nestedIn: type, entry: entry)
            } else if entry.name.contains("printerSettings/") {
                // A printer's DEVMODE: the printer's name, in UTF-16.
                var text = ReaderText(part: entry.name)
                PrintableRuns.append(contents, 0..<contents.count, to: &text)
                view.add(text)
            } else {
                let nested = readNested(contents, entry.name, budget)
                for text in nested.texts {
                    view.add(text.relocated(by: 0, part: text.part.map { "\(entry.name): \($0)" } ?? entry.name))
                }
                view.problems += nested.problems.map { problem in
                    ReaderViewProblem(nestedKind(problem.kind, type: type), at: entry.headerOffset)
                }
            }
        }
        return view
    }

    /// A nested file's problem as the document's: one that cannot be read makes the document
    /// unscannable; a forbidden type or a `data:` URI stays what it is.
    private static func nestedKind(_ kind: ReaderViewProblem.Kind, type: String) -> ReaderViewProblem.Kind {
        switch kind {
        case .forbiddenType, .dataURI, .gpsLocation: kind
        case .notUTF8, .unscannable: .unscannable(type: type)
        }
    }
}

private extension ReaderView {
    /// An XML part's view: texts named after the entry (offsets in the inflated entry), problems at
    /// the entry's header in the archive.
    mutating func add(_ other: ReaderView, at base: Int, part: String, nestedIn type: String, entry: ZipArchive.Entry) {
        for text in other.texts { add(text.relocated(by: base, part: part)) }
        problems += other.problems.map { ReaderViewProblem($0.kind, at: entry.headerOffset) }
    }
}
