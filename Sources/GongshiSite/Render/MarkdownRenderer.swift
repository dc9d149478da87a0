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
    }

    static func render(_ document: Document, pageOutputPath: String, links: ContentLinkTable) -> Output {
        let body = document.body
        let locator = SourceTextLocator(document: document)
        var diagnostics: [Diagnostic] = []
        let html: String = body.withCString { pointer -> String in
            guard let root = cmark_parse_document(pointer, strlen(pointer), CMARK_OPT_UNSAFE) else { return "" }
            defer { cmark_node_free(root) }
            rewriteLinks(in: root, document: document, pageOutputPath: pageOutputPath, links: links,
                         locator: locator, diagnostics: &diagnostics)
            guard let rendered = cmark_render_html(root, CMARK_OPT_UNSAFE) else { return "" }
            defer { free(rendered) }
            return String(cString: rendered)
        }
        let sanitized = HTMLSanitizer.sanitize(html)
        var searchFrom = SourceTextLocator.Cursor()
        for finding in sanitized.findings {
            let location = locator.locate(finding.needle, from: &searchFrom)
            diagnostics.append(.warning(location, finding.message))
        }
        return Output(html: sanitized.html, diagnostics: diagnostics)
    }

    private static func rewriteLinks(
        in root: OpaquePointer, document: Document, pageOutputPath: String, links: ContentLinkTable,
        locator: SourceTextLocator, diagnostics: inout [Diagnostic]
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
            switch links.resolve(destination, documentContentPath: document.contentPath, pageOutputPath: pageOutputPath) {
            case .unchanged:
                break
            case .rewritten(let url):
                cmark_node_set_url(node, url)
            case .missing(let target):
                diagnostics.append(.error(locator.locate(destination, nearBodyLine: blockLine(of: node)), Messages.missingLinkTarget(target)))
            case .draft(let target):
                diagnostics.append(.error(locator.locate(destination, nearBodyLine: blockLine(of: node)), Messages.draftLinkTarget(target)))
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
