import Yams

/// Parses YAML into Yams' node tree, keeping the text of every scalar as written
/// (no YAML 1.1 typing: `10:46` stays "10:46", `no` stays "no"), and positions for messages.
enum YAMLReader {
    /// - Parameter lineOffset: lines before the YAML text in its file (front matter starts after `---`).
    static func compose(_ text: String, location: SourceLocation, lineOffset: Int = 0) throws(ContentErrors) -> Node? {
        try YAMLPreflight.check(text, location: location, lineOffset: lineOffset)
        do {
            return try Yams.compose(yaml: text)
        } catch let error as YamlError {
            if case .duplicatedKeysInMapping(let keys, let context) = error {
                throw ContentErrors(keys.map { key in
                    .error(secondOccurrence(of: key, in: text, mapping: context.mark, file: location.file, lineOffset: lineOffset),
                           Messages.duplicateKey(key))
                })
            }
            throw ContentErrors([.error(position(of: error, in: location, lineOffset: lineOffset), YAMLSyntaxMessage.message(for: error, in: text))])
        } catch {
            throw ContentErrors([.error(location, Messages.yamlSyntaxOther)])
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

    /// Where a repeated key is written the second time. Yams reports only the first occurrence of
    /// one of the repeated keys; the mapping's own keys are the lines whose key starts in that
    /// column. A line opening a list item (`- key:`) starts a mapping of its own.
    private static func secondOccurrence(of key: String, in text: String, mapping mark: Mark, file: String, lineOffset: Int) -> SourceLocation {
        let lines = text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false).map { scalars -> YAMLKeyLine in
            var line = Substring(scalars)
            if line.hasSuffix("\r") { line = line.dropLast() }
            return YAMLKeyLine(line)
        }
        let markIndex = mark.line - 1
        guard markIndex >= 0, markIndex < lines.count else { return SourceLocation(file: file, line: mark.line + lineOffset) }
        var first = markIndex
        if !lines[first].opensListItem {
            var index = first - 1
            while index >= 0 {
                let line = lines[index]
                if line.isBlank { index -= 1; continue }
                if line.column < mark.column { break }
                if line.column == mark.column {
                    first = index
                    if line.opensListItem { break }
                }
                index -= 1
            }
        }
        var found = 0
        for index in first..<lines.count {
            let line = lines[index]
            if line.isBlank { continue }
            if index > first, line.column < mark.column || (line.opensListItem && line.column == mark.column) { break }
            guard line.column == mark.column, line.startsWithKey(key) else { continue }
            found += 1
            if found == 2 { return SourceLocation(file: file, line: index + 1 + lineOffset, column: line.column) }
        }
        return SourceLocation(file: file, line: mark.line + lineOffset, column: mark.column)
    }

    /// Unclosed quotes and flow collections are reported by libyaml where it gave up (often the end
    /// of the text); the place where they were opened is the one a clerk can fix.
    private static func position(of error: YamlError, in file: SourceLocation, lineOffset: Int) -> SourceLocation {
        switch error {
        case .scanner(let context, _, let mark, _), .parser(let context, _, let mark, _), .composer(let context, _, let mark, _):
            if let context, context.text.hasPrefix("while scanning a quoted") || context.text.hasPrefix("while parsing a flow") {
                return SourceLocation(file: file.file, line: context.mark.line + lineOffset, column: context.mark.column)
            }
            return SourceLocation(file: file.file, line: mark.line + lineOffset, column: mark.column)
        case .reader(_, let offset?, _, let yaml):
            // libyaml counts characters: the line is the number of line breaks before the offset.
            let before = yaml.unicodeScalars.prefix(offset)
            return file.with(line: before.reduce(1) { $0 + ($1 == "\n" ? 1 : 0) } + lineOffset)
        default:
            return file.with(line: lineOffset > 0 ? lineOffset : 1)
        }
    }
}

/// A line of block YAML seen as "key at column N", for locating repeated keys.
private struct YAMLKeyLine {
    /// 1-based column where the content starts after indentation and any `- ` list markers.
    let column: Int
    let opensListItem: Bool
    let content: Substring

    init(_ line: Substring) {
        var column = 1
        var rest = line
        var dash = false
        while let first = rest.first, first == " " || (first == "-" && rest.dropFirst().first == " ") {
            if first == "-" { dash = true }
            rest = rest.dropFirst()
            column += 1
        }
        self.column = column
        opensListItem = dash
        content = rest
    }

    var isBlank: Bool { content.isEmpty || content.hasPrefix("#") }

    func startsWithKey(_ key: String) -> Bool {
        let afterKey: Substring
        if content.hasPrefix("\"" + key + "\"") || content.hasPrefix("'" + key + "'") {
            afterKey = content.dropFirst(key.count + 2)
        } else if content.hasPrefix(key) {
            afterKey = content.dropFirst(key.count)
        } else {
            return false
        }
        return afterKey.drop(while: { $0 == " " }).hasPrefix(":")
    }
}
