import GongshiCore

/// Compiles a theme's Mustache templates against typed views (`ViewSchema`), once, when the
/// theme is loaded: every name is resolved to the contexts it can come from, so a name no view
/// has, or a list printed as text, is an error naming the template's file, line and column, and
/// rendering needs no lookups by name. Partials, parents and blocks are compiled in the contexts
/// they are included in (memoised per template, context stack and inherited blocks).
package final class TemplateCompiler {
    private let sources: [String: TemplateSource]
    private var parsed: [String: [MustacheNode]] = [:]
    private var compiled: [String: CompiledBlock] = [:]
    /// Keys being compiled: meeting one again means a partial includes itself.
    private var inProgress: Set<String> = []
    /// Schemas named in memo keys by identity, kept alive as long as the keys.
    private var schemas: [ObjectIdentifier: ViewSchema] = [:]

    /// - Parameter templates: by name (`roster_village`), as partials name them.
    package init(templates: [String: TemplateSource]) {
        self.sources = templates
    }

    /// The template `name` compiled for pages whose root view is described by `root`.
    package func compile(_ name: String, root: ViewSchema) throws(ContentErrors) -> CompiledTemplate {
        schemas[ObjectIdentifier(root)] = root
        let scope = Scope(frames: [.object(root)], inherited: [:], path: sources[name]?.path ?? name + ".mustache", depth: 0)
        let body = try include(name, in: scope, at: nil)
        return CompiledTemplate(body: body, root: root)
    }

    /// What the compiler knows at a point of a template.
    private struct Scope {
        /// The type of each context on the render stack, the root view first.
        var frames: [ViewFieldType]
        /// Block overrides of the parents being rendered, by block name.
        var inherited: [String: MustacheBlockOverride]
        /// The file being compiled, for messages.
        var path: String
        /// Partials deep, to stop runaway recursion.
        var depth: Int
        /// Overrides being expanded: one that contains its own block would expand forever.
        var expanding: Set<String> = []

        func entering(_ type: ViewFieldType) -> Scope {
            var scope = self
            scope.frames.append(type)
            return scope
        }
    }

    private func include(_ name: String, in scope: Scope, at: TemplatePosition?) throws(ContentErrors) -> CompiledBlock {
        guard let source = sources[name] else {
            throw error(scope, at, Messages.templatePartialUnknown(name))
        }
        let key = memoKey(name, scope)
        if let block = compiled[key] { return block }
        guard !inProgress.contains(key), scope.depth < 64 else {
            throw error(scope, at, Messages.templatePartialRecursive(name))
        }
        inProgress.insert(key)
        defer { inProgress.remove(key) }
        let nodes = try parse(name, source)
        var inner = scope
        inner.path = source.path
        inner.depth += 1
        let block = CompiledBlock(try compile(nodes, in: inner))
        compiled[key] = block
        return block
    }

    private func parse(_ name: String, _ source: TemplateSource) throws(ContentErrors) -> [MustacheNode] {
        if let nodes = parsed[name] { return nodes }
        let nodes = try MustacheParser.parse(source.text, templateName: name, path: source.path)
        parsed[name] = nodes
        return nodes
    }

    private func compile(_ nodes: [MustacheNode], in scope: Scope) throws(ContentErrors) -> [CompiledNode] {
        var result: [CompiledNode] = []
        result.reserveCapacity(nodes.count)
        for node in nodes {
            result.append(try compile(node, in: scope))
        }
        return result
    }

    private func compile(_ node: MustacheNode, in scope: Scope) throws(ContentErrors) -> CompiledNode {
        switch node {
        case .text(let text):
            return .text(Array(text.utf8))

        case .variable(let name, let escaped, let at):
            let (lookup, types) = try resolve(name, in: scope, at: at)
            for type in types {
                switch type {
                case .text, .number, .flag: continue
                case .list: throw error(scope, at, Messages.templateValueNotPrintable(name.description, kind: Messages.templateKindList))
                case .object: throw error(scope, at, Messages.templateValueNotPrintable(name.description, kind: Messages.templateKindObject))
                }
            }
            return .value(lookup, escaped: escaped)

        case .section(let name, inverted: false, let body, let at):
            let (lookup, types) = try resolve(name, in: scope, at: at)
            var bodies: [SectionBody] = []
            for type in types {
                switch type {
                case .flag: bodies.append(.whenTrue(CompiledBlock(try compile(body, in: scope))))
                case .list(let item): bodies.append(.eachItem(CompiledBlock(try compile(body, in: scope.entering(item)))))
                case .text, .number, .object: bodies.append(.entering(CompiledBlock(try compile(body, in: scope.entering(type)))))
                }
            }
            return .section(lookup, bodies: bodies)

        case .section(let name, inverted: true, let body, let at):
            let (lookup, types) = try resolve(name, in: scope, at: at)
            let shown = CompiledBlock(try compile(body, in: scope))
            var emptyListBodies: [CompiledBlock?] = []
            for type in types {
                if case .list = type {
                    emptyListBodies.append(CompiledBlock(try compile(body, in: scope.entering(type))))
                } else {
                    emptyListBodies.append(nil)
                }
            }
            return .invertedSection(lookup, body: shown, emptyListBodies: emptyListBodies)

        case .partial(let name, let indentation, let at):
            return .include(try include(name, in: scope, at: at), indentation: Array((indentation ?? "").utf8))

        case .parent(let name, let indentation, let overrides, let at):
            var inner = scope
            // The overrides already inherited win, as in swift-mustache's `withPartial`.
            inner.inherited = scope.inherited.merging(overrides) { inherited, _ in inherited }
            return .include(try include(name, in: inner, at: at), indentation: Array(indentation.utf8))

        case .block(let name, let defaultBody, let indentation, let at):
            let block: CompiledBlock
            if let override = scope.inherited[name] {
                guard !scope.expanding.contains(override.id) else {
                    throw error(scope, at, Messages.templatePartialRecursive(name))
                }
                var inner = scope
                inner.expanding.insert(override.id)
                inner.path = sources[override.templateName]?.path ?? scope.path
                block = CompiledBlock(try compile(override.body, in: inner))
            } else {
                block = CompiledBlock(try compile(defaultBody, in: scope))
            }
            return .include(block, indentation: Array(indentation.utf8))
        }
    }

    private func resolve(_ name: MustacheName, in scope: Scope, at: TemplatePosition) throws(ContentErrors) -> (ValueLookup, [ViewFieldType]) {
        switch NameResolver(frames: scope.frames).resolve(name) {
        case .success(let resolved):
            if name.isCurrentContext { return (.current, resolved.types) }
            return (.candidates(resolved.candidates), resolved.types)
        case .failure(.unknown(let view, let nearest)):
            throw error(scope, at, Messages.templateNameUnknown(name.description, view: view, nearest: nearest))
        case .failure(.notObject(let segment)):
            throw error(scope, at, Messages.templateNameNotObject(name.description, segment: segment))
        }
    }

    private func memoKey(_ name: String, _ scope: Scope) -> String {
        var key = name + "|"
        for frame in scope.frames { key += typeKey(frame) + "," }
        key += "|"
        for (block, override) in scope.inherited.sorted(by: { $0.key < $1.key }) { key += block + "=" + override.id + ";" }
        return key
    }

    private func typeKey(_ type: ViewFieldType) -> String {
        switch type {
        case .text: return "t"
        case .number: return "n"
        case .flag: return "f"
        case .list(let item): return "l(" + typeKey(item) + ")"
        case .object(let schema):
            let identifier = ObjectIdentifier(schema)
            schemas[identifier] = schema
            return "o\(UInt(bitPattern: identifier.hashValue))"
        }
    }

    private func error(_ scope: Scope, _ at: TemplatePosition?, _ message: Message) -> ContentErrors {
        let location = at.map { SourceLocation(file: scope.path, line: $0.line, column: $0.column) } ?? SourceLocation(file: scope.path)
        return ContentErrors([.error(location, message)])
    }
}
