import Foundation

/// Reads a text file as UTF-8 (a leading BOM is dropped). Anything else is a content error
/// naming the file and the line of the first bad byte.
public enum TextFileReader {
    /// Reads under the default limits (see `InputFileReader`); site files go through `SiteFiles`.
    public static func read(_ url: URL, displayPath: String) throws(ContentErrors) -> String {
        let data = try InputFileReader.read(path: url.path, displayPath: displayPath, limits: InputLimits())
        return try decode(data, displayPath: displayPath)
    }

    public static func decode(_ data: Data, displayPath: String) throws(ContentErrors) -> String {
        var body = data[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        if let text = String(validating: body, as: UTF8.self) { return text }
        let (line, column) = TextEncodingDetector.firstInvalidUTF8Position(body) ?? (1, 1)
        throw ContentErrors([
            .error(SourceLocation(file: displayPath, line: line, column: column), Messages.notUTF8)
        ])
    }
}
