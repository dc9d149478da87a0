/// The HTML/XML tokenizer behind `HTMLReader`: a state machine over the bytes that writes what
/// a reader sees into two texts.
///
/// - `flow`: the rendered text in reading order: text nodes with references decoded, CDATA, the
///   content of `script` (script escapes decoded), `style` (read as CSS), `title`, `textarea`.
///   Inline elements join their neighbours; every other element edge is a boundary.
/// - `markup`: what only a reader of the source (or a tooltip, the address bar) sees: comments,
///   the doctype, processing instructions and attribute values, each a segment of its own, so
///   that none of it splits the flow (`139<!-- -->1234` is `1391234` on the page).
struct HTMLReading {
    struct Output {
        var flow = ReaderText()
        var markup = ReaderText()
        var problems: [ReaderViewProblem] = []
    }

    /// Content of an element read a second time once it ends, in XML or inside `svg`/`math`
    /// (where `style` and `script` hold markup-decoded text), and in feeds (where `type="html"`
    /// content is HTML a feed reader renders).
    struct Collector {
        enum Kind { case css, script, html }
        let name: PackedName
        let kind: Kind
        /// Where the element's content starts in `flow`.
        let flowStart: Int
        /// Open elements of the same name inside it.
        var depth = 1
    }

    let source: SourceBytes
    let end: Int
    let xml: Bool
    /// Whether feed content may be read again as HTML (one level only).
    let allowsNestedHTML: Bool
    /// Attribute values that are not URLs are walled off from each other (`HTMLReader.view`).
    var wallsAttributes = false
    var output = Output()
    var foreignDepth = 0
    var collector: Collector?
    var scratch = DecodedBytes()
    // The static tables, held here so that the per-tag lookups skip the lazy-global check.
    private let elements = HTMLElement.table
    let attributes = HTMLAttribute.table

    init(source: SourceBytes, xml: Bool, allowsNestedHTML: Bool) {
        self.source = source
        self.end = source.count
        self.xml = xml
        self.allowsNestedHTML = allowsNestedHTML
    }

    /// Parsed as XML: the whole file, or the inside of `svg`/`math` in an HTML page.
    var parsesAsXML: Bool { xml || foreignDepth > 0 }

    mutating func run() {
        var index = 0
        var textStart = 0
        // Whether the text since `textStart` holds a `&` or a `%` (otherwise it is read as is).
        var escapes = false
        let bytes = source.bytes
        while index < end {
            let byte = bytes[index]
            guard byte == UInt8(ascii: "<") else {
                escapes = escapes || byte == UInt8(ascii: "&") || byte == UInt8(ascii: "%")
                index += 1
                continue
            }
            guard index + 1 < end,
                let markupEnd = readMarkup(at: index, textBefore: textStart..<index, escapes: escapes)
            else {
                index += 1
                continue
            }
            index = markupEnd
            textStart = index
            escapes = false
        }
        flushText(textStart..<end, escapes: escapes)
        if let open = collector {
            collector = nil
            finish(open)
        }
    }

    /// Reads the markup whose `<` is at `index` (after appending the text before it); nil when
    /// this `<` is just a character of the text.
    private mutating func readMarkup(at index: Int, textBefore: Range<Int>, escapes: Bool) -> Int? {
        let next = source[index + 1]
        switch next {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"):
            flushText(textBefore, escapes: escapes)
            return readStartTag(at: index)
        case UInt8(ascii: "/"):
            flushText(textBefore, escapes: escapes)
            return readEndTag(at: index)
        case UInt8(ascii: "!"):
            flushText(textBefore, escapes: escapes)
            return readDeclaration(at: index)
        case UInt8(ascii: "?"):
            flushText(textBefore, escapes: escapes)
            let close = parsesAsXML ? find("?>", from: index + 2) : find(">", from: index + 2)
            appendMarkupSegment((index + 2)..<(close ?? end))
            return close.map { $0 + (parsesAsXML ? 2 : 1) } ?? end
        default:
            return nil
        }
    }

    /// Appends a text run to the flow. With `escapes` (a `&` or `%` in it), references are
    /// decoded, and a percent-encoded form (a URL in a sitemap's `<loc>`, an address written
    /// out) is decoded as well into the markup text.
    mutating func flushText(_ range: Range<Int>, escapes: Bool) {
        guard escapes else {
            output.flow.appendUTF8(source, range)
            return
        }
        let first = output.flow.count
        HTMLText.append(source, range, inAttribute: false, into: &output.flow)
        guard output.flow.mayHoldPercentEncoding(from: first) else { return }
        scratch.removeAll()
        scratch.append(output.flow, first..<output.flow.count)
        guard let decoded = PercentDecoding.decodeRepeatedly(scratch) else { return }
        output.markup.appendSegmentBoundary(at: source.offset(of: range.lowerBound))
        decoded.withSource { output.markup.appendUTF8($0, 0..<$0.count) }
        output.markup.appendSegmentBoundary(at: source.offset(of: range.upperBound))
    }

    // MARK: Tags

    mutating func readStartTag(at index: Int) -> Int {
        let nameStart = index + 1
        let nameEnd = tagNameEnd(from: nameStart)
        let name = PackedName(source.bytes, nameStart..<nameEnd)
        let element = name.flatMap { elements[$0] } ?? .block
        if !element.isInline { output.flow.appendBoundary(at: source.offset(of: index)) }
        let tag = readAttributes(from: nameEnd)
        let afterTag = tag.end

        if parsesAsXML {
            if element.isForeignRoot, !xml, !tag.selfClosing { foreignDepth += 1 }
            if var open = collector {
                if open.name == name, !tag.selfClosing { open.depth += 1 }
                collector = open
            } else if !tag.selfClosing, let name,
                let kind = collectorKind(element, name: name, typeIsHTML: tag.typeIsHTML)
            {
                collector = Collector(name: name, kind: kind, flowStart: output.flow.count)
            }
            return afterTag
        }
        if element.isForeignRoot {
            if !tag.selfClosing { foreignDepth += 1 }
            return afterTag
        }
        switch element.content {
        case .normal:
            return afterTag
        case .plaintext:
            output.flow.appendUTF8(source, afterTag..<end)
            return end
        case .script, .style, .rawText, .escapableRawText:
            let contentEnd = rawTextEnd(from: afterTag, name: nameStart..<nameEnd)
            readRawText(afterTag..<contentEnd, as: element.content)
            return contentEnd
        }
    }

    private func collectorKind(_ element: HTMLElement, name: PackedName, typeIsHTML: Bool) -> Collector.Kind? {
        if xml, allowsNestedHTML, typeIsHTML || Self.feedHTMLNames[name] != nil { return .html }
        switch element.content {
        case .style: return .css
        case .script: return .script
        default: return nil
        }
    }

    /// RSS elements whose text is HTML (Atom says so with `type="html"`).
    private static let feedHTMLNames = PackedNameTable<Bool>([("description", true), ("content:encoded", true)])

    private mutating func readRawText(_ range: Range<Int>, as content: HTMLElement.Content) {
        switch content {
        case .script:
            ScriptEscapes.read(source, range, into: &output.flow)
        case .style:
            CSSReading.read(source, range, into: &output.flow, problems: &output.problems)
        case .escapableRawText:
            HTMLText.append(source, range, inAttribute: false, into: &output.flow)
        case .rawText, .normal, .plaintext:
            output.flow.appendUTF8(source, range)
        }
    }

    mutating func readEndTag(at index: Int) -> Int {
        let nameStart = index + 2
        guard nameStart < end else {
            output.flow.appendUTF8(source, index..<end)
            return end
        }
        let first = source[nameStart]
        guard Self.isASCIILetter(first) else {
            if first == UInt8(ascii: ">") { return nameStart + 1 }  // `</>` is nothing
            let close = find(">", from: nameStart)
            appendMarkupSegment(nameStart..<(close ?? end))
            return close.map { $0 + 1 } ?? end
        }
        let nameEnd = tagNameEnd(from: nameStart)
        let name = PackedName(source.bytes, nameStart..<nameEnd)
        let element = name.flatMap { elements[$0] } ?? .block
        if var open = collector, open.name == name {
            open.depth -= 1
            if open.depth == 0 {
                collector = nil
                finish(open)
            } else {
                collector = open
            }
        }
        if element.isForeignRoot, foreignDepth > 0 { foreignDepth -= 1 }
        if !element.isInline { output.flow.appendBoundary(at: source.offset(of: index)) }
        return readAttributes(from: nameEnd).end
    }

    private func tagNameEnd(from start: Int) -> Int {
        var index = start
        while index < end {
            switch source[index] {
            case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\n"), UInt8(ascii: "\r"), 0x0C,
                UInt8(ascii: "/"), UInt8(ascii: ">"):
                return index
            default:
                index += 1
            }
        }
        return index
    }

    /// Where the raw text of an element named like `name` (bytes of the start tag) ends: at its
    /// end tag `</name` followed by whitespace, `/` or `>`, or at the end of the file.
    private func rawTextEnd(from start: Int, name: Range<Int>) -> Int {
        var index = start
        let bytes = source.bytes
        while index < end {
            guard bytes[index] == UInt8(ascii: "<") else {
                index += 1
                continue
            }
            let nameStart = index + 2
            let after = nameStart + name.count
            if after <= end, bytes[index + 1] == UInt8(ascii: "/"),
                Self.equalIgnoringASCIICase(bytes, nameStart, name.lowerBound, count: name.count),
                after == end || Self.endsTagName(bytes[after])
            {
                return index
            }
            index += 1
        }
        return end
    }

    // MARK: Bytes

    func startsWith(_ prefix: StaticString, at index: Int) -> Bool {
        let count = prefix.utf8CodeUnitCount
        guard index + count <= end else { return false }
        let pointer = prefix.utf8Start
        for position in 0..<count where source[index + position] != pointer[position] { return false }
        return true
    }

    func find(_ needle: StaticString, from start: Int) -> Int? {
        var index = start
        let first = needle.utf8Start[0]
        while index < end {
            if source[index] == first, startsWith(needle, at: index) { return index }
            index += 1
        }
        return nil
    }

    @inline(__always)
    static func isWhitespace(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\t")
            || byte == UInt8(ascii: "\r") || byte == 0x0C
    }

    static func isASCIILetter(_ byte: UInt8) -> Bool {
        (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z")
    }

    static func endsTagName(_ byte: UInt8) -> Bool {
        isWhitespace(byte) || byte == UInt8(ascii: "/") || byte == UInt8(ascii: ">")
    }

    static func equalIgnoringASCIICase(
        _ bytes: UnsafeBufferPointer<UInt8>, _ first: Int, _ second: Int, count: Int
    ) -> Bool {
        for position in 0..<count {
            var left = bytes[first + position]
            var right = bytes[second + position]
            if isASCIILetter(left) { left |= 0x20 }
            if isASCIILetter(right) { right |= 0x20 }
            if left != right { return false }
        }
        return true
    }
}
