/// What a reader can see or copy out of a text (a published file, a part of a binary file, or a
/// source text): Unicode scalars in reading order, each with the byte offset in the file it came
/// from, so a finding can be reported as file:line:column.
///
/// Producers (the HTML, CSS, plain-text and binary readers) append what a person sees: text with
/// character references decoded, attribute values, comments. Where the reader would see a break
/// (a block, a table cell, a line, between two attribute values) they append a *boundary*: for
/// the privacy rules it is a separator inside a number, never a wall.
package struct ReaderText: Sendable, Equatable {
    /// A boundary is stored as this scalar (PARAGRAPH SEPARATOR), so that it differs from a line
    /// feed in the text, which a browser shows as a space.
    package static let boundary: Unicode.Scalar = "\u{2029}"
    /// A wall is stored as this scalar (OBJECT REPLACEMENT CHARACTER): between values nobody reads
    /// together, such as two SVG coordinates of one shape. No rule joins across it.
    package static let wall: Unicode.Scalar = "\u{FFFC}"

    package private(set) var scalars: [Unicode.Scalar] = []
    /// For each scalar, the UTF-8 byte offset in the source it was read from.
    package private(set) var offsets: [Int] = []
    /// What part of a file this is when the file has several (`EXIF`, `word/document.xml`); nil
    /// for the file itself.
    package var part: String?

    package init(part: String? = nil) {
        self.part = part
    }

    package var isEmpty: Bool { scalars.isEmpty }
    package var count: Int { scalars.count }

    package mutating func reserveCapacity(_ count: Int) {
        scalars.reserveCapacity(count)
        offsets.reserveCapacity(count)
    }

    package mutating func append(_ scalar: Unicode.Scalar, at offset: Int) {
        scalars.append(scalar)
        offsets.append(offset)
    }

    /// Appends scalars with their offsets (same count) in one go: the readers' hot path, one
    /// copy-on-write check per run of text instead of two per scalar.
    package mutating func append(
        contentsOf newScalars: some Sequence<Unicode.Scalar>, offsets newOffsets: some Sequence<Int>
    ) {
        scalars.append(contentsOf: newScalars)
        offsets.append(contentsOf: newOffsets)
    }

    /// Appends every scalar of `text`, all at the same source offset (a decoded reference, an
    /// attribute value already unescaped).
    package mutating func append(contentsOf text: some StringProtocol, at offset: Int) {
        for scalar in text.unicodeScalars { append(scalar, at: offset) }
    }

    /// A break the reader sees (block, cell, line, attribute edge). Never two in a row.
    package mutating func appendBoundary(at offset: Int) {
        guard let last = scalars.last, last != Self.boundary, last != Self.wall else { return }
        append(Self.boundary, at: offset)
    }

    /// Between values that no reader reads as one (separate geometry attributes). Never two in a row.
    package mutating func appendWall(at offset: Int) {
        guard let last = scalars.last, last != Self.wall else { return }
        if last == Self.boundary {
            scalars[scalars.count - 1] = Self.wall
            return
        }
        append(Self.wall, at: offset)
    }

    /// Makes the boundary just before the scalar at `index` a wall, so that what starts there is
    /// read apart from what stands before it (a CSV amount field). Nothing else is changed.
    mutating func wallBefore(_ index: Int) {
        guard index > 0, scalars[index - 1] == Self.boundary else { return }
        scalars[index - 1] = Self.wall
    }

    /// A plain UTF-8 text as it is read: every scalar with its own byte offset.
    package static func plain(_ text: String, part: String? = nil) -> ReaderText {
        var result = ReaderText(part: part)
        result.reserveCapacity(text.utf8.count)
        var offset = 0
        for scalar in text.unicodeScalars {
            result.append(scalar, at: offset)
            offset += UTF8.width(scalar)
        }
        return result
    }

    /// The text as a String (for tests and for rules that look at words).
    package var string: String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars)
        return String(view)
    }
}
