/// Comments, doctypes, processing instructions and CDATA sections: what a reader of the source
/// sees besides tags and text.
extension HTMLReading {
    /// `<!--…-->`, `<![CDATA[…]]>`, `<!DOCTYPE…>` and other `<!…>`.
    mutating func readDeclaration(at index: Int) -> Int {
        if startsWith("<!--", at: index) {
            let contentStart = index + 4
            if startsWith(">", at: contentStart) { return contentStart + 1 }
            if startsWith("->", at: contentStart) { return contentStart + 2 }
            var close = contentStart
            while close < end {
                if startsWith("-->", at: close) {
                    appendMarkupSegment(contentStart..<close)
                    return close + 3
                }
                if startsWith("--!>", at: close) {
                    appendMarkupSegment(contentStart..<close)
                    return close + 4
                }
                close += 1
            }
            appendMarkupSegment(contentStart..<end)
            return end
        }
        if startsWith("<![CDATA[", at: index) {
            let contentStart = index + 9
            let close = find("]]>", from: contentStart)
            let content = contentStart..<(close ?? end)
            if parsesAsXML {
                output.flow.appendUTF8(source, content)
            } else {
                appendMarkupSegment(content)
            }
            return close.map { $0 + 3 } ?? end
        }
        // A doctype (with an internal subset in brackets, in XML) or a bogus comment.
        var close = index + 2
        var inSubset = false
        while close < end {
            let byte = source[close]
            if byte == UInt8(ascii: "[") && xml { inSubset = true }
            if byte == UInt8(ascii: "]") { inSubset = false }
            if byte == UInt8(ascii: ">") && !inSubset { break }
            close += 1
        }
        appendMarkupSegment((index + 2)..<close)
        return min(close + 1, end)
    }

    /// A comment, a doctype or a processing instruction: a segment of `markup` as written.
    mutating func appendMarkupSegment(_ range: Range<Int>) {
        output.markup.appendSegmentBoundary(at: source.offset(of: range.lowerBound))
        output.markup.appendUTF8(source, range)
        output.markup.appendSegmentBoundary(at: source.offset(of: range.upperBound))
    }
}
