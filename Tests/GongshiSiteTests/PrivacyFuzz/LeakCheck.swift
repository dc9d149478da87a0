import Foundation

/// Whether a text the clerk sees (stdout, stderr) shows a private value in any form: both are
/// compared after NFKC, lowercasing, reading Chinese, 大写 and circled numerals as digits and
/// dropping everything that is not a letter or a digit; numbers are also compared by their
/// digits alone, so a mask or a separator in the echo cannot hide a value shown whole.
enum LeakCheck {
    static let numerals: [Unicode.Scalar: Unicode.Scalar] = [
        "〇": "0", "零": "0", "○": "0",
        "一": "1", "壹": "1", "幺": "1",
        "二": "2", "贰": "2", "三": "3", "叁": "3", "四": "4", "肆": "4", "五": "5", "伍": "5",
        "六": "6", "陆": "6", "七": "7", "柒": "7", "八": "8", "捌": "8", "九": "9", "玖": "9",
    ]

    /// Scalar by scalar, not character by character: a zero-width joiner glues itself to the
    /// digit before it into one `Character`, which would then count as neither letter nor digit.
    static func canonical(_ text: String) -> String {
        let folded = text.precomposedStringWithCompatibilityMapping.lowercased()
        var result = String.UnicodeScalarView()
        for scalar in folded.unicodeScalars {
            if let digit = numerals[scalar] {
                result.append(digit)
                continue
            }
            switch scalar.properties.generalCategory {
            case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter, .decimalNumber:
                result.append(scalar)
            default:
                break
            }
        }
        return String(result)
    }

    static func digits(_ text: String) -> String {
        String(String.UnicodeScalarView(canonical(text).unicodeScalars.filter { ("0"..."9").contains($0) }))
    }

    /// The needles of `value` that `text` shows, empty when it shows none.
    static func shown(_ value: FuzzValue, in text: String) -> [String] {
        shown(needles: value.needles, digitNeedles: value.digitNeedles, in: text)
    }

    static func shown(needles: [String], digitNeedles: [String], in text: String) -> [String] {
        let letters = canonical(text)
        let digitsOnly = digits(text)
        return needles.filter { !$0.isEmpty && letters.contains($0) }
            + digitNeedles.filter { !$0.isEmpty && digitsOnly.contains($0) }
    }
}
