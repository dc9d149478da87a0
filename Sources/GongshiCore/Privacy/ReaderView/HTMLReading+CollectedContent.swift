/// Element content read a second time once the element ends: `style` and `script` in XML (where
/// their text is decoded first), and feed content that is itself HTML.
extension HTMLReading {
    /// Reads the content of an element that just ended a second time: as CSS, as a script or
    /// (feed content) as HTML, appended to the flow after a boundary.
    mutating func finish(_ open: Collector) {
        let range = open.flowStart..<output.flow.count
        guard !range.isEmpty else { return }
        let needed: Bool
        switch open.kind {
        case .css: needed = true  // for its `data:` URIs too
        case .script: needed = output.flow.scalars[range].contains("\\")
        case .html: needed = output.flow.scalars[range].contains { $0 == "<" || $0 == "&" }
        }
        guard needed else { return }
        var content = DecodedBytes()
        content.append(output.flow, range)
        output.flow.appendBoundary(at: output.flow.offsets[range.lowerBound])
        content.withSource { decoded in
            switch open.kind {
            case .css:
                CSSReading.read(decoded, 0..<decoded.count, into: &output.flow, problems: &output.problems)
            case .script:
                ScriptEscapes.read(decoded, 0..<decoded.count, into: &output.flow)
            case .html:
                var nested = HTMLReading(source: decoded, xml: false, allowsNestedHTML: false)
                swap(&nested.output, &output)
                nested.output.flow.appendBoundary(at: decoded.offset(of: 0))
                nested.output.markup.appendSegmentBoundary(at: decoded.offset(of: 0))
                nested.run()
                nested.output.flow.appendBoundary(at: decoded.offset(of: decoded.count))
                swap(&nested.output, &output)
            }
        }
    }
}
