/// The values a compiled template reads: typed views (`TemplateObject`, described by a
/// `ViewSchema`) instead of `[String: Any]` dictionaries. Every field a template can name is
/// declared in a schema, so a misspelt `{{name}}` is an error when the theme is loaded, not an
/// empty cell on a published page.
///
/// Not `indirect`: lists and objects keep their values in arrays already, and an indirect enum
/// would put every text and number of every household row in a heap box of its own.
package enum TemplateValue: Sendable {
    /// Printed HTML-escaped by `{{name}}`, as it is by `{{{name}}}`.
    case text(String)
    /// Printed in decimal.
    case number(Int)
    /// A section shows its content when true (without entering a new context); printed
    /// `true`/`false` like swift-mustache does.
    case flag(Bool)
    /// A section repeats for each item, entering it; an empty list is false.
    case list([TemplateValue])
    /// A section enters it.
    case object(TemplateObject)
    /// An optional field that is not set: like a missing dictionary key, a lookup goes on to the
    /// enclosing contexts, a section is skipped and an inverted section shown.
    case absent
}

/// One view: its schema and one value per schema field, in the schema's order.
package struct TemplateObject: Sendable {
    package let schema: ViewSchema
    package let values: [TemplateValue]
    /// Names this object's content for the renderer's fragment cache (`village-month
    /// 2024-05/410829101201`): two objects with the same schema and identity show the same values.
    package let identity: String?

    package init(_ schema: ViewSchema, _ values: [TemplateValue], identity: String? = nil) {
        assert(values.count == schema.fields.count, "\(schema.name): \(values.count) values for \(schema.fields.count) fields")
        self.schema = schema
        self.values = values
        self.identity = identity
    }

    /// The value of a field by name (tests and the swift-mustache adapter; renderers use indexes).
    package subscript(name: String) -> TemplateValue? {
        schema.index(of: name).map { values[$0] }
    }
}

/// What a view offers a template: its fields, in order, with their types.
package final class ViewSchema: Sendable, CustomStringConvertible {
    package let name: String
    package let fields: [ViewField]
    private let indexByName: [String: Int]

    package init(_ name: String, _ fields: [ViewField]) {
        self.name = name
        self.fields = fields
        var index: [String: Int] = [:]
        for (position, field) in fields.enumerated() {
            precondition(index[field.name] == nil, "\(name): field \(field.name) declared twice")
            index[field.name] = position
        }
        indexByName = index
    }

    package func index(of name: String) -> Int? { indexByName[name] }
    package var description: String { name }
}

package struct ViewField: Sendable {
    package let name: String
    package let type: ViewFieldType
    /// May be `.absent`.
    package let optional: Bool

    package init(_ name: String, _ type: ViewFieldType, optional: Bool = false) {
        self.name = name
        self.type = type
        self.optional = optional
    }
}

package indirect enum ViewFieldType: Sendable {
    case text
    case number
    case flag
    case list(ViewFieldType)
    case object(ViewSchema)
}
