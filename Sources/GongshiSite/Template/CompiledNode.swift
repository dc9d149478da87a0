/// A template after compilation: text as UTF-8 bytes and every name already resolved to the
/// places (stack depth, field index) it can come from, so rendering does no dictionary lookups
/// and builds no strings. Immutable, shared between threads.
package indirect enum CompiledNode: Sendable {
    case text([UInt8])
    /// `{{name}}` / `{{{name}}}`: a text, number or flag.
    case value(ValueLookup, escaped: Bool)
    /// `{{#name}}`: `bodies[c]` is the body compiled for what candidate `c` holds (entered,
    /// iterated, or, for a flag, in the same context).
    case section(ValueLookup, bodies: [SectionBody])
    /// `{{^name}}`: `body` when the name is missing, absent or false; `emptyListBodies[c]` when
    /// candidate `c` is an empty list (swift-mustache enters the empty list).
    case invertedSection(ValueLookup, body: CompiledBlock, emptyListBodies: [CompiledBlock?])
    /// A partial, a parent or a block: rendered as a template of its own (indentation is added at
    /// its token boundaries), with `indentation` added to the current one.
    case include(CompiledBlock, indentation: [UInt8])
}

/// The tokens of one template rendering in swift-mustache's sense (a template, a section body,
/// a partial, a block): the unit within which a partial's indentation is applied.
package final class CompiledBlock: Sendable {
    package let nodes: [CompiledNode]
    package init(_ nodes: [CompiledNode]) { self.nodes = nodes }
}

/// How a section body is entered, compiled for one candidate's type.
package enum SectionBody: Sendable {
    /// A flag: shown in the same context when true.
    case whenTrue(CompiledBlock)
    /// A list: repeated for each item, entering it.
    case eachItem(CompiledBlock)
    /// A text, a number or an object: entered.
    case entering(CompiledBlock)
}

/// Where a name's value is found at render time.
package enum ValueLookup: Sendable {
    /// `.`: the innermost context.
    case current
    /// The candidates in order, innermost first: the first whose value is not `.absent` wins,
    /// like a missing dictionary key in swift-mustache. Only the last may be non-optional.
    case candidates([LookupCandidate])
}

/// One context that declares a name's first segment, and the path through the other segments.
package struct LookupCandidate: Sendable {
    /// Index in the context stack (0 is the page's root view).
    package let depth: Int
    package let step: LookupStep
    /// The following segments of a dotted name (`page.title`): no falling back once the first
    /// segment is found, as in swift-mustache.
    package let rest: [LookupStep]
}

/// A field of an object of a known schema (checked at render time, so a view that does not
/// match its declared schema renders nothing rather than the wrong field).
package struct LookupStep: Sendable {
    package let schema: ViewSchema
    package let index: Int
}
