/// Bank card and 一卡通 (social-security card) account numbers: 16–19 digits, Luhn-valid or not
/// (passbook and 一卡通 accounts often fail Luhn), contiguous or in groups of at least three
/// (`6217 0012 3456 7890 122`, `621700 1234567890122`; groups of four may end with a shorter one).
/// Digits glued to ASCII letters (`YT2024000000000124`) are a record or contract code.
struct AccountNumberRule: NumberPrivacyRule {
    func finding(for window: NumberWindow, context: PrivacyContext) -> RuleFinding? {
        let count = window.digitCount
        guard (16...19).contains(count), !window.hasX else { return nil }
        let digits = window.digits
        guard digits[0] != 0, !window.touchesLetter, !window.startsWithRegionCode(context.regionCodes) else { return nil }
        let lengths = window.runLengths
        let inFours = lengths.dropLast().allSatisfy { $0 == 4 } && (lengths.last ?? 0) <= 4
        guard inFours || window.isGrouped(inner: 3, edge: 3) else { return nil }
        let text = window.ascii
        if context.allowedDigits.contains(text) { return nil }
        return RuleFinding(.bankCardNumber, window.range(), echo: maskMiddle(text))
    }
}
