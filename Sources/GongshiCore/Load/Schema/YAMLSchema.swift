import Foundation
import Yams

/// The keys a YAML mapping may hold and how each is read: `site.yaml` and its sections,
/// `_month.yaml`, `standards.yaml` entries. One reader walks every mapping, so each file gets
/// the same treatment: positions on every message, unknown keys an error naming the nearest known
/// key, repeated keys an error, required keys reported when missing, and a reference
/// (`YAMLSchemaReference`) generated from the same fields.
struct YAMLSchema<Target> {
    /// The section in messages (`supervision.`), empty at the top of a file.
    let prefix: String
    let fields: [YAMLField<Target>]
    /// Runs after the mapping is read (defaults that depend on other keys).
    var finish: ((inout Target) -> Void)?
    /// How an unknown key is named in its message (the bare key unless a section says otherwise).
    var unknownLabel: (String) -> String = { $0 }
    /// The key looked up for a key as written (front matter reads `Draft` as `draft`).
    var keyName: (String) -> String = { $0 }
    /// Where keys the schema does not know go, instead of being errors: front matter keeps them
    /// for templates (`document.params`), and the build warns about those nothing reads.
    var otherKeys: ((_ key: String, _ keyAt: SourceLocation, _ value: YAMLValue, inout Target) -> Void)?

    init(prefix: String = "", _ fields: [YAMLField<Target>], finish: ((inout Target) -> Void)? = nil) {
        self.prefix = prefix
        self.fields = fields
        self.finish = finish
    }

    var keys: [String] { fields.map(\.key) }

    /// The reference of its keys, nested sections included.
    var docs: [YAMLKeyDoc] {
        fields.map { YAMLKeyDoc(key: $0.key, type: $0.type, help: $0.help, required: $0.required, parts: $0.parts) }
    }

    /// What reading one mapping found.
    struct Reading {
        /// Keys written (with any value, even a wrong one).
        var written: Set<String> = []
        /// Errors logged while reading it.
        var errors = 0
        /// Where the mapping is.
        var at: SourceLocation
        /// Required keys not written.
        var missing: [String] = []
        /// Where each key written is.
        var keyLocations: [String: SourceLocation] = [:]
    }

    /// Reads `value` (a mapping; anything else is an error) into `target`. Required keys that are
    /// missing are in the reading; callers that have no message of their own use `readReporting`.
    @discardableResult
    func read(_ value: YAMLValue, into target: inout Target, log: inout DiagnosticLog) -> Reading {
        let errorsBefore = log.all.errors.count
        var reading = Reading(at: value.at)
        value.reader.read(value.node, known: keys, unknownLabel: unknownLabel, keyName: keyName, passUnknown: otherKeys != nil,
                          log: &log) { key, keyAt, node, at, log in
            reading.written.insert(key)
            reading.keyLocations[key] = keyAt
            guard let field = fields.first(where: { $0.key == key }) else {
                otherKeys?(key, keyAt, YAMLValue(node: node, at: at, label: key, reader: value.reader), &target)
                return
            }
            if field.nullIsAbsent, YAMLReader.isNull(node) { return }
            field.read(YAMLValue(node: node, at: at, label: prefix + key, reader: value.reader, keyAt: keyAt), &target, &log)
        }
        reading.missing = fields.filter { $0.required && !reading.written.contains($0.key) }.map(\.key)
        finish?(&target)
        reading.errors = log.all.errors.count - errorsBefore
        return reading
    }

    /// Reads like `read`, and reports each missing required key (`缺少必填项 key`) at `missingAt`.
    @discardableResult
    func readReporting(_ value: YAMLValue, into target: inout Target, missingAt: SourceLocation, log: inout DiagnosticLog) -> Reading {
        var reading = read(value, into: &target, log: &log)
        for key in reading.missing { log.error(missingAt, Messages.missingKey(prefix + key)) }
        reading.errors += reading.missing.count
        return reading
    }
}

extension YAMLValue {
    /// The whole text of a file read as one value (positions shifted by `lineOffset`).
    init(root: Node, file: String, lineOffset: Int = 0) {
        let reader = YAMLMappingReader(file: file, lineOffset: lineOffset)
        self.init(node: root, at: reader.location(of: root), label: "", reader: reader)
    }
}
