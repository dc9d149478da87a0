import Foundation

/// One key of a YAML mapping: its name, what it holds (for the reference in README), whether it
/// must be written, and how its value is read into the target.
struct YAMLField<Target> {
    let key: String
    /// What the value is, in the words of the reference: `文字`, `整数 1–365`, `A4 | A3`.
    let type: String
    /// One sentence for the reference table.
    let help: String
    var required = false
    /// `key:` with nothing after it (or `~`) counts as not written. Text keys leave it false: an
    /// empty title is an error, not a default.
    var nullIsAbsent = true
    /// The keys of the mapping (or of each list item) the value holds, for the reference.
    var parts: [YAMLKeyDoc] = []
    var read: (YAMLValue, inout Target, inout DiagnosticLog) -> Void
}

extension YAMLField {
    /// Non-empty text, trimmed.
    static func text(_ key: String, _ path: WritableKeyPath<Target, String>, help: String, required: Bool = false) -> Self {
        Self(key: key, type: "文字", help: help, required: required, nullIsAbsent: false) { value, target, log in
            if let text = value.text(&log) { target[keyPath: path] = text }
        }
    }

    static func text(_ key: String, _ path: WritableKeyPath<Target, String?>, help: String, required: Bool = false) -> Self {
        Self(key: key, type: "文字", help: help, required: required, nullIsAbsent: false) { value, target, log in
            if let text = value.text(&log) { target[keyPath: path] = text }
        }
    }

    /// Text or a list of texts.
    static func textList(_ key: String, _ path: WritableKeyPath<Target, [String]>, help: String) -> Self {
        Self(key: key, type: "文字或文字列表", help: help, nullIsAbsent: false) { value, target, log in
            if let list = value.textList(&log) { target[keyPath: path] = list }
        }
    }

    static func integer(_ key: String, _ range: ClosedRange<Int>, _ path: WritableKeyPath<Target, Int>, help: String) -> Self {
        Self(key: key, type: "整数 \(range.lowerBound)–\(range.upperBound)", help: help, nullIsAbsent: false) { value, target, log in
            if let number = value.integer(range, &log) { target[keyPath: path] = number }
        }
    }

    static func integer(_ key: String, _ range: ClosedRange<Int>, _ path: WritableKeyPath<Target, Int?>, help: String,
                        required: Bool = false) -> Self {
        Self(key: key, type: "整数 \(range.lowerBound)–\(range.upperBound)", help: help, required: required, nullIsAbsent: false) {
            value, target, log in
            if let number = value.integer(range, &log) { target[keyPath: path] = number }
        }
    }

    static func bool(_ key: String, _ path: WritableKeyPath<Target, Bool>, help: String) -> Self {
        Self(key: key, type: "true / false", help: help) { value, target, log in
            if let flag = value.bool(&log) { target[keyPath: path] = flag }
        }
    }

    static func date(_ key: String, _ path: WritableKeyPath<Target, ContentDate?>, timeZone: TimeZone, help: String,
                     required: Bool = false) -> Self {
        Self(key: key, type: "日期", help: help, required: required, nullIsAbsent: false) { value, target, log in
            if let date = value.date(timeZone: timeZone, &log) { target[keyPath: path] = date }
        }
    }

    static func amount(_ key: String, _ path: WritableKeyPath<Target, Fen?>, help: String, required: Bool = false) -> Self {
        Self(key: key, type: "金额（元）", help: help, required: required, nullIsAbsent: false) { value, target, log in
            if let fen = value.amount(&log) { target[keyPath: path] = fen }
        }
    }

    /// Text that `accept` turns into a value, or `message` (which never quotes the text).
    static func checked<T>(_ key: String, type: String, _ path: WritableKeyPath<Target, T>, message: Message, help: String,
                           nullIsAbsent: Bool = false, accept: @escaping (String) -> T?) -> Self {
        Self(key: key, type: type, help: help, nullIsAbsent: nullIsAbsent) { value, target, log in
            if let parsed = value.checked(message, &log, accept) { target[keyPath: path] = parsed }
        }
    }

    /// Like `checked`, into an optional part of the target.
    static func checkedOptional<T>(_ key: String, type: String, _ path: WritableKeyPath<Target, T?>, message: Message, help: String,
                                   required: Bool = false, nullIsAbsent: Bool = false, accept: @escaping (String) -> T?) -> Self {
        Self(key: key, type: type, help: help, required: required, nullIsAbsent: nullIsAbsent) { value, target, log in
            if let parsed = value.checked(message, &log, accept) { target[keyPath: path] = parsed }
        }
    }

    /// A mapping read into an optional part that exists only when the mapping is written.
    static func optionalSection<Part>(_ key: String, _ schema: YAMLSchema<Part>, _ path: WritableKeyPath<Target, Part?>, start: Part,
                                      help: String) -> Self {
        Self(key: key, type: "映射", help: help, parts: schema.docs) { value, target, log in
            var part = target[keyPath: path] ?? start
            schema.read(value, into: &part, log: &log)
            target[keyPath: path] = part
        }
    }

    /// A mapping read by its own schema into a part of the target.
    static func section<Part>(_ key: String, _ schema: YAMLSchema<Part>, _ path: WritableKeyPath<Target, Part>, help: String) -> Self {
        Self(key: key, type: "映射", help: help, parts: schema.docs) { value, target, log in
            schema.read(value, into: &target[keyPath: path], log: &log)
        }
    }

    /// A list of mappings, each read by `schema` from `start`; `finish` turns a read item into an
    /// element (nil when it is incomplete: it logs why). Anything but a list is `shape`.
    static func list<Item, Element>(
        _ key: String, _ schema: YAMLSchema<Item>, start: Item, _ path: WritableKeyPath<Target, [Element]>, shape: Message,
        help: String, finish: @escaping (Item, YAMLSchema<Item>.Reading, inout DiagnosticLog) -> Element?
    ) -> Self {
        Self(key: key, type: "列表", help: help, parts: schema.docs) { value, target, log in
            guard case .sequence = value.node, let items = value.items else {
                log.error(value.at, shape)
                return
            }
            var elements: [Element] = []
            for item in items {
                guard case .mapping = item.node else {
                    log.error(item.at, shape)
                    continue
                }
                var read = start
                let reading = schema.read(item, into: &read, log: &log)
                if let element = finish(read, reading, &log) { elements.append(element) }
            }
            target[keyPath: path] = elements
        }
    }
}
