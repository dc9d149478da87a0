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
        ("张＊丰", nil, "张*丰"),  // "masked" with a full-width star: the echo is masked properly
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
        ("阿依古丽·买买提", 1),
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

    @Test("correctly masked 户主姓名 values", arguments: [
        "张*丰", "张*", "欧阳*娜", "欧阳*", "张**丰", "买买提·**", "买买提•**", "阿依古丽·***", "诸葛**亮",
        "司马*", " 张*丰 ", "买买提·*",
    ])
    func correctlyMasked(_ value: String) {
        #expect(NameMasking.isCorrectlyMasked(value))
    }

    @Test("values that are not correctly masked", arguments: [
        "张三丰", "张三*", "*丰", "张*丰丰", "买买提·艾力", "买买提·艾*", "Zhang*", "", "张＊丰", "张", "**",
        "张三**丰", "欧阳娜*", "·**", "买买提·", "张×丰", "张X丰", "3*丰", "张*1",
    ])
    func notCorrectlyMasked(_ value: String) {
        #expect(!NameMasking.isCorrectlyMasked(value))
    }
}
