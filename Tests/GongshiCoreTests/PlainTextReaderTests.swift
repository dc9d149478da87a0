import Testing
@testable import GongshiCore

private func read(_ text: String, _ escapes: PlainTextReader.Escapes) -> ReaderText {
    PlainTextReader.view(of: Array(text.utf8), escapes: escapes).texts[0]
}

@Suite("PlainTextReader")
struct PlainTextReaderTests {
    @Test("plain text is read as written with byte offsets")
    func plain() {
        let text = read(#"张三 \u0031 139"#, .none)
        #expect(text.string == #"张三 \u0031 139"#)
        #expect(text.offsets == [0, 3, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16])
        #expect(read("", .none).isEmpty)
    }

    @Test("script escapes are decoded", arguments: [
        (#""\u0031\u0033\u0039""#, "\"139\""),
        (#"\u{31}\u{000033}\x39"#, "139"),
        (#"\u5f20\u4E09"#, "张三"),
        (#"\uD83D\uDE00 \uD83D x \uDE00"#, "😀 \u{FFFD} x \u{FFFD}"),
        (#"\u{1F600}\u{110000}"#, "😀\u{FFFD}"),
        (#"a\nb\tc\rd\/e\"f\'g\\h"#, "a\nb\tc\rd/e\"f'g\\h"),
        (#"\\u0031"#, #"\u0031"#),
        (#"\101 \0 \7"#, #"\101 \0 \7"#),
        (#"\u003 \u{} \u{31 \xZ1 \x3"#, #"\u003 \u{} \u{31 \xZ1 \x3"#),
        ("13\\\n9", "139"),
        (#"\"#, #"\"#),
        ("\\张", "\\张"),
    ])
    func scriptEscapes(_ input: String, _ expected: String) {
        #expect(read(input, .script).string == expected)
    }

    @Test("a decoded escape is at the offset of its backslash")
    func offsets() {
        let text = read(#"a\u0031\x32\u{33}张"#, .script)
        #expect(text.string == "a123张")
        #expect(text.offsets == [0, 1, 7, 11, 17])
    }
}
