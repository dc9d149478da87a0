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
