import Yams

/// Walks a YAML mapping whose keys come from a known list: an unknown key is an error listing the
/// known ones (typos must not silently change a public site), a repeated key is an error.
struct YAMLMappingReader {
    let file: String
    /// Lines before the YAML text in its file.
    let lineOffset: Int

    init(file: String, lineOffset: Int = 0) {
        self.file = file
        self.lineOffset = lineOffset
    }

    func location(of node: Node) -> SourceLocation {
        YAMLReader.location(of: node, in: SourceLocation(file: file), lineOffset: lineOffset)
    }

    /// Calls `visit(key, value, valueLocation)` for each known key in file order.
    func read(
        _ node: Node, known: [String], log: inout DiagnosticLog,
        visit: (String, Node, SourceLocation, inout DiagnosticLog) -> Void
    ) {
        read(node, known: known, log: &log) { key, _, value, at, log in visit(key, value, at, &log) }
    }

    /// Calls `visit(key, keyLocation, value, valueLocation)` for each known key in file order; an
    /// unknown key is named in its message as `unknownLabel` gives it, or, with `passUnknown`,
    /// visited like the others (front matter keeps the keys it does not know). `keyName` maps a
    /// key as written to the one looked up (`Draft` → `draft`).
    func read(
        _ node: Node, known: [String], unknownLabel: (String) -> String = { $0 }, keyName: (String) -> String = { $0 },
        passUnknown: Bool = false, log: inout DiagnosticLog,
        visit: (String, SourceLocation, Node, SourceLocation, inout DiagnosticLog) -> Void
    ) {
        guard case .mapping(let mapping) = node else {
            log.error(location(of: node), Messages.expectedMapping)
            return
        }
        var seen: Set<String> = []
        for (keyNode, value) in mapping {
            // A key that is no text (`~:`, `? [a]:`) names nothing a reader that keeps unknown keys
            // could hand on: skipped there, an unknown key everywhere else.
            if passUnknown, YAMLReader.string(keyNode) == nil { continue }
            let key = keyName(YAMLReader.string(keyNode) ?? "")
            guard seen.insert(key).inserted else {
                log.error(location(of: keyNode), Messages.duplicateKey(key))
                continue
            }
            guard passUnknown || known.contains(key) else {
                log.error(location(of: keyNode), Messages.unknownSiteKey(unknownLabel(key), known: known))
                continue
            }
            visit(key, location(of: keyNode), value, location(of: value), &log)
        }
    }

    /// Non-empty trimmed text, or an error.
    func text(_ node: Node, key: String, at: SourceLocation, log: inout DiagnosticLog) -> String? {
        guard let text = YAMLReader.string(node)?.trimmingCharacters(in: .whitespacesAndNewlines), !text.isEmpty else {
            log.error(at, Messages.expectedText(key))
            return nil
        }
        return text
    }

    /// A list of texts (a single text counts as a list of one).
    func textList(_ node: Node, key: String, at: SourceLocation, log: inout DiagnosticLog) -> [String]? {
        switch node {
        case .scalar:
            return YAMLReader.string(node).map { [$0.trimmingCharacters(in: .whitespaces)] } ?? []
        case .sequence(let items):
            var list: [String] = []
            for item in items {
                guard let text = YAMLReader.string(item) else {
                    log.error(location(of: item), Messages.expectedTextList(key))
                    return nil
                }
                list.append(text.trimmingCharacters(in: .whitespaces))
            }
            return list
        default:
            log.error(at, Messages.expectedTextList(key))
            return nil
        }
    }

    /// A whole number within a range, written with ASCII digits.
    func integer(_ node: Node, key: String, range: ClosedRange<Int>, at: SourceLocation, log: inout DiagnosticLog) -> Int? {
        guard let text = YAMLReader.string(node), !text.isEmpty, text.utf8.allSatisfy({ $0 >= 48 && $0 <= 57 }),
              let value = Int(text), range.contains(value)
        else {
            log.error(at, Messages.expectedInteger(key, YAMLReader.string(node) ?? "", range: range))
            return nil
        }
        return value
    }
}
