/// Finds `data:` URIs in decoded text. A `data:` URI carries content (often base64) that no rule
/// can read, so a published file holding one is refused whatever the rest of it says.
enum DataURIs {
    /// Whether the scalars of `text` from `start` begin, after ASCII whitespace and control
    /// characters (which URL parsers strip), with `data:` in any case. Returns the index of the
    /// `d` when they do.
    static func start(in text: ReaderText, from start: Int) -> Int? {
        var index = start
        let scalars = text.scalars
        while index < scalars.count, scalars[index].value <= 0x20 || scalars[index] == ReaderText.wall {
            index += 1
        }
        guard index + 5 <= scalars.count else { return nil }
        let expected: [UInt32] = [0x64, 0x61, 0x74, 0x61]  // "data"
        for (position, letter) in expected.enumerated() where scalars[index + position].value | 0x20 != letter {
            return nil
        }
        return scalars[index + 4] == ":" ? index : nil
    }

    /// Like `start(in:from:)` for a value that is not a URL attribute: only a `data:` that
    /// really looks like a URI (a `,` before any whitespace), so `data: 2024` in prose is not one.
    static func uriStart(in text: ReaderText, from start: Int) -> Int? {
        guard let found = Self.start(in: text, from: start) else { return nil }
        var index = found + 5
        let scalars = text.scalars
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar == "," { return found }
            if scalar.value <= 0x20 || scalar == ReaderText.wall { return nil }
            index += 1
        }
        return nil
    }

    /// The `data:` candidates of a `srcset` value: the start of the value and after each `,`
    /// that is followed by whitespace or begins a new candidate.
    static func srcsetStarts(in text: ReaderText, from start: Int) -> [Int] {
        var found: [Int] = []
        if let first = Self.start(in: text, from: start) { found.append(first) }
        let scalars = text.scalars
        var index = start
        while index < scalars.count {
            if scalars[index] == ",", let next = Self.start(in: text, from: index + 1), !found.contains(next) {
                found.append(next)
            }
            index += 1
        }
        return found
    }
}
