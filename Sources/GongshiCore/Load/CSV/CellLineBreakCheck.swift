/// Refuses a line break inside a cell of a roster or `regions.csv`. CSV allows one in a quoted
/// cell (`"孟⏎*民"`), but a published roster line is one household on one line: a break hides part
/// of a name from the reader's eye and from every check that reads line by line. Unicode's own
/// line breaks (U+2028, U+2029, U+0085) count too: browsers and editors break lines at them.
enum CellLineBreakCheck {
    /// Throws one error per cell holding a line break, at the cell, naming its column's header.
    static func check(_ records: [CSVRecord], file: String) throws(ContentErrors) {
        var diagnostics: [Diagnostic] = []
        for (recordIndex, record) in records.enumerated() {
            for (index, field) in record.fields.enumerated() where hasLineBreak(field.text) {
                var header: String?
                if recordIndex > 0, let headerRecord = records.first, index < headerRecord.fields.count,
                   !hasLineBreak(headerRecord.fields[index].text) {
                    header = headerRecord.fields[index].text
                }
                diagnostics.append(.error(field.location(file: file), Messages.cellLineBreak(header: header, column: index + 1)))
            }
        }
        if !diagnostics.isEmpty { throw ContentErrors(diagnostics) }
    }

    static func hasLineBreak(_ text: String) -> Bool {
        var previous: UInt8 = 0
        var beforePrevious: UInt8 = 0
        for byte in text.utf8 {
            switch byte {
            case 0x0A, 0x0D: return true
            case 0x85 where previous == 0xC2: return true  // U+0085
            case 0xA8 where previous == 0x80 && beforePrevious == 0xE2,  // U+2028
                 0xA9 where previous == 0x80 && beforePrevious == 0xE2:  // U+2029
                return true
            default: break
            }
            beforePrevious = previous
            previous = byte
        }
        return false
    }
}
