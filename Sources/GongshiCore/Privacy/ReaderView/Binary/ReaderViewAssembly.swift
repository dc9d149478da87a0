/// Helpers for readers that assemble a file's view from several parts (metadata segments, archive
/// entries, nested files).
extension ReaderText {
    /// This text with every offset moved by `base` and `part` set (a nested reader read the part
    /// from offset 0 of its own bytes).
    func relocated(by base: Int, part: String?) -> ReaderText {
        var moved = ReaderText(part: part)
        moved.reserveCapacity(count)
        for (scalar, offset) in zip(scalars, offsets) { moved.append(scalar, at: offset + base) }
        return moved
    }

    /// Whether the text has anything besides boundaries and walls.
    var hasContent: Bool {
        scalars.contains { $0 != ReaderText.boundary && $0 != ReaderText.wall }
    }
}

extension ReaderView {
    /// Adds `text` unless it is empty, without the boundaries and walls it ends with.
    mutating func add(_ text: ReaderText) {
        guard text.hasContent else { return }
        guard let last = text.scalars.last, last == ReaderText.boundary || last == ReaderText.wall else {
            texts.append(text)
            return
        }
        var end = text.count
        while end > 0, text.scalars[end - 1] == ReaderText.boundary || text.scalars[end - 1] == ReaderText.wall { end -= 1 }
        var trimmed = ReaderText(part: text.part)
        trimmed.reserveCapacity(end)
        for index in 0..<end { trimmed.append(text.scalars[index], at: text.offsets[index]) }
        texts.append(trimmed)
    }

    /// Adds the texts and problems of a nested view.
    mutating func add(_ other: ReaderView) {
        for text in other.texts { add(text) }
        problems += other.problems
    }

    /// Adds a nested reader's view of the bytes at `base`, each text named `part`.
    mutating func add(_ other: ReaderView, at base: Int, part: String) {
        for text in other.texts { add(text.relocated(by: base, part: part)) }
        problems += other.problems.map { ReaderViewProblem($0.kind, at: $0.offset + base) }
    }

    static func unscannable(_ type: String, at offset: Int = 0) -> ReaderView {
        ReaderView(problems: [ReaderViewProblem(.unscannable(type: type), at: offset)])
    }
}
