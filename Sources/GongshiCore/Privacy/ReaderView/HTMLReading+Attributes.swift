/// Attribute values of a tag, each a segment of the markup text: decoded, walled off when
/// no reader reads them with their neighbours, percent-decoded when they hold a URL, checked for
/// `data:` URIs, and read as CSS for `style`.
extension HTMLReading {
    struct Tag {
        var end: Int
        var selfClosing = false
        /// `type="html"` (or `text/html`): Atom content that is HTML.
        var typeIsHTML = false
    }

    /// Reads the attributes of a tag from `start` (just after its name) to its `>`.
    mutating func readAttributes(from start: Int) -> Tag {
        var index = start
        var tag = Tag(end: end)
        while index < end {
            let byte = source[index]
            if Self.isWhitespace(byte) {
                index += 1
                continue
            }
            if byte == UInt8(ascii: ">") {
                tag.end = index + 1
                return tag
            }
            if byte == UInt8(ascii: "/") {
                if index + 1 < end, source[index + 1] == UInt8(ascii: ">") {
                    tag.selfClosing = true
                    tag.end = index + 2
                    return tag
                }
                index += 1
                continue
            }
            let nameStart = index
            index += 1
            while index < end {
                let next = source[index]
                if Self.isWhitespace(next) || next == UInt8(ascii: "/") || next == UInt8(ascii: ">")
                    || next == UInt8(ascii: "=")
                {
                    break
                }
                index += 1
            }
            let nameEnd = index
            while index < end, Self.isWhitespace(source[index]) { index += 1 }
            guard index < end, source[index] == UInt8(ascii: "=") else { continue }
            index += 1
            while index < end, Self.isWhitespace(source[index]) { index += 1 }
            let value: Range<Int>
            if index < end, source[index] == UInt8(ascii: "\"") || source[index] == UInt8(ascii: "'") {
                let quote = source[index]
                var close = index + 1
                while close < end, source[close] != quote { close += 1 }
                value = (index + 1)..<close
                index = min(close + 1, end)
            } else {
                let valueStart = index
                while index < end, !Self.isWhitespace(source[index]), source[index] != UInt8(ascii: ">") {
                    index += 1
                }
                value = valueStart..<index
            }
            if readAttribute(name: nameStart..<nameEnd, value: value) { tag.typeIsHTML = true }
        }
        return tag
    }

    /// Appends one attribute value to `markup`; returns whether it is `type="html"`.
    private mutating func readAttribute(name: Range<Int>, value: Range<Int>) -> Bool {
        let packed = PackedName(source.bytes, name)
        let kind = packed.flatMap { attributes[$0] } ?? .text
        // In an Office part every value is read alone, decoded and checked as any text value.
        let walls = wallsAttributes && kind != .walled && kind != .style
        let valueOffset = source.offset(of: value.lowerBound)
        switch kind {
        case .walled:
            output.markup.appendWall(at: valueOffset)
            let first = output.markup.count
            HTMLText.append(source, value, inAttribute: true, into: &output.markup)
            let isHTML = packed == Self.typeName && Self.isHTMLType(output.markup, from: first)
            output.markup.appendWall(at: source.offset(of: value.upperBound))
            return isHTML
        case .style:
            output.markup.appendSegmentBoundary(at: valueOffset)
            guard ValueScan(source.bytes, value).ampersands else {
                CSSReading.read(source, value, into: &output.markup, problems: &output.problems)
                break
            }
            scratch.removeAll()
            HTMLText.decode(source, value, inAttribute: true, into: &scratch)
            scratch.withSource { decoded in
                CSSReading.read(decoded, 0..<decoded.count, into: &output.markup, problems: &output.problems)
            }
        case .url, .urlList, .text:
            if walls { output.markup.appendWall(at: valueOffset) } else { output.markup.appendSegmentBoundary(at: valueOffset) }
            let first = output.markup.count
            let scan = ValueScan(source.bytes, value)
            if scan.ampersands {
                HTMLText.append(source, value, inAttribute: true, into: &output.markup)
            } else {
                output.markup.appendUTF8(source, value)
            }
            if kind == .urlList || scan.mayStartWithData { checkDataURI(kind, from: first) }
            if scan.percentOrPlus || scan.ampersands && output.markup.mayHoldPercentEncoding(from: first) {
                appendPercentDecoded(from: first)
            }
        }
        if walls {
            output.markup.appendWall(at: source.offset(of: value.upperBound))
        } else {
            output.markup.appendSegmentBoundary(at: source.offset(of: value.upperBound))
        }
        return false
    }

    /// What one pass over a raw attribute value tells about the work it needs.
    private struct ValueScan {
        var ampersands = false
        var percentOrPlus = false
        /// Its first character (after spaces) is `d`, `D` or a reference that may write one.
        var mayStartWithData = false

        @inline(__always)
        init(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) {
            var leading = true
            for index in range {
                let byte = bytes[index]
                if leading, byte > 0x20 {
                    leading = false
                    mayStartWithData = byte | 0x20 == UInt8(ascii: "d") || byte == UInt8(ascii: "&")
                }
                if byte == UInt8(ascii: "&") { ampersands = true }
                if byte == UInt8(ascii: "%") || byte == UInt8(ascii: "+") { percentOrPlus = true }
            }
        }
    }

    private mutating func checkDataURI(_ kind: HTMLAttribute, from first: Int) {
        let markup = output.markup
        let found: [Int]
        switch kind {
        case .url: found = DataURIs.start(in: markup, from: first).map { [$0] } ?? []
        case .urlList: found = DataURIs.srcsetStarts(in: markup, from: first)
        default: found = DataURIs.uriStart(in: markup, from: first).map { [$0] } ?? []
        }
        for index in found { output.problems.append(ReaderViewProblem(.dataURI, at: markup.offsets[index])) }
    }

    /// Appends the percent-decoded form of the value appended from `first`, when it differs.
    private mutating func appendPercentDecoded(from first: Int) {
        scratch.removeAll()
        scratch.append(output.markup, first..<output.markup.count)
        guard let decoded = PercentDecoding.decodeRepeatedly(scratch) else { return }
        output.markup.appendSegmentBoundary(at: output.markup.offsets.last ?? 0)
        decoded.withSource { output.markup.appendUTF8($0, 0..<$0.count) }
    }

    private static let typeName = PackedName("type")

    private static func isHTMLType(_ text: ReaderText, from first: Int) -> Bool {
        var value = ""
        for scalar in text.scalars[first...] where scalar.value > 0x20 {
            guard value.unicodeScalars.count < 10 else { return false }
            value.unicodeScalars.append(scalar)
        }
        let lowered = value.lowercased()
        return lowered == "html" || lowered == "text/html"
    }
}
