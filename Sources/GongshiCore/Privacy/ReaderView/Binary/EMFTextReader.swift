/// The text drawn by an EMF picture (Word and WPS embed pasted tables and charts as EMF): the
/// header's description and every `EXTTEXTOUTW`/`EXTTEXTOUTA` record's string.
enum EMFTextReader {
    static let type = "EMF"
    static let part = "EMF"

    static func view(_ bytes: [UInt8]) -> ReaderView {
        var text = ReaderText(part: part)
        var index = 0
        var first = true
        while index + 8 <= bytes.count {
            guard let type = bytes.uint32(at: index, .little), let size = bytes.uint32(at: index + 4, .little),
                  size >= 8, size % 4 == 0, let record = bytes.span(at: index, count: size)
            else { return .unscannable(Self.type, at: index) }
            if first {
                // EMR_HEADER: description (UTF-16LE) at offDescription, nDescription characters.
                guard type == 1 else { return .unscannable(Self.type) }
                if let count = bytes.uint32(at: index + 60, .little), let offset = bytes.uint32(at: index + 64, .little),
                   count > 0, offset >= 88, offset + count * 2 <= size {
                    MetadataTextDecoder.appendUTF16(bytes, (index + offset)..<(index + offset + count * 2), order: .little, to: &text)
                    text.appendWall(at: record.upperBound)
                }
                first = false
            } else if type == 0x53 || type == 0x54 {
                // EMR_EXTTEXTOUTA/W: emrtext at 36: reference (8), nChars (4), offString (4).
                let wide = type == 0x54
                guard let count = bytes.uint32(at: index + 44, .little), let offset = bytes.uint32(at: index + 48, .little),
                      offset + count * (wide ? 2 : 1) <= size
                else { return .unscannable(Self.type, at: index) }
                let string = (index + offset)..<(index + offset + count * (wide ? 2 : 1))
                if wide {
                    MetadataTextDecoder.appendUTF16(bytes, string, order: .little, to: &text)
                } else {
                    MetadataTextDecoder.appendLenient(bytes, string, to: &text)
                }
                // Pieces of one line are drawn one after another: a boundary, not a wall.
                text.appendBoundary(at: record.upperBound)
            } else if type == 0x0E {
                break  // EMR_EOF
            }
            index = record.upperBound
        }
        var view = ReaderView()
        view.add(text)
        return view
    }
}
