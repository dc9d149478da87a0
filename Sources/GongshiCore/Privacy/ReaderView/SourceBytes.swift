/// UTF-8 bytes a reader decodes, with the offset in the published file each byte came from.
///
/// The readers nest: a `style` attribute is HTML-decoded and then read as CSS, an Atom `content`
/// is XML-decoded and then read as HTML. The inner reader works on the decoded bytes but must
/// report offsets in the file, so every byte carries its source offset: either `base + index`
/// (bytes straight from the file) or an explicit table (bytes decoded on the way).
struct SourceBytes {
    let bytes: UnsafeBufferPointer<UInt8>
    private let table: UnsafeBufferPointer<Int>?
    private let base: Int

    /// Bytes straight from the file, the first at `base`.
    init(_ bytes: UnsafeBufferPointer<UInt8>, base: Int) {
        self.bytes = bytes
        self.table = nil
        self.base = base
    }

    /// Decoded bytes, `offsets[i]` the source offset of `bytes[i]` (same count).
    init(_ bytes: UnsafeBufferPointer<UInt8>, offsets: UnsafeBufferPointer<Int>) {
        self.bytes = bytes
        self.table = offsets
        self.base = 0
    }

    var count: Int { bytes.count }

    @inline(__always)
    subscript(index: Int) -> UInt8 { bytes[index] }

    /// The source offset of the byte at `index` (`index == count` is the end of the last byte).
    @inline(__always)
    func offset(of index: Int) -> Int {
        guard let table else { return base + index }
        if index < table.count { return table[index] }
        return table.last.map { $0 + 1 } ?? base
    }
}

/// Text decoded from a file (references or escapes resolved), kept as UTF-8 together with the
/// source offset of every byte, so that another reader can read it through `SourceBytes`.
struct DecodedBytes {
    private(set) var bytes: [UInt8] = []
    private(set) var offsets: [Int] = []

    var isEmpty: Bool { bytes.isEmpty }

    mutating func removeAll() {
        bytes.removeAll(keepingCapacity: true)
        offsets.removeAll(keepingCapacity: true)
    }

    mutating func append(byte: UInt8, at offset: Int) {
        bytes.append(byte)
        offsets.append(offset)
    }

    /// Every UTF-8 byte of `scalar`, all at `offset`.
    mutating func append(_ scalar: Unicode.Scalar, at offset: Int) {
        let value = scalar.value
        func byte(_ bits: UInt32) -> UInt8 { UInt8(truncatingIfNeeded: bits) }
        switch value {
        case ..<0x80:
            append(byte: byte(value), at: offset)
        case ..<0x800:
            append(byte: byte(0xC0 | value >> 6), at: offset)
            append(byte: byte(0x80 | value & 0x3F), at: offset)
        case ..<0x10000:
            append(byte: byte(0xE0 | value >> 12), at: offset)
            append(byte: byte(0x80 | value >> 6 & 0x3F), at: offset)
            append(byte: byte(0x80 | value & 0x3F), at: offset)
        default:
            append(byte: byte(0xF0 | value >> 18), at: offset)
            append(byte: byte(0x80 | value >> 12 & 0x3F), at: offset)
            append(byte: byte(0x80 | value >> 6 & 0x3F), at: offset)
            append(byte: byte(0x80 | value & 0x3F), at: offset)
        }
    }

    /// The bytes `range` of `source`, each at its own source offset.
    mutating func append(_ source: SourceBytes, _ range: Range<Int>) {
        for index in range { append(byte: source[index], at: source.offset(of: index)) }
    }

    /// The scalars `range` of `text` with their offsets.
    mutating func append(_ text: ReaderText, _ range: Range<Int>) {
        for index in range { append(text.scalars[index], at: text.offsets[index]) }
    }

    func withSource<Result>(_ body: (SourceBytes) -> Result) -> Result {
        bytes.withUnsafeBufferPointer { bytePointer in
            offsets.withUnsafeBufferPointer { offsetPointer in
                body(SourceBytes(bytePointer, offsets: offsetPointer))
            }
        }
    }
}

/// Decodes UTF-8 scalars from bytes the caller has checked; a malformed sequence still reads as
/// U+FFFD, one byte at a time, rather than trapping.
enum UTF8Scalars {
    /// The scalar starting at `index` and its length in bytes.
    @inline(__always)
    static func scalar(in bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (Unicode.Scalar, Int) {
        let lead = bytes[index]
        if lead < 0x80 { return (Unicode.Scalar(lead), 1) }
        return multiByteScalar(in: bytes, at: index, lead: lead)
    }

    private static func multiByteScalar(
        in bytes: UnsafeBufferPointer<UInt8>, at index: Int, lead: UInt8
    ) -> (Unicode.Scalar, Int) {
        StrictUTF8.decode(bytes, at: index, end: bytes.count) ?? (replacement, 1)
    }

    static let replacement: Unicode.Scalar = "\u{FFFD}"
}

extension ReaderText {
    /// The UTF-8 bytes `range` of `source` as scalars, each at the offset of its first byte.
    /// A malformed sequence reads as U+FFFD (the caller has checked the file is UTF-8).
    ///
    /// The readers' hot path (every text run of every page): the run is decoded into scratch
    /// space and appended with two copies, so that the arrays grow once per run.
    @inline(__always)
    mutating func appendUTF8(_ source: SourceBytes, _ range: Range<Int>) {
        guard !range.isEmpty else { return }
        withUnsafeTemporaryAllocation(of: Unicode.Scalar.self, capacity: range.count) { scalars in
            withUnsafeTemporaryAllocation(of: Int.self, capacity: range.count) { offsets in
                var count = 0
                var scalarIterator = UTF8RunScalars(source: source, range: range)
                while let scalar = scalarIterator.next() {
                    scalars[count] = scalar
                    count += 1
                }
                var offsetCount = 0
                var offsetIterator = UTF8RunOffsets(source: source, range: range)
                while let offset = offsetIterator.next() {
                    offsets[offsetCount] = offset
                    offsetCount += 1
                }
                append(
                    contentsOf: UnsafeBufferPointer(rebasing: scalars[..<count]),
                    offsets: UnsafeBufferPointer(rebasing: offsets[..<offsetCount]))
            }
        }
    }

    /// The same through the scalar and offset sequences, one append at a time (what
    /// `appendUTF8` did before it wrote in place; tests compare the two).
    mutating func appendUTF8Reference(_ source: SourceBytes, _ range: Range<Int>) {
        guard !range.isEmpty else { return }
        append(
            contentsOf: UTF8RunScalars(source: source, range: range),
            offsets: UTF8RunOffsets(source: source, range: range))
    }
}

/// The scalars of a run of UTF-8 bytes: one for every byte that is not a continuation byte (a
/// malformed sequence is U+FFFD), so that it always pairs with `UTF8RunOffsets` and
/// `ReaderText` takes a whole run in one append.
struct UTF8RunScalars: Sequence, IteratorProtocol {
    private let bytes: UnsafeBufferPointer<UInt8>
    private var index: Int
    private let end: Int

    init(source: SourceBytes, range: Range<Int>) {
        self.bytes = source.bytes
        self.index = range.lowerBound
        self.end = range.upperBound
    }

    @inline(__always)
    mutating func next() -> Unicode.Scalar? {
        while index < end {
            let byte = bytes[index]
            index += 1
            if byte < 0x80 { return Unicode.Scalar(byte) }
            if byte & 0xC0 == 0x80 { continue }  // the rest of the scalar before it
            return decode(lead: byte, at: index - 1)
        }
        return nil
    }

    private func decode(lead: UInt8, at start: Int) -> Unicode.Scalar {
        let (scalar, length) = UTF8Scalars.scalar(in: bytes, at: start)
        return start + length <= end ? scalar : UTF8Scalars.replacement
    }
}

/// The offsets that go with `UTF8RunScalars`: one for every byte that is not a continuation byte.
struct UTF8RunOffsets: Sequence, IteratorProtocol {
    private let source: SourceBytes
    private var index: Int
    private let end: Int

    init(source: SourceBytes, range: Range<Int>) {
        self.source = source
        self.index = range.lowerBound
        self.end = range.upperBound
    }

    @inline(__always)
    mutating func next() -> Int? {
        while index < end {
            let current = index
            index += 1
            if source.bytes[current] & 0xC0 != 0x80 { return source.offset(of: current) }
        }
        return nil
    }
}

extension ReaderText {
    /// A boundary between two segments, unless the text already ends with a wall (which
    /// separates them more strongly: a boundary after it would let the next wall replace it).
    mutating func appendSegmentBoundary(at offset: Int) {
        guard scalars.last != Self.wall else { return }
        appendBoundary(at: offset)
    }
}
