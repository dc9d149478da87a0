/// Hugo's TOML front matter (between `+++` lines), rewritten line for line as the YAML the front
/// matter decoder reads, so that every key keeps its line: `title = "…"` becomes `title: "…"`
/// (a TOML basic string is a YAML double-quoted one, a literal string a single-quoted one, an
/// array on one line a flow sequence, dates, numbers and booleans plain scalars), and a table
/// `[params]` a mapping whose keys follow, indented. What has no such line (multi-line strings
/// and arrays, inline tables, arrays of tables, dotted keys) is an error at its line, never body
/// text.
enum TOMLFrontMatter {
    struct Problem: Error {
        /// 0-based line within the TOML text.
        let line: Int
        let what: String
    }

    static func yaml(from toml: [Substring]) -> Result<String, Problem> {
        var out: [String] = []
        var inTable = false
        for (index, raw) in toml.enumerated() {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.isEmpty || line.hasPrefix("#") {
                out.append(String(line))
                continue
            }
            if line.hasPrefix("[[") { return .failure(Problem(line: index, what: "表数组（[[…]]）")) }
            if line.hasPrefix("[") {
                guard line.hasSuffix("]") else { return .failure(Problem(line: index, what: "表头")) }
                let name = line.dropFirst().dropLast().trimmingCharacters(in: .whitespaces)
                guard isBareKey(name) else { return .failure(Problem(line: index, what: "带点或引号的表名")) }
                out.append(name + ":")
                inTable = true
                continue
            }
            guard let equals = line.firstIndex(of: "=") else { return .failure(Problem(line: index, what: "没有“=”的行")) }
            let key = line[..<equals].trimmingCharacters(in: .whitespaces)
            let value = line[line.index(after: equals)...].trimmingCharacters(in: .whitespaces)
            let quotedKey = key.count >= 2 && key.hasPrefix("\"") && key.hasSuffix("\"")
            guard isBareKey(key) || quotedKey && !key.dropFirst().dropLast().contains("\"") else {
                return .failure(Problem(line: index, what: "带点的键"))
            }
            if value.hasPrefix("\"\"\"") || value.hasPrefix("'''") { return .failure(Problem(line: index, what: "多行字符串")) }
            if value.hasPrefix("{") { return .failure(Problem(line: index, what: "内联表（{…}）")) }
            if value.hasPrefix("["), !value.contains("]") { return .failure(Problem(line: index, what: "跨行的数组")) }
            guard !value.isEmpty else { return .failure(Problem(line: index, what: "没有值的键")) }
            out.append((inTable ? "  " : "") + key + ": " + value)
        }
        return .success(out.joined(separator: "\n"))
    }

    static func isBareKey(_ key: String) -> Bool {
        !key.isEmpty && key.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_" || $0 == "-") }
    }
}
