/// One piece of private data found in a text (DESIGN.md §2: what must never be public).
public struct PrivateValueFinding: Sendable, Equatable {
    public enum Kind: String, Sendable, Equatable, CaseIterable {
        case idNumber, partialIDNumber, mobileNumber, bankCardNumber, emailAddress, addressDetail, healthOrStatus
    }

    public let kind: Kind
    /// Character offset (Swift `Character` count) of the match start within the scanned text,
    /// for column numbers.
    public let offset: Int
    /// The matched text as written (never put in a message; use `maskedEcho`).
    public let matched: String
    /// The value shown in messages, masked: ID `1101**********002X` (first 4 and last 4 of the
    /// digits, the rest `*`), mobile `138****5678`, bank card `6222********1234`, e-mail
    /// `z***@example.com`, partial ID the same as an ID over its characters; address and
    /// health/status words: the word itself (not identifying by itself), e.g. `门牌`.
    public let maskedEcho: String

    public init(kind: Kind, offset: Int, matched: String, maskedEcho: String) {
        self.kind = kind
        self.offset = offset
        self.matched = matched
        self.maskedEcho = maskedEcho
    }

    /// What was found, in Chinese, for messages.
    public var kindDescription: String {
        switch kind {
        case .idNumber: "身份证号码"
        case .partialIDNumber: "疑似未充分遮蔽的身份证号码"
        case .mobileNumber: "手机号码"
        case .bankCardNumber: "银行卡号"
        case .emailAddress: "电子邮件地址"
        case .addressDetail: "详细住址"
        case .healthOrStatus: "健康或特殊状况信息"
        }
    }
}

/// Finds private data in text: resident ID numbers (full, and masked so little that more than
/// six digits show), mainland mobile numbers, bank card numbers and e-mail addresses; in roster
/// cells also address details below the village and health/status words.
///
/// Numbers are found by a hand-written state machine over UTF-8 bytes (no regular expressions):
/// it runs over every output file of a build, so it is linear and stops only at digits, mask
/// characters, `X` and `@`. Full-width digits (`０`–`９`) count as digits; single spaces, dashes,
/// U+3000 and `－` may separate digit groups.
public struct PrivateValueScanner: Sendable {
    /// Allowed numbers as digit strings (spaces, dashes, `+86`/`0086` removed), and allowed
    /// e-mail addresses (lowercased) when an entry contains `@`.
    let allowedDigits: Set<String>
    let allowedEmails: Set<String>

    /// Numbers that may appear (official hotlines, office landlines), compared after removing spaces and dashes.
    /// An entry containing `@` allows that e-mail address (an official mailbox).
    public init(allowedNumbers: [String] = []) {
        var digits = Set<String>()
        var emails = Set<String>()
        for entry in allowedNumbers {
            let trimmed = Self.trimmed(entry)
            if trimmed.contains("@") {
                emails.insert(trimmed.lowercased())
                continue
            }
            let key = Self.digitKey(trimmed)
            guard !key.isEmpty else { continue }
            digits.insert(key)
            // A mobile written with its country code also allows the bare 11 digits.
            if key.count == 15, key.hasPrefix("0086") { digits.insert(String(key.dropFirst(4))) }
            if key.count == 13, key.hasPrefix("86") { digits.insert(String(key.dropFirst(2))) }
        }
        allowedDigits = digits
        allowedEmails = emails
    }

    /// Scans free text (Markdown bodies, front-matter values, month-file values, and rendered output files):
    /// ID numbers, partial IDs, mobile numbers, bank cards, e-mail.
    public func scanText(_ text: String) -> [PrivateValueFinding] {
        TextValueScan.findings(in: Self.plainSpaces(text), allowedDigits: allowedDigits, allowedEmails: allowedEmails)
    }

    /// No-break, thin, figure and zero-width spaces (pasted from WPS and web pages) split digit
    /// groups just like a space: each becomes one, so offsets stay the same.
    static func plainSpaces(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { invisibleSpaces.contains($0) }) else { return text }
        return String(String.UnicodeScalarView(text.unicodeScalars.map { invisibleSpaces.contains($0) ? " " : $0 }))
    }

    private static let invisibleSpaces: Set<Unicode.Scalar> = [
        "\u{00A0}", "\u{2007}", "\u{202F}", "\u{2009}", "\u{200A}", "\u{200B}", "\u{2060}", "\u{FEFF}",
    ]

    /// Scans one roster cell: everything scanText finds, plus address tokens and health/status words.
    public func scanRosterCell(_ text: String) -> [PrivateValueFinding] {
        let numbers = scanText(text)
        let words = RosterCellWords.findings(in: text)
        if words.isEmpty { return numbers }
        let order = Dictionary(uniqueKeysWithValues: PrivateValueFinding.Kind.allCases.enumerated().map { ($1, $0) })
        return (numbers + words).sorted {
            $0.offset != $1.offset ? $0.offset < $1.offset : order[$0.kind, default: 0] < order[$1.kind, default: 0]
        }
    }

    private static func trimmed(_ text: String) -> String {
        var slice = Substring(text)
        while let first = slice.first, first.isWhitespace { slice.removeFirst() }
        while let last = slice.last, last.isWhitespace { slice.removeLast() }
        return String(slice)
    }

    /// Digits of a number as written, for comparing with the allow-list: ASCII and full-width digits
    /// kept (full-width as ASCII), `X`/`x` kept as `X`, everything else dropped.
    static func digitKey(_ text: String) -> String {
        var key = ""
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x30...0x39: key.unicodeScalars.append(scalar)
            case 0xFF10...0xFF19: key.unicodeScalars.append(Unicode.Scalar(scalar.value - 0xFF10 + 0x30)!)
            case 0x58, 0x78, 0xFF38, 0xFF58: key.append("X")
            default: break
            }
        }
        return key
    }
}
