/// A reader's text after `PrivacyNormalizer`: the one alphabet every privacy rule judges.
///
/// - digits of every script and form are ASCII `0`–`9` (Chinese numerals stay as written and
///   are read by `digitValue`);
/// - a run of white space is one ` `, or one `\n` when it holds a line, cell or block break
///   (a number may be split by one such break, not spread over a table row); every dash `-`, every dot `.`, every
///   slash `/`, every bracket `(` or `)`; a gap of separators too long to be inside one number
///   is `ReaderText.wall`;
/// - mask characters (`*`, `＊`, `×`, `●`, `■`, `※` …) are `*`; `#` stays `#`;
/// - invisible and formatting characters are gone; everything else is NFKC.
package struct NormalizedText: Sendable {
    package var scalars: [Unicode.Scalar] = []
    /// For each normalised scalar, the index of the `ReaderText` scalar it came from.
    package var sources: [Int32] = []
    /// What kinds of characters occur, so that rules with nothing to look at are skipped.
    package var features = Features()

    /// Character classes seen while normalising: the cheap test before a rule reads the text.
    package struct Features: OptionSet, Sendable {
        package let rawValue: UInt8
        package init(rawValue: UInt8) { self.rawValue = rawValue }
        /// An ASCII digit or a Chinese numeral.
        package static let digit = Features(rawValue: 1)
        /// `*`, `#`, `X`/`x` or `某`: a mask (or Markdown emphasis).
        package static let mask = Features(rawValue: 2)
        /// `@`, `(`, `#`, `艾`, ` at`: where an e-mail may be.
        package static let mailMarker = Features(rawValue: 4)
        /// `Q`, `q`, `扣`.
        package static let qq = Features(rawValue: 8)
        /// Any Han character (names, words).
        package static let han = Features(rawValue: 16)
    }

    package init() {}

    package var count: Int { scalars.count }

    mutating func append(_ scalar: Unicode.Scalar, from source: Int) {
        let value = scalar.value
        if value < 0x80 {
            switch value {
            case 0x30...0x39: features.insert(.digit)
            case 0x2A, 0x58, 0x78: features.insert(.mask)  // `*`, and `X`/`x` written as masks
            case 0x23: features.formUnion([.mask, .mailMarker])
            case 0x40, 0x28: features.insert(.mailMarker)
            case 0x51, 0x71: features.insert(.qq)
            case 0x74, 0x54:  // ` at `: the `t` of an `at` after a space (or glued to a digit)
                let n = scalars.count
                if n >= 2, scalars[n - 1].value | 0x20 == 0x61, Self.mayStartAtMarker(scalars[n - 2]) {
                    features.insert(.mailMarker)
                }
            default: break
            }
        } else if value >= 0x3400 {
            features.insert(.han)
            switch scalar {
            case "某": features.insert(.mask)
            case "艾": features.insert(.mailMarker)
            case "扣": features.insert(.qq)
            default: if NormalizedText.chineseDigit(value) != nil { features.insert(.digit) }
            }
        }
        scalars.append(scalar)
        sources.append(Int32(truncatingIfNeeded: source))
    }

    /// Whether an `at` after this scalar may stand for `@`: after a space or a break (`zhang at
    /// sina.com`), or glued to a local part that ends in a digit or `_` (`zhang5897at 163.com`,
    /// where a CSS escape swallowed the space), which no English word does.
    @inline(__always)
    static func mayStartAtMarker(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        return value == 0x20 || value == 0x0A || value &- 0x30 < 10 || value == 0x5F
    }

    /// The text as a String (tests, word rules).
    package var string: String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars)
        return String(view)
    }

    /// Whether a normalised scalar separates digit groups (never a wall).
    @inline(__always)
    package static func isSeparator(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x20, 0x0A, 0x2D, 0x2E, 0x2F, 0x28, 0x29, 0x5F, 0x2B, 0x5C: true  // space \n - . / ( ) _ + \
        default: false
        }
    }

    /// The digit a normalised scalar stands for: ASCII digits, and the Chinese numerals clerks
    /// write numbers with (一三九…, 壹叁玖…, 零, 幺), which the normaliser leaves as written so
    /// that names stay names.
    @inline(__always)
    package static func digitValue(_ scalar: Unicode.Scalar) -> UInt8? {
        let value = scalar.value
        if value &- 0x30 < 10 { return UInt8(truncatingIfNeeded: value &- 0x30) }
        guard value >= 0x4E00 else { return nil }
        return chineseDigit(value).map { UInt8(truncatingIfNeeded: $0) }
    }

    @inline(__always)
    package static func isDigit(_ scalar: Unicode.Scalar) -> Bool { digitValue(scalar) != nil }

    /// 〇零一二三四五六七八九, 幺 (1, as read out in phone numbers) and 大写 壹贰叁肆伍陆柒捌玖 (with
    /// traditional forms) as digit values.
    @inline(__always)
    package static func chineseDigit(_ value: UInt32) -> UInt32? {
        guard mayBeChineseDigit(value) else { return nil }
        return chineseDigitBySwitch(value)
    }

    /// Whether the low byte of `value` is the low byte of one of the numerals: a bitmap test
    /// that turns away nine ideographs in ten before the switch (every rule asks it of every
    /// ideograph of every page).
    @inline(__always)
    static func mayBeChineseDigit(_ value: UInt32) -> Bool {
        let low = value & 0xFF
        let word: UInt64
        switch low >> 6 {
        case 0: word = 0x0001_0000_0000_6209
        case 1: word = 0x0500_2800_2000_1040
        case 2: word = 0x0008_0000_0050_1040
        default: word = 0x0242_0000_0804_000A
        }
        return (word >> UInt64(low & 63)) & 1 == 1
    }

    /// The numerals' values (`chineseDigit` without its bitmap test; tests compare the two).
    static func chineseDigitBySwitch(_ value: UInt32) -> UInt32? {
        switch value {
        case 0x96F6: 0  // 零
        case 0x4E00, 0x58F9, 0x5E7A, 0x58F1: 1  // 一 壹 幺 壱
        case 0x4E8C, 0x8D30, 0x8CB3, 0x5F0D: 2  // 二 贰 貳 弍
        case 0x4E09, 0x53C1, 0x53C3, 0x5F0E: 3  // 三 叁 參 弎
        case 0x56DB, 0x8086: 4  // 四 肆
        case 0x4E94, 0x4F0D: 5  // 五 伍
        case 0x516D, 0x9646, 0x9678: 6  // 六 陆 陸
        case 0x4E03, 0x67D2: 7  // 七 柒
        case 0x516B, 0x634C: 8  // 八 捌
        case 0x4E5D, 0x7396: 9  // 九 玖
        default: nil
        }
    }

}
