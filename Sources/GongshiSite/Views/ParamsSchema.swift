import GongshiCore

/// The shape of `params` (front-matter keys Gongshi does not know) across a site's documents:
/// every key any document has, optional, with the type its values have. Built once per plan, since
/// the keys are the site's own.
struct ParamsSchema {
    let schema: ViewSchema

    init(_ documents: [Document]) {
        var shape = Shape.map([])
        for document in documents { shape = shape.merged(with: .of(.map(document.params))) }
        guard case .object(let schema) = shape.type(name: "params") else {
            preconditionFailure("params is a map")
        }
        self.schema = schema
    }

    /// A document's params as a value of this schema (missing keys `.absent`).
    func value(_ params: [(key: String, value: FrontMatterValue)]) -> TemplateValue {
        Self.value(.map(params), type: .object(schema))
    }

    private static func value(_ value: FrontMatterValue, type: ViewFieldType) -> TemplateValue {
        switch (value, type) {
        case (.text(let text), _):
            return .text(text)
        case (.list(let items), .list(let element)):
            return .list(items.map { Self.value($0, type: element) })
        case (.map(let pairs), .object(let schema)):
            var byKey: [String: FrontMatterValue] = [:]
            for (key, item) in pairs { byKey[key] = item }
            return .object(TemplateObject(schema, schema.fields.map { field in
                byKey[field.name].map { Self.value($0, type: field.type) } ?? .absent
            }))
        // A key that is a list in one document and a map in another: the value keeps its own shape.
        case (.list(let items), _):
            return .list(items.map { Self.value($0, type: .text) })
        case (.map(let pairs), _):
            return Self.value(.map(pairs), type: Shape.of(.map(pairs)).type(name: "params"))
        }
    }

    /// What a front-matter value looks like, merged over documents.
    indirect enum Shape {
        case text
        case list(Shape?)
        /// Keys in first-seen order.
        case map([(String, Shape)])

        static func of(_ value: FrontMatterValue) -> Shape {
            switch value {
            case .text: return .text
            case .list(let items):
                var element: Shape?
                for item in items { element = element?.merged(with: .of(item)) ?? .of(item) }
                return .list(element)
            case .map(let pairs):
                var merged = Shape.map([])
                for (key, item) in pairs { merged = merged.merged(with: .map([(key, .of(item))])) }
                return merged
            }
        }

        /// The union of two shapes; where they disagree, the first one's.
        func merged(with other: Shape) -> Shape {
            switch (self, other) {
            case (.list(let a), .list(let b)):
                switch (a, b) {
                case (let a?, let b?): return .list(a.merged(with: b))
                default: return .list(a ?? b)
                }
            case (.map(var fields), .map(let more)):
                for (key, shape) in more {
                    if let at = fields.firstIndex(where: { $0.0 == key }) {
                        fields[at].1 = fields[at].1.merged(with: shape)
                    } else {
                        fields.append((key, shape))
                    }
                }
                return .map(fields)
            default:
                return self
            }
        }

        func type(name: String) -> ViewFieldType {
            switch self {
            case .text: return .text
            case .list(let element): return .list(element?.type(name: name) ?? .text)
            case .map(let fields):
                return .object(ViewSchema(name, fields.map { ViewField($0.0, $0.1.type(name: name + "." + $0.0), optional: true) }))
            }
        }
    }
}
