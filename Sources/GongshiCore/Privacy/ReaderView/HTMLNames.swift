/// How the HTML reader treats an element: whether its text joins its neighbours (inline), and
/// how its content is read (markup, raw text, a script, a stylesheet).
struct HTMLElement: Sendable {
    enum Content: Sendable {
        /// Markup: text, tags, references.
        case normal
        /// Raw text in HTML read with script escapes decoded (`script`).
        case script
        /// Raw text in HTML read as CSS (`style`).
        case style
        /// Raw text in HTML, read as written (`xmp`, `iframe`, `noembed`, `noframes`).
        case rawText
        /// Text with references decoded but no tags (`textarea`, `title`).
        case escapableRawText
        /// Everything to the end of the file is text (`plaintext`).
        case plaintext
    }

    let isInline: Bool
    let content: Content
    /// `svg` and `math`: inside them an HTML page is parsed as XML (CDATA, no raw text).
    let isForeignRoot: Bool

    /// Unknown elements are blocks: their edges are boundaries.
    static let block = HTMLElement(isInline: false, content: .normal, isForeignRoot: false)

    /// Elements whose text runs on with the text around them: `139<span>1234</span>5678` is
    /// read `13912345678`. Replaced inline elements (`img`) join too: copying the text around
    /// an icon gives the two sides joined.
    static let inlineNames = [
        "a", "abbr", "acronym", "b", "bdi", "bdo", "big", "blink", "cite", "code", "data", "del",
        "dfn", "em", "font", "i", "img", "ins", "kbd", "label", "mark", "nobr", "output", "q",
        "ruby", "s", "samp", "small", "span", "strike", "strong", "sub", "sup", "time", "tt", "u",
        "var", "wbr", "tspan", "textpath", "altglyph", "tref",
    ]

    /// The elements that are not plain blocks.
    static let table: PackedNameTable<HTMLElement> = {
        let inline = HTMLElement(isInline: true, content: .normal, isForeignRoot: false)
        let foreign = HTMLElement(isInline: false, content: .normal, isForeignRoot: true)
        let contents: [(String, Content)] = [
            ("script", .script), ("style", .style), ("xmp", .rawText), ("iframe", .rawText),
            ("noembed", .rawText), ("noframes", .rawText), ("textarea", .escapableRawText),
            ("title", .escapableRawText), ("plaintext", .plaintext),
        ]
        var entries: [(String, HTMLElement)] = inlineNames.map { ($0, inline) }
        entries += contents.map { ($0.0, HTMLElement(isInline: false, content: $0.1, isForeignRoot: false)) }
        entries += [("svg", foreign), ("math", foreign)]
        return PackedNameTable(entries)
    }()
}

/// How the HTML reader treats an attribute value.
enum HTMLAttribute: Sendable {
    /// A URL: decoded, and percent-decoded as well; `data:` at its start is a problem.
    case url
    /// A list of URLs (`srcset`): like `url`, every candidate checked for `data:`.
    case urlList
    /// CSS (`style`).
    case style
    /// Geometry or presentation that no reader reads with its neighbours (`x`, `d`, `class`):
    /// walled off so two coordinates never join into a number.
    case walled
    /// Anything else a reader may see or copy (`alt`, `title`, `content`, `data-*`, `value`).
    case text

    static let urlNames = [
        "href", "src", "action", "cite", "poster", "data", "formaction", "xlink:href", "background",
        "longdesc", "ping", "icon", "manifest", "codebase", "lowsrc", "dynsrc", "itemid",
    ]

    static let walledNames = [
        "class", "id", "width", "height", "x", "y", "x1", "x2", "y1", "y2", "cx", "cy", "r", "rx",
        "ry", "dx", "dy", "d", "points", "viewbox", "transform", "fill", "stroke", "stroke-width",
        "stroke-dasharray", "opacity", "font-size", "font-family", "font-weight", "text-anchor",
        "colspan", "rowspan", "role", "lang", "dir", "rel", "type", "charset", "media", "xmlns",
        "version", "offset", "tabindex", "xmlns:xlink", "xml:lang", "fill-opacity", "stroke-opacity",
        "stroke-linecap", "stroke-linejoin", "stop-color", "stop-opacity", "fx", "fy",
        "gradientunits", "patternunits", "clip-path", "clip-rule", "fill-rule", "align", "valign",
        "cellpadding", "cellspacing", "border", "bgcolor", "color", "size",
    ]

    /// The attributes that are not plain `.text`.
    static let table: PackedNameTable<HTMLAttribute> = {
        var entries: [(String, HTMLAttribute)] = urlNames.map { ($0, .url) }
        entries += walledNames.map { ($0, .walled) }
        entries += [("srcset", .urlList), ("style", .style)]
        return PackedNameTable(entries)
    }()
}
