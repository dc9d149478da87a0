/// A template compiled against its page's root view: renders a `TemplateObject` of that schema
/// straight into bytes. Immutable and `Sendable`: one compiled template serves every page of its
/// kind, from any number of threads at once.
package struct CompiledTemplate: Sendable {
    let body: CompiledBlock
    /// The schema the template was compiled for; the root given to `render` must have it.
    package let root: ViewSchema
    /// How big its last page was, to reserve a new page's buffer at once instead of growing it.
    private let sizeHint = RenderSizeHint()

    init(body: CompiledBlock, root: ViewSchema) {
        self.body = body
        self.root = root
    }

    /// Appends the page to `out`, byte for byte what swift-mustache prints for the same values
    /// given as dictionaries (`TemplateObject.mustacheDictionary`).
    package func render(_ root: TemplateObject, into out: inout [UInt8]) {
        precondition(root.schema === self.root, "template compiled for \(self.root.name), given \(root.schema.name)")
        if out.isEmpty { out.reserveCapacity(sizeHint.bytes) }
        var renderer = TemplateRenderer(frames: [.object(root)])
        renderer.render(body, indentation: [], into: &out)
        sizeHint.bytes = out.count
    }

    /// The page as a `String` (tests, and callers that still want text).
    package func render(_ root: TemplateObject) -> String {
        var out: [UInt8] = []
        render(root, into: &out)
        return String(decoding: out, as: UTF8.self)
    }
}
