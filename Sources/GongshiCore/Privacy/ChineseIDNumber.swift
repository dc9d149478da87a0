/// Checks of the resident identity number (公民身份号码, GB 11643-1999). Digits are passed as
/// values 0–9, not as characters.
enum ChineseIDNumber {
    static let weights: [Int] = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    /// Check character for `sum mod 11` = 0…10 ("10X98765432"), as ASCII.
    static let checkCharacters: [UInt8] = Array("10X98765432".utf8)

    /// The check character (ASCII `0`–`9` or `X`) for the first 17 digit values.
    static func checkCharacter(first17 digits: ArraySlice<UInt8>) -> UInt8 {
        precondition(digits.count == 17)
        var sum = 0
        for (weight, digit) in zip(weights, digits) { sum += weight * Int(digit) }
        return checkCharacters[sum % 11]
    }

    /// An 18-character number: 17 digit values plus the check character `check` (ASCII digit or `X`).
    /// Valid when the check character matches, the birth date (positions 7–14) is plausible
    /// and the first digit is not 0 (no region code starts with 0).
    static func isValid18(first17 digits: ArraySlice<UInt8>, check: UInt8) -> Bool {
        guard digits.count == 17, digits[digits.startIndex] != 0 else { return false }
        let start = digits.startIndex
        let year = number(digits, start + 6, 4)
        guard (1900...2099).contains(year), isPlausible(month: number(digits, start + 10, 2), day: number(digits, start + 12, 2))
        else { return false }
        return checkCharacter(first17: digits) == check
    }

    /// The 15-digit legacy form: 6-digit region (not starting with 0), YYMMDD, 3 digits.
    static func isValid15(_ digits: ArraySlice<UInt8>) -> Bool {
        guard digits.count == 15, digits[digits.startIndex] != 0 else { return false }
        let start = digits.startIndex
        return isPlausible(month: number(digits, start + 8, 2), day: number(digits, start + 10, 2))
    }

    /// Whether the first two digits are a province-level code (11–15, 21–23, 31–37, 41–46, 50–54,
    /// 61–65, 71, 81–83): what makes a mistyped number still someone's ID.
    static func hasProvincePrefix(_ digits: ArraySlice<UInt8>) -> Bool {
        guard digits.count >= 2 else { return false }
        let code = Int(digits[digits.startIndex]) * 10 + Int(digits[digits.startIndex + 1])
        switch code {
        case 11...15, 21...23, 31...37, 41...46, 50...54, 61...65, 71, 81...83: return true
        default: return false
        }
    }

    /// 18 characters whose region prefix and birth date are plausible, whatever the check
    /// character says (a mistyped check digit still leaves the region and the birthday readable).
    static func isPlausible18(first17 digits: ArraySlice<UInt8>) -> Bool {
        guard digits.count == 17, hasProvincePrefix(digits) else { return false }
        let start = digits.startIndex
        let year = number(digits, start + 6, 4)
        return (1900...2099).contains(year)
            && isPlausible(month: number(digits, start + 10, 2), day: number(digits, start + 12, 2))
    }

    static func isPlausible(month: Int, day: Int) -> Bool {
        (1...12).contains(month) && (1...31).contains(day)
    }

    private static func number(_ digits: ArraySlice<UInt8>, _ from: Int, _ count: Int) -> Int {
        var value = 0
        for index in from..<(from + count) { value = value * 10 + Int(digits[index]) }
        return value
    }
}
