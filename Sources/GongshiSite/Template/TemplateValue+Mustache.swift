/// The same values as swift-mustache reads them (`[String: Any]`, arrays, strings, numbers and
/// booleans): the reference that compiled templates are tested against, byte for byte.
extension TemplateValue {
    /// nil for `.absent`: a missing key, as the dictionaries had.
    package var mustacheValue: Any? {
        switch self {
        case .text(let text): return text
        case .number(let number): return number
        case .flag(let flag): return flag
        case .list(let items): return items.map { $0.mustacheValue ?? "" } as [Any]
        case .object(let object): return object.mustacheDictionary
        case .absent: return nil
        }
    }
}

extension TemplateObject {
    package var mustacheDictionary: [String: Any] {
        var dictionary: [String: Any] = [:]
        for (field, value) in zip(schema.fields, values) {
            if let plain = value.mustacheValue { dictionary[field.name] = plain }
        }
        return dictionary
    }
}
