/// What every rule may know about the site: the official numbers and mailboxes that may be
/// published, the region codes that make a long number a code and not an ID, and the full names
/// the site's imports have seen.
package struct PrivacyContext: Sendable {
    /// Digit keys of allow-listed numbers (hotlines, `privacy.allowed_numbers`).
    package var allowedDigits: Set<String>
    /// Lowercased allow-listed e-mail addresses (`privacy.allowed_emails`).
    package var allowedEmails: Set<String>
    /// The 12-digit codes of `regions.csv`: a number that starts with one is a code with a
    /// sequence (410829101201001), not an ID or an account.
    package var regionCodes: Set<String>
    package var knownNames: KnownNames?

    package init(
        allowedNumbers: [String] = [], allowedEmails: [String] = [], regionCodes: Set<String> = [],
        knownNames: KnownNames? = nil
    ) {
        var digits = Set<String>()
        var emails = Set(allowedEmails.map { $0.trimmingWhiteSpace.lowercased() })
        for entry in allowedNumbers {
            let trimmed = entry.trimmingWhiteSpace
            if trimmed.contains("@") || trimmed.contains("＠") {
                emails.insert(trimmed.lowercased())
                continue
            }
            let key = PrivacyContext.digitKey(trimmed)
            guard !key.isEmpty else { continue }
            digits.insert(key)
            // A number written with its country or trunk prefix also allows the bare number.
            if key.hasPrefix("0086") { digits.insert(String(key.dropFirst(4))) }
            if key.hasPrefix("86"), key.count == 13 { digits.insert(String(key.dropFirst(2))) }
        }
        allowedDigits = digits
        self.allowedEmails = emails
        self.regionCodes = regionCodes
        self.knownNames = knownNames
    }

    /// The digits of a number as written (any script, any separators), `X` kept as `X`.
    package static func digitKey(_ text: String) -> String {
        let normalized = PrivacyNormalizer.normalize(text)
        var key = ""
        for scalar in normalized.scalars {
            if let digit = NormalizedText.digitValue(scalar) {
                key.unicodeScalars.append(Unicode.Scalar(0x30 + digit))
            } else if scalar == "X" || scalar == "x" {
                key.append("X")
            }
        }
        return key
    }
}

extension String {
    var trimmingWhiteSpace: String {
        var slice = Substring(self)
        while let first = slice.first, first.isWhitespace { slice.removeFirst() }
        while let last = slice.last, last.isWhitespace { slice.removeLast() }
        return String(slice)
    }
}

/// One rule's finding on a normalised text: what, where (normalised indices) and how to show it.
package struct RuleFinding: Sendable, Equatable {
    package let kind: PrivateValueFinding.Kind
    package let range: Range<Int>
    /// What a message may show: the value masked, or only what kind of thing was found.
    package let echo: String

    package init(_ kind: PrivateValueFinding.Kind, _ range: Range<Int>, echo: String) {
        self.kind = kind
        self.range = range
        self.echo = echo
    }

    /// Overlapping findings keep the one with the lower number, then the longer.
    var priority: Int { kind.priority }
}

/// A rule that reads a whole normalised text (e-mail, QQ, person facts, known names, masked IDs).
package protocol TextPrivacyRule: Sendable {
    /// What a text must contain for this rule to find anything (checked before it reads).
    static var needs: NormalizedText.Features { get }
    func findings(in text: NormalizedText, context: PrivacyContext, into findings: inout [RuleFinding])
    /// The rule as it read before the output scan was made faster (`PrivacyRuleSet.referenceFindings`).
    func referenceFindings(in text: NormalizedText, context: PrivacyContext, into findings: inout [RuleFinding])
}

extension TextPrivacyRule {
    /// Rules that were not rewritten are their own reference.
    package func referenceFindings(in text: NormalizedText, context: PrivacyContext, into findings: inout [RuleFinding]) {
        self.findings(in: text, context: context, into: &findings)
    }
}

/// A rule that judges one window of digit runs (IDs, mobiles, accounts, landlines).
package protocol NumberPrivacyRule: Sendable {
    func finding(for window: NumberWindow, context: PrivacyContext) -> RuleFinding?
}

/// First 4 and last 4 characters, every other one `*`: how messages show long numbers.
func maskMiddle(_ text: String) -> String {
    let characters = Array(text)
    guard characters.count > 8 else { return String(repeating: "*", count: characters.count) }
    return String(characters.prefix(4)) + String(repeating: "*", count: characters.count - 8)
        + String(characters.suffix(4))
}
