import Foundation

/// The kinds of disguise a careless clerk or theme author applies to a value (issue 9, classes
/// 1–6). A case composes one to three of them; which ones fit depends on the place (see
/// `FuzzSyntax.families`, the compatibility table).
enum FuzzFamily: String, CaseIterable, Sendable {
    /// Digits written as full-width, Chinese (〇/零/幺), 大写 or circled numerals.
    case numerals
    /// Regrouping (3-4-4, 4-4-3, 3-8, 6-8-4, 4-4-4-4-3, random) with any separator, parentheses
    /// around the first group.
    case separators
    /// Invisible and formatting characters between characters.
    case invisible
    /// The value split by markup or a line: `**`, `<span>`, `<b>`, `<wbr>`, a hard wrap, a `\`
    /// break, two table cells, a CSS line continuation.
    case split
    /// HTML character references: named (`&nbsp;` `&shy;` `&zwj;` …), decimal and hex.
    case entities
    /// The value in a link's query string, percent-encoded.
    case percent
    /// CSS escapes (`\34 `, `\000031`) inside a stylesheet string.
    case cssEscapes
    /// YAML escapes (`\x34`, `\u0031`) inside a double-quoted YAML string.
    case yamlEscapes
}

/// How a place writes text; decides which families are meaningful there.
enum FuzzSyntax: String, Sendable {
    case markdown, html, yaml, csv, text, css, binary

    /// The compatibility table: which families make sense in this syntax.
    var families: [FuzzFamily] {
        switch self {
        case .markdown, .html: [.numerals, .separators, .invisible, .split, .entities, .percent]
        case .yaml: [.numerals, .separators, .invisible, .yamlEscapes]
        case .csv: [.numerals, .separators, .invisible]
        case .text: [.numerals, .separators, .invisible, .split]
        case .css: [.numerals, .separators, .invisible, .split, .cssEscapes]
        case .binary: [.numerals, .separators, .invisible]
        }
    }

    /// The ways a value can be split here.
    var splits: [FuzzSplit] {
        switch self {
        case .markdown: [.emphasis, .span, .bold, .wbr, .hardWrap, .backslashBreak, .cells]
        case .html: [.span, .bold, .wbr, .newlineInHTML, .cells]
        case .text: [.hardWrap]
        case .css: [.cssContinuation]
        case .yaml, .csv, .binary: []
        }
    }
}

enum FuzzNumerals: String, CaseIterable, Sendable {
    case fullWidth, chinese, chineseLing, yao, daxie, circled, mixedChinese

    func write(_ digit: Int, using random: inout FuzzRandom) -> String {
        let chinese = ["〇", "一", "二", "三", "四", "五", "六", "七", "八", "九"]
        switch self {
        case .fullWidth: return String(UnicodeScalar(0xFF10 + UInt32(digit)).map(Character.init) ?? "0")
        case .chinese: return chinese[digit]
        case .chineseLing: return digit == 0 ? "零" : chinese[digit]
        case .yao: return digit == 1 ? "幺" : digit == 0 ? random.pick(["〇", "零"]) : chinese[digit]
        case .daxie: return ["零", "壹", "贰", "叁", "肆", "伍", "陆", "柒", "捌", "玖"][digit]
        case .circled:
            if digit == 0 { return "⓪" }
            return String(UnicodeScalar(0x2460 + UInt32(digit - 1)).map(Character.init) ?? "0")
        case .mixedChinese: return random.chance(0.5) ? String(digit) : chinese[digit]
        }
    }
}

enum FuzzSplit: String, CaseIterable, Sendable {
    case emphasis, span, bold, wbr, hardWrap, backslashBreak, cells, newlineInHTML, cssContinuation

    /// How many split points it needs.
    var points: Int {
        switch self {
        case .emphasis, .bold: 2
        case .wbr: 2
        default: 1
        }
    }
}

/// The separators a clerk types or pastes between groups of digits.
enum FuzzSeparators {
    static let all: [String] = [
        " ", "  ", "   ", "\t", "-", "\u{2013}", "\u{2014}", "\u{2011}", "/", ".", "_", "\u{00A0}", "\u{3000}", " - ",
    ]
    static let invisible: [String] = [
        "\u{00AD}", "\u{200B}", "\u{200C}", "\u{200D}", "\u{2060}", "\u{FEFF}", "\u{200E}", "\u{200F}",
    ]
    static let parentheses: [(String, String)] = [("（", "）"), ("(", ")"), ("(", ") ")]

    /// Named groupings by length; any length also gets random groups.
    static func groupings(for count: Int) -> [(String, [Int])] {
        var named: [(String, [Int])] = []
        switch count {
        case 11: named = [("3-4-4", [3, 4, 4]), ("4-4-3", [4, 4, 3]), ("3-8", [3, 8])]
        case 18: named = [("6-8-4", [6, 8, 4]), ("6-4-4-4", [6, 4, 4, 4])]
        case 19: named = [("4-4-4-4-3", [4, 4, 4, 4, 3]), ("6-13", [6, 13])]
        case 16: named = [("4-4-4-4", [4, 4, 4, 4])]
        case 15: named = [("6-6-3", [6, 6, 3])]
        default: break
        }
        return named
    }
}

/// One piece of a value on its way to a file: what it says and what it is.
struct FuzzToken: Sendable {
    enum Role: Sendable, Equatable {
        case prefix, glyph(splittable: Bool), separator, invisible
    }

    var text: String
    let role: Role

    var isSplittableGlyph: Bool {
        if case .glyph(let splittable) = role { return splittable }
        return false
    }
}
