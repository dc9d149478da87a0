import Yams

/// YAML front matter as lines, edited key by key so that everything the author wrote and the
/// import does not touch (order, comments, quoting, lists) stays as it was. A top-level entry is a
/// line `key: …` at the left margin and the lines under it (indented, or a `- ` list at the margin).
struct FrontMatterLines {
    struct Entry {
        var key: String
        /// The entry's lines, the first one `key: …`.
        var lines: [String]
        /// 1-based line in the source file of the entry's first line (0 for lines the import added).
        var sourceLine: Int
    }

    /// Lines before the first key (comments, blank lines).
    var leading: [String] = []
    var entries: [Entry] = []

    init(_ yaml: String, firstLine: Int) {
        for (offset, line) in yaml.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let text = String(line)
            if let key = Self.topLevelKey(text) {
                entries.append(Entry(key: key, lines: [text], sourceLine: firstLine + offset))
            } else if entries.isEmpty {
                leading.append(text)
            } else {
                entries[entries.count - 1].lines.append(text)
            }
        }
    }

    var text: String { (leading + entries.flatMap(\.lines)).joined(separator: "\n") }
    var keys: [String] { entries.map(\.key) }

    func has(_ key: String) -> Bool { entries.contains { $0.key == key } }
    func entry(_ key: String) -> Entry? { entries.first { $0.key == key } }

    /// The value of a one-line `key: value` entry as YAML reads it (quotes, escapes and a trailing
    /// comment included); nil for a list, a map, a block scalar or no entry.
    func scalar(_ key: String) -> String? {
        guard let entry = entry(key), entry.lines.dropFirst().allSatisfy({ $0.trimmingCharacters(in: .whitespaces).isEmpty }),
              let node = try? Yams.compose(yaml: entry.lines[0]), case .mapping(let mapping) = node,
              case .scalar(let value)? = mapping.first?.value, !value.string.isEmpty else { return nil }
        return value.string
    }

    mutating func remove(_ key: String) {
        entries.removeAll { $0.key == key }
    }

    /// The entry under a new key, its value as written.
    mutating func rename(_ key: String, to newKey: String) {
        guard let index = entries.firstIndex(where: { $0.key == key }) else { return }
        var first = entries[index].lines[0]
        if let colon = first.firstIndex(of: ":") { first = newKey + first[colon...] }
        entries[index].lines[0] = first
        entries[index].key = newKey
    }

    /// `key: value` in place of the entry, or added at the end; `raw` writes the value as YAML
    /// as it is (`draft: true` a boolean, not the text "true").
    mutating func set(_ key: String, _ value: String, raw: Bool = false) {
        let line = key + ": " + (raw ? value : Self.quoted(value))
        if let index = entries.firstIndex(where: { $0.key == key }) {
            entries[index].lines = [line]
        } else {
            entries.append(Entry(key: key, lines: [line], sourceLine: 0))
        }
    }

    /// A mapping entry's children moved to the top level (Hugo's `[params]`), when none of their
    /// keys is taken there. Returns the keys moved, or nil when it was not done.
    mutating func flatten(_ key: String) -> [String]? {
        guard let index = entries.firstIndex(where: { $0.key == key }) else { return nil }
        let children = entries[index].lines.dropFirst().filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
        guard let indent = children.first?.prefix(while: { $0 == " " }).count, indent > 0,
              children.allSatisfy({ $0.hasPrefix(String(repeating: " ", count: indent)) }) else { return nil }
        let moved = FrontMatterLines(children.map { String($0.dropFirst(indent)) }.joined(separator: "\n"),
                                     firstLine: 0)
        guard moved.leading.allSatisfy({ $0.trimmingCharacters(in: .whitespaces).isEmpty || $0.hasPrefix("#") }),
              moved.keys.allSatisfy({ !has($0) }) else { return nil }
        var entries = moved.entries
        for i in entries.indices { entries[i].sourceLine = self.entries[index].sourceLine }
        self.entries.replaceSubrange(index...index, with: entries)
        return moved.keys
    }

    /// The key of a line that starts a top-level entry.
    static func topLevelKey(_ line: String) -> String? {
        guard let first = line.first, first != " ", first != "\t", first != "#", first != "-",
              let colon = line.firstIndex(of: ":") else { return nil }
        let after = line.index(after: colon)
        guard after == line.endIndex || line[after] == " " || line[after] == "\t" else { return nil }
        var key = line[..<colon].trimmingCharacters(in: .whitespaces)
        if key.count >= 2, let quote = key.first, quote == "\"" || quote == "'", key.last == quote {
            key = String(key.dropFirst().dropLast())
        }
        return key.isEmpty ? nil : key
    }

    /// A value written so YAML reads it as that text: plain when it is plainly safe (letters,
    /// digits, `-_./+`, spaces inside, a `:` only between digits as in a time), else
    /// double-quoted with escapes. Words YAML reads as null or a boolean are quoted too.
    static func quoted(_ value: String) -> String {
        let characters = Array(value)
        var plain = !characters.isEmpty && !characters[0].isWhitespace && characters[0] != "-" && characters.last.map { !$0.isWhitespace } ?? false
        for (index, character) in characters.enumerated() where plain {
            if character.isLetter || character.isNumber || "-_./+ ".contains(character) { continue }
            let betweenDigits = character == ":" && index > 0 && index + 1 < characters.count
                && characters[index - 1].isASCII && characters[index - 1].isNumber && characters[index + 1].isASCII && characters[index + 1].isNumber
            plain = betweenDigits
        }
        let special: Set<String> = ["null", "~", "true", "false", "yes", "no", "on", "off", "y", "n"]
        if plain, !special.contains(value.lowercased()) { return value }
        var escaped = ""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\\": escaped += "\\\\"
            case "\"": escaped += "\\\""
            case "\n": escaped += "\\n"
            case "\t": escaped += "\\t"
            case "\r": escaped += "\\r"
            default:
                if scalar.value < 0x20 { escaped += String(format: "\\x%02X", scalar.value) } else { escaped.unicodeScalars.append(scalar) }
            }
        }
        return "\"" + escaped + "\""
    }
}
