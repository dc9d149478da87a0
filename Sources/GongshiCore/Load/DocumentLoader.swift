import Dispatch
import Foundation

/// Loads `content/articles/**/*.md` and `content/notices/**/*.md`.
public enum DocumentLoader {
    /// Loads every document of one kind, in path order. Problems of every file go to `log`.
    package static func load(
        kind: DocumentKind, files: SiteFiles, timeZone: TimeZone, log: inout DiagnosticLog
    ) -> [Document] {
        var memory: LoadMemory?
        return load(kind: kind, files: files, timeZone: timeZone, reuse: nil, remember: &memory, log: &log)
    }

    /// `load` that takes each document whose SHA-256 is unchanged from `reuse`, and records what
    /// it loaded in `remember` (when not nil). Documents and messages are those of a plain load.
    package static func load(
        kind: DocumentKind, files: SiteFiles, timeZone: TimeZone, reuse: LoadReuse?, remember: inout LoadMemory?,
        log: inout DiagnosticLog
    ) -> [Document] {
        var documents: [Document] = []
        let found: [String]
        do {
            found = try files.files(under: "content/" + kind.folder, matching: { $0.lowercased().hasSuffix(".md") }, log: &log) ?? []
        } catch {
            log.append(contentsOf: error.diagnostics)
            return []
        }
        // Files are independent: read and parse them on every core, then merge in path order, so
        // documents and messages come out as they would one by one.
        let slots = IndexedResults<(Document?, [Diagnostic], DocumentMemory?, Bool)>(count: found.count)
        let recording = remember != nil
        DispatchQueue.concurrentPerform(iterations: found.count) { index in
            let contentPath = kind.folder + "/" + found[index]
            let sourcePath = "content/" + contentPath
            let sha256 = recording ? reuse?.digests[sourcePath] : nil
            if let sha256, let kept = reuse?.memory.documents[sourcePath], kept.sha256 == sha256 {
                slots.set(index, (kept.document, kept.diagnostics, kept, true))
                return
            }
            var fileLog = DiagnosticLog()
            do throws(ContentErrors) {
                let data = try files.forDocuments.read(sourcePath)
                let text = try TextFileReader.decode(data, displayPath: sourcePath)
                let document = try parse(text, kind: kind, sourcePath: sourcePath, contentPath: contentPath, timeZone: timeZone, log: &fileLog)
                // Kept only under the digest of the bytes parsed (not a file saved since the digest).
                let kept = sha256.flatMap { sha256 in
                    SHA256.hexDigest(data) == sha256 ? DocumentMemory(sha256: sha256, document: document, diagnostics: fileLog.all) : nil
                }
                slots.set(index, (document, fileLog.all, kept, false))
            } catch {
                // Not kept: a file that could not be read or parsed is read again next time.
                fileLog.append(contentsOf: error.diagnostics)
                slots.set(index, (nil, fileLog.all, nil, false))
            }
        }
        for (document, diagnostics, kept, reused) in slots.values() {
            log.append(contentsOf: diagnostics)
            if let document { documents.append(document) }
            if let kept {
                if reused { remember?.reusedFiles += 1 }
                remember?.documents[kept.document.sourcePath] = kept
            }
        }
        return documents
    }

    /// Parses one document's text. Recoverable problems go to `log`; a file that cannot be read at all throws.
    public static func parse(
        _ text: String, kind: DocumentKind, sourcePath: String, contentPath: String, timeZone: TimeZone,
        log: inout DiagnosticLog
    ) throws(ContentErrors) -> Document {
        // "\r\n" is one Character in Swift: normalise line ends once, line numbers stay the same.
        // (The byte test first: Foundation's `contains` is slow, and without a CR byte it is false.)
        let text = text.utf8.contains(0x0D) && text.contains("\r") ? text.replacingOccurrences(of: "\r\n", with: "\n") : text
        let split = try FrontMatterSplitter.split(text, file: sourcePath)
        let fileName = (contentPath as NSString).lastPathComponent
        let stem = (fileName as NSString).deletingPathExtension
        var document = Document(
            kind: kind, sourcePath: sourcePath, contentPath: contentPath, slug: stem, title: "",
            body: split.body, bodyFirstLine: split.bodyFirstLine, sourceText: text)
        try FrontMatterDecoder.decode(split, into: &document, timeZone: timeZone, log: &log)
        for tag in ShortcodeScanner.scan(split.body) {
            log.error(SourceLocation(file: sourcePath, line: split.bodyFirstLine + tag.line - 1, column: tag.column),
                      Messages.shortcode(tag.name, hugo: tag.hugo, replacement: ShortcodeScanner.replacement(for: tag.name)))
        }
        if document.title.isEmpty {
            if let heading = firstHeading(in: split.body) {
                document.title = heading
            } else {
                document.title = stem
                log.warning(SourceLocation(file: sourcePath, line: 1), Messages.missingTitle)
            }
        }
        return document
    }

    /// The text of the first ATX heading (`# 标题`), outside fenced code.
    static func firstHeading(in body: String) -> String? {
        var inFence = false
        for rawLine in body.split(separator: "\n", omittingEmptySubsequences: false) {
            let line = rawLine.trimmingCharacters(in: .whitespaces)
            if line.hasPrefix("```") || line.hasPrefix("~~~") {
                inFence.toggle()
                continue
            }
            guard !inFence, line.hasPrefix("#") else { continue }
            let hashes = line.prefix { $0 == "#" }.count
            guard hashes <= 6 else { continue }
            let rest = line.dropFirst(hashes)
            guard rest.isEmpty || rest.first == " " || rest.first == "\t" else { continue }
            var title = rest.trimmingCharacters(in: .whitespaces)
            // A closing sequence of #s is not part of the heading when a space precedes it (CommonMark).
            let closing = title.reversed().prefix { $0 == "#" }.count
            if closing > 0 {
                let before = title.dropLast(closing)
                if before.isEmpty || before.hasSuffix(" ") || before.hasSuffix("\t") { title = String(before) }
            }
            title = title.trimmingCharacters(in: .whitespaces)
            if !title.isEmpty { return title }
        }
        return nil
    }
}
