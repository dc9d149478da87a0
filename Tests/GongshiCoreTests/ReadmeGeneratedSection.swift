import Foundation
import Testing

/// A section of README.md between two marker comments that is generated from code (message codes,
/// YAML keys, roster columns): the test fails when README differs, and with
/// GONGSHI_UPDATE_README=1 it rewrites the section instead.
enum ReadmeGeneratedSection {
    static let readme = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("README.md")

    static func expect(between begin: String, and end: String, is table: String,
                       sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        var text = try String(contentsOf: readme, encoding: .utf8)
        let start = try #require(text.range(of: begin), sourceLocation: sourceLocation)
        let stop = try #require(text.range(of: end, range: start.upperBound..<text.endIndex), sourceLocation: sourceLocation)
        let current = text[start.upperBound..<stop.lowerBound].trimmingCharacters(in: .whitespacesAndNewlines)
        if ProcessInfo.processInfo.environment["GONGSHI_UPDATE_README"] == "1", current != table {
            text.replaceSubrange(start.upperBound..<stop.lowerBound, with: "\n" + table + "\n")
            try text.write(to: readme, atomically: true, encoding: .utf8)
            return
        }
        #expect(current == table, sourceLocation: sourceLocation)
    }
}
