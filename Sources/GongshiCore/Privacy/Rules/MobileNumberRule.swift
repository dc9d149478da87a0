/// Mainland mobile numbers: 11 digits `1[3-9]…`, in any grouping (3-4-4, 4-4-3, 3-8 …), after
/// `86`/`0086` or not. Runs of one or two digits inside are table columns, not a phone number.
struct MobileNumberRule: NumberPrivacyRule {
    func finding(for window: NumberWindow, context: PrivacyContext) -> RuleFinding? {
        let count = window.digitCount
        guard count == 11 || count == 13 || count == 15, !window.hasX else { return nil }
        let digits = window.digits
        let prefix = count - 11
        if prefix == 2, !(digits[0] == 8 && digits[1] == 6) { return nil }
        if prefix == 4, !(digits[0] == 0 && digits[1] == 0 && digits[2] == 8 && digits[3] == 6) { return nil }
        guard digits[prefix] == 1, (3...9).contains(digits[prefix + 1]) else { return nil }
        // The prefix, when written apart, is its own run; the rest is grouped like a number.
        var lengths = window.runLengths[...]
        if prefix > 0, lengths.count > 1 {
            if lengths[0] == prefix {
                lengths = lengths.dropFirst()
            } else if lengths[0] < prefix + 3 {
                return nil
            }
        }
        guard Self.isGrouped(lengths) else { return nil }
        let core = String(window.ascii.suffix(11))
        if context.allowedDigits.contains(core) || context.allowedDigits.contains(window.ascii) { return nil }
        return RuleFinding(.mobileNumber, prefix > 0 ? window.rangeWithPlus() : window.range(), echo: String(core.prefix(3)) + "****" + String(core.suffix(4)))
    }

    /// One run, or runs of at least three digits with edge runs of at least two.
    static func isGrouped(_ lengths: ArraySlice<Int>) -> Bool {
        guard lengths.count > 1 else { return true }
        for (offset, length) in lengths.enumerated() {
            let edge = offset == 0 || offset == lengths.count - 1
            if length < (edge ? 2 : 3) { return false }
        }
        return true
    }
}
