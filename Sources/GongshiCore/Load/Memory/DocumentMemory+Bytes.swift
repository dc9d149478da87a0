/// A document as the load cache keeps it (`LoadMemory+Bytes`): every field of the `Document` the
/// loader made, its messages and its privacy findings, so that an unchanged article or notice is
/// neither parsed (YAML front matter was most of a document's load) nor judged again.
extension DocumentMemory {
    func write(to writer: inout MemoryByteWriter) {
        writer.digest(sha256)
        LoadMemory.write(diagnostics, to: &writer)
        LoadMemory.write(optional: privacyFindings, to: &writer)
        let document = self.document
        writer.byte(document.kind == .article ? 0 : 1)
        writer.text(document.sourcePath)
        writer.text(document.contentPath)
        writer.text(document.slug)
        writer.text(document.title)
        Self.write(document.date, to: &writer)
        Self.write(document.updated, to: &writer)
        Self.write(document.categories, to: &writer)
        Self.write(document.tags, to: &writer)
        writer.optionalText(document.author)
        writer.optionalText(document.summary)
        writer.byte(document.draft ? 1 : 0)
        writer.count(document.params.count)
        for (key, value) in document.params {
            writer.text(key)
            Self.write(value, to: &writer)
        }
        writer.text(document.body)
        writer.text(document.sourceText)
        writer.signed(Int64(document.bodyFirstLine))
        writer.text(document.slugLocation.file)
        writer.signed(Int64(document.slugLocation.line))
        writer.signed(Int64(document.slugLocation.column))
        if let region = document.regionLocation {
            writer.byte(1)
            writer.text(region.file)
            writer.signed(Int64(region.line))
            writer.signed(Int64(region.column))
        } else {
            writer.byte(0)
        }
        let record = document.record
        for text in [record.indexNumber, record.documentNumber, record.issuer, record.source, document.interprets] {
            writer.optionalText(text)
        }
        Self.write(record.written, to: &writer)
        Self.write(record.statusDate, to: &writer)
        writer.byte(record.status.flatMap { DocumentStatus.allCases.firstIndex(of: $0) }.map { UInt8($0) + 1 } ?? 0)
        Self.write(document.interpretsLocation, to: &writer)
        Self.write(document.publishDate, to: &writer)
        Self.write(document.expiryDate, to: &writer)
        writer.count(document.paramLocations.count)
        for (key, location) in document.paramLocations {
            writer.text(key)
            Self.write(location, to: &writer)
        }
    }

    private static func write(_ location: SourceLocation?, to writer: inout MemoryByteWriter) {
        guard let location else { return writer.byte(0) }
        writer.byte(1)
        writer.text(location.file)
        writer.signed(Int64(location.line))
        writer.signed(Int64(location.column))
    }

    static func read(_ reader: inout MemoryByteReader) -> DocumentMemory? {
        guard let sha256 = reader.digest(), let diagnostics = LoadMemory.readDiagnostics(&reader),
              let privacyFindings = LoadMemory.readOptionalDiagnostics(&reader), let kind = reader.byte(), kind <= 1,
              let sourcePath = reader.text(), let contentPath = reader.text(), let slug = reader.text(),
              let title = reader.text(), let date = readDate(&reader), let updated = readDate(&reader),
              let categories = readTexts(&reader), let tags = readTexts(&reader), let author = reader.optionalText(),
              let summary = reader.optionalText(), let draft = reader.byte(), draft <= 1,
              let paramCount = reader.count() else { return nil }
        var params: [(key: String, value: FrontMatterValue)] = []
        for _ in 0..<paramCount {
            guard let key = reader.text(), let value = readValue(&reader, depth: 0) else { return nil }
            params.append((key, value))
        }
        guard let body = reader.text(limit: 1 << 30), let sourceText = reader.text(limit: 1 << 30),
              let bodyFirstLine = reader.signed(), let slugFile = reader.text(), let slugLine = reader.signed(),
              let slugColumn = reader.signed(), let hasRegion = reader.byte(), hasRegion <= 1 else { return nil }
        var regionLocation: SourceLocation?
        if hasRegion == 1 {
            guard let file = reader.text(), let line = reader.signed(), let column = reader.signed() else { return nil }
            regionLocation = SourceLocation(file: file, line: Int(line), column: Int(column))
        }
        var document = Document(
            kind: kind == 0 ? .article : .notice, sourcePath: sourcePath, contentPath: contentPath, slug: slug, title: title,
            date: date, updated: updated, categories: categories, tags: tags, author: author, summary: summary,
            draft: draft == 1, params: params, body: body, bodyFirstLine: Int(bodyFirstLine),
            slugLocation: SourceLocation(file: slugFile, line: Int(slugLine), column: Int(slugColumn)), sourceText: sourceText)
        document.regionLocation = regionLocation
        var texts: [String?] = []
        for _ in 0..<5 {
            guard let text = reader.optionalText() else { return nil }
            texts.append(text)
        }
        guard let written = readDate(&reader), let statusDate = readDate(&reader), let status = reader.byte(),
              Int(status) <= DocumentStatus.allCases.count, let hasInterprets = reader.byte(), hasInterprets <= 1 else { return nil }
        (document.record.indexNumber, document.record.documentNumber, document.record.issuer, document.record.source) =
            (texts[0], texts[1], texts[2], texts[3])
        document.interprets = texts[4]
        document.record.written = written
        document.record.statusDate = statusDate
        document.record.status = status == 0 ? nil : DocumentStatus.allCases[Int(status) - 1]
        if hasInterprets == 1 {
            guard let file = reader.text(), let line = reader.signed(), let column = reader.signed() else { return nil }
            document.interpretsLocation = SourceLocation(file: file, line: Int(line), column: Int(column))
        }
        guard let publishDate = readDate(&reader), let expiryDate = readDate(&reader) else { return nil }
        document.publishDate = publishDate
        document.expiryDate = expiryDate
        guard let locatedCount = reader.count() else { return nil }
        for _ in 0..<locatedCount {
            guard let key = reader.text(), reader.byte() == 1, let file = reader.text(), let line = reader.signed(),
                  let column = reader.signed() else { return nil }
            document.paramLocations.append((key, SourceLocation(file: file, line: Int(line), column: Int(column))))
        }
        var memory = DocumentMemory(sha256: sha256, document: document, diagnostics: diagnostics)
        memory.privacyFindings = privacyFindings
        return memory
    }

    private static func write(_ date: ContentDate?, to writer: inout MemoryByteWriter) {
        guard let date else { return writer.byte(0) }
        writer.byte(1)
        writer.signed(date.epochSeconds)
        for field in [date.year, date.month, date.day, date.hour, date.minute, date.second, date.utcOffsetSeconds] {
            writer.signed(Int64(field))
        }
    }

    /// `.some(nil)` for no date, nil for a read that failed.
    private static func readDate(_ reader: inout MemoryByteReader) -> ContentDate?? {
        switch reader.byte() {
        case 0: return .some(nil)
        case 1:
            guard let epoch = reader.signed() else { return nil }
            var fields: [Int] = []
            for _ in 0..<7 {
                guard let field = reader.signed(), let value = Int(exactly: field) else { return nil }
                fields.append(value)
            }
            return .some(ContentDate(epochSeconds: epoch, year: fields[0], month: fields[1], day: fields[2], hour: fields[3],
                                     minute: fields[4], second: fields[5], utcOffsetSeconds: fields[6]))
        default: return nil
        }
    }

    private static func write(_ texts: [String], to writer: inout MemoryByteWriter) {
        writer.count(texts.count)
        for text in texts { writer.text(text) }
    }

    private static func readTexts(_ reader: inout MemoryByteReader) -> [String]? {
        guard let count = reader.count() else { return nil }
        var texts: [String] = []
        for _ in 0..<count {
            guard let text = reader.text() else { return nil }
            texts.append(text)
        }
        return texts
    }

    private static func write(_ value: FrontMatterValue, to writer: inout MemoryByteWriter) {
        switch value {
        case .text(let text):
            writer.byte(0)
            writer.text(text)
        case .list(let items):
            writer.byte(1)
            writer.count(items.count)
            for item in items { write(item, to: &writer) }
        case .map(let pairs):
            writer.byte(2)
            writer.count(pairs.count)
            for (key, item) in pairs {
                writer.text(key)
                write(item, to: &writer)
            }
        }
    }

    /// Nesting deeper than the YAML reader allows is refused (a damaged file, not a document).
    private static func readValue(_ reader: inout MemoryByteReader, depth: Int) -> FrontMatterValue? {
        guard depth < 256 else { return nil }
        switch reader.byte() {
        case 0: return reader.text().map(FrontMatterValue.text)
        case 1:
            guard let count = reader.count() else { return nil }
            var items: [FrontMatterValue] = []
            for _ in 0..<count {
                guard let item = readValue(&reader, depth: depth + 1) else { return nil }
                items.append(item)
            }
            return .list(items)
        case 2:
            guard let count = reader.count() else { return nil }
            var pairs: [(key: String, value: FrontMatterValue)] = []
            for _ in 0..<count {
                guard let key = reader.text(), let item = readValue(&reader, depth: depth + 1) else { return nil }
                pairs.append((key, item))
            }
            return .map(pairs)
        default: return nil
        }
    }
}
