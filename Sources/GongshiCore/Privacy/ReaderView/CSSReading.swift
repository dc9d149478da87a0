/// Reads CSS into a `ReaderText`: tokens separated by boundaries (so `"139" "1234"` still reads
/// as one number through separators), escapes decoded inside a token, comments kept as text.
/// `data:` in `url()`, in the strings of URL functions (`image-set()`…) or of `@import` is a
/// `.dataURI` problem. Shared by `CSSReader`, `<style>` elements and `style` attributes.
struct CSSReading {
    private let source: SourceBytes
    private let end: Int
    /// Where the current identifier-like word starts in the text (nil between words).
    private var wordStart: Int?
    /// For each open function, whether its strings are URLs.
    private var functions: [Bool] = []
    /// After `@import` and before its `;`: its strings are URLs.
    private var inImport = false

    private init(source: SourceBytes, end: Int) {
        self.source = source
        self.end = end
    }

    /// Appends the bytes `range` of `source`, read as CSS, to `text`.
    static func read(
        _ source: SourceBytes, _ range: Range<Int>, into text: inout ReaderText,
        problems: inout [ReaderViewProblem]
    ) {
        var reading = CSSReading(source: source, end: range.upperBound)
        reading.run(from: range.lowerBound, into: &text, problems: &problems)
        text.appendBoundary(at: source.offset(of: range.upperBound))
    }

    private static let urlFunctions: Set<String> = [
        "url", "src", "image", "image-set", "-webkit-image-set", "cross-fade", "-webkit-cross-fade",
    ]

    private var inURLContext: Bool {
        functions.last ?? inImport
    }

    private mutating func run(from start: Int, into text: inout ReaderText, problems: inout [ReaderViewProblem]) {
        var index = start
        while index < end {
            let byte = source[index]
            switch byte {
            case UInt8(ascii: "/") where index + 1 < end && source[index + 1] == UInt8(ascii: "*"):
                endWord(in: &text, at: index)
                let close = find("*/", from: index + 2) ?? end
                text.appendUTF8(source, (index + 2)..<close)
                text.appendBoundary(at: source.offset(of: close))
                index = min(close + 2, end)
            case UInt8(ascii: "\""), UInt8(ascii: "'"):
                endWord(in: &text, at: index)
                let first = text.count
                index = readString(quote: byte, from: index + 1, into: &text)
                if inURLContext { checkDataURI(in: text, from: first, problems: &problems) }
                text.appendBoundary(at: source.offset(of: index))
            case UInt8(ascii: "("):
                let name = currentWord(in: text)
                endWord(in: &text, at: index)
                if name == "url", let after = readUnquotedURL(from: index + 1, into: &text, problems: &problems) {
                    index = after
                } else {
                    functions.append(name.map { Self.urlFunctions.contains($0) } ?? false)
                    index += 1
                }
            case UInt8(ascii: ")"):
                endWord(in: &text, at: index)
                _ = functions.popLast()
                index += 1
            case UInt8(ascii: "{"), UInt8(ascii: "}"), UInt8(ascii: ";"):
                endWord(in: &text, at: index)
                inImport = false
                functions.removeAll()
                index += 1
            case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\n"), UInt8(ascii: "\r"), 0x0C,
                UInt8(ascii: ":"), UInt8(ascii: ","), UInt8(ascii: "["), UInt8(ascii: "]"):
                endWord(in: &text, at: index)
                index += 1
            case UInt8(ascii: "@"):
                endWord(in: &text, at: index)
                wordStart = text.count
                text.append("@", at: source.offset(of: index))
                index += 1
            case UInt8(ascii: "\\"):
                if wordStart == nil { wordStart = text.count }
                index = readEscape(at: index, into: &text)
            default:
                if wordStart == nil { wordStart = text.count }
                var runEnd = index + 1
                while runEnd < end, !Self.endsWord(source[runEnd]) { runEnd += 1 }
                text.appendUTF8(source, index..<runEnd)
                index = runEnd
            }
        }
        endWord(in: &text, at: end)
    }

    /// The current word in lower case when it is short ASCII (function and at-rule names).
    private func currentWord(in text: ReaderText) -> String? {
        guard let wordStart, text.count - wordStart <= 24 else { return nil }
        var word = ""
        for scalar in text.scalars[wordStart...] {
            guard scalar.isASCII else { return nil }
            let isUpper = scalar.value >= 0x41 && scalar.value <= 0x5A
            word.unicodeScalars.append(isUpper ? Unicode.Scalar(UInt8(scalar.value | 0x20)) : scalar)
        }
        return word
    }

    private mutating func endWord(in text: inout ReaderText, at index: Int) {
        if let wordStart, wordStart < text.count, text.scalars[wordStart] == "@",
            currentWord(in: text) == "@import"
        {
            inImport = true
        }
        wordStart = nil
        text.appendBoundary(at: source.offset(of: index))
    }

    /// Reads a string whose opening quote is just before `from`; returns the index after its
    /// closing quote (or at the newline or end that cuts it off).
    private func readString(quote: UInt8, from: Int, into text: inout ReaderText) -> Int {
        var index = from
        var runStart = index
        while index < end {
            let byte = source[index]
            if byte == quote {
                text.appendUTF8(source, runStart..<index)
                return index + 1
            }
            if byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") || byte == 0x0C { break }
            if byte == UInt8(ascii: "\\") {
                text.appendUTF8(source, runStart..<index)
                index = readEscape(at: index, into: &text)
                runStart = index
                continue
            }
            index += 1
        }
        text.appendUTF8(source, runStart..<index)
        return index
    }

    /// After `url(`: an unquoted URL up to `)`, checked for `data:`. Nil when the URL is quoted
    /// (then `url` is read as a function whose strings are URLs).
    private mutating func readUnquotedURL(
        from: Int, into text: inout ReaderText, problems: inout [ReaderViewProblem]
    ) -> Int? {
        var index = from
        while index < end, Self.isWhitespace(source[index]) { index += 1 }
        if index < end, source[index] == UInt8(ascii: "\"") || source[index] == UInt8(ascii: "'") {
            return nil
        }
        let first = text.count
        var runStart = index
        while index < end, source[index] != UInt8(ascii: ")") {
            if source[index] == UInt8(ascii: "\\") {
                text.appendUTF8(source, runStart..<index)
                index = readEscape(at: index, into: &text)
                runStart = index
                continue
            }
            index += 1
        }
        text.appendUTF8(source, runStart..<index)
        checkDataURI(in: text, from: first, problems: &problems)
        text.appendBoundary(at: source.offset(of: index))
        return min(index + 1, end)
    }

    /// Decodes the escape whose backslash is at `index`; returns the index after it.
    /// `\` + 1–6 hex digits (+ one whitespace) is that code point (0, surrogates and values past
    /// U+10FFFF are U+FFFD); `\` + newline is nothing; `\` + any other character is that character.
    private func readEscape(at index: Int, into text: inout ReaderText) -> Int {
        let offset = source.offset(of: index)
        var cursor = index + 1
        guard cursor < end else { return cursor }
        let next = source[cursor]
        if next == UInt8(ascii: "\r") {
            return cursor + 1 < end && source[cursor + 1] == UInt8(ascii: "\n") ? cursor + 2 : cursor + 1
        }
        if next == UInt8(ascii: "\n") || next == 0x0C { return cursor + 1 }
        guard ScriptEscapes.hexDigit(next) != nil else {
            let (scalar, length) = UTF8Scalars.scalar(in: source.bytes, at: cursor)
            text.append(scalar, at: offset)
            return cursor + min(length, end - cursor)
        }
        var value: UInt32 = 0
        let digitsEnd = min(cursor + 6, end)
        while cursor < digitsEnd, let digit = ScriptEscapes.hexDigit(source[cursor]) {
            value = value * 16 + digit
            cursor += 1
        }
        let scalar = value == 0 ? nil : Unicode.Scalar(value)
        text.append(scalar ?? UTF8Scalars.replacement, at: offset)
        if cursor < end, Self.isWhitespace(source[cursor]) {
            if source[cursor] == UInt8(ascii: "\r"), cursor + 1 < end, source[cursor + 1] == UInt8(ascii: "\n") {
                return cursor + 2
            }
            return cursor + 1
        }
        return cursor
    }

    private func checkDataURI(in text: ReaderText, from first: Int, problems: inout [ReaderViewProblem]) {
        guard let found = DataURIs.start(in: text, from: first) else { return }
        problems.append(ReaderViewProblem(.dataURI, at: text.offsets[found]))
    }

    private func find(_ needle: StaticString, from start: Int) -> Int? {
        let first = needle.utf8Start[0]
        let second = needle.utf8Start[1]
        var index = start
        while index + 1 < end {
            if source[index] == first, source[index + 1] == second { return index }
            index += 1
        }
        return nil
    }

    /// The bytes `run` treats specially: a word (identifier, number, hash, anything else)
    /// runs until one of them.
    @inline(__always)
    private static func endsWord(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "/"), UInt8(ascii: "\""), UInt8(ascii: "'"), UInt8(ascii: "("), UInt8(ascii: ")"),
            UInt8(ascii: "{"), UInt8(ascii: "}"), UInt8(ascii: ";"), UInt8(ascii: " "), UInt8(ascii: "\t"),
            UInt8(ascii: "\n"), UInt8(ascii: "\r"), 0x0C, UInt8(ascii: ":"), UInt8(ascii: ","),
            UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "@"), UInt8(ascii: "\\"):
            return true
        default:
            return false
        }
    }

    static func isWhitespace(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\n")
            || byte == UInt8(ascii: "\r") || byte == 0x0C
    }
}
