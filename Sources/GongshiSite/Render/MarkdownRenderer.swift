import CCmark
import Foundation
import GongshiCore

/// Markdown to HTML through libcmark. Links written by source path are rewritten to page URLs
/// (through the plan's `ContentLinkTable`); raw HTML is let through by cmark and then cleaned by
/// `HTMLSanitizer`, whose findings become warnings pointing at the source line.
enum MarkdownRenderer {
    struct Output {
        var html: String
        var diagnostics: [Diagnostic]
        /// The files of `content/` the document links to or shows (content paths), each once, in
        /// the order of their first link: its attachments.
        var attachments: [String] = []
        /// The pages and files the site makes that it links to as written (output paths), each once.
        var linkedPages: [String] = []
    }

    /// - Parameter imageSize: the size in pixels of an attachment that is an image (by content
    ///   path), for its `<img>`; nil when unknown (the plan's first pass, which only finds links).
    static func render(
        _ document: Document, pageOutputPath: String, links: ContentLinkTable,
        imageSize: (String) -> (width: Int, height: Int)? = { _ in nil }
    ) -> Output {
        var body = document.body
        let locator = SourceTextLocator(document: document)
        var diagnostics: [Diagnostic] = []
        // GFM tables and footnotes, which cmark alone prints as text.
        if MarkdownExtensions.mayApply(body) {
            let extended = MarkdownExtensions(renderFragment: html(of:)).apply(body)
            body = extended.body
            for (line, message) in extended.warnings {
                diagnostics.append(.warning(SourceLocation(file: document.sourcePath, line: document.bodyFirstLine + line - 1), message))
            }
        }
        var attachments = AttachmentOrder()
        var linkedPages = AttachmentOrder()
        // The URLs the Markdown pass wrote (page links, attachments by content path): the
        // sanitizer keeps them as they are; any other local URL is raw HTML, written relative to the source.
        // Keyed percent-decoded, with the URL as written and the attachment's content path.
        var written: [String: (url: String, attachment: String?)] = [:]
        let html: String = body.withCString { pointer -> String in
            guard let root = cmark_parse_document(pointer, strlen(pointer), CMARK_OPT_UNSAFE) else { return "" }
            defer { cmark_node_free(root) }
            rewriteLinks(in: root, document: document, pageOutputPath: pageOutputPath, links: links, locator: locator,
                         diagnostics: &diagnostics, written: &written, attachments: &attachments, linkedPages: &linkedPages)
            guard let rendered = cmark_render_html(root, CMARK_OPT_UNSAFE) else { return "" }
            defer { free(rendered) }
            return String(cString: rendered)
        }
        let sanitized = withoutActuallyEscaping(imageSize) { imageSize in HTMLSanitizer.sanitize(html) { value, element in
            // cmark percent-encodes what the Markdown pass wrote as text (a fragment `#第二页`).
            if let known = written[value.removingPercentEncoding ?? value] {
                // As cmark writes it (non-ASCII percent-encoded), whether cmark or raw HTML wrote it.
                return .replace(Self.asciiURL(known.url), size: element == "img" ? known.attachment.flatMap(imageSize) : nil)
            }
            switch links.resolve(value, documentContentPath: document.contentPath, pageOutputPath: pageOutputPath) {
            case .unchanged: return .keep(size: nil)
            case .published(let path):
                linkedPages.add(path)
                return .keep(size: nil)
            case .rewritten(let url): return .replace(url, size: nil)
            case .attachment(let contentPath, let url):
                attachments.add(contentPath)
                return .replace(url, size: element == "img" ? imageSize(contentPath) : nil)
            case .missing(let target): return .refuse(Messages.missingLinkTarget(target))
            case .draft(let target): return .refuse(Messages.draftLinkTarget(target))
            case .privateSource: return .refuse(Messages.linkToPrivateSource)
            case .refusedType(let type): return .refuse(Messages.attachmentTypeRefused(type))
            }
        } }
        var searchFrom = SourceTextLocator.Cursor()
        for finding in sanitized.findings {
            let location = locator.locate(finding.needle, from: &searchFrom)
            if finding.kind == .refusedLocalURL {
                diagnostics.append(.error(location, finding.message))
            } else {
                diagnostics.append(.warning(location, finding.message))
            }
        }
        return Output(html: sanitized.html, diagnostics: diagnostics, attachments: attachments.paths, linkedPages: linkedPages.paths)
    }

    /// A Markdown fragment as cmark renders it (raw HTML let through: the page is sanitised whole).
    static func html(of markdown: String) -> String {
        markdown.withCString { pointer -> String in
            guard let root = cmark_parse_document(pointer, strlen(pointer), CMARK_OPT_UNSAFE) else { return "" }
            defer { cmark_node_free(root) }
            guard let rendered = cmark_render_html(root, CMARK_OPT_UNSAFE) else { return "" }
            defer { free(rendered) }
            return String(cString: rendered)
        }
    }

    /// `url` with every byte outside printable ASCII, and the space, percent-encoded (as cmark's
    /// HTML writer does), the rest as it is.
    static func asciiURL(_ url: String) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(url.utf8.count)
        let hex = Array("0123456789ABCDEF".utf8)
        for byte in url.utf8 {
            if byte > 0x20, byte < 0x7F {
                bytes.append(byte)
            } else {
                bytes += [UInt8(ascii: "%"), hex[Int(byte >> 4)], hex[Int(byte & 0x0F)]]
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Content paths in the order first added, each once.
    struct AttachmentOrder {
        private(set) var paths: [String] = []
        private var seen: Set<String> = []
        mutating func add(_ path: String) {
            if seen.insert(path).inserted { paths.append(path) }
        }
    }

    /// Whether a body can link to anything: a Markdown link or image (`](`, `]:`) or raw HTML
    /// (`<`). A body without any of them is not parsed by the plan's pass that finds attachments.
    static func mayLink(_ body: String) -> Bool {
        var previous: UInt8 = 0
        for byte in body.utf8 {
            if byte == UInt8(ascii: "<") { return true }
            if previous == UInt8(ascii: "]"), byte == UInt8(ascii: "(") || byte == UInt8(ascii: ":") { return true }
            previous = byte
        }
        return false
    }

    private static func rewriteLinks(
        in root: OpaquePointer, document: Document, pageOutputPath: String, links: ContentLinkTable,
        locator: SourceTextLocator, diagnostics: inout [Diagnostic], written: inout [String: (url: String, attachment: String?)],
        attachments: inout AttachmentOrder, linkedPages: inout AttachmentOrder
    ) {
        guard let iterator = cmark_iter_new(root) else { return }
        defer { cmark_iter_free(iterator) }
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator) else { continue }
            let type = cmark_node_get_type(node)
            guard type == CMARK_NODE_LINK || type == CMARK_NODE_IMAGE, let urlPointer = cmark_node_get_url(node) else {
                continue
            }
            let destination = String(cString: urlPointer)
            func refuse(_ message: Message) {
                diagnostics.append(.error(locator.locate(destination, nearBodyLine: blockLine(of: node)), message))
                cmark_node_set_url(node, "")  // judged here: the sanitizer drops it without a second message
            }
            switch links.resolve(destination, documentContentPath: document.contentPath, pageOutputPath: pageOutputPath) {
            case .unchanged:
                break
            case .published(let path):
                linkedPages.add(path)
            case .rewritten(let url):
                cmark_node_set_url(node, url)
                written[url.removingPercentEncoding ?? url] = (url, nil)
            case .attachment(let contentPath, let url):
                cmark_node_set_url(node, url)
                written[url.removingPercentEncoding ?? url] = (url, contentPath)
                attachments.add(contentPath)
            case .missing(let target):
                refuse(Messages.missingLinkTarget(target))
            case .draft(let target):
                refuse(Messages.draftLinkTarget(target))
            case .privateSource:
                refuse(Messages.linkToPrivateSource)
            case .refusedType(let type):
                refuse(Messages.attachmentTypeRefused(type))
            }
        }
    }

    /// The body line (1-based) of the nearest enclosing node that knows its position.
    private static func blockLine(of node: OpaquePointer) -> Int {
        var current: OpaquePointer? = node
        while let candidate = current {
            let line = Int(cmark_node_get_start_line(candidate))
            if line > 0 { return line }
            current = cmark_node_parent(candidate)
        }
        return 1
    }
}

/// Finds where a piece of text stands in a document's source file, for messages about its body.
struct SourceTextLocator {
    struct Cursor {
        var line = 0
        var column = 0
    }

    let file: String
    let firstLine: Int
    let lines: [String]

    init(document: Document) {
        file = document.sourcePath
        firstLine = document.bodyFirstLine
        lines = document.body.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    /// The first occurrence of `needle` at or after body line `nearBodyLine`; the line itself when not found.
    func locate(_ needle: String, nearBodyLine: Int) -> SourceLocation {
        var cursor = Cursor(line: max(0, nearBodyLine - 1), column: 0)
        let found = locate(needle, from: &cursor)
        if found.line > 0 { return found }
        return SourceLocation(file: file, line: firstLine + max(0, nearBodyLine - 1))
    }

    /// The next occurrence of `needle` (case-insensitive) after `cursor`, which moves past it.
    /// Falls back to the file without a line when the text is not in the body.
    func locate(_ needle: String, from cursor: inout Cursor) -> SourceLocation {
        guard !needle.isEmpty else { return SourceLocation(file: file) }
        var lineIndex = cursor.line
        var startColumn = cursor.column
        while lineIndex < lines.count {
            let line = lines[lineIndex]
            let searchStart = line.index(line.startIndex, offsetBy: startColumn, limitedBy: line.endIndex) ?? line.endIndex
            if let range = line.range(of: needle, options: [.caseInsensitive], range: searchStart..<line.endIndex) {
                let column = line.distance(from: line.startIndex, to: range.lowerBound)
                cursor = Cursor(line: lineIndex, column: column + 1)
                return SourceLocation(file: file, line: firstLine + lineIndex, column: column + 1)
            }
            lineIndex += 1
            startColumn = 0
        }
        return SourceLocation(file: file)
    }
}
