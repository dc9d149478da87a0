/// A typed view: Swift values with a declared schema, turned into the `TemplateObject` a template
/// reads. Every view of a page kind states its fields once, so the compiled renderer can check a
/// theme against them and a test can check every built object against its schema.
protocol TemplateView {
    static var schema: ViewSchema { get }
    /// One value per schema field, in schema order.
    var values: [TemplateValue] { get }
}

extension TemplateView {
    var object: TemplateObject { TemplateObject(Self.schema, values) }
    var templateValue: TemplateValue { .object(object) }
    static var type: ViewFieldType { .object(schema) }
}

extension TemplateValue {
    /// `.absent` for nil: the key the dictionaries left out.
    static func optional(_ text: String?) -> TemplateValue { text.map(TemplateValue.text) ?? .absent }
    static func optional<View: TemplateView>(_ view: View?) -> TemplateValue { view.map(\.templateValue) ?? .absent }
    static func views<View: TemplateView>(_ views: [View]) -> TemplateValue { .list(views.map(\.templateValue)) }
    static func texts(_ texts: [String]) -> TemplateValue { .list(texts.map(TemplateValue.text)) }
}
