/// QQ numbers: 5–11 digits introduced by `QQ` (or `扣扣`), with at most a few characters between
/// (`QQ号：`, `QQ: `, `qq 12345678`). Without the word, such a number is just a number.
struct QQNumberRule: TextPrivacyRule {
    static let needs: NormalizedText.Features = [.qq, .digit]

    func findings(in text: NormalizedText, context: PrivacyContext, into findings: inout [RuleFinding]) {
        let s = text.scalars
        let n = s.count
        var i = 0
        while i + 1 < n {
            let isQQ = (s[i] == "Q" || s[i] == "q") && (s[i + 1] == "Q" || s[i + 1] == "q")
            let isKouKou = s[i] == "扣" && s[i + 1] == "扣"
            guard isQQ || isKouKou else {
                i += 1
                continue
            }
            // Not inside a longer ASCII word.
            if isQQ, i > 0, (s[i - 1].value | 0x20) &- 0x61 < 26 {
                i += 2
                continue
            }
            var j = i + 2
            while j < n, j - i < 8, NormalizedText.digitValue(s[j]) == nil, s[j] != ReaderText.wall { j += 1 }
            let start = j
            var digits = ""
            var masks = 0
            var shownBeforeMask: String?  // the digits read before the first mask character
            while j < n, let digit = NormalizedText.digitValue(s[j]), digits.count < 12 {
                digits.unicodeScalars.append(Unicode.Scalar(0x30 + digit))
                j += 1
                // Grouped digits (`1234 5678`, `(151) 5_2_407`, `16) - 5 - 3`) read as one number,
                // within the same gap that joins the runs of every number rule (`DigitRuns`);
                // mask characters join too, and are counted.
                var k = j
                var groupMasks = 0
                while k < n, k - j <= DigitRuns.longestJoin, NormalizedText.isSeparator(s[k]) || s[k] == "*" || s[k] == "#" {
                    if s[k] == "*" || s[k] == "#" { groupMasks += 1 }
                    k += 1
                }
                if k > j, k < n, NormalizedText.digitValue(s[k]) != nil {
                    j = k
                    if groupMasks > 0, shownBeforeMask == nil { shownBeforeMask = digits }
                    masks += groupMasks
                }
            }
            // Stars that cannot be masked digits (a QQ number has at most 11 digits, so 8 shown and
            // 4 "masked" is no mask) are Markdown left over (`250**3576**3`): a reader reads the
            // digits as one number. A real mask still hides too little when five digits stand
            // before it (`12345**89`).
            let shownFirst = shownBeforeMask ?? digits
            let masked = masks > 0 && digits.count + masks <= 11 && shownFirst.count < 5
            let shown = masked ? "" : ((5...11).contains(digits.count) ? digits : shownFirst)
            if (5...11).contains(shown.count), !shown.hasPrefix("0"), !context.allowedDigits.contains(shown) {
                findings.append(RuleFinding(.qqNumber, start..<j, echo: String(shown.prefix(2)) + "****" + String(shown.suffix(2))))
            }
            i = max(j, i + 2)
        }
    }
}
