/// The word rules `PrivateValueScanner.scanRosterCell` adds to the number rules: address details
/// below the village and health/status words. Roster cells are short, so this works on Characters.
enum RosterCellWords {
    /// Health and status words, longest first so 精神病 is one finding, not 精神 + 病.
    /// 残 counts only as 残疾/残障; HIV case-insensitively and not inside a longer ASCII word.
    static let healthWords: [[Character]] = [
        "精神病", "艾滋病", "重病", "残疾", "残障", "瘫痪", "癌症", "孤儿", "服刑", "吸毒", "低能", "精神",
        "智力", "艾滋", "聋哑", "瘫", "癌", "病", "盲", "聋", "哑",
    ].map { Array($0) }.sorted { $0.count > $1.count }

    /// Address words flagged after a number written in digits or Chinese numerals (3号楼, 二单元, 5栋).
    static let numberedWords: [[Character]] = ["号楼", "单元", "栋", "幢", "弄"].map { Array($0) }
    /// Address words flagged only after digits (302室, 人民路88号).
    static let digitWords: [[Character]] = ["室", "号"].map { Array($0) }
    static let doorplate: [Character] = Array("门牌")

    static let chineseNumerals: Set<Character> = [
        "零", "〇", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "百", "千", "两",
        "壹", "贰", "叁", "肆", "伍", "陆", "柒", "捌", "玖", "拾", "佰", "仟",
    ]

    /// Whether `scalar` can begin a word rule: the first characters of the health words, `H`/`h`,
    /// 门, and the address words. Most cells (names, categories, notes) contain none.
    static func mayStartWord(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "精", "艾", "重", "残", "瘫", "癌", "孤", "服", "吸", "低", "智", "聋", "病", "盲", "哑", "H", "h",
             "门", "号", "单", "栋", "幢", "弄", "室":
            true
        default:
            false
        }
    }

    static func findings(in text: String) -> [PrivateValueFinding] {
        guard text.unicodeScalars.contains(where: mayStartWord) else { return [] }
        if text.unicodeScalars.allSatisfy(isWholeCharacter) { return ScalarWords.findings(in: Array(text.unicodeScalars)) }
        return findings(characters: text)
    }

    /// The word rules over Characters, for any text.
    static func findings(characters text: String) -> [PrivateValueFinding] {
        let chars = Array(text)
        var findings: [PrivateValueFinding] = []
        var i = 0
        var previousEnd = 0
        func add(_ kind: PrivateValueFinding.Kind, from start: Int, wordLength: Int, echo: String) {
            let end = i + wordLength
            findings.append(PrivateValueFinding(
                kind: kind, offset: start, matched: String(chars[start..<end]), maskedEcho: echo))
            i = end
            previousEnd = end
        }
        /// Start of the number right before `i` (digits, or also Chinese numerals), or nil.
        func numberStart(chineseNumerals allowed: Bool) -> Int? {
            var start = i
            while start > previousEnd, isDigit(chars[start - 1]) || (allowed && chineseNumerals.contains(chars[start - 1])) {
                start -= 1
            }
            return start < i ? start : nil
        }
        scanning: while i < chars.count {
            for word in healthWords where matches(word, in: chars, at: i) {
                add(.healthOrStatus, from: i, wordLength: word.count, echo: String(word))
                continue scanning
            }
            if isHIV(chars, at: i) {
                add(.healthOrStatus, from: i, wordLength: 3, echo: String(chars[i..<(i + 3)]))
                continue
            }
            if matches(doorplate, in: chars, at: i) {
                add(.addressDetail, from: i, wordLength: doorplate.count, echo: String(doorplate))
                continue
            }
            for word in numberedWords where matches(word, in: chars, at: i) {
                if let start = numberStart(chineseNumerals: true) {
                    add(.addressDetail, from: start, wordLength: word.count, echo: String(word))
                    continue scanning
                }
            }
            for word in digitWords where matches(word, in: chars, at: i) {
                if let start = numberStart(chineseNumerals: false) {
                    add(.addressDetail, from: start, wordLength: word.count, echo: String(word))
                    continue scanning
                }
            }
            i += 1
        }
        return findings
    }

    static func matches(_ word: [Character], in chars: [Character], at i: Int) -> Bool {
        guard i + word.count <= chars.count else { return false }
        for (k, character) in word.enumerated() where chars[i + k] != character { return false }
        return true
    }

    static func isDigit(_ character: Character) -> Bool {
        guard character.unicodeScalars.count == 1, let scalar = character.unicodeScalars.first else { return false }
        return (0x30...0x39).contains(scalar.value) || (0xFF10...0xFF19).contains(scalar.value)
    }

    static func isASCIILetter(_ character: Character) -> Bool {
        character.isASCII && character.isLetter
    }

    /// `HIV` in any case, not part of a longer ASCII word (archive).
    static func isHIV(_ chars: [Character], at i: Int) -> Bool {
        guard i + 3 <= chars.count, chars[i] == "h" || chars[i] == "H", String(chars[i..<(i + 3)]).lowercased() == "hiv" else { return false }
        if i > 0, isASCIILetter(chars[i - 1]) { return false }
        if i + 3 < chars.count, isASCIILetter(chars[i + 3]) { return false }
        return true
    }
}

extension RosterCellWords {
    /// Whether `scalar` is always a Character by itself and equal only to itself as a
    /// Character: printable ASCII and tab, CJK ideographs (unified, extension A), the CJK
    /// symbols before the tone marks, full-width forms. None of them has a canonical
    /// decomposition or joins a neighbour into one grapheme (their Grapheme_Cluster_Break is
    /// Other or Control, and CR and LF, which pair, are left out). A text of only these has one
    /// Character per scalar, so the word rules read its scalars with the same result.
    static func isWholeCharacter(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x20...0x7E, 0x3000...0x3029, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xFF01...0xFF5E: true
        default: false
        }
    }

    /// `findings(in:)` over scalars, for texts of `isWholeCharacter` scalars only: the same rules
    /// in the same order, without building Characters (every 记录编号 starting with `H` comes here).
    enum ScalarWords {
        static let healthWords: [[Unicode.Scalar]] = RosterCellWords.healthWords.map(scalars)
        static let numberedWords: [[Unicode.Scalar]] = RosterCellWords.numberedWords.map(scalars)
        static let digitWords: [[Unicode.Scalar]] = RosterCellWords.digitWords.map(scalars)
        static let doorplate: [Unicode.Scalar] = scalars(RosterCellWords.doorplate)
        static let chineseNumerals: Set<Unicode.Scalar> = Set(RosterCellWords.chineseNumerals.compactMap(\.unicodeScalars.first))

        private static func scalars(_ word: [Character]) -> [Unicode.Scalar] { word.flatMap(\.unicodeScalars) }

        static func findings(in chars: [Unicode.Scalar]) -> [PrivateValueFinding] {
            var findings: [PrivateValueFinding] = []
            var i = 0
            var previousEnd = 0
            func text(_ range: Range<Int>) -> String {
                var view = String.UnicodeScalarView()
                view.append(contentsOf: chars[range])
                return String(view)
            }
            func add(_ kind: PrivateValueFinding.Kind, from start: Int, wordLength: Int, echo: String) {
                let end = i + wordLength
                findings.append(PrivateValueFinding(kind: kind, offset: start, matched: text(start..<end), maskedEcho: echo))
                i = end
                previousEnd = end
            }
            func numberStart(chineseNumerals allowed: Bool) -> Int? {
                var start = i
                while start > previousEnd, isDigit(chars[start - 1]) || (allowed && chineseNumerals.contains(chars[start - 1])) {
                    start -= 1
                }
                return start < i ? start : nil
            }
            scanning: while i < chars.count {
                // Every rule starts at one of these (`mayStartWord`); anything else moves on.
                guard mayStartWord(chars[i]) else {
                    i += 1
                    continue
                }
                for word in healthWords where matches(word, in: chars, at: i) {
                    add(.healthOrStatus, from: i, wordLength: word.count, echo: text(i..<(i + word.count)))
                    continue scanning
                }
                if isHIV(chars, at: i) {
                    add(.healthOrStatus, from: i, wordLength: 3, echo: text(i..<(i + 3)))
                    continue
                }
                if matches(doorplate, in: chars, at: i) {
                    add(.addressDetail, from: i, wordLength: doorplate.count, echo: text(i..<(i + doorplate.count)))
                    continue
                }
                for word in numberedWords where matches(word, in: chars, at: i) {
                    if let start = numberStart(chineseNumerals: true) {
                        add(.addressDetail, from: start, wordLength: word.count, echo: text(i..<(i + word.count)))
                        continue scanning
                    }
                }
                for word in digitWords where matches(word, in: chars, at: i) {
                    if let start = numberStart(chineseNumerals: false) {
                        add(.addressDetail, from: start, wordLength: word.count, echo: text(i..<(i + word.count)))
                        continue scanning
                    }
                }
                i += 1
            }
            return findings
        }

        static func matches(_ word: [Unicode.Scalar], in chars: [Unicode.Scalar], at i: Int) -> Bool {
            guard i + word.count <= chars.count else { return false }
            for (k, scalar) in word.enumerated() where chars[i + k] != scalar { return false }
            return true
        }

        static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
            (0x30...0x39).contains(scalar.value) || (0xFF10...0xFF19).contains(scalar.value)
        }

        static func isASCIILetter(_ scalar: Unicode.Scalar) -> Bool {
            scalar.isASCII && (scalar.value | 0x20) >= 0x61 && (scalar.value | 0x20) <= 0x7A
        }

        /// `HIV` in any case, not inside a longer ASCII word. Among `isWholeCharacter` scalars only
        /// ASCII `i`/`I` and `v`/`V` lowercase to `i` and `v`.
        static func isHIV(_ chars: [Unicode.Scalar], at i: Int) -> Bool {
            guard i + 3 <= chars.count, chars[i] == "h" || chars[i] == "H", chars[i + 1] == "i" || chars[i + 1] == "I",
                  chars[i + 2] == "v" || chars[i + 2] == "V" else { return false }
            if i > 0, isASCIILetter(chars[i - 1]) { return false }
            if i + 3 < chars.count, isASCIILetter(chars[i + 3]) { return false }
            return true
        }
    }
}
