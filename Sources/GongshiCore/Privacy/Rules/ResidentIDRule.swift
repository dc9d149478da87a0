/// Resident ID numbers (公民身份号码): 18 characters with a plausible province prefix and birth
/// date, whether the check character is right or mistyped (the region and the birthday are
/// still someone's), and the 15-digit legacy form. A number that starts with one of the site's
/// 12-digit region codes is a code with a sequence number, not an ID.
struct ResidentIDRule: NumberPrivacyRule {
    func finding(for window: NumberWindow, context: PrivacyContext) -> RuleFinding? {
        let count = window.digitCount
        guard count == 18 || count == 17 || count == 15 else { return nil }
        // The province prefix and the birth date make an ID plausible in any grouping.
        guard window.isNumberShaped(maximumGroups: 6, allowDateLead: true),
              !window.startsWithRegionCode(context.regionCodes) else { return nil }
        let digits = window.digits[...]
        if count == 18, !window.hasX, ChineseIDNumber.isPlausible18(first17: digits.prefix(17)) {
            return report(window.ascii, window.range(), context)
        }
        if count == 17, window.hasX, ChineseIDNumber.isPlausible18(first17: digits) {
            return report(window.ascii + "X", window.range(withX: true), context)
        }
        if count == 15, !window.hasX, ChineseIDNumber.hasProvincePrefix(digits), ChineseIDNumber.isValid15(digits) {
            return report(window.ascii, window.range(), context)
        }
        return nil
    }

    private func report(_ text: String, _ range: Range<Int>, _ context: PrivacyContext) -> RuleFinding? {
        if context.allowedDigits.contains(text) { return nil }
        return RuleFinding(.idNumber, range, echo: maskMiddle(text))
    }
}
