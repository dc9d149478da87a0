import Foundation

/// Loads `content/articles/**/*.md` and `content/notices/**/*.md`.
public enum DocumentLoader {
    /// Loads every document of one kind, in path order. Problems of every file go to `log`.
    public static func load(
        kind: DocumentKind, siteFolder: URL, timeZone: TimeZone, log: inout DiagnosticLog
    ) -> [Document] {
        let folder = siteFolder.appendingPathComponent("content").appendingPathComponent(kind.folder)
        var documents: [Document] = []
        for relative in MarkdownFileFinder.find(in: folder) {
            let contentPath = kind.folder + "/" + relative
            let sourcePath = "content/" + contentPath
            do {
                let text = try TextFileReader.read(folder.appendingPathComponent(relative), displayPath: sourcePath)
                let document = try parse(text, kind: kind, sourcePath: sourcePath, contentPath: contentPath, timeZone: timeZone, log: &log)
                documents.append(document)
            } catch {
                log.append(contentsOf: error.diagnostics)
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
        let text = text.contains("\r") ? text.replacingOccurrences(of: "\r\n", with: "\n") : text
        let split = try FrontMatterSplitter.split(text, file: sourcePath)
        let fileName = (contentPath as NSString).lastPathComponent
        let stem = (fileName as NSString).deletingPathExtension
        var document = Document(
            kind: kind, sourcePath: sourcePath, contentPath: contentPath, slug: stem, title: "",
            body: split.body, bodyFirstLine: split.bodyFirstLine, sourceText: text)
        try FrontMatterDecoder.decode(split, into: &document, timeZone: timeZone, log: &log)
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

/// Lists Markdown files below a folder, as sorted relative paths. Hidden files and folders are skipped.
enum MarkdownFileFinder {
    static func find(in folder: URL) -> [String] {
        guard let enumerator = FileManager.default.enumerator(
            at: folder, includingPropertiesForKeys: [.isRegularFileKey], options: [.skipsHiddenFiles])
        else { return [] }
        let base = folder.standardizedFileURL.path
        var paths: [String] = []
        for case let url as URL in enumerator where url.pathExtension.lowercased() == "md" {
            guard (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true else { continue }
            let full = url.standardizedFileURL.path
            guard full.hasPrefix(base + "/") else { continue }
            paths.append(String(full.dropFirst(base.count + 1)))
        }
        return paths.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
    }
}
