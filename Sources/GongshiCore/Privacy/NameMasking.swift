/// Masking (脱敏) of a household head's real name, and the check that a roster's 户主姓名 value is
/// masked (DESIGN.md §2): keep the surname and the last character, mask the middle; a two-character
/// name keeps only the surname; names with `·` keep the first unit and mask the rest.
///
/// Mask characters are `*`, `＊` (what Chinese keyboards type), `×` and `某` (张某某, 张某).
/// For `isCorrectlyMasked`, a visible name character is one CJK ideograph (optionally followed by
/// a variation selector, as rare name characters sometimes are).
///
/// The `·` form and the way around it. A masked minority name shows its whole first unit
/// (买买提·**), and nothing in the characters tells a transliterated first unit (买买提, 马木提,
/// 艾力, 古丽) from a Han full name (张三丰): surnames such as 马, 艾 and 古 begin both. So the `·`
/// form is accepted only as what `mask` makes of a real `·` name: a first unit, one `·`, then
/// nothing but mask characters, **at least two** of them (a transliterated unit after the `·` is
/// never a single character, and `mask` writes at least two). This refuses `张三丰·*`, the form a
/// clerk types to make the error go away. A deliberate `张三丰·**` cannot be told from 马木提·**
/// by its shape; what catches it is the site's known-names file (`KnownNames`): a Han full name
/// that came through `gongshi import` is refused wherever it appears, `·` or not.
public enum NameMasking {
    /// The separator of minority names (U+00B7 MIDDLE DOT).
    static let separator: Character = "\u{00B7}"

    /// What clerks and IMEs type for `·`: `•` U+2022, `・` U+30FB, `．` U+FF0E, `‧` U+2027,
    /// `･` U+FF65 and `.`.
    static let separatorVariants: Set<Character> = [
        "\u{00B7}", "\u{2022}", "\u{30FB}", "\u{FF0E}", "\u{2027}", "\u{FF65}", ".",
    ]

    /// Compound surnames (复姓) accepted as a two-character visible prefix by `isCorrectlyMasked`:
    /// the 复姓 of 百家姓 plus 独孤 and 第五.
    static let compoundSurnames: Set<String> = [
        "欧阳", "司马", "诸葛", "上官", "皇甫", "东方", "尉迟", "公孙", "慕容", "长孙", "宇文", "司徒",
        "夏侯", "轩辕", "令狐", "端木", "西门", "南宫", "独孤", "呼延", "澹台", "万俟", "闻人", "赫连",
        "申屠", "钟离", "太史", "公冶", "濮阳", "淳于", "单于", "宗政", "拓跋", "百里", "第五",
        "公羊", "太叔", "仲孙", "鲜于", "闾丘", "司空", "亓官", "司寇", "子车", "颛孙", "巫马", "公西",
        "漆雕", "乐正", "壤驷", "公良", "夹谷", "宰父", "谷梁", "段干", "东郭", "南门", "羊舌", "微生",
        "梁丘", "左丘", "东门", "仉督",
    ]

    /// What counts as a mask character in a masked name: `*`, `＊` (U+FF0A, full width), `×`
    /// (U+00D7) and `某` (张某某). `某` after the surname is always a mask, never a name character.
    public static let maskCharacters: Set<Character> = ["*", "\u{FF0A}", "\u{00D7}", "某"]

    /// The fewest mask characters after the `·` of a masked `·` name (see the type's comment).
    static let minimumDottedMasks = 2

    /// Masks a real name: keep the surname and the last character, mask the middle; a name of
    /// surname + one character keeps only the surname. 张三丰 → 张*丰, 张三 → 张*, 张三小丰 → 张**丰,
    /// 欧阳娜娜 (surnameLength 2) → 欧阳*娜, 欧阳娜 (2) → 欧阳*. Names with `·` keep the first unit and
    /// replace every character after the first `·` with `*`, at least two (`minimumDottedMasks`):
    /// 买买提·艾力 → 买买提·**, 阿依古丽·买买提 → 阿依古丽·***, 阿·布 → 阿·**.
    /// `•` (U+2022), `・` (U+30FB), `．` (U+FF0E), `‧` (U+2027), `･` (U+FF65) and `.` are normalised to `·` (U+00B7) first.
    /// Surrounding whitespace trimmed; inner spaces removed. Returns nil for input that cannot be a
    /// name (empty, a single character, contains digits (any script)/ASCII letters, already contains
    /// `*`, surnameLength < 1 or ≥ name length, a `·` at either end). Other characters are masked
    /// like name characters, so a value masked wrongly (张＊三丰) gets a correct echo: 张**丰.
    /// surnameLength nil = 1 (never guess compound surnames from the string: the data says).
    public static func mask(_ name: String, surnameLength: Int? = nil) -> String? {
        let chars = Array(normalize(name).filter { !$0.isWhitespace })
        let surname = surnameLength ?? 1
        guard chars.count >= 2, surname >= 1, surname < chars.count else { return nil }
        if let dot = chars.firstIndex(of: separator) {
            let first = chars[..<dot]
            let rest = chars[(dot + 1)...]
            guard !first.isEmpty, !rest.isEmpty, rest.last != separator,
                  chars.allSatisfy(isMaskable)
            else { return nil }
            return String(first) + String(separator) + String(repeating: "*", count: max(rest.count, minimumDottedMasks))
        }
        guard chars.allSatisfy(isMaskable) else { return nil }
        let given = chars.count - surname
        var masked = String(chars[..<surname])
        masked += String(repeating: "*", count: max(given - 1, 1))
        if given > 1 { masked.append(chars[chars.count - 1]) }
        return masked
    }

    /// Normalises separators as above (for checking names that are already masked).
    public static func normalize(_ name: String) -> String {
        var out = ""
        out.reserveCapacity(name.utf8.count)
        for character in name {
            out.append(separatorVariants.contains(character) ? separator : character)
        }
        return out
    }

    /// Whether a value from a roster's 户主姓名 column is a correctly masked name (separators
    /// normalised, whitespace ignored). Mask characters: `maskCharacters` (`*` `＊` `×` `某`).
    /// - Without `·`: the surname (one ideograph, or two when they are a known compound surname,
    ///   since otherwise 张三* would pass with two visible characters), then ≥1 mask characters,
    ///   then at most one ideograph (the last character of the name): 张*丰, 张*, 张**丰, 欧阳*娜,
    ///   张＊丰, 张×丰, 张某某, 张某. Refused: 张三丰 (nothing masked), *三丰 (no surname), 张三*
    ///   (two visible before the mask), 张*三丰 (more than the last character after it).
    /// - With `·`: a first unit of ≥1 ideographs, one `·`, then only mask characters, at least
    ///   `minimumDottedMasks` (2): 买买提·**. Refused: 张三丰·* (one mask: see the type's comment),
    ///   买买提·艾* (a character after the `·`), 买买提·**·* (a second `·`).
    public static func isCorrectlyMasked(_ value: String) -> Bool {
        if value.unicodeScalars.allSatisfy(isWholeNameCharacter) { return isCorrectlyMasked(scalars: value.unicodeScalars) }
        return isCorrectlyMasked(characters: value)
    }

    /// Scalars that are always a Character of their own and equal, as a Character, only to
    /// themselves (`RosterCellWords.isWholeCharacter`, and the separators and masks outside its
    /// ranges, none of which has a canonical decomposition or joins a neighbour). A value of
    /// only these reads the same scalar by scalar as Character by Character.
    static func isWholeNameCharacter(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00B7, 0x00D7, 0x2022, 0x2027, 0x30FB, 0xFF65: true
        default: RosterCellWords.isWholeCharacter(scalar)
        }
    }

    static let separatorScalars: Set<Unicode.Scalar> = Set(separatorVariants.compactMap(\.unicodeScalars.first))
    static let maskScalars: Set<Unicode.Scalar> = Set(maskCharacters.compactMap(\.unicodeScalars.first))

    /// `isCorrectlyMasked(characters:)` for a value of `isWholeNameCharacter` scalars (every
    /// roster's names): the same states, one scalar per Character.
    static func isCorrectlyMasked(scalars value: String.UnicodeScalarView) -> Bool {
        enum State { case surname, masks, last, dotted }
        var state = State.surname
        var visible = 0
        var first: Unicode.Scalar = " "
        var second: Unicode.Scalar = " "
        var masks = 0
        for scalar in value where !isWhitespace(scalar) {
            let isMask = maskScalars.contains(scalar)
            let isName = isIdeographic(scalar)
            switch state {
            case .surname:
                if visible >= 1, isMask {
                    guard visible == 1 || (visible == 2 && compoundSurnames.contains(String(String.UnicodeScalarView([first, second])))) else {
                        return false
                    }
                    state = .masks
                    masks = 1
                } else if isName {
                    if visible == 0 { first = scalar } else if visible == 1 { second = scalar }
                    visible += 1
                } else if separatorScalars.contains(scalar), visible >= 1 {
                    state = .dotted
                } else {
                    return false
                }
            case .masks:
                if isMask {
                    masks += 1
                } else if isName {
                    state = .last
                } else {
                    return false
                }
            case .last:
                return false
            case .dotted:
                guard isMask else { return false }
                masks += 1
            }
        }
        switch state {
        case .surname: return false
        case .masks, .last: return true
        case .dotted: return masks >= minimumDottedMasks
        }
    }

    /// `properties.isWhitespace`, answered without the property table for ASCII and CJK.
    @inline(__always)
    static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09...0x0D, 0x20: true
        case 0x21..<0x80, 0x3400...0x4DBF, 0x4E00...0x9FFF: false
        default: scalar.properties.isWhitespace
        }
    }

    /// `properties.isIdeographic`, answered without the property table for ASCII and CJK.
    @inline(__always)
    static func isIdeographic(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0..<0x80: false
        case 0x3400...0x4DBF, 0x4E00...0x9FFF: true
        default: scalar.properties.isIdeographic
        }
    }

    /// The check over Characters, for any value.
    static func isCorrectlyMasked(characters value: String) -> Bool {
        // One pass over the Characters.
        enum State { case surname, masks, last, dotted }
        var state = State.surname
        var visible = 0  // name characters before the masks or the `·`
        var first: Character = " "
        var second: Character = " "
        var masks = 0
        for character in value where !character.isWhitespace {
            switch state {
            case .surname:
                if visible >= 1, maskCharacters.contains(character) {
                    guard visible == 1 || (visible == 2 && compoundSurnames.contains(String([first, second]))) else {
                        return false
                    }
                    state = .masks
                    masks = 1
                } else if isNameCharacter(character) {
                    if visible == 0 { first = character } else if visible == 1 { second = character }
                    visible += 1
                } else if separatorVariants.contains(character), visible >= 1 {
                    state = .dotted
                } else {
                    return false
                }
            case .masks:
                if maskCharacters.contains(character) {
                    masks += 1
                } else if isNameCharacter(character) {
                    state = .last
                } else {
                    return false
                }
            case .last:
                return false
            case .dotted:
                guard maskCharacters.contains(character) else { return false }
                masks += 1
            }
        }
        switch state {
        case .surname: return false
        case .masks, .last: return true
        case .dotted: return masks >= minimumDottedMasks
        }
    }

    /// What `mask` accepts in a name: anything but `*`, ASCII letters and digits of any script.
    static func isMaskable(_ character: Character) -> Bool {
        guard character != "*", !(character.isASCII && character.isLetter) else { return false }
        return !character.unicodeScalars.contains { $0.properties.numericType == .decimal }
    }

    /// One CJK ideograph, optionally followed by variation selectors (IVS for rare name characters).
    static func isNameCharacter(_ character: Character) -> Bool {
        var scalars = character.unicodeScalars.makeIterator()
        guard let first = scalars.next(), first.properties.isIdeographic else { return false }
        while let next = scalars.next() {
            guard (0xFE00...0xFE0F).contains(next.value) || (0xE0100...0xE01EF).contains(next.value) else {
                return false
            }
        }
        return true
    }
}
