/// Splits a Markdown file into YAML front matter and body. Front matter sits between `---` lines;
/// blank lines before the first `---` are tolerated (Hexo and similar tools write them).
public struct FrontMatterSplit: Sendable, Equatable {
    /// The YAML text, or nil when the file has no front matter.
    public var yaml: String?
    /// Line number (1-based) of the YAML's first line.
    public var yamlFirstLine: Int
    public var body: String
    /// Line number (1-based) of the body's first line.
    public var bodyFirstLine: Int
}

public enum FrontMatterSplitter {
    public static func split(_ text: String, file: String) throws(ContentErrors) -> FrontMatterSplit {
        // Split on the scalar: in Swift "\r\n" is a single Character and would not match "\n".
        let lines = text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false).map { Substring($0) }
        var index = 0
        while index < lines.count, isBlank(lines[index]) { index += 1 }
        if index < lines.count, trimmedEnd(lines[index]) == "+++" { return try toml(lines, opening: index, file: file) }
        // JSON: a line that is `{` alone or opens an object with a key (`{ "title": …`), never a Hexo `{% … %}`.
        if index < lines.count, trimmedEnd(lines[index]) == "{" || lines[index].hasPrefix("{\"") || lines[index].hasPrefix("{ \"") {
            return try json(lines, opening: index, file: file)
        }
        guard index < lines.count, isFence(lines[index]) else {
            return FrontMatterSplit(yaml: nil, yamlFirstLine: 0, body: text, bodyFirstLine: 1)
        }
        let opening = index
        var closing: Int?
        for candidate in (opening + 1)..<max(opening + 1, lines.count) where isFence(lines[candidate]) || isYAMLEnd(lines[candidate]) {
            closing = candidate
            break
        }
        guard let closing else {
            throw ContentErrors([.error(SourceLocation(file: file, line: opening + 1, column: 1), Messages.frontMatterUnterminated)])
        }
        let yaml = lines[(opening + 1)..<closing].map { $0.hasSuffix("\r") ? $0.dropLast() : $0 }.joined(separator: "\n")
        let body = lines[(closing + 1)...].joined(separator: "\n")
        return FrontMatterSplit(yaml: yaml, yamlFirstLine: opening + 2, body: body, bodyFirstLine: closing + 2)
    }

    /// Hugo's TOML front matter, between `+++` lines: read as the YAML it says (`TOMLFrontMatter`).
    private static func toml(_ lines: [Substring], opening: Int, file: String) throws(ContentErrors) -> FrontMatterSplit {
        guard let closing = lines.indices.dropFirst(opening + 1).first(where: { trimmedEnd(lines[$0]) == "+++" }) else {
            throw ContentErrors([.error(SourceLocation(file: file, line: opening + 1, column: 1), Messages.frontMatterUnterminated)])
        }
        let toml = lines[(opening + 1)..<closing].map { $0.hasSuffix("\r") ? $0.dropLast() : $0 }
        switch TOMLFrontMatter.yaml(from: toml) {
        case .success(let yaml):
            return FrontMatterSplit(yaml: yaml, yamlFirstLine: opening + 2, body: lines[(closing + 1)...].joined(separator: "\n"),
                                    bodyFirstLine: closing + 2)
        case .failure(let problem):
            throw ContentErrors([.error(SourceLocation(file: file, line: opening + 2 + problem.line, column: 1),
                                        Messages.frontMatterFormat("TOML " + problem.what))])
        }
    }

    /// Hugo's JSON front matter: an object from a line starting with `{` to the line where it
    /// closes. JSON is YAML, so the decoder reads it as it is.
    private static func json(_ lines: [Substring], opening: Int, file: String) throws(ContentErrors) -> FrontMatterSplit {
        var depth = 0
        var inString = false
        var escaped = false
        for index in opening..<lines.count {
            for character in lines[index].unicodeScalars {
                if inString {
                    if escaped { escaped = false } else if character == "\\" { escaped = true } else if character == "\"" { inString = false }
                    continue
                }
                switch character {
                case "\"": inString = true
                case "{", "[": depth += 1
                case "}", "]": depth -= 1
                default: break
                }
            }
            if depth <= 0 {
                guard trimmedEnd(lines[index]).hasSuffix("}") else {
                    throw ContentErrors([.error(SourceLocation(file: file, line: index + 1, column: 1),
                                                Messages.frontMatterFormat("JSON 对象结束后同一行的内容"))])
                }
                let yaml = lines[opening...index].map { $0.hasSuffix("\r") ? $0.dropLast() : $0 }.joined(separator: "\n")
                return FrontMatterSplit(yaml: yaml, yamlFirstLine: opening + 1, body: lines[(index + 1)...].joined(separator: "\n"),
                                        bodyFirstLine: index + 2)
            }
        }
        throw ContentErrors([.error(SourceLocation(file: file, line: opening + 1, column: 1), Messages.frontMatterUnterminated)])
    }

    private static func trimmedEnd(_ line: Substring) -> Substring {
        var end = line.endIndex
        while end > line.startIndex {
            let before = line.index(before: end)
            guard line[before] == " " || line[before] == "\t" || line[before] == "\r" else { break }
            end = before
        }
        return line[line.startIndex..<end]
    }

    private static func isBlank(_ line: Substring) -> Bool { trimmedEnd(line).isEmpty }
    private static func isFence(_ line: Substring) -> Bool { trimmedEnd(line) == "---" }
    private static func isYAMLEnd(_ line: Substring) -> Bool { trimmedEnd(line) == "..." }
}
