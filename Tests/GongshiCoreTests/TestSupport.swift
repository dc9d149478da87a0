import Foundation
import Testing
@testable import GongshiCore

extension TimeZone {
    static let shanghai = TimeZone(identifier: "Asia/Shanghai")!
    static let newYork = TimeZone(identifier: "America/New_York")!
    static let utc = TimeZone(identifier: "UTC")!
}

/// What `DocumentLoader.parse` produced: the document (nil when it threw) and every diagnostic,
/// logged or thrown, rendered as `file:line:column: 错误: message`.
struct ParseOutcome {
    var document: Document?
    var diagnostics: [Diagnostic]
    var rendered: [String] { diagnostics.map(\.description) }
}

func parseDocument(
    _ text: String, contentPath: String = "articles/a.md", kind: DocumentKind = .article,
    timeZone: TimeZone = .shanghai
) -> ParseOutcome {
    var log = DiagnosticLog()
    do {
        let document = try DocumentLoader.parse(
            text, kind: kind, sourcePath: "content/" + contentPath, contentPath: contentPath,
            timeZone: timeZone, log: &log)
        return ParseOutcome(document: document, diagnostics: log.all)
    } catch {
        return ParseOutcome(document: nil, diagnostics: log.all + error.diagnostics)
    }
}

/// `SiteConfigLoader.parse`: the config, or the diagnostics it threw, rendered.
func parseSiteConfig(_ text: String) -> (config: SiteConfig?, rendered: [String]) {
    do {
        return (try SiteConfigLoader.parse(text), [])
    } catch {
        return (nil, error.diagnostics.map(\.description))
    }
}

/// The line a diagnostic prints: `location: 错误 GS1203: text` and the hint below.
func errorLine(_ location: String, _ message: Message) -> String { "\(location): " + message.line(.error) }
func warningLine(_ location: String, _ message: Message) -> String { "\(location): " + message.line(.warning) }

/// A fresh folder under the system temporary folder, removed by the caller.
func makeTemporaryFolder() throws -> URL {
    let url = FileManager.default.temporaryDirectory
        .appendingPathComponent("gongshi-core-tests-\(UUID().uuidString)", isDirectory: true)
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}

/// Writes `files` (relative path → bytes) below `folder`.
func write(_ files: [String: Data], in folder: URL) throws {
    for (path, data) in files {
        let url = folder.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: url)
    }
}

/// GongshiCore's, not Swift Testing's.
typealias SourceLocation = GongshiCore.SourceLocation
