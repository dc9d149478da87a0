/// Private landlines: an area code (`010`, `02x`, or four digits `0xxx`) and a local number of 7
/// or 8 digits starting 2–9, together or apart (`0391-5551234`, `(0391) 555 1234`). The site's
/// official numbers (hotlines, `privacy.allowed_numbers`) pass.
struct LandlineRule: NumberPrivacyRule {
    func finding(for window: NumberWindow, context: PrivacyContext) -> RuleFinding? {
        let count = window.digitCount
        guard (10...12).contains(count), !window.hasX else { return nil }
        let digits = window.digits
        guard digits[0] == 0, digits[1] != 0 else { return nil }
        let area = digits[1] <= 2 ? 3 : 4
        let local = count - area
        guard local == 7 || local == 8, digits[area] >= 2 else { return nil }
        // A date may follow an area code (`0391 2026-09-01`); digits grouped like a date inside
        // the local number are still the number.
        guard window.isNumberShaped(maximumGroups: 8, yearsUpTo: area) else { return nil }
        // A landline is never part of a longer run of joined digits (a date, a code).
        guard !window.joinedBefore, !window.joinedAfter else { return nil }
        let text = window.ascii
        let localPart = String(text.suffix(local))
        if context.allowedDigits.contains(text) || context.allowedDigits.contains(localPart) { return nil }
        return RuleFinding(.landlineNumber, window.range(), echo: String(text.prefix(area)) + "-****" + String(text.suffix(2)))
    }
}
