import Foundation

/// A value after its transformations, written in the syntax of its place.
struct FuzzRendering: Sendable {
    /// The text to put where the value goes (for `asURL`, the query value of a link).
    let text: String
    /// The text contains `</td><td>`: the place must wrap it in a table row.
    let inTable: Bool
    /// The text is a percent-encoded query value: the place must put it in a link's URL.
    let asURL: Bool
    /// What was done, for the failure message (`numerals:daxie`, `separators:3-4-4 "–"` …).
    let steps: [String]
}

/// Applies a composition of transformations to a value and writes the result in one syntax.
///
/// Order: numerals → grouping and separators → invisible characters → per-token encoding
/// (entities, percent, CSS or YAML escapes, or the syntax's own escaping) → split markup.
enum FuzzRenderer {
    static func render(_ value: FuzzValue, families: [FuzzFamily], syntax: FuzzSyntax,
                       using random: inout FuzzRandom) -> FuzzRendering {
        var steps: [String] = []
        let chosen = Set(families)
        var tokens: [FuzzToken] = []
        if !value.prefix.isEmpty { tokens.append(FuzzToken(text: value.prefix, role: .prefix)) }

        // 1. Numerals.
        var glyphs = value.glyphs.map { glyph in
            FuzzToken(text: glyph.text, role: .glyph(splittable: !glyph.isMask && (glyph.isDigit || glyph.text.first?.isLetter == true)))
        }
        if chosen.contains(.numerals) {
            let style = random.pick(FuzzNumerals.allCases)
            steps.append("numerals:\(style.rawValue)")
            for index in glyphs.indices where value.glyphs[index].isDigit {
                if let digit = Int(value.glyphs[index].text) { glyphs[index].text = style.write(digit, using: &random) }
            }
        }

        // 2. Grouping and separators (or the value's natural grouping).
        var groups = value.naturalGroups
        var separator = value.naturalSeparator
        var parentheses: (String, String)?
        if chosen.contains(.separators) {
            let named = FuzzSeparators.groupings(for: glyphs.count)
            var name = "random"
            if !named.isEmpty, random.chance(0.6) {
                let pick = random.pick(named)
                name = pick.0
                groups = pick.1
            } else {
                groups = randomGroups(glyphs.count, using: &random)
            }
            separator = random.pick(FuzzSeparators.all)
            if groups.count > 1, random.chance(0.2) { parentheses = random.pick(FuzzSeparators.parentheses) }
            steps.append("separators:\(name) \(visible(separator))\(parentheses.map { " parens \($0.0)\($0.1)" } ?? "")")
        }
        var start = 0
        for (number, size) in groups.enumerated() {
            let group = Array(glyphs[start..<min(glyphs.count, start + size)])
            start += size
            if number == 0, let parentheses {
                tokens.append(FuzzToken(text: parentheses.0, role: .separator))
                tokens.append(contentsOf: group)
                tokens.append(FuzzToken(text: parentheses.1, role: .separator))
                continue
            }
            if number > 0, !separator.isEmpty, !(number == 1 && parentheses != nil && random.chance(0.5)) {
                tokens.append(FuzzToken(text: separator, role: .separator))
            }
            tokens.append(contentsOf: group)
        }

        // 3. Invisible characters between characters of the value.
        if chosen.contains(.invisible) {
            let firstBody = value.prefix.isEmpty ? 0 : 1
            let count = random.chance(0.15) ? tokens.count : random.int(1...3)
            var inserted: [String] = []
            for _ in 0..<count where tokens.count - firstBody > 1 {
                let position = random.int((firstBody + 1)...(tokens.count - 1))
                let character = random.pick(FuzzSeparators.invisible)
                tokens.insert(FuzzToken(text: character, role: .invisible), at: position)
                inserted.append(visible(character))
            }
            steps.append("invisible:\(Set(inserted).sorted().joined(separator: ","))×\(inserted.count)")
        }

        // 4. Encoding, token by token.
        let asURL = chosen.contains(.percent)
        var encoded = tokens.map(\.text)
        if asURL {
            steps.append("percent")
            percentEncode(&encoded, tokens: tokens, using: &random)
        }
        switch syntax {
        case .markdown, .html:
            if chosen.contains(.entities) {
                steps.append("entities")
                entityEncode(&encoded, tokens: tokens, escapeOthers: syntax, using: &random)
            } else {
                for index in encoded.indices { encoded[index] = escape(encoded[index], for: syntax, inURL: asURL) }
            }
        case .yaml:
            let escapeDigits = chosen.contains(.yamlEscapes)
            if escapeDigits { steps.append("yaml-escapes") }
            for index in encoded.indices {
                encoded[index] = yamlEscape(encoded[index], digits: escapeDigits, using: &random)
            }
        case .csv:
            for index in encoded.indices { encoded[index] = encoded[index].replacingOccurrences(of: "\"", with: "\"\"") }
        case .css:
            let escapes = chosen.contains(.cssEscapes)
            if escapes { steps.append("css-escapes") }
            for index in encoded.indices { encoded[index] = cssEscape(encoded[index], all: escapes, using: &random) }
        case .text, .binary:
            break
        }

        // 5. Split markup between two characters of the value.
        var inTable = false
        var markers: [Int: String] = [:]
        if chosen.contains(.split), !asURL, let split = pickSplit(syntax: syntax, using: &random) {
            let candidates = (1..<max(1, tokens.count)).filter { index in
                tokens[index - 1].isSplittableGlyph && tokens[index].isSplittableGlyph
                    && !(syntax == .markdown && (split == .hardWrap || split == .backslashBreak)
                        && startsMarkdownList(encoded[index...].joined()))
            }
            let points = random.pick(split.points, of: candidates).sorted()
            if points.count == split.points || (split == .wbr && !points.isEmpty) {
                steps.append("split:\(split.rawValue)")
                switch split {
                case .emphasis:
                    markers[points[0]] = "**"
                    markers[points[1]] = "**"
                case .bold:
                    markers[points[0]] = "<b>"
                    markers[points[1]] = "</b>"
                case .span:
                    markers[points[0]] = "</span><span>"
                case .wbr:
                    for point in points { markers[point] = "<wbr>" }
                case .hardWrap, .newlineInHTML:
                    markers[points[0]] = "\n"
                case .backslashBreak, .cssContinuation:
                    markers[points[0]] = "\\\n"
                case .cells:
                    markers[points[0]] = "</td><td>"
                    inTable = true
                }
            }
        }
        var text = ""
        for (index, piece) in encoded.enumerated() {
            if let marker = markers[index] { text += marker }
            text += piece
        }
        if markers.values.contains("</span><span>") { text = "<span>" + text + "</span>" }
        return FuzzRendering(text: text, inTable: inTable, asURL: asURL, steps: steps)
    }

    static func pickSplit(syntax: FuzzSyntax, using random: inout FuzzRandom) -> FuzzSplit? {
        syntax.splits.isEmpty ? nil : random.pick(syntax.splits)
    }

    /// 2 to 5 groups, each at least one character.
    static func randomGroups(_ count: Int, using random: inout FuzzRandom) -> [Int] {
        guard count > 2 else { return [count] }
        let parts = random.int(2...min(5, count))
        var cuts = Set<Int>()
        while cuts.count < parts - 1 { cuts.insert(random.int(1...(count - 1))) }
        let sorted = [0] + cuts.sorted() + [count]
        return zip(sorted.dropFirst(), sorted).map { $0 - $1 }
    }

    /// A CommonMark ordered-list marker at the start of a wrapped line would turn the digits into
    /// a list number, which no reader can copy: such split points are skipped.
    static func startsMarkdownList(_ line: String) -> Bool {
        let digits = line.prefix { $0.isASCII && $0.isNumber }
        guard (1...9).contains(digits.count) else { return false }
        let rest = line.dropFirst(digits.count)
        guard let marker = rest.first, marker == "." || marker == ")" else { return false }
        return rest.dropFirst().first.map { $0 == " " || $0 == "\t" || $0 == "\n" } ?? true
    }

    // MARK: - Encodings

    static let namedReferences: [Unicode.Scalar: [String]] = [
        // Word and WPS paste every space between digits as `&nbsp;`.
        " ": ["&nbsp;", "&nbsp;", "&#160;"],
        "\u{00A0}": ["&nbsp;", "&NonBreakingSpace;"], "\u{00AD}": ["&shy;"], "\u{200D}": ["&zwj;"],
        "\u{200C}": ["&zwnj;"], "\u{200E}": ["&lrm;"], "\u{200F}": ["&rlm;"], "\u{2013}": ["&ndash;"],
        "\u{2014}": ["&mdash;"], "\u{200B}": ["&ZeroWidthSpace;"], "\u{2060}": ["&NoBreak;"],
        "/": ["&sol;"], ".": ["&period;"], "_": ["&lowbar;"], "\t": ["&Tab;"], "(": ["&lpar;"], ")": ["&rpar;"],
        "@": ["&commat;"], "[": ["&lsqb;"], "]": ["&rsqb;"], "*": ["&ast;", "&midast;"], "#": ["&num;"],
        "×": ["&times;"], "-": ["&#45;", "&#x2D;"],
    ]

    static func entityEncode(_ encoded: inout [String], tokens: [FuzzToken], escapeOthers syntax: FuzzSyntax,
                             using random: inout FuzzRandom) {
        var any = false
        for index in encoded.indices {
            let encode = tokens[index].role != .prefix && random.chance(0.6)
            if encode {
                any = true
                encoded[index] = encoded[index].unicodeScalars.map { reference($0, using: &random) }.joined()
            } else {
                encoded[index] = escape(encoded[index], for: syntax, inURL: false)
            }
        }
        if !any, let index = tokens.indices.last(where: { tokens[$0].role != .prefix }) {
            encoded[index] = tokens[index].text.unicodeScalars.map { reference($0, using: &random) }.joined()
        }
    }

    static func reference(_ scalar: Unicode.Scalar, using random: inout FuzzRandom) -> String {
        if scalar == "%" { return "&percnt;" }
        if let names = namedReferences[scalar], random.chance(0.7) { return random.pick(names) }
        switch random.int(0...3) {
        case 0: return "&#\(scalar.value);"
        case 1: return "&#x\(String(scalar.value, radix: 16));"
        case 2: return "&#X\(String(scalar.value, radix: 16, uppercase: true));"
        default:
            // Leading zeros, but at most 7 digits: CommonMark (and so every Markdown page) takes
            // no longer decimal reference and shows it as written, digits of the code point.
            let digits = String(scalar.value)
            return "&#" + String(repeating: "0", count: max(0, min(3, 7 - digits.count))) + digits + ";"
        }
    }

    /// Percent-encodes whole tokens (UTF-8 bytes); whitespace and characters a URL cannot hold
    /// are always encoded.
    static func percentEncode(_ encoded: inout [String], tokens: [FuzzToken], using random: inout FuzzRandom) {
        var any = false
        for index in encoded.indices {
            // Brackets too: an unencoded `)` ends a Markdown link's destination, and the rest of
            // the value would then stand as percent-encoded text no reader decodes.
            let mustEncode = encoded[index].unicodeScalars.contains { $0.properties.isWhitespace || "\"<>\\`{}|^()".unicodeScalars.contains($0) }
            let encode = mustEncode || (tokens[index].role != .prefix && random.chance(0.7))
            if encode {
                any = true
                let upper = random.chance(0.7)
                encoded[index] = encoded[index].utf8.map { byte in
                    "%" + (byte < 16 ? "0" : "") + String(byte, radix: 16, uppercase: upper)
                }.joined()
            }
        }
        if !any, let index = tokens.indices.last {
            encoded[index] = encoded[index].utf8.map { String(format: "%%%02X", $0) }.joined()
        }
    }

    /// The syntax's own escaping of a text nobody tried to disguise.
    static func escape(_ text: String, for syntax: FuzzSyntax, inURL: Bool) -> String {
        var result = ""
        for character in text {
            switch (syntax, character) {
            case (_, "&"): result += "&amp;"
            case (_, "<"): result += "&lt;"
            case (_, ">"): result += "&gt;"
            case (.html, "\""): result += "&quot;"
            case (.markdown, "*"), (.markdown, "_"), (.markdown, "["), (.markdown, "]"), (.markdown, "\\"),
                 (.markdown, "#"), (.markdown, "`"):
                result += inURL ? String(character) : "\\" + String(character)
            default: result.append(character)
            }
        }
        return result
    }

    static func yamlEscape(_ text: String, digits: Bool, using random: inout FuzzRandom) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": result += "\\\\"
            case "\"": result += "\\\""
            case "\t": result += random.chance(0.5) ? "\\t" : "\t"
            case "\u{FEFF}": result += "\\uFEFF"
            case _ where FuzzSeparators.invisible.contains(String(scalar)) || scalar == "\u{00A0}":
                result += random.chance(0.5) ? String(format: "\\u%04X", scalar.value) : String(scalar)
            case "0"..."9" where digits && random.chance(0.6):
                result += random.chance(0.5) ? String(format: "\\x%02X", scalar.value) : String(format: "\\u%04x", scalar.value)
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// Inside a double-quoted CSS string: with `all`, most characters become `\hex ` escapes.
    static func cssEscape(_ text: String, all: Bool, using random: inout FuzzRandom) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            if all, scalar != "\n", random.chance(0.7) {
                let hex = String(scalar.value, radix: 16, uppercase: random.chance(0.5))
                result += random.chance(0.5) ? "\\" + hex + " " : "\\" + String(repeating: "0", count: max(0, 6 - hex.count)) + hex
            } else if scalar == "\"" || scalar == "\\" {
                result += "\\" + String(scalar)
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// A separator as the failure message shows it.
    static func visible(_ text: String) -> String {
        "\"" + text.unicodeScalars.map { scalar in
            scalar.isASCII && scalar.value >= 0x21 ? String(scalar) : String(format: "U+%04X", scalar.value)
        }.joined(separator: "") + "\""
    }
}
