import Testing
@testable import GongshiCore

@Suite("NameMasking")
struct NameMaskingTests {
    @Test("masks real names", arguments: [
        ("张三丰", nil, "张*丰"),
        ("张三", nil, "张*"),
        ("张三小丰", nil, "张**丰"),
        ("欧阳娜娜", 2, "欧阳*娜"),
        ("欧阳娜", 2, "欧阳*"),
        ("欧阳娜娜", nil, "欧**娜"),  // never guessed from the string: the data says
        ("诸葛孔明亮", 2, "诸葛**亮"),
        ("买买提·艾力", nil, "买买提·**"),
        ("阿依古丽·买买提", nil, "阿依古丽·***"),
        ("买买提•艾力", nil, "买买提·**"),  // U+2022
        ("买买提・艾力", nil, "买买提·**"),  // U+30FB
        ("买买提．艾力", nil, "买买提·**"),  // U+FF0E
        ("买买提‧艾力", nil, "买买提·**"),  // U+2027
        ("买买提･艾力", nil, "买买提·**"),  // U+FF65
        ("买买提.艾力", nil, "买买提·**"),
        ("  张三丰\t", nil, "张*丰"),
        ("张 三 丰", nil, "张*丰"),
        ("\u{3000}李四\u{3000}", nil, "李*"),
        ("张＊丰", nil, "张*丰"),  // an accepted mask, but mask() writes ASCII `*`
        ("张＊三丰", nil, "张**丰"),  // a wrongly masked value gets a correct echo
        ("阿·布", nil, "阿·**"),  // at least two masks after the `·` (minimumDottedMasks)
        ("𠀀三丰", nil, "𠀀*丰"),  // CJK Extension B
    ] as [(String, Int?, String)])
    func masks(_ name: String, _ surnameLength: Int?, _ expected: String) {
        #expect(NameMasking.mask(name, surnameLength: surnameLength) == expected)
    }

    @Test("refuses input that cannot be a name", arguments: [
        ("", nil), ("   ", nil), ("张", nil), ("张3丰", nil), ("张三Feng", nil), ("Zhang San", nil),
        ("张*丰", nil), ("张*", nil), ("欧阳", 2), ("欧阳娜", 3), ("张三", 0), ("·艾力", nil),
        ("买买提·", nil), ("张三３", nil), ("买买提·艾1", nil),
    ] as [(String, Int?)])
    func refuses(_ name: String, _ surnameLength: Int?) {
        #expect(NameMasking.mask(name, surnameLength: surnameLength) == nil)
    }

    @Test("what mask produces is correctly masked", arguments: [
        ("张三丰", 1), ("张三", 1), ("张三小丰", 1), ("欧阳娜娜", 2), ("欧阳娜", 2), ("买买提·艾力", 1),
        ("阿依古丽·买买提", 1), ("阿·布", 1), ("张三丰丰丰", 1),
    ])
    func roundTrip(_ name: String, _ surnameLength: Int) throws {
        let masked = try #require(NameMasking.mask(name, surnameLength: surnameLength))
        #expect(NameMasking.isCorrectlyMasked(masked))
    }

    @Test("normalises separators to U+00B7", arguments: [
        ("买买提•**", "买买提·**"), ("买买提・**", "买买提·**"), ("买买提．**", "买买提·**"),
        ("买买提‧**", "买买提·**"), ("买买提･**", "买买提·**"), ("买买提.**", "买买提·**"),
        ("买买提·**", "买买提·**"), ("张*丰", "张*丰"),
    ])
    func normalizes(_ input: String, _ expected: String) {
        #expect(NameMasking.normalize(input) == expected)
    }

    // MARK: isCorrectlyMasked: accepted, each group with its reason

    @Test("accepted: surname, masks, then the last character", arguments: ["张*丰", "张**丰", "张*三", " 张*丰 ", "张 * 丰", "𠀀*丰"])
    func acceptedSurnameMaskLast(_ value: String) {
        #expect(NameMasking.isCorrectlyMasked(value))
    }

    @Test("accepted: a two-character name keeps only the surname", arguments: ["张*", "李某", "张×"])
    func acceptedSurnameOnly(_ value: String) {
        #expect(NameMasking.isCorrectlyMasked(value))
    }

    @Test("accepted: ＊ (full width), × and 某 are mask characters, also mixed", arguments: [
        "张＊丰", "张×丰", "张某某", "张某丰", "张＊＊丰", "张××丰", "张*＊×丰", "张*某",
    ])
    func acceptedMaskCharacters(_ value: String) {
        #expect(NameMasking.isCorrectlyMasked(value))
    }

    @Test("accepted: a known compound surname shows two characters", arguments: ["欧阳*娜", "欧阳*", "诸葛**亮", "司马*", "欧阳某某"])
    func acceptedCompoundSurname(_ value: String) {
        #expect(NameMasking.isCorrectlyMasked(value))
    }

    @Test("accepted: a `·` name shows its first unit, then at least two masks", arguments: [
        "买买提·**", "买买提•**", "阿依古丽·***", "买买提·＊＊", "买买提·某某", "买买提·×*", "张·**",
    ])
    func acceptedDotted(_ value: String) {
        #expect(NameMasking.isCorrectlyMasked(value))
    }

    // MARK: isCorrectlyMasked: refused, each group with its reason

    @Test("refused: nothing is masked", arguments: ["张三丰", "张三", "买买提·艾力", "张", "欧阳娜娜"])
    func refusedNothingMasked(_ value: String) {
        #expect(!NameMasking.isCorrectlyMasked(value))
    }

    @Test("refused: no surname before the mask", arguments: ["*三丰", "*丰", "**", "＊三丰", "×三丰", "·**", "*"])
    func refusedNoSurname(_ value: String) {
        #expect(!NameMasking.isCorrectlyMasked(value))
    }

    @Test("refused: two characters before the mask that are not a compound surname", arguments: ["张三*", "张三**丰", "欧阳娜*", "张三某"])
    func refusedTwoVisibleBeforeMask(_ value: String) {
        #expect(!NameMasking.isCorrectlyMasked(value))
    }

    @Test("refused: more than the last character after the mask", arguments: ["张*三丰", "张*丰丰", "张某三丰", "张*丰*", "欧阳*娜娜"])
    func refusedMoreThanLastCharacter(_ value: String) {
        #expect(!NameMasking.isCorrectlyMasked(value))
    }

    @Test("refused: the masked part holds something that is not a mask character", arguments: [
        "张X丰", "张x丰", "张〇丰", "张○丰", "张#丰", "张●丰", "张-丰", "张_丰", "张?丰",
    ])
    func refusedNotAMask(_ value: String) {
        #expect(!NameMasking.isCorrectlyMasked(value))
    }

    @Test("refused: a `·` name with one mask (张三丰·* walks around the rule with a full name)", arguments: [
        "张三丰·*", "买买提·*", "买买提·某", "张三丰•＊",
    ])
    func refusedDottedSingleMask(_ value: String) {
        #expect(!NameMasking.isCorrectlyMasked(value))
    }

    @Test("refused: a `·` name shows a character after the `·` or has a second `·`", arguments: [
        "买买提·艾*", "买买提·*力", "买买提·艾力", "买买提·**·*", "买买提·**·艾", "买买提·", "买买提··**",
    ])
    func refusedDottedShowsMore(_ value: String) {
        #expect(!NameMasking.isCorrectlyMasked(value))
    }

    @Test("refused: not a Chinese name at all", arguments: ["", "Zhang*", "3*丰", "张*1", "张*F"])
    func refusedNotAName(_ value: String) {
        #expect(!NameMasking.isCorrectlyMasked(value))
    }
}
