/// Decides whether a value a clerk wrote may be quoted back in a message. A value that was refused
/// or could not be read may be anything: a name typed into the wrong column, an ID number, a
/// mobile. So a message shows a value only when it is recognisably harmless, and this is the one
/// place that recognises it; every other value is named by file, line, column, header and
/// category, and the message says it was withheld (「已隐去」).
///
/// Each check returns the text to quote, or nil when the value must be withheld.
package enum HarmlessEcho {
    /// A number such as an amount, a count or a factor, as written: ASCII digits with at most one
    /// `.`, thousands commas, a sign, and a unit (`600元`, `1,100.00`, `-1`, `2.5`, `16pt`).
    /// Never seven or more digits in a row and never more than seven in all: a landline, a QQ
    /// number or anything longer is withheld.
    package static func number(_ text: String) -> String? {
        var body = Substring(text)
        for unit in ["元", "pt", "人", "户", "%"] where body.hasSuffix(unit) {
            body = body.dropLast(unit.count)
            break
        }
        body = body.drop { $0 == "-" || $0 == "+" }
        guard !body.isEmpty, body.count <= 12 else { return nil }
        var digits = 0
        var run = 0
        var dots = 0
        for scalar in body.unicodeScalars {
            switch scalar {
            case "0"..."9":
                digits += 1
                run += 1
                if run > 6 { return nil }
            case ".":
                dots += 1
                run = 0
            case ",":
                run = 0
            default:
                return nil
            }
        }
        guard digits >= 1, digits <= 7, dots <= 1 else { return nil }
        return text
    }

    /// A total a clerk wrote (households, persons, an amount in yuan): at most eight digits before
    /// the point, two after, with thousands commas (`4,400.50`, `12`). Eleven digits are a mobile.
    package static func total(_ text: String) -> String? {
        let plain = text.replacingOccurrences(of: ",", with: "")
        let parts = plain.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count <= 2, let whole = parts.first, (1...8).contains(whole.utf8.count),
              parts.count == 1 || (1...2).contains(parts[1].utf8.count),
              parts.allSatisfy({ $0.utf8.allSatisfy { $0 >= 48 && $0 <= 57 } })
        else { return nil }
        return text
    }

    /// A date or month written in a wrong form (`2026-13-01`, `2026/11/1`, `2026年11月`,
    /// `明天` is not one). It must carry a year (a run of four digits starting with 19 or 20) or a
    /// month name, hold no more than eight digits outside times (`10:46`), and be made only of
    /// digits, date separators, 年月日时分秒 and the English names of months and weekdays.
    package static func date(_ text: String) -> String? {
        guard !text.isEmpty, text.count <= 40 else { return nil }
        let separators: Set<Character> = ["-", "/", ".", ":", " ", ",", "+"]
        let chineseUnits: Set<Character> = ["年", "月", "日", "号", "时", "分", "秒"]
        let characters = Array(text)
        var dateDigits = 0
        var hasYear = false
        var index = 0
        while index < characters.count {
            let character = characters[index]
            if character.isASCII, character.isNumber {
                var end = index
                while end < characters.count, characters[end].isASCII, characters[end].isNumber { end += 1 }
                let run = String(characters[index..<end])
                let nextToColon = (index > 0 && characters[index - 1] == ":") || (end < characters.count && characters[end] == ":")
                if nextToColon {
                    guard run.count <= 2 else { return nil }
                } else {
                    guard run.count <= 4 else { return nil }
                    dateDigits += run.count
                    if run.count == 4, run.hasPrefix("19") || run.hasPrefix("20") { hasYear = true }
                }
                index = end
            } else if character.isASCII, character.isLetter {
                var end = index
                while end < characters.count, characters[end].isASCII, characters[end].isLetter { end += 1 }
                guard englishDateWords.contains(String(characters[index..<end]).lowercased()) else { return nil }
                index = end
            } else if separators.contains(character) || chineseUnits.contains(character) {
                index += 1
            } else {
                return nil
            }
        }
        guard hasYear, dateDigits <= 8 else { return nil }
        return text
    }

    private static let englishDateWords: Set<String> = [
        "mon", "tue", "wed", "thu", "fri", "sat", "sun",
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
        "gmt", "utc", "cst", "am", "pm", "t", "z",
    ]

    /// A region code: exactly twelve ASCII digits (region codes are public by design).
    package static func regionCode(_ text: String) -> String? {
        text.utf8.count == 12 && text.utf8.allSatisfy { $0 >= 48 && $0 <= 57 } ? text : nil
    }

    /// A YAML key, a theme or template name: ASCII letters, digits, `_`, `-` and `.`, with at
    /// least one letter and no more than four digits in a row (`titel`, `hotlines.phone`,
    /// `theme-2024`). A key in Chinese or any other script is withheld: it may be a name.
    package static func identifier(_ text: String) -> String? {
        guard !text.isEmpty, text.utf8.count <= 40 else { return nil }
        var run = 0
        var letters = 0
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                run += 1
                if run > 4 { return nil }
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"):
                letters += 1
                run = 0
            case UInt8(ascii: "_"), UInt8(ascii: "-"), UInt8(ascii: "."):
                run = 0
            default:
                return nil
            }
        }
        return letters > 0 ? text : nil
    }

    /// A relative path whose every part is an `identifier` (`articles/standard-2024.md`,
    /// `../notices/a.md`, `themes/official`).
    package static func path(_ text: String) -> String? {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard !text.isEmpty, text.utf8.count <= 200,
              parts.allSatisfy({ $0 == ".." || $0 == "." || identifier(String($0)) != nil })
        else { return nil }
        return text
    }
}
