/// Mainland mobile numbers: 11 digits `1[3-9]…`, in any grouping (3-4-4, 4-4-3, 3-8 …), after
/// `86`/`0086` or not. A table row is no number: a window crosses at most one cell or line
/// break (`DigitRuns`), and one led by a date (`1998-10-01 123`) is a date.
struct MobileNumberRule: NumberPrivacyRule {
    func finding(for window: NumberWindow, context: PrivacyContext) -> RuleFinding? {
        let count = window.digitCount
        guard count == 11 || count == 13 || count == 15, !window.hasX else { return nil }
        let digits = window.digits
        let prefix = count - 11
        if prefix == 2, !(digits[0] == 8 && digits[1] == 6) { return nil }
        if prefix == 4, !(digits[0] == 0 && digits[1] == 0 && digits[2] == 8 && digits[3] == 6) { return nil }
        guard digits[prefix] == 1, (3...9).contains(digits[prefix + 1]) else { return nil }
        // Any grouping, in at most eight groups besides the prefix: separators put anywhere and a
        // wrapped line still read as one number; more is a row of small numbers.
        guard window.isNumberShaped(maximumGroups: prefix > 0 ? 9 : 8) else { return nil }
        let core = String(window.ascii.suffix(11))
        if context.allowedDigits.contains(core) || context.allowedDigits.contains(window.ascii) { return nil }
        return RuleFinding(
            .mobileNumber, prefix > 0 ? window.rangeWithPlus() : window.range(),
            echo: String(core.prefix(3)) + "****" + String(core.suffix(4)))
    }
}
