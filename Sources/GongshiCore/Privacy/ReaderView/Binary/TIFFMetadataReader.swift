/// The text values of a TIFF structure: EXIF inside a JPEG, PNG or WebP, or a TIFF image itself.
///
/// The image file directories are walked (IFD0 and its chain, the EXIF, GPS and interoperability
/// IFDs, SubIFDs); every ASCII value, the coded-charset comments (UserComment, GPS processing
/// method), the Windows XP* tags (UTF-16) and any opaque byte value (a maker note) are read.
/// Embedded XMP, IPTC and Photoshop blocks become parts of their own. Image data (strips, tiles,
/// the thumbnail) is only referenced by numbers, so it is never read.
struct TIFFMetadataReader {
    /// The view of the TIFF structure in `range`, or nil when it cannot be walked (a directory or a
    /// value that points outside it, an unknown header).
    static func view(_ bytes: [UInt8], _ range: Range<Int>, part: String) -> ReaderView? {
        var reader = TIFFMetadataReader(bytes: bytes, range: range, part: part)
        guard reader.walk() else { return nil }
        reader.view.texts.insert(contentsOf: [reader.text].filter(\.hasContent), at: 0)
        return reader.view
    }

    private enum Directory {
        case main, exif, gps, interoperability
    }

    private let bytes: [UInt8]
    private let range: Range<Int>
    private var order = ByteOrder.little
    private var text: ReaderText
    private var view = ReaderView()
    private var visited = Set<Int>()

    private init(bytes: [UInt8], range: Range<Int>, part: String) {
        self.bytes = bytes
        self.range = range
        self.text = ReaderText(part: part)
    }

    private static let maximumDirectories = 256

    private mutating func walk() -> Bool {
        let base = range.lowerBound
        if bytes.has(ascii: "II", at: base) { order = .little }
        else if bytes.has(ascii: "MM", at: base) { order = .big }
        else { return false }
        guard range.count >= 8, bytes.uint16(at: base + 2, order) == 42,
              let first = bytes.uint32(at: base + 4, order)
        else { return false }
        var queue: [(offset: Int, directory: Directory, chained: Bool)] = [(first, .main, true)]
        while let (offset, directory, chained) = queue.popLast() {
            guard offset != 0 else { continue }
            guard !visited.contains(offset) else { continue }
            guard visited.count < Self.maximumDirectories else { return false }
            visited.insert(offset)
            guard let entries = directoryEntries(at: offset) else { return false }
            for entry in entries {
                guard let pointers = read(entry, in: directory) else { return false }
                queue += pointers
            }
            // The next-directory pointer; writers that omit it at the very end mean "none".
            let nextAt = base + offset + 2 + entries.count * 12
            if chained, nextAt + 4 <= range.upperBound, let next = bytes.uint32(at: nextAt, order) {
                queue.append((next, directory, true))
            }
        }
        return true
    }

    private struct Entry {
        var tag: Int
        var type: Int
        var count: Int
        /// Where the value is (absolute), nil for a type whose size is unknown.
        var value: Range<Int>?
    }

    private func directoryEntries(at offset: Int) -> [Entry]? {
        let base = range.lowerBound
        let start = base + offset
        guard offset >= 8, let count = bytes.uint16(at: start, order),
              start + 2 + count * 12 <= range.upperBound
        else { return nil }
        var entries = [Entry]()
        for index in 0..<count {
            let at = start + 2 + index * 12
            guard let tag = bytes.uint16(at: at, order), let type = bytes.uint16(at: at + 2, order),
                  let count = bytes.uint32(at: at + 4, order)
            else { return nil }
            var entry = Entry(tag: tag, type: type, count: count)
            if let unit = Self.typeSize[type] {
                guard count <= range.count else { return nil }
                let size = unit * count
                if size <= 4 {
                    entry.value = (at + 8)..<(at + 8 + size)
                } else {
                    guard let valueOffset = bytes.uint32(at: at + 8, order),
                          valueOffset <= range.count, size <= range.count - valueOffset
                    else { return nil }
                    entry.value = (base + valueOffset)..<(base + valueOffset + size)
                }
            }
            entries.append(entry)
        }
        return entries
    }

    /// Sizes of the TIFF field types (1 BYTE … 13 IFD).
    private static let typeSize: [Int: Int] = [
        1: 1, 2: 1, 3: 2, 4: 4, 5: 8, 6: 1, 7: 1, 8: 2, 9: 4, 10: 8, 11: 4, 12: 8, 13: 4,
    ]

    /// Reads one entry's text; returns the directories it points to, or nil when it is corrupt.
    private mutating func read(_ entry: Entry, in directory: Directory) -> [(Int, Directory, Bool)]? {
        guard let value = entry.value else { return [] }
        switch (directory, entry.tag) {
        case (.main, 0x8769): return offsets(in: value, entry).map { ($0, .exif, false) }
        case (.main, 0x8825): return offsets(in: value, entry).map { ($0, .gps, false) }
        case (.exif, 0xA005): return offsets(in: value, entry).map { ($0, .interoperability, false) }
        case (.main, 0x014A): return offsets(in: value, entry).map { ($0, .main, true) }
        case (_, 700):
            view.add(XMPPacket.view(bytes, value))
        case (_, 33723):
            view.add(IPTCDatasets.view(bytes, value))
        case (_, 34377):
            guard let resources = PhotoshopResources.view(bytes, value) else { return nil }
            view.add(resources)
        case (.gps, 0x0002), (.gps, 0x0004):
            // GPSLatitude / GPSLongitude: a photo taken at a family's home says where it is.
            if !view.problems.contains(where: { $0.kind == .gpsLocation }) {
                view.problems.append(ReaderViewProblem(.gpsLocation, at: value.lowerBound))
            }
        case (.exif, 0x9286), (.gps, 0x001B), (.gps, 0x001C):
            appendCharsetCoded(value)
        case (.main, 0x9C9B...0x9C9F):
            MetadataTextDecoder.appendUTF16(bytes, value, order: .little, to: &text)
        default:
            switch entry.type {
            case 2: MetadataTextDecoder.appendLenient(bytes, value, to: &text)
            case 1, 6, 7:
                guard value.count >= PrintableRuns.minimumLength else { return [] }
                PrintableRuns.append(bytes, value, to: &text)
            default: return []
            }
        }
        text.appendWall(at: value.upperBound)
        return []
    }

    private func offsets(in value: Range<Int>, _ entry: Entry) -> [Int] {
        guard entry.type == 4 || entry.type == 13 else { return [] }
        return stride(from: value.lowerBound, to: value.upperBound, by: 4).compactMap { bytes.uint32(at: $0, order) }
    }

    /// A value whose first eight bytes name its character code (`ASCII`, `UNICODE`, `JIS`, none).
    private mutating func appendCharsetCoded(_ value: Range<Int>) {
        guard value.count >= 8 else {
            MetadataTextDecoder.appendLenient(bytes, value, to: &text)
            return
        }
        let body = (value.lowerBound + 8)..<value.upperBound
        if bytes.has(ascii: "UNICODE", at: value.lowerBound) {
            MetadataTextDecoder.appendUTF16(bytes, body, order: order, to: &text)
        } else {
            MetadataTextDecoder.appendLenient(bytes, body, to: &text)
        }
    }
}
