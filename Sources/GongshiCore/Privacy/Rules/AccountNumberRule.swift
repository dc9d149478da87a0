/// Bank card and 一卡通 (social-security card) account numbers: 16–19 digits, Luhn-valid or not
/// (passbook and 一卡通 accounts often fail Luhn), contiguous or in any grouping of at most six
/// groups (`6217 0012 3456 7890 122`, `621700 1234567890122`).
/// Digits glued to ASCII letters (`YT2024000000000124`) are a record or contract code, and so
/// is a number introduced as one (`合同编号：…`, `记录编号：…`); an ID number is refused all the same.
struct AccountNumberRule: NumberPrivacyRule {
    func finding(for window: NumberWindow, context: PrivacyContext) -> RuleFinding? {
        let count = window.digitCount
        guard (16...19).contains(count), !window.hasX else { return nil }
        let digits = window.digits
        guard digits[0] != 0, !window.touchesLetter, !window.hasRecordLabel, !window.startsWithRegionCode(context.regionCodes) else { return nil }
        guard window.isNumberShaped(maximumGroups: 6) else { return nil }
        let text = window.ascii
        if context.allowedDigits.contains(text) { return nil }
        return RuleFinding(.bankCardNumber, window.range(), echo: maskMiddle(text))
    }
}
