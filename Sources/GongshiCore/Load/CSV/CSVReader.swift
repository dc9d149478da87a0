import Foundation

/// One field of a CSV record, with where it starts in the file.
///
/// `line` and `column` are 1-based and point at the field's first character: the opening quote
/// for a quoted field; for an empty field, the place where it would start (just after the comma,
/// or at the line break). Columns count Unicode scalars (code points), not bytes and not grapheme
/// clusters, the same as `TextFileReader`: each Chinese character is one column, a tab is one
/// column, a combining mark or each part of an emoji sequence is a column of its own.
public struct CSVField: Sendable, Equatable {
    public let text: String
    public let line: Int
    public let column: Int

    public init(text: String, line: Int, column: Int) {
        self.text = text
        self.line = line
        self.column = column
    }

    public func location(file: String) -> SourceLocation {
        SourceLocation(file: file, line: line, column: column)
    }
}

/// One record (row): its fields in order, and the line it starts on.
public struct CSVRecord: Sendable, Equatable {
    public let fields: [CSVField]
    public let line: Int

    public init(fields: [CSVField], line: Int) {
        self.fields = fields
        self.line = line
    }

    /// The fields' texts.
    public var texts: [String] { fields.map(\.text) }
}

/// How a CSV file's bytes are encoded. The raw values are the spellings for YAML settings.
public enum CSVEncoding: String, Sendable {
    case utf8 = "utf-8"
    case gb18030
}

/// RFC 4180 CSV, as Excel and WPS write it, with the exact position of every field.
///
/// - Fields are separated by commas; records end at LF, CRLF or a lone CR (old Mac exports),
///   and the last record may lack a line break.
/// - A field that starts with `"` is quoted: it runs to the next lone `"`, may hold commas,
///   line breaks and `""` (one quote). Line breaks in it are kept, CRLF and CR turned into LF.
/// - A quote inside an unquoted field, or anything but a comma or line break after a closing
///   quote, is an error. Spaces are data: ` a ` is the text ` a `.
/// - Lines with nothing on them are skipped; a line of only commas is a record of empty fields.
/// - A leading byte-order mark is dropped and does not count as a column.
///
/// Errors are thrown as `ContentErrors` holding one error at the exact place.
public enum CSVReader {
    /// Decodes `data` and parses it. UTF-8 may start with a BOM. On failure the error says where
    /// the first bad byte is and, when it can tell, which encoding the file seems to be in.
    ///
    /// With `.gb18030`, a file that is unmistakably UTF-8 (it starts with a UTF-8 BOM, or has
    /// non-ASCII text that is all valid UTF-8) is read as UTF-8 instead: the setting covers every
    /// file of a month, and clerks re-save files differently. Real GB18030 Chinese text is valid
    /// UTF-8 only by rare accident in a very short file. With `.utf8` there is no such fallback.
    public static func read(_ data: Data, encoding: CSVEncoding, file: String) throws(ContentErrors) -> [CSVRecord] {
        switch encoding {
        case .utf8:
            let body = TextEncodingDetector.droppingUTF8BOM(data)
            if let text = String(validating: body, as: UTF8.self) {
                return try parse(text, file: file)
            }
            let (line, column) = TextEncodingDetector.firstInvalidUTF8Position(body) ?? (0, 0)
            let message = Messages.csvNotUTF8(looksLikeGB18030: TextEncodingDetector.decodesAsGB18030(body))
            throw ContentErrors([.error(SourceLocation(file: file, line: line, column: column), message)])
        case .gb18030:
            // The setting is per month (or site) while files come from different clerks: one that
            // is unmistakably UTF-8 (a UTF-8 BOM, or non-ASCII text that is valid UTF-8) is read as
            // UTF-8, since read as GB18030 it would silently become mojibake.
            let body = TextEncodingDetector.droppingUTF8BOM(data)
            if TextEncodingDetector.hasUTF8BOM(data) || TextEncodingDetector.looksLikeNonASCIIUTF8(body),
               let text = String(validating: body, as: UTF8.self) {
                return try parse(text, file: file)
            }
            if let text = String(data: data, encoding: TextEncodingDetector.gb18030) {
                return try parse(text, file: file)  // a GB18030 BOM (84 31 95 33) is U+FEFF here
            }
            let (line, column) = TextEncodingDetector.firstInvalidGB18030Position(data) ?? (0, 0)
            throw ContentErrors([.error(SourceLocation(file: file, line: line, column: column), Messages.csvNotGB18030)])
        }
    }

    /// Parses already decoded text (a leading U+FEFF is dropped).
    public static func parse(_ text: String, file: String) throws(ContentErrors) -> [CSVRecord] {
        var text = text
        text.makeContiguousUTF8()
        let result = text.utf8.withContiguousStorageIfAvailable { parse(bytes: $0, file: file) }
            ?? Array(text.utf8).withUnsafeBufferPointer { parse(bytes: $0, file: file) }
        return try result.get()
    }

    private static let quote: UInt8 = 0x22
    private static let comma: UInt8 = 0x2C
    private static let lf: UInt8 = 0x0A
    private static let cr: UInt8 = 0x0D

    /// The parser proper: one pass over valid UTF-8 bytes, Strings built per field.
    /// `column` always holds the column of byte `i` (continuation bytes 10xxxxxx do not count).
    private static func parse(bytes p: UnsafeBufferPointer<UInt8>, file: String) -> Result<[CSVRecord], ContentErrors> {
        func failure(_ line: Int, _ column: Int, _ message: Message) -> Result<[CSVRecord], ContentErrors> {
            .failure(ContentErrors([.error(SourceLocation(file: file, line: line, column: column), message)]))
        }
        func string(_ start: Int, _ end: Int) -> String {
            String(decoding: UnsafeBufferPointer(rebasing: p[start..<end]), as: UTF8.self)
        }

        let n = p.count
        var i = 0
        if n >= 3, p[0] == 0xEF, p[1] == 0xBB, p[2] == 0xBF { i = 3 }
        var line = 1
        var column = 1
        var records: [CSVRecord] = []
        var fields: [CSVField] = []
        var lastFieldCount = 0
        var scratch: [UInt8] = []  // for quoted fields whose text differs from their bytes

        while i < n {
            // Empty line: nothing before its line break.
            if p[i] == lf || p[i] == cr {
                i += (p[i] == cr && i + 1 < n && p[i + 1] == lf) ? 2 : 1
                line += 1
                column = 1
                continue
            }
            let recordLine = line
            fields.reserveCapacity(lastFieldCount)
            while true {
                let fieldLine = line, fieldColumn = column
                let text: String
                if i < n && p[i] == quote {
                    i += 1
                    column += 1
                    var segmentStart = i
                    var rewritten = false
                    scratch.removeAll(keepingCapacity: true)
                    var closed = false
                    while i < n {
                        let b = p[i]
                        if b == quote {
                            if i + 1 < n && p[i + 1] == quote {  // "" is one quote
                                scratch.append(contentsOf: UnsafeBufferPointer(rebasing: p[segmentStart...i]))
                                rewritten = true
                                i += 2
                                column += 2
                                segmentStart = i
                                continue
                            }
                            closed = true
                            break
                        } else if b == lf {
                            i += 1
                            line += 1
                            column = 1
                        } else if b == cr {  // CRLF or CR inside a value becomes LF
                            scratch.append(contentsOf: UnsafeBufferPointer(rebasing: p[segmentStart..<i]))
                            scratch.append(lf)
                            rewritten = true
                            i += (i + 1 < n && p[i + 1] == lf) ? 2 : 1
                            line += 1
                            column = 1
                            segmentStart = i
                        } else {
                            i += 1
                            if b & 0xC0 != 0x80 { column += 1 }
                        }
                    }
                    guard closed else { return failure(fieldLine, fieldColumn, Messages.csvUnterminatedQuote) }
                    if rewritten {
                        scratch.append(contentsOf: UnsafeBufferPointer(rebasing: p[segmentStart..<i]))
                        text = String(decoding: scratch, as: UTF8.self)
                    } else {
                        text = string(segmentStart, i)
                    }
                    i += 1  // the closing quote
                    column += 1
                    if i < n, p[i] != comma, p[i] != lf, p[i] != cr {
                        return failure(line, column, Messages.csvTextAfterClosingQuote)
                    }
                } else {
                    let start = i
                    while i < n {
                        let b = p[i]
                        if b == comma || b == lf || b == cr { break }
                        if b == quote { return failure(line, column, Messages.csvQuoteInUnquotedField) }
                        i += 1
                        if b & 0xC0 != 0x80 { column += 1 }
                    }
                    text = string(start, i)
                }
                if text.utf8.count > InputLimits.maxCSVCellBytes {
                    return failure(fieldLine, fieldColumn, Messages.csvCellTooLong(limit: InputLimits.maxCSVCellBytes))
                }
                fields.append(CSVField(text: text, line: fieldLine, column: fieldColumn))
                if fields.count > InputLimits.maxCSVColumns {
                    return failure(fieldLine, fieldColumn, Messages.csvTooManyColumns(limit: InputLimits.maxCSVColumns))
                }

                guard i < n else { break }  // last record without a line break
                if p[i] == comma {
                    i += 1
                    column += 1
                    continue  // another field, perhaps empty at the line end
                }
                i += (p[i] == cr && i + 1 < n && p[i + 1] == lf) ? 2 : 1
                line += 1
                column = 1
                break
            }
            if records.count == InputLimits.maxCSVRows {
                return failure(recordLine, 1, Messages.csvTooManyRows(limit: InputLimits.maxCSVRows))
            }
            records.append(CSVRecord(fields: fields, line: recordLine))
            lastFieldCount = fields.count
            fields = []
        }
        return .success(records)
    }
}
