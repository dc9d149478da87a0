import GongshiCore
// HTMLSanitizer.swift
//
// Allow-list sanitizer for the HTML that libcmark produces with CMARK_OPT_UNSAFE:
// cmark's own tags plus whatever raw HTML authors pasted into their Markdown.
//
// The whole rendered HTML string goes through `HTMLSanitizer.sanitize(_:)`.
// It is a small single-pass tokenizer over UTF-8 bytes (never indexes past the
// end, no force unwraps on input data) followed by a tree-balancing emitter:
//
// - only allow-listed elements and attributes survive; everything else is dropped
//   (text kept), or dropped together with its content (script, style, iframe, ...);
// - href/src are checked after entity decoding and control-character removal;
//   only relative URLs and http(s) survive;
// - images from other hosts become plain links (the site loads nothing external);
// - the output is balanced: every element that is opened is closed, void
//   elements are written cmark-style (`<br />`), and a few HTML parsing rules
//   (block start closes an open `<p>`, `<li>` closes an open `<li>`, table
//   cells get a row) keep the result valid for the W3C Nu checker.
//
// Everything outside the markup (text, including entities and Chinese text)
// is copied byte for byte; only a `<` that cannot start markup becomes `&lt;`.

/// One thing the sanitizer removed or rewrote, for a build warning.
public struct SanitizerFinding: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        case removedElement, removedAttribute, unsafeURL, externalImage
        /// A local `href` or `src` the caller's `LocalURLs` refused (a missing file): an error.
        case refusedLocalURL
    }

    public let kind: Kind
    /// Raw text as it appears in the input, used by the caller to find the source line:
    /// for an element `"<" + lowercased tag name` (e.g. "<script"; search case-insensitively),
    /// for an attribute its name as written (e.g. "onclick", "style"),
    /// for a URL the attribute value as written (e.g. "javascript:alert(1)"),
    /// for an external image the src value as written.
    public let needle: String
    /// Short Chinese description for a warning.
    public let message: Message

    public init(kind: Kind, needle: String, message: Message) {
        self.kind = kind
        self.needle = needle
        self.message = message
    }
}

/// Sanitized HTML plus everything that was removed or rewritten, in input order.
public struct SanitizedHTML: Sendable, Equatable {
    public let html: String
    public let findings: [SanitizerFinding]

    public init(html: String, findings: [SanitizerFinding]) {
        self.html = html
        self.findings = findings
    }
}

/// What becomes of a local `href` or `src` (relative, same site), decided by the caller.
enum SanitizerLocalURL {
    /// Kept as written; an image's size in pixels when known (written as `width`, `height`).
    case keep(size: (width: Int, height: Int)?)
    /// Written as `url` instead.
    case replace(String, size: (width: Int, height: Int)?)
    /// Removed, with an error.
    case refuse(Message)
}

/// Decides each local URL by its entity-decoded value and element (`a` or `img`).
typealias SanitizerLocalURLs = (_ value: String, _ element: String) -> SanitizerLocalURL

public enum HTMLSanitizer {
    /// Sanitizes a complete HTML fragment (the output of cmark for one page).
    /// Deterministic, linear in the input size, never fails.
    public static func sanitize(_ html: String) -> SanitizedHTML {
        sanitize(html, localURLs: nil)
    }

    /// `sanitize` with the caller deciding every local `href` and `src` (attachments, images' sizes).
    static func sanitize(_ html: String, localURLs: SanitizerLocalURLs?) -> SanitizedHTML {
        var engine = SanitizerEngine(Array(html.utf8))
        engine.localURLs = localURLs
        engine.run()
        return SanitizedHTML(html: String(decoding: engine.output, as: UTF8.self), findings: engine.findings)
    }
}

// MARK: - Rules

private enum SanitizerRules {
    static let allowedElements: Set<String> = [
        "p", "div", "span", "br", "hr", "h1", "h2", "h3", "h4", "h5", "h6",
        "strong", "b", "em", "i", "u", "sup", "sub", "blockquote", "pre", "code",
        "ul", "ol", "li", "table", "thead", "tbody", "tr", "th", "td", "caption",
        "figure", "figcaption", "img", "a",
    ]

    /// Elements removed together with everything up to their matching end tag.
    static let dropWithContent: Set<String> = [
        "script", "style", "iframe", "object", "embed", "noscript", "template", "textarea",
        "select", "option", "svg", "math", "title", "head", "frame", "frameset", "applet",
        "noembed", "noframes", "xmp", "plaintext",
    ]

    /// Subset of `dropWithContent` whose content is raw text: no markup is parsed
    /// inside, the content ends at the first `</name`.
    static let rawText: Set<String> = [
        "script", "style", "iframe", "noscript", "textarea", "title", "xmp", "noembed", "noframes",
    ]

    /// Subset of `dropWithContent` that has no content at all (void elements):
    /// only the tag itself is removed.
    static let voidDropped: Set<String> = ["embed", "frame"]

    /// Foreign (SVG/MathML) roots, for which `<svg/>` really is self-closing.
    static let foreignRoots: Set<String> = ["svg", "math"]

    /// Attributes removed without a finding (presentational noise from pasted HTML).
    static let quietAttributes: Set<String> = [
        "class", "id", "width", "height", "align", "lang", "dir", "border", "cellpadding",
        "cellspacing", "valign", "bgcolor", "target", "rel",
    ]

    /// Block-level start tags that implicitly close an open `<p>` (and any other
    /// phrasing-only element such as `<span>`/`<h1>` that cannot contain them).
    static let blockElements: Set<String> = [
        "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "blockquote",
        "pre", "table", "figure", "figcaption", "hr",
    ]

    /// Open elements whose content model is phrasing only; a block start tag
    /// closes them.
    static let phrasingOnly: Set<String> = [
        "p", "h1", "h2", "h3", "h4", "h5", "h6", "pre", "span", "strong", "b", "em",
        "i", "u", "sup", "sub", "code",
    ]

    /// Open elements that stop the search for an `<li>` sibling to close.
    static let listItemScopeStop: Set<String> = [
        "ul", "ol", "table", "thead", "tbody", "tr", "td", "th", "caption",
        "blockquote", "figure", "figcaption",
    ]

    /// How often a start/end tag may run into the end of input unterminated and be
    /// re-read as text before the rest of the input is treated as text: keeps the
    /// sanitizer linear on adversarial input.
    static let maxUnterminatedRetries = 16

    static let maxDisplayedURLLength = 80

    /// Classes kept on an element: the alignment of table cells and the footnotes' parts
    /// (`MarkdownExtensions`), which the theme styles.
    static let keptClasses: [String: Set<String>] = [
        "th": ["align-left", "align-center", "align-right"],
        "td": ["align-left", "align-center", "align-right"],
        "sup": ["footnote-ref"],
        "a": ["footnote-back"],
        "div": ["footnotes"],
        "ol": ["footnotes"],
    ]

    static let scopes: Set<String> = ["row", "col", "rowgroup", "colgroup"]
}

// MARK: - Engine

private struct SanitizerAttribute {
    var rawName: ArraySlice<UInt8>
    var name: String
    var rawValue: ArraySlice<UInt8>
}

private struct SanitizerTagBody {
    var attributes: [SanitizerAttribute]
    var selfClosing: Bool
    /// Index just past the closing `>`.
    var end: Int
}

private enum SanitizerURLVerdict {
    case local
    case external
    case unsafe(scheme: String)
}

private struct SanitizerEngine {
    private let b: [UInt8]
    private let n: Int
    private(set) var output: [UInt8] = []
    private(set) var findings: [SanitizerFinding] = []
    /// Open allowed elements, outermost first.
    private var stack: [String] = []
    private var openCount: [String: Int] = [:]
    private var unterminatedRetries = 0
    var localURLs: SanitizerLocalURLs?

    init(_ bytes: [UInt8]) {
        b = bytes
        n = bytes.count
        output.reserveCapacity(bytes.count + bytes.count / 16 + 16)
    }

    mutating func run() {
        var i = 0
        while i < n {
            if b[i] != SanitizerByte.lt {
                var j = i + 1
                while j < n && b[j] != SanitizerByte.lt { j += 1 }
                output.append(contentsOf: b[i..<j])
                i = j
            } else {
                i = markup(at: i)
            }
        }
        closeTo(0)
    }

    // MARK: Tokenizer

    /// Handles the `<` at `i`; returns the index to continue from.
    private mutating func markup(at i: Int) -> Int {
        guard i + 1 < n else {
            append("&lt;")
            return i + 1
        }
        let d = b[i + 1]
        if SanitizerByte.isAlpha(d) {
            return startTag(at: i)
        }
        if d == SanitizerByte.slash {
            if i + 2 < n && SanitizerByte.isAlpha(b[i + 2]) {
                return endTag(at: i)
            }
            if i + 2 < n && b[i + 2] == SanitizerByte.gt {
                return i + 3  // `</>` is ignored, as browsers do
            }
            append("&lt;/")
            return i + 2
        }
        if d == SanitizerByte.bang {
            return skipDeclaration(at: i)
        }
        if d == SanitizerByte.question {
            return indexAfter(SanitizerByte.gt, from: i + 2)
        }
        append("&lt;")
        return i + 1
    }

    /// End of a tag name starting at `p`.
    private func nameEnd(from p: Int) -> Int {
        var j = p
        while j < n {
            let c = b[j]
            if SanitizerByte.isSpace(c) || c == SanitizerByte.slash || c == SanitizerByte.gt { break }
            j += 1
        }
        return j
    }

    /// Parses attributes up to and including the closing `>`; nil when the input
    /// ends first (unterminated tag or unterminated quoted value).
    private func tagBody(from p: Int) -> SanitizerTagBody? {
        var attributes: [SanitizerAttribute] = []
        var i = p
        while true {
            while i < n && SanitizerByte.isSpace(b[i]) { i += 1 }
            guard i < n else { return nil }
            let c = b[i]
            if c == SanitizerByte.gt {
                return SanitizerTagBody(attributes: attributes, selfClosing: false, end: i + 1)
            }
            if c == SanitizerByte.slash {
                i += 1
                if i < n && b[i] == SanitizerByte.gt {
                    return SanitizerTagBody(attributes: attributes, selfClosing: true, end: i + 1)
                }
                continue
            }
            let nameStart = i
            i += 1  // the first character may be anything, even `=`
            while i < n {
                let x = b[i]
                if SanitizerByte.isSpace(x) || x == SanitizerByte.slash || x == SanitizerByte.gt || x == SanitizerByte.equals { break }
                i += 1
            }
            let rawName = b[nameStart..<i]
            var rawValue: ArraySlice<UInt8> = []
            while i < n && SanitizerByte.isSpace(b[i]) { i += 1 }
            if i < n && b[i] == SanitizerByte.equals {
                i += 1
                while i < n && SanitizerByte.isSpace(b[i]) { i += 1 }
                guard i < n else { return nil }
                let q = b[i]
                if q == SanitizerByte.quote || q == SanitizerByte.apostrophe {
                    var j = i + 1
                    while j < n && b[j] != q { j += 1 }
                    guard j < n else { return nil }
                    rawValue = b[(i + 1)..<j]
                    i = j + 1
                } else if q != SanitizerByte.gt {
                    let start = i
                    while i < n && !SanitizerByte.isSpace(b[i]) && b[i] != SanitizerByte.gt { i += 1 }
                    rawValue = b[start..<i]
                }
            }
            attributes.append(SanitizerAttribute(rawName: rawName, name: SanitizerByte.lowercased(rawName), rawValue: rawValue))
        }
    }

    /// A start/end tag ran into the end of input: re-read its `<` as text (a few
    /// times), or give up on markup and copy the rest as escaped text.
    private mutating func unterminatedTag(at i: Int) -> Int {
        unterminatedRetries += 1
        if unterminatedRetries <= SanitizerRules.maxUnterminatedRetries {
            append("&lt;")
            return i + 1
        }
        for c in b[i..<n] {
            if c == SanitizerByte.lt { append("&lt;") } else { output.append(c) }
        }
        return n
    }

    private mutating func startTag(at i: Int) -> Int {
        let end = nameEnd(from: i + 1)
        let name = SanitizerByte.lowercased(b[(i + 1)..<end])
        guard let tag = tagBody(from: end) else {
            return unterminatedTag(at: i)
        }
        if SanitizerRules.dropWithContent.contains(name) {
            if SanitizerRules.voidDropped.contains(name)
                || (SanitizerRules.foreignRoots.contains(name) && tag.selfClosing) {
                reportElement(name, withContent: false)
                return tag.end
            }
            reportElement(name, withContent: true)
            if name == "plaintext" { return n }
            if SanitizerRules.rawText.contains(name) {
                return skipRawText(name, from: tag.end)
            }
            return skipNested(name, from: tag.end)
        }
        guard SanitizerRules.allowedElements.contains(name) else {
            reportElement(name, withContent: false)
            return tag.end
        }
        allowedStartTag(name, tag)
        return tag.end
    }

    private mutating func endTag(at i: Int) -> Int {
        let end = nameEnd(from: i + 2)
        let name = SanitizerByte.lowercased(b[(i + 2)..<end])
        guard let tag = tagBody(from: end) else {
            return unterminatedTag(at: i)
        }
        if openCount[name, default: 0] > 0, let k = stack.lastIndex(of: name) {
            closeTo(k)
        }
        // Otherwise a stray end tag (or one of a removed element): dropped silently.
        return tag.end
    }

    /// `<!-- -->`, `<!DOCTYPE>`, `<![CDATA[ ]]>` and other `<!...>`: removed silently.
    private func skipDeclaration(at i: Int) -> Int {
        let p = i + 2
        if p + 1 < n && b[p] == SanitizerByte.dash && b[p + 1] == SanitizerByte.dash {
            let body = p + 2
            if body < n && b[body] == SanitizerByte.gt { return body + 1 }  // `<!-->`
            if body + 1 < n && b[body] == SanitizerByte.dash && b[body + 1] == SanitizerByte.gt { return body + 2 }  // `<!--->`
            var j = body
            while j + 2 < n {
                if b[j] == SanitizerByte.dash && b[j + 1] == SanitizerByte.dash {
                    if b[j + 2] == SanitizerByte.gt { return j + 3 }
                    if b[j + 2] == SanitizerByte.bang && j + 3 < n && b[j + 3] == SanitizerByte.gt { return j + 4 }
                }
                j += 1
            }
            return n
        }
        if startsWith(Array("[CDATA[".utf8), at: p, caseInsensitive: false) {
            var j = p + 7
            while j + 2 < n {
                if b[j] == SanitizerByte.rbracket && b[j + 1] == SanitizerByte.rbracket && b[j + 2] == SanitizerByte.gt { return j + 3 }
                j += 1
            }
            return n
        }
        return indexAfter(SanitizerByte.gt, from: p)
    }

    /// Skips raw-text content up to and including `</name ...>`.
    private func skipRawText(_ name: String, from p: Int) -> Int {
        let nameBytes = Array(name.utf8)
        var j = p
        while j + 1 < n {
            if b[j] == SanitizerByte.lt && b[j + 1] == SanitizerByte.slash && startsWith(nameBytes, at: j + 2, caseInsensitive: true) {
                let after = j + 2 + nameBytes.count
                guard after < n else { return n }
                let c = b[after]
                if SanitizerByte.isSpace(c) || c == SanitizerByte.slash || c == SanitizerByte.gt {
                    return tagBody(from: after)?.end ?? n
                }
            }
            j += 1
        }
        return n
    }

    /// Skips parsed content up to and including the matching `</name>`,
    /// counting nested elements of the same name.
    private func skipNested(_ name: String, from p: Int) -> Int {
        let foreign = SanitizerRules.foreignRoots.contains(name)
        var depth = 1
        var j = p
        while j < n {
            guard b[j] == SanitizerByte.lt, j + 1 < n else {
                j += 1
                continue
            }
            let d = b[j + 1]
            if SanitizerByte.isAlpha(d) {
                let end = nameEnd(from: j + 1)
                guard let tag = tagBody(from: end) else { return n }
                if SanitizerByte.lowercased(b[(j + 1)..<end]) == name && !(foreign && tag.selfClosing) {
                    depth += 1
                }
                j = tag.end
            } else if d == SanitizerByte.slash && j + 2 < n && SanitizerByte.isAlpha(b[j + 2]) {
                let end = nameEnd(from: j + 2)
                guard let tag = tagBody(from: end) else { return n }
                if SanitizerByte.lowercased(b[(j + 2)..<end]) == name {
                    depth -= 1
                    if depth == 0 { return tag.end }
                }
                j = tag.end
            } else if d == SanitizerByte.bang {
                j = skipDeclaration(at: j)
            } else {
                j += 1
            }
        }
        return n
    }

    private func indexAfter(_ byte: UInt8, from p: Int) -> Int {
        var j = p
        while j < n {
            if b[j] == byte { return j + 1 }
            j += 1
        }
        return n
    }

    private func startsWith(_ pattern: [UInt8], at p: Int, caseInsensitive: Bool) -> Bool {
        guard p >= 0, p + pattern.count <= n else { return false }
        for (k, c) in pattern.enumerated() {
            let x = b[p + k]
            if caseInsensitive ? SanitizerByte.lower(x) != c : x != c { return false }
        }
        return true
    }

    // MARK: Allowed elements

    private mutating func allowedStartTag(_ name: String, _ tag: SanitizerTagBody) {
        var kept: [(name: String, value: [UInt8], isURL: Bool)] = []
        var seen: Set<String> = []
        var hasLocalSrc = false
        var externalSrc: [UInt8]?
        var alt: [UInt8]?
        var imageSize: (width: Int, height: Int)?

        for attribute in tag.attributes {
            let attrName = attribute.name
            guard seen.insert(attrName).inserted else { continue }  // duplicates: first wins
            let value = SanitizerEntities.decode(attribute.rawValue)
            switch attrName {
            case "title":
                kept.append((attrName, value, false))
            case "href" where name == "a", "src" where name == "img":
                switch Self.classifyURL(value) {
                case .unsafe(let scheme):
                    let shown = Self.truncated(scheme, to: 24)
                    findings.append(SanitizerFinding(
                        kind: .unsafeURL,
                        needle: SanitizerByte.string(attribute.rawValue),
                        message: Messages.unsafeLinkRemoved(scheme: shown, element: name, attribute: attrName)))
                case .external where name == "img":
                    // Reported here so that findings follow the source order of attributes.
                    externalSrc = value
                    let shown = Self.truncated(SanitizerByte.string(Self.cleanURL(value)), to: SanitizerRules.maxDisplayedURLLength)
                    findings.append(SanitizerFinding(
                        kind: .externalImage,
                        needle: SanitizerByte.string(attribute.rawValue),
                        message: Messages.externalImageLinked(shown)))
                case .external, .local:
                    var value = value
                    if name == "img", Self.cleanURL(value).isEmpty { continue }  // `src=""` is invalid: treat as missing
                    if let localURLs, case .local = Self.classifyURL(value), !Self.cleanURL(value).isEmpty {
                        switch localURLs(SanitizerByte.string(Self.cleanURL(value)), name) {
                        case .keep(let size):
                            imageSize = size
                        case .replace(let url, let size):
                            value = Array(url.utf8)
                            imageSize = size
                        case .refuse(let message):
                            findings.append(SanitizerFinding(
                                kind: .refusedLocalURL, needle: SanitizerByte.string(attribute.rawValue), message: message))
                            continue
                        }
                    }
                    if name == "img" { hasLocalSrc = true }
                    kept.append((attrName, value, true))
                }
            case "alt" where name == "img":
                kept.append((attrName, value, false))
                alt = value
            case "colspan" where name == "td" || name == "th",
                 "rowspan" where name == "td" || name == "th":
                if Self.isDigits(value, maxLength: 3) && !(attrName == "colspan" && value.allSatisfy { $0 == SanitizerByte.zero }) {
                    kept.append((attrName, value, false))
                } else {
                    reportInvalidAttribute(attribute, on: name)
                }
            case "start" where name == "ol":
                if Self.isDigits(value, maxLength: 9) {
                    kept.append((attrName, value, false))
                } else {
                    reportInvalidAttribute(attribute, on: name)
                }
            case "class":
                if name == "code" && Self.isLanguageClass(value)
                    || SanitizerRules.keptClasses[name]?.contains(SanitizerByte.string(value)) == true {
                    kept.append((attrName, value, false))
                }
            case "scope" where name == "th":
                if SanitizerRules.scopes.contains(SanitizerByte.string(value).lowercased()) {
                    kept.append((attrName, Array(SanitizerByte.string(value).lowercased().utf8), false))
                } else {
                    reportInvalidAttribute(attribute, on: name)
                }
            case "headers" where name == "td" || name == "th", "id" where name == "th":
                // Author tables' own ids, kept apart from the page's (`t-`), headers alike.
                let tokens = SanitizerByte.string(value).split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" })
                if !tokens.isEmpty, tokens.allSatisfy({ Self.isIdentifier(Array($0.utf8)) }), attrName == "headers" || tokens.count == 1 {
                    kept.append((attrName, Array(tokens.map { "t-" + $0 }.joined(separator: " ").utf8), false))
                } else {
                    reportInvalidAttribute(attribute, on: name)
                }
            case "id" where name == "li" || name == "a":
                // The footnotes' anchors (`MarkdownExtensions`); any other id is dropped quietly.
                if Self.isFootnoteID(value) { kept.append((attrName, value, false)) }
            default:
                if !SanitizerRules.quietAttributes.contains(attrName) {
                    findings.append(SanitizerFinding(
                        kind: .removedAttribute,
                        needle: SanitizerByte.string(attribute.rawName),
                        message: Messages.attributeRemoved(SanitizerByte.string(attribute.rawName), element: name)))
                }
            }
        }

        switch name {
        case "img":
            if let externalSrc {
                emitExternalImage(src: externalSrc, alt: alt ?? [])
            } else if hasLocalSrc {
                if alt == nil { kept.append(("alt", [], false)) }
                if let imageSize {
                    kept.append(("width", Array(String(imageSize.width).utf8), false))
                    kept.append(("height", Array(String(imageSize.height).utf8), false))
                    kept.append(("loading", Array("lazy".utf8), false))
                }
                emitTag(name, kept, void: true)
            } else if let alt {
                appendEscaped(alt, url: false)  // no usable src: keep the description as text
            }
        case "br":
            emitTag(name, kept, void: true)
        case "hr":
            closePhrasingForBlock()
            emitTag(name, kept, void: true)
        case "a":
            if openCount["a", default: 0] > 0, let k = stack.lastIndex(of: "a") {
                closeTo(k)  // links do not nest
            }
            open(name, kept)
        case "li":
            var k = stack.count - 1
            while k >= 0 {
                let e = stack[k]
                if e == "li" {
                    closeTo(k)
                    break
                }
                if SanitizerRules.listItemScopeStop.contains(e) { break }
                k -= 1
            }
            closePhrasingForBlock()
            guard let top = stack.last, top == "ul" || top == "ol" else { return }  // stray <li>: tag ignored
            open(name, kept)
        case "td", "th":
            guard let k = nearestOpen(["tr", "table", "thead", "tbody"]) else { return }
            closeTo(k + 1)
            if stack[k] != "tr" { open("tr", []) }
            open(name, kept)
        case "tr":
            guard let k = nearestOpen(["table", "thead", "tbody"]) else { return }
            closeTo(k + 1)
            open(name, kept)
        case "thead", "tbody", "caption":
            guard let k = nearestOpen(["table"]) else { return }
            closeTo(k + 1)
            open(name, kept)
        default:
            if SanitizerRules.blockElements.contains(name) { closePhrasingForBlock() }
            open(name, kept)
        }
    }

    private mutating func emitExternalImage(src: [UInt8], alt: [UInt8]) {
        let hasAlt = alt.contains { !SanitizerByte.isSpace($0) }
        let insideLink = openCount["a", default: 0] > 0
        if !insideLink {
            append("<a href=\"")
            appendEscaped(src, url: true)
            append("\">")
        }
        append("图片：")
        if hasAlt { appendEscaped(alt, url: false) } else { append("外部链接") }
        if !insideLink { append("</a>") }
    }

    private mutating func reportElement(_ name: String, withContent: Bool) {
        findings.append(SanitizerFinding(
            kind: .removedElement,
            needle: "<" + name,
            message: Messages.elementRemoved(name, withContent: withContent)))
    }

    private mutating func reportInvalidAttribute(_ attribute: SanitizerAttribute, on element: String) {
        findings.append(SanitizerFinding(
            kind: .removedAttribute,
            needle: SanitizerByte.string(attribute.rawName),
            message: Messages.invalidAttributeRemoved(SanitizerByte.string(attribute.rawName), element: element)))
    }

    // MARK: Tree balancing

    private func nearestOpen(_ names: Set<String>) -> Int? {
        stack.lastIndex { names.contains($0) }
    }

    /// A block start tag closes the open phrasing-only elements (`p`, `span`,
    /// `h1`, ...) above the nearest flow container; `a` is transparent.
    private mutating func closePhrasingForBlock() {
        var cut: Int?
        var k = stack.count - 1
        while k >= 0 {
            let e = stack[k]
            if e == "a" {
                k -= 1
            } else if SanitizerRules.phrasingOnly.contains(e) {
                cut = k
                k -= 1
            } else {
                break
            }
        }
        if let cut { closeTo(cut) }
    }

    private mutating func open(_ name: String, _ attributes: [(name: String, value: [UInt8], isURL: Bool)]) {
        emitTag(name, attributes, void: false)
        stack.append(name)
        openCount[name, default: 0] += 1
    }

    /// Closes open elements until the stack has `depth` entries.
    private mutating func closeTo(_ depth: Int) {
        while stack.count > depth, let name = stack.popLast() {
            openCount[name, default: 1] -= 1
            append("</")
            append(name)
            append(">")
        }
    }

    // MARK: Output

    private mutating func emitTag(_ name: String, _ attributes: [(name: String, value: [UInt8], isURL: Bool)], void: Bool) {
        append("<")
        append(name)
        for attribute in attributes {
            append(" ")
            append(attribute.name)
            append("=\"")
            appendEscaped(attribute.value, url: attribute.isURL)
            append("\"")
        }
        append(void ? " />" : ">")
    }

    private mutating func append(_ s: String) {
        output.append(contentsOf: s.utf8)
    }

    /// Escapes `&`, `<`, `>`, `"`; in URLs also `'` (as cmark does, so its output round-trips).
    private mutating func appendEscaped(_ value: [UInt8], url: Bool) {
        for c in value {
            switch c {
            case SanitizerByte.amp: append("&amp;")
            case SanitizerByte.lt: append("&lt;")
            case SanitizerByte.gt: append("&gt;")
            case SanitizerByte.quote: append("&quot;")
            case SanitizerByte.apostrophe where url: append("&#x27;")
            default: output.append(c)
            }
        }
    }

    // MARK: Attribute values

    /// Removes ASCII control characters (including tab/newline, which browsers
    /// ignore inside URLs) and trims surrounding spaces.
    private static func cleanURL(_ value: [UInt8]) -> [UInt8] {
        var cleaned = value.filter { $0 >= 0x20 && $0 != 0x7F }
        while let last = cleaned.last, last == SanitizerByte.space { cleaned.removeLast() }
        let leading = cleaned.prefix { $0 == SanitizerByte.space }.count
        if leading > 0 { cleaned.removeFirst(leading) }
        return cleaned
    }

    private static func classifyURL(_ value: [UInt8]) -> SanitizerURLVerdict {
        let url = cleanURL(value)
        for (k, c) in url.enumerated() {
            if c == SanitizerByte.colon {
                let scheme = SanitizerByte.lowercased(url[0..<k])
                return scheme == "http" || scheme == "https" ? .external : .unsafe(scheme: scheme)
            }
            if c == SanitizerByte.slash || c == SanitizerByte.question || c == SanitizerByte.hash { break }
        }
        // Protocol-relative (`//host/x`; browsers treat `\` like `/` here).
        if url.count >= 2, url[0] == SanitizerByte.slash || url[0] == SanitizerByte.backslash,
           url[1] == SanitizerByte.slash || url[1] == SanitizerByte.backslash {
            return .external
        }
        return .local
    }

    private static func isDigits(_ value: [UInt8], maxLength: Int) -> Bool {
        !value.isEmpty && value.count <= maxLength && value.allSatisfy(SanitizerByte.isDigit)
    }

    /// `language-[A-Za-z0-9_+.#-]+`, the class cmark puts on fenced code.
    private static func isLanguageClass(_ value: [UInt8]) -> Bool {
        let prefix = Array("language-".utf8)
        guard value.count > prefix.count, value.starts(with: prefix) else { return false }
        return value.dropFirst(prefix.count).allSatisfy { c in
            SanitizerByte.isAlnum(c) || c == SanitizerByte.underscore || c == SanitizerByte.plus || c == SanitizerByte.dot
                || c == SanitizerByte.hash || c == SanitizerByte.dash
        }
    }

    /// An ASCII name usable as an id: a letter, then letters, digits, `-` and `_` (at most 64).
    private static func isIdentifier(_ value: [UInt8]) -> Bool {
        guard let first = value.first, SanitizerByte.isAlpha(first), value.count <= 64 else { return false }
        return value.allSatisfy { SanitizerByte.isAlnum($0) || $0 == SanitizerByte.dash || $0 == SanitizerByte.underscore }
    }

    /// `fn-3`, `fnref-3` or `fnref-3-2`: the anchors `MarkdownExtensions` writes.
    private static func isFootnoteID(_ value: [UInt8]) -> Bool {
        let text = SanitizerByte.string(value)
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count >= 2, parts.count <= 3, parts[0] == "fn" || parts[0] == "fnref", parts[0] == "fnref" || parts.count == 2 else {
            return false
        }
        return parts.dropFirst().allSatisfy { !$0.isEmpty && $0.count <= 6 && $0.allSatisfy { $0.isASCII && $0.isNumber } }
    }

    private static func truncated(_ s: String, to limit: Int) -> String {
        s.count > limit ? String(s.prefix(limit)) + "…" : s
    }
}

// MARK: - Character helpers

private enum SanitizerByte {
    static let tab: UInt8 = 0x09
    static let lf: UInt8 = 0x0A
    static let ff: UInt8 = 0x0C
    static let cr: UInt8 = 0x0D
    static let space: UInt8 = 0x20
    static let bang = UInt8(ascii: "!")
    static let quote = UInt8(ascii: "\"")
    static let hash = UInt8(ascii: "#")
    static let amp = UInt8(ascii: "&")
    static let apostrophe = UInt8(ascii: "'")
    static let plus = UInt8(ascii: "+")
    static let dash = UInt8(ascii: "-")
    static let dot = UInt8(ascii: ".")
    static let slash = UInt8(ascii: "/")
    static let zero = UInt8(ascii: "0")
    static let colon = UInt8(ascii: ":")
    static let semicolon = UInt8(ascii: ";")
    static let lt = UInt8(ascii: "<")
    static let equals = UInt8(ascii: "=")
    static let gt = UInt8(ascii: ">")
    static let question = UInt8(ascii: "?")
    static let rbracket = UInt8(ascii: "]")
    static let backslash = UInt8(ascii: "\\")
    static let underscore = UInt8(ascii: "_")

    static func isSpace(_ c: UInt8) -> Bool {
        c == space || c == tab || c == lf || c == ff || c == cr
    }

    static func isAlpha(_ c: UInt8) -> Bool {
        (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A)
    }

    static func isDigit(_ c: UInt8) -> Bool {
        c >= 0x30 && c <= 0x39
    }

    static func isAlnum(_ c: UInt8) -> Bool {
        isAlpha(c) || isDigit(c)
    }

    static func lower(_ c: UInt8) -> UInt8 {
        c >= 0x41 && c <= 0x5A ? c + 0x20 : c
    }

    static func lowercased(_ bytes: ArraySlice<UInt8>) -> String {
        String(decoding: bytes.map(lower), as: UTF8.self)
    }

    static func string(_ bytes: ArraySlice<UInt8>) -> String {
        String(decoding: bytes, as: UTF8.self)
    }

    static func string(_ bytes: [UInt8]) -> String {
        String(decoding: bytes, as: UTF8.self)
    }
}

// MARK: - Character references in attribute values

private enum SanitizerEntities {
    /// Decodes numeric references (`&#106;`, `&#x6A;`, semicolon optional) and the
    /// named references in `named` (HTML 4 set plus every HTML5 name for an ASCII
    /// character, e.g. `&colon;`, `&Tab;`). Legacy names (`&amp`) also decode
    /// without `;` unless followed by `=`, as browsers do in attributes.
    /// Anything else stays literal (and is re-escaped as `&amp;...` on output).
    static func decode(_ value: ArraySlice<UInt8>) -> [UInt8] {
        let v = Array(value)
        guard v.contains(SanitizerByte.amp) else { return v }
        var out: [UInt8] = []
        out.reserveCapacity(v.count)
        var i = 0
        while i < v.count {
            if v[i] == SanitizerByte.amp, let (bytes, next) = reference(v, at: i) {
                out.append(contentsOf: bytes)
                i = next
            } else {
                out.append(v[i])
                i += 1
            }
        }
        return out
    }

    private static func reference(_ v: [UInt8], at i: Int) -> ([UInt8], Int)? {
        var j = i + 1
        if j < v.count && v[j] == SanitizerByte.hash {
            j += 1
            var hex = false
            if j < v.count && (v[j] == UInt8(ascii: "x") || v[j] == UInt8(ascii: "X")) {
                hex = true
                j += 1
            }
            let digitsStart = j
            var code: UInt32 = 0
            while j < v.count, let d = digitValue(v[j], hex: hex) {
                if code < 0x110000 { code = code * (hex ? 16 : 10) + d }
                j += 1
            }
            guard j > digitsStart else { return nil }
            if j < v.count && v[j] == SanitizerByte.semicolon { j += 1 }
            return (Array(String(Character(numericScalar(code))).utf8), j)
        }
        let nameStart = j
        while j < v.count && SanitizerByte.isAlnum(v[j]) { j += 1 }
        guard j > nameStart else { return nil }
        let name = SanitizerByte.string(v[nameStart..<j])
        if j < v.count && v[j] == SanitizerByte.semicolon {
            // Every HTML5 name a browser decodes (`&ZeroWidthSpace;` too), not only the common ones.
            guard let bytes = named[name] ?? HTMLCharacterReferences.characters(ofName: Array(v[nameStart..<j])).map({ Array($0.utf8) })
            else { return nil }
            return (bytes, j + 1)
        }
        if legacy.contains(name), !(j < v.count && v[j] == SanitizerByte.equals), let bytes = named[name] {
            return (bytes, j)
        }
        return nil
    }

    private static func digitValue(_ c: UInt8, hex: Bool) -> UInt32? {
        if SanitizerByte.isDigit(c) { return UInt32(c - 0x30) }
        guard hex else { return nil }
        let l = SanitizerByte.lower(c)
        if l >= 0x61 && l <= 0x66 { return UInt32(l - 0x61 + 10) }
        return nil
    }

    /// HTML numeric reference rules: 0, surrogates and out-of-range become U+FFFD,
    /// 0x80–0x9F are read as Windows-1252.
    private static func numericScalar(_ code: UInt32) -> Unicode.Scalar {
        let replacement: Unicode.Scalar = "\u{FFFD}"
        if code == 0 { return replacement }
        if code >= 0x80 && code <= 0x9F {
            let mapped = windows1252[Int(code - 0x80)]
            return Unicode.Scalar(mapped == 0 ? code : mapped) ?? replacement
        }
        return Unicode.Scalar(code) ?? replacement
    }

    private static let windows1252: [UInt32] = [
        0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
        0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0,
        0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
        0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178,
    ]

    /// Names decoded by browsers even without a trailing `;`.
    private static let legacy: Set<String> = Set(
        """
        AElig AMP Aacute Acirc Agrave Aring Atilde Auml COPY Ccedil ETH Eacute Ecirc Egrave Euml GT
        Iacute Icirc Igrave Iuml LT Ntilde Oacute Ocirc Ograve Oslash Otilde Ouml QUOT REG THORN Uacute
        Ucirc Ugrave Uuml Yacute aacute acirc acute aelig agrave amp aring atilde auml brvbar ccedil
        cedil cent copy curren deg divide eacute ecirc egrave eth euml frac12 frac14 frac34 gt iacute
        icirc iexcl igrave iquest iuml laquo lt macr micro middot nbsp not ntilde oacute ocirc ograve
        ordf ordm oslash otilde ouml para plusmn pound quot raquo reg sect shy sup1 sup2 sup3 szlig
        thorn times uacute ucirc ugrave uml uuml yacute yen yuml
        """
        .split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init))

    /// name → UTF-8 bytes; table entries are `name=HEX` or `name=HEX+HEX`.
    private static let named: [String: [UInt8]] = {
        let table =
        """
        AElig=C6 AMP=26 Aacute=C1 Acirc=C2 Agrave=C0 Alpha=391 Aring=C5 Atilde=C3 Auml=C4 Beta=392
        COPY=A9 Ccedil=C7 Chi=3A7 Dagger=2021 Delta=394 DiacriticalGrave=60 ETH=D0 Eacute=C9 Ecirc=CA
        Egrave=C8 Epsilon=395 Eta=397 Euml=CB GT=3E Gamma=393 Hat=5E Iacute=CD Icirc=CE Igrave=CC
        Iota=399 Iuml=CF Kappa=39A LT=3C Lambda=39B Mu=39C NewLine=A Ntilde=D1 Nu=39D OElig=152
        Oacute=D3 Ocirc=D4 Ograve=D2 Omega=3A9 Omicron=39F Oslash=D8 Otilde=D5 Ouml=D6 Phi=3A6 Pi=3A0
        Prime=2033 Psi=3A8 QUOT=22 REG=AE Rho=3A1 Scaron=160 Sigma=3A3 THORN=DE Tab=9 Tau=3A4 Theta=398
        Uacute=DA Ucirc=DB Ugrave=D9 UnderBar=5F Upsilon=3A5 Uuml=DC VerticalLine=7C Xi=39E Yacute=DD
        Yuml=178 Zeta=396 aacute=E1 acirc=E2 acute=B4 aelig=E6 agrave=E0 alefsym=2135 alpha=3B1 amp=26
        and=2227 ang=2220 apos=27 aring=E5 ast=2A asymp=2248 atilde=E3 auml=E4 bdquo=201E beta=3B2
        brvbar=A6 bsol=5C bull=2022 cap=2229 ccedil=E7 cedil=B8 cent=A2 chi=3C7 circ=2C6 clubs=2663
        colon=3A comma=2C commat=40 cong=2245 copy=A9 crarr=21B5 cup=222A curren=A4 dArr=21D3
        dagger=2020 darr=2193 deg=B0 delta=3B4 diams=2666 divide=F7 dollar=24 eacute=E9 ecirc=EA
        egrave=E8 empty=2205 emsp=2003 ensp=2002 epsilon=3B5 equals=3D equiv=2261 eta=3B7 eth=F0 euml=EB
        euro=20AC excl=21 exist=2203 fjlig=66+6A fnof=192 forall=2200 frac12=BD frac14=BC frac34=BE
        frasl=2044 gamma=3B3 ge=2265 grave=60 gt=3E hArr=21D4 harr=2194 hearts=2665 hellip=2026
        iacute=ED icirc=EE iexcl=A1 igrave=EC image=2111 infin=221E int=222B iota=3B9 iquest=BF
        isin=2208 iuml=EF kappa=3BA lArr=21D0 lambda=3BB lang=2329 laquo=AB larr=2190 lbrace=7B
        lbrack=5B lceil=2308 lcub=7B ldquo=201C le=2264 lfloor=230A lowast=2217 lowbar=5F loz=25CA
        lpar=28 lrm=200E lsaquo=2039 lsqb=5B lsquo=2018 lt=3C macr=AF mdash=2014 micro=B5 midast=2A
        middot=B7 minus=2212 mu=3BC nabla=2207 nbsp=A0 ndash=2013 ne=2260 ni=220B not=AC notin=2209
        nsub=2284 ntilde=F1 nu=3BD num=23 oacute=F3 ocirc=F4 oelig=153 ograve=F2 oline=203E omega=3C9
        omicron=3BF oplus=2295 or=2228 ordf=AA ordm=BA oslash=F8 otilde=F5 otimes=2297 ouml=F6 para=B6
        part=2202 percnt=25 period=2E permil=2030 perp=22A5 phi=3C6 pi=3C0 piv=3D6 plus=2B plusmn=B1
        pound=A3 prime=2032 prod=220F prop=221D psi=3C8 quest=3F quot=22 rArr=21D2 radic=221A rang=232A
        raquo=BB rarr=2192 rbrace=7D rbrack=5D rceil=2309 rcub=7D rdquo=201D real=211C reg=AE
        rfloor=230B rho=3C1 rlm=200F rpar=29 rsaquo=203A rsqb=5D rsquo=2019 sbquo=201A scaron=161
        sdot=22C5 sect=A7 semi=3B shy=AD sigma=3C3 sigmaf=3C2 sim=223C sol=2F spades=2660 sub=2282
        sube=2286 sum=2211 sup=2283 sup1=B9 sup2=B2 sup3=B3 supe=2287 szlig=DF tau=3C4 there4=2234
        theta=3B8 thetasym=3D1 thinsp=2009 thorn=FE tilde=2DC times=D7 trade=2122 uArr=21D1 uacute=FA
        uarr=2191 ucirc=FB ugrave=F9 uml=A8 upsih=3D2 upsilon=3C5 uuml=FC verbar=7C vert=7C weierp=2118
        xi=3BE yacute=FD yen=A5 yuml=FF zeta=3B6 zwj=200D zwnj=200C
        """
        var result: [String: [UInt8]] = [:]
        for entry in table.split(whereSeparator: { $0 == " " || $0 == "\n" }) {
            let parts = entry.split(separator: "=")
            guard parts.count == 2 else { continue }
            var scalars = String.UnicodeScalarView()
            for hex in parts[1].split(separator: "+") {
                if let code = UInt32(hex, radix: 16), let scalar = Unicode.Scalar(code) {
                    scalars.append(scalar)
                }
            }
            result[String(parts[0])] = Array(String(scalars).utf8)
        }
        return result
    }()
}
