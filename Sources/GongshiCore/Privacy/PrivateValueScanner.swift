/// One piece of private data found in a text (DESIGN.md §2: what must never be public).
public struct PrivateValueFinding: Sendable, Equatable {
    public enum Kind: String, Sendable, Equatable, CaseIterable {
        case idNumber, partialIDNumber, mobileNumber, bankCardNumber, emailAddress, addressDetail, healthOrStatus
        case landlineNumber, qqNumber, birthDate, knownFullName
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
    public var kindDescription: String { kind.label }
}

extension PrivateValueFinding.Kind {
    /// What was found, in Chinese, for messages.
    public var label: String {
        switch self {
        case .idNumber: "身份证号码"
        case .partialIDNumber: "疑似未充分遮蔽的身份证号码"
        case .mobileNumber: "手机号码"
        case .bankCardNumber: "银行卡或一卡通账号"
        case .emailAddress: "电子邮件地址"
        case .addressDetail: "详细住址"
        case .healthOrStatus: "健康或特殊状况信息"
        case .landlineNumber: "非官方的固定电话号码"
        case .qqNumber: "QQ号码"
        case .birthDate: "出生日期"
        case .knownFullName: "已知的完整姓名"
        }
    }
}

/// Finds private data in text through the rules of `PrivacyRuleSet`: resident ID numbers (also
/// with a mistyped check digit, and masked too little), mobiles, bank and 一卡通 accounts, private
/// landlines, QQ numbers, e-mail addresses (also obfuscated), addresses, birth dates and health
/// words attached to a person, and the site's known full names; in roster cells also address and
/// health/status words by themselves.
///
/// Every text is normalised first (`PrivacyNormalizer`), so a value is found however it was
/// written: entities are the reader's business (see `ReaderText`), but invisible characters,
/// full-width and Chinese numerals, and any separators are handled here.
public struct PrivateValueScanner: Sendable {
    package let rules: PrivacyRuleSet

    /// Numbers that may appear (official hotlines, office landlines). An entry containing `@`
    /// allows that e-mail address (an official mailbox).
    public init(allowedNumbers: [String] = []) {
        rules = PrivacyRuleSet(context: PrivacyContext(allowedNumbers: allowedNumbers))
    }

    package init(context: PrivacyContext) {
        rules = PrivacyRuleSet(context: context)
    }

    /// Scans free text (Markdown bodies, front-matter values, month-file values): every rule.
    /// Offsets are Character offsets into `text`.
    public func scanText(_ text: String) -> [PrivateValueFinding] {
        if rules.context.knownNames?.isEmpty ?? true, Self.cannotHoldFinding(text) { return [] }
        let located = rules.findings(in: ReaderText.plain(text))
        guard !located.isEmpty else { return [] }
        // Byte offsets → Character offsets.
        var boundaries: [Int: Int] = [:]
        var offset = 0
        var index = text.startIndex
        let wanted = Set(located.flatMap { [$0.startOffset, $0.lastOffset] })
        var characterEnds: [Int: Int] = [:]
        while index < text.endIndex {
            let byte = text.utf8.distance(from: text.utf8.startIndex, to: index)
            let next = text.index(after: index)
            let nextByte = text.utf8.distance(from: text.utf8.startIndex, to: next)
            for b in byte..<nextByte where wanted.contains(b) {
                boundaries[b] = offset
                characterEnds[b] = offset + 1
            }
            offset += 1
            index = next
        }
        let characters = Array(text)
        return located.map { finding in
            let start = boundaries[finding.startOffset] ?? 0
            let end = max(characterEnds[finding.lastOffset] ?? start + 1, start + 1)
            return PrivateValueFinding(
                kind: finding.kind, offset: start, matched: String(characters[start..<min(end, characters.count)]),
                maskedEcho: finding.echo)
        }
    }

    /// The quick test that lets most roster cells (categories, amounts, masked names) through
    /// without normalising them: fewer than 7 characters that could be digits (every number rule
    /// needs more), and no character that starts an e-mail, QQ, address, birth-date or health
    /// rule. Conservative: any character outside ASCII and the CJK block counts as a digit.
    static func cannotHoldFinding(_ text: String) -> Bool {
        var digits = 0
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if value < 0x80 {
                switch value {
                case 0x30...0x39: digits += 1
                case 0x40, 0x23, 0x51, 0x71, 0x28, 0x5B, 0x7B: return false  // @ # Q q ( [ {
                default: break
                }
            } else if (0x4E00...0x9FFF).contains(value) {
                if NormalizedText.chineseDigit(value) != nil {
                    digits += 1
                } else if PersonFactRule.mayStartHealthWord(scalar) {
                    return false
                } else {
                    switch scalar {
                    case "艾", "扣", "生", "组", "队", "号", "栋", "幢", "座", "单": return false
                    default: break
                    }
                }
            } else {
                digits += 1
            }
            if digits >= 7 { return false }
        }
        return true
    }

    /// Scans one roster cell: everything scanText finds, plus address tokens and health/status words.
    public func scanRosterCell(_ text: String) -> [PrivateValueFinding] {
        var numbers = scanText(text)
        let words = RosterCellWords.findings(in: text)
        if words.isEmpty { return numbers }
        // The cell's own word rules already say where each address or health word is.
        numbers.removeAll { number in
            words.contains { word in
                number.offset < word.offset + word.matched.count && word.offset < number.offset + number.matched.count
            }
        }
        let order = Dictionary(uniqueKeysWithValues: PrivateValueFinding.Kind.allCases.enumerated().map { ($1, $0) })
        return (numbers + words).sorted {
            $0.offset != $1.offset ? $0.offset < $1.offset : order[$0.kind, default: 0] < order[$1.kind, default: 0]
        }
    }

    /// Digits of a number as written, for comparing with the allow-list.
    static func digitKey(_ text: String) -> String { PrivacyContext.digitKey(text) }
}
