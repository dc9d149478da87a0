import Foundation

/// One private value the fuzzer hides in a site: what it is, the characters a reader would read
/// (before any transformation), and the needles a leak check looks for in what the clerk sees.
struct FuzzValue: Sendable, CustomStringConvertible {
    enum Kind: String, CaseIterable, Sendable {
        case id18, id18BadCheck, id15, idPartialMask, mobile, account, accountMaskedTail, email, qq, landline
        // TODO(lead): `knownName` (a 3-Han-character full name imported into the site's known-names
        // file) once KnownNames has a file format the fuzzer can write; its needle is the name itself.
    }

    /// One character of the value as a reader reads it.
    struct Glyph: Sendable, Equatable {
        let text: String
        let isDigit: Bool
        /// A mask character (`*`, `●` …): never a split point for markup.
        let isMask: Bool

        static func digit(_ character: Character) -> Glyph { Glyph(text: String(character), isDigit: true, isMask: false) }
        static func other(_ character: Character) -> Glyph { Glyph(text: String(character), isDigit: false, isMask: false) }
        static func mask(_ character: Character) -> Glyph { Glyph(text: String(character), isDigit: false, isMask: true) }
    }

    let kind: Kind
    /// Words that belong to the value and are kept as written (`QQ `).
    let prefix: String
    let glyphs: [Glyph]
    /// How the value is grouped when no separator transformation is chosen (`0391-5551234`,
    /// `621700 1234567890122`): group sizes over `glyphs`, and the separator between them.
    let naturalGroups: [Int]
    let naturalSeparator: String
    /// What must never show up in stdout or stderr, compared after `LeakCheck.canonical`.
    let needles: [String]
    /// Needles compared against the digits of a stream only (numbers: masks and separators gone).
    let digitNeedles: [String]

    /// The value as it is written before any transformation.
    var plain: String {
        var text = prefix
        var index = 0
        for (number, size) in naturalGroups.enumerated() {
            if number > 0 { text += naturalSeparator }
            text += glyphs[index..<min(glyphs.count, index + size)].map(\.text).joined()
            index += size
        }
        return text
    }

    var hasDigits: Bool { glyphs.contains { $0.isDigit } }
    var isEmail: Bool { kind == .email }
    var description: String { "\(kind.rawValue) \(plain)" }

    init(kind: Kind, prefix: String = "", text: String, maskCharacters: Set<Character> = [],
         naturalGroups: [Int]? = nil, naturalSeparator: String = "", needles: [String]? = nil) {
        self.kind = kind
        self.prefix = prefix
        self.glyphs = text.map { character in
            if maskCharacters.contains(character) { return .mask(character) }
            if character.isASCII, character.isNumber { return .digit(character) }
            return .other(character)
        }
        self.naturalGroups = naturalGroups ?? [glyphs.count]
        self.naturalSeparator = naturalSeparator
        let digitsOnly = String(text.filter { $0.isASCII && $0.isNumber })
        if let needles {
            self.needles = needles
            self.digitNeedles = []
        } else {
            self.needles = []
            self.digitNeedles = [digitsOnly]
        }
    }
}

/// Real-looking private values: ID numbers with a computed check digit, mobiles, account
/// numbers (Luhn-valid or not), e-mail addresses in the forms clerks paste, QQ numbers, private
/// landlines.
enum FuzzValueFactory {
    /// County-level codes of Henan (41…): region prefixes of plausible ID numbers.
    static let regionPrefixes = [
        "410102", "410103", "410105", "410122", "410202", "410303", "410322", "410402", "410421",
        "410502", "410522", "410602", "410621", "410702", "410721", "410802", "410803", "410811",
        "410821", "410822", "410823", "410825", "410882", "410883", "410902", "411002", "411102",
        "411202", "411302", "411402", "411502", "411602", "411702",
    ]
    static let idWeights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    static let checkCharacters: [Character] = Array("10X98765432")
    static let maskCharacters: [Character] = ["*", "x", "●", "×", "#", "＊"]
    static let cardPrefixes = ["621700", "622202", "622848", "623059", "622700", "621226", "628288", "622908"]
    static let areaCodes = ["0371", "0391", "0392", "0393", "0394", "0395", "0396", "0398", "010", "021"]
    static let mailboxes = ["zhangsan", "lisi", "wangwu", "zhaoliu", "liuyang", "chenjing", "yangfan", "sunli"]
    static let domains = ["example.com", "163.com", "qq.com", "126.com", "sina.com", "example.org"]
    /// The site's own hotline in the fuzz site: a private landline must never be this one.
    static let officialLandline = "03917123456"

    static func make(_ kind: FuzzValue.Kind, using random: inout FuzzRandom) -> FuzzValue {
        switch kind {
        case .id18:
            let id = validID(using: &random)
            return FuzzValue(kind: kind, text: id)
        case .id18BadCheck:
            let id = validID(using: &random)
            let good = id.last ?? "0"
            let wrong = random.pick(checkCharacters.filter { $0 != good })
            return FuzzValue(kind: kind, text: String(id.dropLast()) + String(wrong))
        case .id15:
            let birth = birthDate(using: &random)
            let id = random.pick(regionPrefixes) + String(birth.dropFirst(2)) + random.digits(3)
            return FuzzValue(kind: kind, text: id)
        case .idPartialMask:
            let id = Array(validID(using: &random))
            let mask = random.pick(maskCharacters)
            // Shows more than the first six and last four: at least 11 of 18, at least 2 masked.
            let tail = random.int(4...6)
            let head = random.int(max(6, 11 - tail)...(16 - tail))
            let masked = String(id.prefix(head)) + String(repeating: mask, count: 18 - head - tail) + String(id.suffix(tail))
            return FuzzValue(kind: kind, text: masked, maskCharacters: [mask])
        case .mobile:
            let mobile = "1" + String(random.int(3...9)) + random.digits(9)
            return FuzzValue(kind: kind, text: mobile)
        case .account:
            if random.chance(0.1) {
                return FuzzValue(kind: kind, text: "6217001234567890122", naturalGroups: [6, 13], naturalSeparator: " ")
            }
            let number = accountNumber(luhnValid: random.chance(0.5), using: &random)
            let passbook = random.chance(0.5)
            return FuzzValue(kind: kind, text: number, naturalGroups: passbook ? [6, number.count - 6] : nil,
                             naturalSeparator: passbook ? " " : "")
        case .accountMaskedTail:
            let number = accountNumber(luhnValid: random.chance(0.5), using: &random)
            let hidden = number.count % 4 == 0 ? 4 : number.count % 4
            let mask = random.pick(maskCharacters)
            let text = String(number.dropLast(hidden)) + String(repeating: mask, count: hidden)
            var groups = Array(repeating: 4, count: number.count / 4)
            if number.count % 4 != 0 { groups.append(number.count % 4) }
            return FuzzValue(kind: kind, text: text, maskCharacters: [mask], naturalGroups: groups, naturalSeparator: " ")
        case .email:
            let local = random.pick(mailboxes) + random.pick(["", ".", "_"]) + random.digits(random.int(2...4))
            let domain = random.pick(domains)
            let at = random.pick(["@", "@", "＠", "[at]", "(at)", " at "])
            let dot = random.pick([".", ".", "。", "[dot]", "．"])
            let written = local + at + domain.replacingOccurrences(of: ".", with: dot)
            return FuzzValue(kind: kind, text: written, needles: [LeakCheck.canonical(local)])
        case .qq:
            let number = String(random.int(1...9)) + random.digits(random.int(7...9))
            let prefix = random.pick(["QQ ", "QQ：", "QQ号", "qq:", "QQ号码 "])
            return FuzzValue(kind: kind, prefix: prefix, text: number)
        case .landline:
            var number: String
            var area: String
            repeat {
                area = random.pick(areaCodes)
                number = String(random.int(2...8)) + random.digits(area.count == 3 ? 7 : random.int(6...7))
            } while area + number == officialLandline
            return FuzzValue(kind: kind, text: area + number, naturalGroups: [area.count, number.count], naturalSeparator: "-")
        }
    }

    /// 18 characters: a Henan region prefix, a real birth date, a sequence and the check digit.
    static func validID(using random: inout FuzzRandom) -> String {
        let body = random.pick(regionPrefixes) + birthDate(using: &random) + random.digits(3)
        return body + String(checkCharacter(body))
    }

    static func checkCharacter(_ body17: String) -> Character {
        let digits = body17.compactMap(\.wholeNumberValue)
        let sum = zip(digits, idWeights).map { $0 * $1 }.reduce(0, +)
        return checkCharacters[sum % 11]
    }

    /// `YYYYMMDD` between 1935 and 2012.
    static func birthDate(using random: inout FuzzRandom) -> String {
        let year = random.int(1935...2012)
        let month = random.int(1...12)
        let days = [31, year % 4 == 0 ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
        let day = random.int(1...days)
        return String(year) + String(format: "%02d%02d", month, day)
    }

    static func accountNumber(luhnValid: Bool, using random: inout FuzzRandom) -> String {
        let length = random.int(16...19)
        let prefix = random.pick(cardPrefixes)
        let body = prefix + random.digits(length - prefix.count - 1)
        let check = luhnCheckDigit(body)
        let last = luhnValid ? check : (check + random.int(1...9)) % 10
        return body + String(last)
    }

    /// The digit that makes `body + digit` pass Luhn.
    static func luhnCheckDigit(_ body: String) -> Int {
        var sum = 0
        for (position, character) in body.reversed().enumerated() {
            var digit = character.wholeNumberValue ?? 0
            if position % 2 == 0 {
                digit *= 2
                if digit > 9 { digit -= 9 }
            }
            sum += digit
        }
        return (10 - sum % 10) % 10
    }

    static func passesLuhn(_ number: String) -> Bool {
        luhnCheckDigit(String(number.dropLast())) == number.last?.wholeNumberValue
    }
}
