/// Walks a compiled template over a stack of contexts (the root view, then each value a section
/// enters), appending bytes. One per render call; the compiled template itself is shared.
struct TemplateRenderer {
    /// The contexts, as swift-mustache's stack: the root view first.
    private var frames: [TemplateValue]

    init(frames: [TemplateValue]) {
        self.frames = frames
        self.frames.reserveCapacity(16)
    }

    /// Renders one block. With an indentation, swift-mustache adds it before a token's output
    /// when the block's own output so far ends with a newline (a lone `\n`, not `\r\n`): at token
    /// boundaries only, not inside a value or a section's output.
    mutating func render(_ block: CompiledBlock, indentation: [UInt8], into out: inout [UInt8]) {
        if indentation.isEmpty {
            for node in block.nodes { render(node, indentation: indentation, into: &out) }
            return
        }
        let start = out.count
        for node in block.nodes {
            let count = out.count
            let atLineStart = count > start && out[count - 1] == UInt8(ascii: "\n")
                && !(count - 1 > start && out[count - 2] == UInt8(ascii: "\r"))
            guard atLineStart else {
                render(node, indentation: indentation, into: &out)
                continue
            }
            out.append(contentsOf: indentation)
            render(node, indentation: indentation, into: &out)
            if out.count == count + indentation.count { out.removeLast(indentation.count) }
        }
    }

    private mutating func render(_ node: CompiledNode, indentation: [UInt8], into out: inout [UInt8]) {
        switch node {
        case .text(let bytes):
            out.append(contentsOf: bytes)

        case .value(let lookup, let escaped):
            guard let (value, _) = find(lookup) else { return }
            switch value {
            case .text(let text):
                if escaped { HTMLBytes.appendEscaped(text, to: &out) } else { HTMLBytes.appendRaw(text, to: &out) }
            case .number(let number): HTMLBytes.appendDecimal(number, to: &out)
            case .flag(let flag): HTMLBytes.appendFlag(flag, to: &out)
            case .list, .object, .absent: return
            }

        case .section(let lookup, let bodies):
            guard let (value, candidate) = find(lookup), candidate < bodies.count else { return }
            switch (bodies[candidate], value) {
            case (.whenTrue(let body), .flag(let flag)):
                if flag { render(body, indentation: indentation, into: &out) }
            case (.eachItem(let body), .list(let items)):
                for item in items {
                    frames.append(item)
                    render(body, indentation: indentation, into: &out)
                    frames.removeLast()
                }
            case (.entering(let body), .text), (.entering(let body), .number), (.entering(let body), .object):
                frames.append(value)
                render(body, indentation: indentation, into: &out)
                frames.removeLast()
            default:
                // A value that does not have its schema's type: nothing, rather than a wrong stack.
                return
            }

        case .invertedSection(let lookup, let body, let emptyListBodies):
            guard let (value, candidate) = find(lookup) else {
                render(body, indentation: indentation, into: &out)
                return
            }
            switch value {
            case .flag(let flag):
                if !flag { render(body, indentation: indentation, into: &out) }
            case .list(let items):
                guard items.isEmpty, candidate < emptyListBodies.count, let listBody = emptyListBodies[candidate] else { return }
                frames.append(value)
                render(listBody, indentation: indentation, into: &out)
                frames.removeLast()
            case .text, .number, .object, .absent:
                return
            }

        case .include(let block, let more):
            render(block, indentation: more.isEmpty ? indentation : indentation + more, into: &out)
        }
    }

    /// The value a name has here and which candidate gave it; nil when missing (as swift-mustache
    /// finds no key). Frames, candidates and steps are read in place (`TemplateValue.field(at:)`
    /// borrows): copying a frame or a candidate out of its array retained its schema, which every
    /// page of a kind shares, and two cores retaining one object was a tenth of a build's CPU.
    private func find(_ lookup: ValueLookup) -> (TemplateValue, Int)? {
        switch lookup {
        case .current:
            guard let top = frames.last else { return nil }
            return (top, 0)
        case .candidates(let candidates):
            for position in candidates.indices {
                let depth = candidates[position].depth
                guard depth < frames.count, let found = frames[depth].field(at: candidates[position].step) else { continue }
                if case .absent = found { continue }
                var value = found
                let rest = candidates[position].rest
                for index in rest.indices {
                    guard let inner = value.field(at: rest[index]) else { return nil }
                    value = inner
                }
                if case .absent = value { return nil }
                return (value, position)
            }
            return nil
        }
    }
}

extension TemplateValue {
    /// The value of `step`'s field when this is an object of `step`'s schema, else nil.
    @inline(__always)
    func field(at step: LookupStep) -> TemplateValue? {
        guard case .object(let object) = self, object.schema === step.schema else { return nil }
        return object.values[step.index]
    }
}
