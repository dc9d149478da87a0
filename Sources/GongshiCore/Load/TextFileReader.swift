import Foundation

/// Reads a text file as UTF-8 (a leading BOM is dropped). Anything else is a content error
/// naming the file and the line of the first bad byte.
public enum TextFileReader {
    public static func read(_ url: URL, displayPath: String) throws(ContentErrors) -> String {
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw ContentErrors([.error(SourceLocation(file: displayPath), Messages.cannotRead(error))])
        }
        return try decode(data, displayPath: displayPath)
    }

    public static func decode(_ data: Data, displayPath: String) throws(ContentErrors) -> String {
        var body = data[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        if let text = String(validating: body, as: UTF8.self) { return text }
        let (line, column) = firstInvalidUTF8Position(Array(body))
        throw ContentErrors([
            .error(SourceLocation(file: displayPath, line: line, column: column), Messages.notUTF8)
        ])
    }

    /// 1-based line and column (in characters) of the first byte that is not valid UTF-8.
    static func firstInvalidUTF8Position(_ bytes: [UInt8]) -> (Int, Int) {
        var line = 1, column = 1
        var i = 0
        while i < bytes.count {
            let b = bytes[i]
            let length: Int
            switch b {
            case 0x00...0x7F: length = 1
            case 0xC2...0xDF: length = 2
            case 0xE0...0xEF: length = 3
            case 0xF0...0xF4: length = 4
            default: return (line, column)
            }
            guard i + length <= bytes.count,
                  String(validating: bytes[i..<(i + length)], as: UTF8.self) != nil
            else { return (line, column) }
            if b == 0x0A {
                line += 1
                column = 1
            } else {
                column += 1
            }
            i += length
        }
        return (line, column)
    }
}
