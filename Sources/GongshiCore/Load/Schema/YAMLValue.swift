import Foundation
import Yams

/// One value of a YAML mapping as a schema field sees it: the node, where it is written, and the
/// key as messages name it (`supervision.reply_days`). The typed readers log the field's own
/// message at the value's line and column and return nil when the value is not of the type.
struct YAMLValue {
    let node: Node
    let at: SourceLocation
    /// The key with its section, as messages show it.
    let label: String
    let reader: YAMLMappingReader
    /// Where its key is written (nil for list items and whole files).
    var keyAt: SourceLocation?

    /// The scalar's text as written (nil for null and non-scalars).
    var raw: String? { YAMLReader.string(node) }

    func text(_ log: inout DiagnosticLog) -> String? { reader.text(node, key: label, at: at, log: &log) }

    func textList(_ log: inout DiagnosticLog) -> [String]? { reader.textList(node, key: label, at: at, log: &log) }

    func integer(_ range: ClosedRange<Int>, _ log: inout DiagnosticLog) -> Int? {
        reader.integer(node, key: label, range: range, at: at, log: &log)
    }

    func bool(_ log: inout DiagnosticLog) -> Bool? {
        guard let flag = YAMLReader.bool(node) else {
            log.error(at, Messages.expectedBool(label))
            return nil
        }
        return flag
    }

    func date(timeZone: TimeZone, _ log: inout DiagnosticLog) -> ContentDate? {
        guard let text = raw, let date = DateParser.parse(text, timeZone: timeZone) else {
            log.error(at, Messages.invalidDate(raw ?? "", key: label, accepted: DateParser.acceptedForms))
            return nil
        }
        return date
    }

    /// An amount in yuan (`1,234.50`), as integer fen.
    func amount(_ log: inout DiagnosticLog) -> Fen? {
        guard let text = raw, let fen = Fen.parseYuan(text) else {
            log.error(at, Messages.invalidAmount(header: label, raw ?? "", line: at.line))
            return nil
        }
        return fen
    }

    /// The trimmed text when `accept` takes it; otherwise `message` at the value.
    func checked<T>(_ message: Message, _ log: inout DiagnosticLog, _ accept: (String) -> T?) -> T? {
        guard let text = raw?.trimmingCharacters(in: .whitespaces), let value = accept(text) else {
            log.error(at, message)
            return nil
        }
        return value
    }

    /// A list whose items are read one by one (a single scalar counts as a list of one).
    var items: [YAMLValue]? {
        switch node {
        case .sequence(let list): list.map { YAMLValue(node: $0, at: reader.location(of: $0), label: label, reader: reader) }
        case .scalar: [self]
        default: nil
        }
    }
}
