/// The reader's view of a CSV file (`.csv`, RFC 4180), as a spreadsheet shows it: a grid of cells.
///
/// The fields of one record are read like the cells of a table row: each field's text (quotes
/// taken off, `""` read as `"`) with a *boundary* between fields, so a number split over two
/// neighbouring cells (`138`, `1234 5678`) is still found. Records are read apart (a *wall*): the
/// last cell of a row and the first of the next stand at opposite ends of the grid, and an open-data
/// table of region codes and amounts (`…,48710.50` then `410829001001,…`) would otherwise read as
/// one long number on every line. A value inside one field, or spread over the fields of one
/// record, is judged as in any text.
package enum CSVTextReader {
    /// `bytes` must be UTF-8 (the caller checks); offsets are byte offsets into `bytes`.
    package static func view(of bytes: [UInt8]) -> ReaderView {
        var text = ReaderText()
        text.reserveCapacity(bytes.count)
        bytes.withUnsafeBufferPointer { pointer in
            let source = SourceBytes(pointer, base: 0)
            let end = source.count
            var index = 0
            // A byte order mark (Excel's hint that the file is UTF-8) is no text.
            if end >= 3, source[0] == 0xEF, source[1] == 0xBB, source[2] == 0xBF { index = 3 }
            func isDelimiter(_ byte: UInt8) -> Bool { byte == UInt8(ascii: ",") || byte == 0x0D || byte == 0x0A }
            while index < end {
                if source[index] == UInt8(ascii: "\"") {
                    index += 1
                    var segment = index
                    while index < end {
                        guard source[index] == UInt8(ascii: "\"") else {
                            index += 1
                            continue
                        }
                        if index + 1 < end, source[index + 1] == UInt8(ascii: "\"") {
                            text.appendUTF8(source, segment..<index + 1)  // one quote of the pair
                            index += 2
                            segment = index
                        } else {
                            break
                        }
                    }
                    text.appendUTF8(source, segment..<min(index, end))
                    if index < end { index += 1 }  // the closing quote
                }
                // The field (or what follows a closing quote, in a malformed file) up to its delimiter.
                let start = index
                while index < end, !isDelimiter(source[index]) { index += 1 }
                text.appendUTF8(source, start..<index)
                guard index < end else { break }
                if source[index] == UInt8(ascii: ",") {
                    text.appendBoundary(at: index)
                    index += 1
                } else {
                    text.appendWall(at: index)
                    index += source[index] == 0x0D && index + 1 < end && source[index + 1] == 0x0A ? 2 : 1
                }
            }
        }
        return ReaderView(texts: [text])
    }
}
