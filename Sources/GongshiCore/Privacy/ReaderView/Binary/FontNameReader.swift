/// The text of a font file a reader can get out of it: the strings of its `name` table (family,
/// copyright, designer, licence, description…) in TrueType/OpenType fonts, collections and WOFF
/// (whose tables are zlib-compressed), and WOFF's extended metadata (XML). Glyph outlines are
/// never read. WOFF2 is Brotli-compressed, which this build cannot inflate.
enum FontNameReader {
    static let part = "name"

    /// A TrueType/OpenType font (`00010000`, `OTTO`, `true`, `typ1`) or a collection (`ttcf`).
    static func viewOfSFNT(_ bytes: [UInt8], type: String) -> ReaderView {
        var starts = [0]
        if bytes.has(ascii: "ttcf") {
            guard let count = bytes.uint32(at: 8, .big), count <= 4096 else { return .unscannable(type) }
            starts = []
            for index in 0..<count {
                guard let start = bytes.uint32(at: 12 + index * 4, .big) else { return .unscannable(type) }
                starts.append(start)
            }
        }
        var view = ReaderView()
        var seenTables = Set<Int>()
        for start in starts {
            guard let table = nameTableRange(bytes, fontStart: start) else { return .unscannable(type, at: start) }
            guard seenTables.insert(table.lowerBound).inserted else { continue }  // shared by fonts
            guard let names = nameStrings(bytes, table) else { return .unscannable(type, at: table.lowerBound) }
            view.add(names)
        }
        return view
    }

    /// A WOFF 1.0 font: the `name` table (inflated when compressed) and the metadata block.
    static func viewOfWOFF(_ bytes: [UInt8], budget: InflationBudget) -> ReaderView {
        let type = "WOFF"
        guard let tableCount = bytes.uint16(at: 12, .big), let metaOffset = bytes.uint32(at: 24, .big),
              let metaLength = bytes.uint32(at: 28, .big), let privateOffset = bytes.uint32(at: 36, .big),
              let privateLength = bytes.uint32(at: 40, .big)
        else { return .unscannable(type) }
        var view = ReaderView()
        for index in 0..<tableCount {
            let entry = 44 + index * 20
            guard let offset = bytes.uint32(at: entry + 4, .big), let compressedLength = bytes.uint32(at: entry + 8, .big),
                  let length = bytes.uint32(at: entry + 12, .big),
                  let stored = bytes.span(at: offset, count: compressedLength)
            else { return .unscannable(type, at: entry) }
            guard bytes.has(ascii: "name", at: entry) else { continue }
            if compressedLength < length {
                guard case .success(let table) = ZlibInflater.inflate(bytes[stored], format: .zlib, limit: budget.remaining),
                      let names = nameStrings(table, 0..<table.count)
                else { return .unscannable(type, at: offset) }
                budget.spend(table.count)
                view.add(names)
            } else {
                guard let names = nameStrings(bytes, stored) else { return .unscannable(type, at: offset) }
                view.add(names)
            }
        }
        if metaLength > 0 {
            guard let stored = bytes.span(at: metaOffset, count: metaLength),
                  case .success(let metadata) = ZlibInflater.inflate(bytes[stored], format: .zlib, limit: budget.remaining)
            else { return .unscannable(type, at: metaOffset) }
            budget.spend(metadata.count)
            view.add(XMPPacket.view(metadata, 0..<metadata.count, part: "WOFF metadata"))
        }
        if privateLength > 0 {
            guard let stored = bytes.span(at: privateOffset, count: privateLength) else {
                return .unscannable(type, at: privateOffset)
            }
            var text = ReaderText(part: "WOFF private")
            PrintableRuns.append(bytes, stored, to: &text)
            view.add(text)
        }
        return view
    }

    /// Where the `name` table of the font whose offset table is at `fontStart` lies (an empty range
    /// when the font has none), or nil when the directory does not fit.
    private static func nameTableRange(_ bytes: [UInt8], fontStart: Int) -> Range<Int>? {
        guard let tableCount = bytes.uint16(at: fontStart + 4, .big) else { return nil }
        for index in 0..<tableCount {
            let record = fontStart + 12 + index * 16
            guard bytes.span(at: record, count: 16) != nil else { return nil }
            if bytes.has(ascii: "name", at: record) {
                guard let offset = bytes.uint32(at: record + 8, .big), let length = bytes.uint32(at: record + 12, .big)
                else { return nil }
                return bytes.span(at: offset, count: length)
            }
        }
        return bytes.count..<bytes.count
    }

    /// The strings of a `name` table: Unicode and Windows records as UTF-16BE, Macintosh Roman
    /// records as Mac Roman, others leniently. Each string is set apart by a wall.
    private static func nameStrings(_ bytes: [UInt8], _ table: Range<Int>) -> ReaderView? {
        var view = ReaderView()
        guard !table.isEmpty else { return view }
        let start = table.lowerBound
        guard let count = bytes.uint16(at: start + 2, .big), let storage = bytes.uint16(at: start + 4, .big),
              6 + count * 12 <= table.count
        else { return nil }
        var text = ReaderText(part: part)
        for index in 0..<count {
            let record = start + 6 + index * 12
            guard let platform = bytes.uint16(at: record, .big), let encoding = bytes.uint16(at: record + 2, .big),
                  let length = bytes.uint16(at: record + 8, .big), let offset = bytes.uint16(at: record + 10, .big),
                  storage + offset + length <= table.count
            else { return nil }
            let string = (start + storage + offset)..<(start + storage + offset + length)
            switch (platform, encoding) {
            case (0, _), (3, 0), (3, 1), (3, 10):
                MetadataTextDecoder.appendUTF16(bytes, string, order: .big, to: &text)
            case (1, 0):
                MetadataTextDecoder.appendMacRoman(bytes, string, to: &text)
            default:
                MetadataTextDecoder.appendLenient(bytes, string, to: &text)
            }
            text.appendWall(at: string.upperBound)
        }
        view.add(text)
        return view
    }
}
