/// Private facts about a person, in any document type (a 幸福清单 notice, an article, a page):
/// - a residential address below the village: `3组12号`, `5号楼2单元`, `2单元302室`, `8栋301室`;
/// - a birth date: a date followed by 出生/生, or after 出生于/出生日期/生于/生日;
/// - a health, disability or status word right next to a name: a masked name (`李*山`, `张某某`)
///   or one of the site's known full names within a few characters before or after it.
/// Policy text that talks about 残疾人两项补贴 or 重病患者 in general is attached to no one and passes.
struct PersonFactRule: TextPrivacyRule {
    static let needs: NormalizedText.Features = [.han]

    /// Health, disability and status words (longest first).
    static let healthWords: [[Unicode.Scalar]] = [
        "精神分裂", "尿毒症", "白血病", "精神病", "艾滋病", "残疾", "残障", "精神", "智力", "智障", "肢体", "视力",
        "听力", "言语", "瘫痪", "偏瘫", "截肢", "重病", "大病", "癌症", "孤儿", "服刑", "吸毒", "艾滋", "透析",
        "失能", "失智", "痴呆", "抑郁", "聋哑", "患有", "患", "瘫", "癌", "病", "盲", "聋", "哑",
    ].map { Array($0.unicodeScalars) }.sorted { $0.count > $1.count }

    /// The first characters of `healthWords`, as a switch (no hashing per character).
    @inline(__always)
    static func mayStartHealthWord(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "精", "尿", "白", "艾", "残", "智", "肢", "视", "听", "言", "瘫", "偏", "截", "重", "大", "癌", "孤",
             "服", "吸", "透", "失", "痴", "抑", "聋", "患", "病", "盲", "哑":
            true
        default:
            false
        }
    }

    /// The longest health word starting at `i`, without allocating.
    static func healthWord(in s: [Unicode.Scalar], at i: Int) -> [Unicode.Scalar]? {
        healthWords.first { word in
            guard i + word.count <= s.count else { return false }
            for (offset, scalar) in word.enumerated() where s[i + offset] != scalar { return false }
            return true
        }
    }

    /// How far (in normalised characters) a health word may stand from the name it is about.
    static let nameDistance = 10

    func findings(in text: NormalizedText, context: PrivacyContext, into findings: inout [RuleFinding]) {
        let s = text.scalars
        if text.features.contains(.digit) {
            addressesAndBirthDates(s, into: &findings)
        }
        healthNextToNames(in: text, context: context, into: &findings)
    }

    /// The same with addresses and birth dates found by two walks over the text (as before the
    /// output scan was made faster).
    func referenceFindings(in text: NormalizedText, context: PrivacyContext, into findings: inout [RuleFinding]) {
        let s = text.scalars
        if text.features.contains(.digit) {
            addresses(s, into: &findings)
            birthDates(s, into: &findings)
        }
        healthNextToNames(in: text, context: context, into: &findings)
    }

    private func healthNextToNames(in text: NormalizedText, context: PrivacyContext, into findings: inout [RuleFinding]) {
        let s = text.scalars
        let knownNames = KnownNameRule.ranges(in: text, context: context)
        if text.features.contains(.mask) || !knownNames.isEmpty {
            healthNextToNames(s, knownNameRanges: knownNames, into: &findings)
        }
    }

    // MARK: Numbers written in digits or Chinese numerals (十, 百 included)

    static func isNumberScalar(_ scalar: Unicode.Scalar) -> Bool {
        NormalizedText.digitValue(scalar) != nil || scalar == "十" || scalar == "百" || scalar == "拾" || scalar == "佰" || scalar == "两"
    }

    /// End of a number (1–6 numeral characters) starting at `i`.
    static func number(_ s: [Unicode.Scalar], _ i: Int) -> Int? {
        var j = i
        while j < s.count, j - i < 6, isNumberScalar(s[j]) { j += 1 }
        return j > i ? j : nil
    }

    static func matches(_ s: [Unicode.Scalar], _ i: Int, _ words: [String]) -> Int? {
        for word in words {
            var j = i
            var ok = true
            for scalar in word.unicodeScalars {
                guard j < s.count, s[j] == scalar else {
                    ok = false
                    break
                }
                j += 1
            }
            if ok { return j }
        }
        return nil
    }

    // MARK: Addresses

    /// NUM (组|队) NUM 号 · NUM (号楼|栋|幢|座) NUM (单元|室|号) · NUM 单元 NUM (室|号|楼).
    func addresses(_ s: [Unicode.Scalar], into findings: inout [RuleFinding]) {
        var i = 0
        while i < s.count {
            guard Self.isNumberScalar(s[i]), i == 0 || !Self.isNumberScalar(s[i - 1]),
                  let firstEnd = Self.number(s, i)
            else {
                i += 1
                continue
            }
            if let end = Self.addressEnd(s, firstEnd: firstEnd) {
                findings.append(RuleFinding(.addressDetail, i..<end, echo: "门牌"))
                i = end
            } else {
                i = firstEnd
            }
        }
    }

    /// Where an address whose first number ends at `firstEnd` ends, or nil when none does.
    @inline(__always)
    static func addressEnd(_ s: [Unicode.Scalar], firstEnd: Int) -> Int? {
        // The cheap test: an address word must follow the number.
        guard firstEnd < s.count, mayStartAddressWord(s[firstEnd]) else { return nil }
        for (middle, last) in addressPairs {
            guard let afterMiddle = matches(s, firstEnd, middle) else { continue }
            var k = afterMiddle
            if k < s.count, NormalizedText.isSeparator(s[k]) { k += 1 }
            guard let secondEnd = number(s, k), let end = matches(s, secondEnd, last) else { continue }
            return end
        }
        return nil
    }

    /// The words after the first and the second number of an address, made once (every number
    /// of every page is looked at).
    static let addressPairs: [([String], [String])] = [
        (["组", "队"], ["号"]),
        (["号楼", "栋", "幢", "座"], ["单元", "室", "号"]),
        (["单元"], ["室", "号", "楼"]),
    ]

    /// The first characters of the words after an address's first number (`addressPairs`).
    @inline(__always)
    static func mayStartAddressWord(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "组", "队", "号", "栋", "幢", "座", "单": true
        default: false
        }
    }

    // MARK: Birth dates

    func birthDates(_ s: [Unicode.Scalar], into findings: inout [RuleFinding]) {
        var i = 0
        while i < s.count {
            guard Self.isNumberScalar(s[i]), i == 0 || !Self.isNumberScalar(s[i - 1]), let date = Self.birthDate(s, i) else {
                i += 1
                continue
            }
            if date.isBirth {
                findings.append(RuleFinding(.birthDate, i..<date.end, echo: "出生日期"))
            }
            i = date.end
        }
    }

    /// The date starting at `i` (where it ends), and whether it is a birth date: followed by
    /// 出生/生人/生于/生, or after 出生/生于/生日/出生年月; nil when no date starts there.
    static func birthDate(_ s: [Unicode.Scalar], _ i: Int) -> (end: Int, isBirth: Bool)? {
        guard let end = date(s, i) else { return nil }
        var after = end
        while after < s.count, after - end < 2, s[after] == " " || s[after] == "," || s[after] == "，" { after += 1 }
        var followed = matches(s, after, ["出生", "生人", "生于"]) != nil
        if !followed, after < s.count, s[after] == "生" {
            // 生 alone ends the phrase (1956年3月12日生，); 生效 and 生活 are not births.
            followed = after + 1 == s.count || !isHan(s[after + 1])
        }
        var preceded = false
        let windowStart = max(0, i - 8)
        // Every leading phrase (出生, 生于, 生日, 出生年月) holds 生: look for it before building text.
        if i > windowStart, s[windowStart..<i].contains("生") {
            let before = String(String.UnicodeScalarView(s[windowStart..<i]))
            preceded = ["出生", "生于", "生日", "出生年月"].contains { before.contains($0) }
        }
        return (end, followed || preceded)
    }

    /// Addresses and birth dates in one walk over the text: the findings of `addresses`, then
    /// those of `birthDates`, each skipping the numbers inside what it found as those do.
    func addressesAndBirthDates(_ s: [Unicode.Scalar], into findings: inout [RuleFinding]) {
        var dates: [RuleFinding] = []
        var addressFrom = 0
        var dateFrom = 0
        var previousIsNumber = false
        for i in s.indices {
            let isNumber = Self.isNumberScalar(s[i])
            guard isNumber, !previousIsNumber else {
                previousIsNumber = isNumber
                continue
            }
            previousIsNumber = true
            if i >= addressFrom, let firstEnd = Self.number(s, i), let end = Self.addressEnd(s, firstEnd: firstEnd) {
                findings.append(RuleFinding(.addressDetail, i..<end, echo: "门牌"))
                addressFrom = end
            }
            if i >= dateFrom, let date = Self.birthDate(s, i) {
                if date.isBirth { dates.append(RuleFinding(.birthDate, i..<date.end, echo: "出生日期")) }
                dateFrom = date.end
            }
        }
        findings.append(contentsOf: dates)
    }

    /// End of a date with a day: YYYY年M月D日 (digits or numerals) or YYYY-MM-DD, YYYY.MM.DD, YYYY/MM/DD.
    static func date(_ s: [Unicode.Scalar], _ i: Int) -> Int? {
        guard let yearEnd = number(s, i), yearEnd - i == 4 || yearEnd - i == 2 else { return nil }
        var j = yearEnd
        let chinese = j < s.count && s[j] == "年"
        guard j < s.count, chinese || s[j] == "-" || s[j] == "." || s[j] == "/" else { return nil }
        j += 1
        guard let monthEnd = number(s, j), monthEnd - j <= 3 else { return nil }
        j = monthEnd
        guard j < s.count, chinese ? s[j] == "月" : (s[j] == "-" || s[j] == "." || s[j] == "/") else { return nil }
        j += 1
        guard let dayEnd = number(s, j), dayEnd - j <= 3 else { return nil }
        j = dayEnd
        if chinese, j < s.count, s[j] == "日" || s[j] == "号" { j += 1 }
        return j
    }

    // MARK: Health words next to a name

    private func healthNextToNames(_ s: [Unicode.Scalar], knownNameRanges: [Range<Int>], into findings: inout [RuleFinding]) {
        var names = knownNameRanges
        names.append(contentsOf: Self.maskedNames(s))
        guard !names.isEmpty else { return }
        names.sort { $0.lowerBound < $1.lowerBound }
        var i = 0
        while i < s.count {
            guard Self.mayStartHealthWord(s[i]), let word = Self.healthWord(in: s, at: i) else {
                i += 1
                continue
            }
            let end = i + word.count
            let near = names.first { name in
                (name.upperBound <= i && i - name.upperBound <= Self.nameDistance && !Self.hasWall(s, name.upperBound..<i))
                    || (name.lowerBound >= end && name.lowerBound - end <= 4 && !Self.hasWall(s, end..<name.lowerBound))
            }
            if let name = near {
                let range = min(name.lowerBound, i)..<max(name.upperBound, end)
                findings.append(RuleFinding(.healthOrStatus, range, echo: "姓名与健康或残疾信息"))
            }
            i = end
        }
    }

    static func hasWall(_ s: [Unicode.Scalar], _ range: Range<Int>) -> Bool {
        s[range].contains { $0 == ReaderText.wall || $0 == "。" || $0 == "；" || $0 == ";" }
    }

    /// Masked names: one or two Han characters, one to three masks (`*` or 某), optionally one
    /// more Han character (李*山, 欧阳*娜, 张某某, 张**).
    static func maskedNames(_ s: [Unicode.Scalar]) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var i = 0
        while i < s.count {
            guard s[i] == "*" || s[i] == "某", i > 0, isHan(s[i - 1]) else {
                i += 1
                continue
            }
            var start = i - 1
            if start > 0, isHan(s[start - 1]), s[start - 1] != "某" { start -= 1 }
            var j = i
            while j < s.count, j - i < 3, s[j] == "*" || s[j] == "某" { j += 1 }
            if closesEmphasis(s, from: i, to: j) {
                i = j
                continue
            }
            if j < s.count, isHan(s[j]) { j += 1 }
            result.append(start..<j)
            i = j
        }
        return result
    }

    /// Whether the `*` run `from..<to` closes Markdown emphasis opened earlier on the same line
    /// (`**残疾人两项补贴**`): an equal run after a space, a separator or the line start and
    /// before a character. Emphasis is no masking, and the text inside it is no name.
    static func closesEmphasis(_ s: [Unicode.Scalar], from: Int, to: Int) -> Bool {
        let length = to - from
        guard (1...3).contains(length), s[from..<to].allSatisfy({ $0 == "*" }) else { return false }
        var k = from - 1
        while k >= 0, from - k < 200, s[k] != "\n", s[k] != ReaderText.wall {
            if s[k] == "*" {
                var openStart = k
                while openStart > 0, s[openStart - 1] == "*" { openStart -= 1 }
                let opening = k - openStart + 1
                let before = openStart == 0 ? " " : s[openStart - 1]
                let after = k + 1 < s.count ? s[k + 1] : " "
                if opening == length, before == " " || NormalizedText.isSeparator(before) || !isHan(before),
                   after != " ", after != "*" {
                    return true
                }
                k = openStart - 1
                continue
            }
            k -= 1
        }
        return false
    }

    static func isHan(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        return (0x4E00...0x9FFF).contains(v) || (0x3400...0x4DBF).contains(v) || (0x20000...0x3134F).contains(v)
    }
}
