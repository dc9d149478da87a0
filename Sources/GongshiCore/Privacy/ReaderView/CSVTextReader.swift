/// The reader's view of a CSV file (`.csv`, RFC 4180), as a spreadsheet shows it: a grid of cells.
///
/// The fields are read like the cells of a table: each field's text (quotes taken off, `""` read
/// as `"`) with a *boundary* between fields and between records, as between table cells and rows,
/// so a number split over two neighbouring cells (`138`, `1234 5678`) or wrapped onto the next
/// record is still found. A field that is an amount of money (`106124.50`: digits, a dot and two
/// decimals) stands apart (a *wall* on each side): `184,106124.50` is 184 persons and 106,124.50
/// yuan, which a reader never takes for the mobile number its digits would make, and an open-data
/// row's last amount does not run into the next row's region code.
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
                let textBefore = text.count
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
                if Self.isAmount(text.scalars[textBefore...]) {
                    text.wallBefore(textBefore)
                    text.appendWall(at: index)
                }
                guard index < end else { break }
                if source[index] == UInt8(ascii: ",") {
                    text.appendBoundary(at: index)
                    index += 1
                } else {
                    text.appendBoundary(at: index)
                    index += source[index] == 0x0D && index + 1 < end && source[index + 1] == 0x0A ? 2 : 1
                }
            }
        }
        return ReaderView(texts: [text])
    }

    /// An amount as the open data writes it: ASCII digits, a dot, exactly two decimals (a leading
    /// `-` allowed).
    static func isAmount(_ scalars: ArraySlice<Unicode.Scalar>) -> Bool {
        var digits = scalars
        if digits.first == "-" { digits = digits.dropFirst() }
        guard let dot = digits.firstIndex(of: "."), dot > digits.startIndex, digits.endIndex - dot == 3 else { return false }
        return digits.allSatisfy { $0 == "." || ("0"..."9").contains($0) } && digits.filter { $0 == "." }.count == 1
    }
}
