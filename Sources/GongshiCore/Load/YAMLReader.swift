import Yams

/// Parses YAML into Yams' node tree, keeping the text of every scalar as written
/// (no YAML 1.1 typing: `10:46` stays "10:46", `no` stays "no"), and positions for messages.
enum YAMLReader {
    /// - Parameter lineOffset: lines before the YAML text in its file (front matter starts after `---`).
    static func compose(_ text: String, location: SourceLocation, lineOffset: Int = 0) throws(ContentErrors) -> Node? {
        do {
            return try Yams.compose(yaml: text)
        } catch let error as YamlError {
            throw ContentErrors([.error(position(of: error, in: location, lineOffset: lineOffset), Messages.invalidYAML(describe(error)))])
        } catch {
            throw ContentErrors([.error(location, Messages.invalidYAML("\(error)"))])
        }
    }

    static func location(of node: Node, in file: SourceLocation, lineOffset: Int) -> SourceLocation {
        guard let mark = node.mark else { return file }
        return SourceLocation(file: file.file, line: mark.line + lineOffset, column: mark.column)
    }

    /// The scalar's text, or nil for YAML null (`~`, `null`, empty) and for non-scalars.
    static func string(_ node: Node) -> String? {
        guard case .scalar(let scalar) = node else { return nil }
        if scalar.style == .plain, ["", "~", "null", "Null", "NULL"].contains(scalar.string) { return nil }
        return scalar.string
    }

    static func isNull(_ node: Node) -> Bool {
        guard case .scalar(let scalar) = node else { return false }
        return scalar.style == .plain && ["", "~", "null", "Null", "NULL"].contains(scalar.string)
    }

    /// `true`/`false` (and YAML 1.1's yes/no/on/off), case-insensitive.
    static func bool(_ node: Node) -> Bool? {
        guard case .scalar(let scalar) = node, scalar.style == .plain else { return nil }
        switch scalar.string.lowercased() {
        case "true", "yes", "on": return true
        case "false", "no", "off": return false
        default: return nil
        }
    }

    private static func position(of error: YamlError, in file: SourceLocation, lineOffset: Int) -> SourceLocation {
        switch error {
        case .scanner(_, _, let mark, _), .parser(_, _, let mark, _), .composer(_, _, let mark, _):
            return SourceLocation(file: file.file, line: mark.line + lineOffset, column: mark.column)
        default:
            return file.with(line: lineOffset > 0 ? lineOffset : 1)
        }
    }

    private static func describe(_ error: YamlError) -> String {
        switch error {
        case .scanner(let context, let problem, _, _), .parser(let context, let problem, _, _),
             .composer(let context, let problem, _, _):
            if let context { return "\(context.text) \(problem)" }
            return problem
        default:
            return "\(error)"
        }
    }
}
