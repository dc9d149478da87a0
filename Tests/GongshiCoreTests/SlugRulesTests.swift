import Testing
@testable import GongshiCore

@Suite("SlugRules")
struct SlugRulesTests {
    @Test("slugs refused, with the reason", arguments: [
        ("", Messages.slugEmpty),
        ("../x", Messages.slugHasSeparator),
        ("/etc/x", Messages.slugHasSeparator),
        ("a/b", Messages.slugHasSeparator),
        ("a\\b", Messages.slugHasSeparator),
        ("..\\x", Messages.slugHasSeparator),
        (".hidden", Messages.slugLeadingDot),
        ("..", Messages.slugLeadingDot),
        (".", Messages.slugLeadingDot),
        ("index", Messages.slugReserved),
        ("INDEX", Messages.slugReserved),
        ("低保 标准", Messages.slugCharacter(" ")),
        ("a:b", Messages.slugCharacter(":")),
        ("a?b", Messages.slugCharacter("?")),
        ("a#b", Messages.slugCharacter("#")),
        ("标准（2024）", Messages.slugCharacter("（")),
        ("a\u{0}b", Messages.slugCharacter("\u{0}")),
        (String(repeating: "a", count: 201), Messages.slugTooLong),
        (String(repeating: "低", count: 67), Messages.slugTooLong),  // 201 bytes
    ])
    func refused(_ slug: String, _ problem: String) {
        #expect(SlugRules.problem(with: slug) == problem)
    }

    @Test("slugs accepted", arguments: [
        "低保标准", "standards-2024", "2024年城乡低保标准", "a_b.c", "index-2024", "indexes", "v1.2",
        String(repeating: "a", count: 200), String(repeating: "低", count: 66),
    ])
    func accepted(_ slug: String) {
        #expect(SlugRules.problem(with: slug) == nil)
    }

    @Test func messageTexts() {
        #expect(Messages.invalidSlug(problem: Messages.slugHasSeparator).text ==
            "slug 无效，已隐去；不能包含 / 或 \\（页面必须留在输出目录内）")
        #expect(Messages.invalidSlug(problem: Messages.slugCharacter(" ")).text ==
            "slug 无效，已隐去；含有字符“ ”：只能使用文字、数字、- 、_ 和 .")
        #expect(Messages.invalidSlug(problem: Messages.slugEmpty).text == "slug 无效，已隐去；不能为空")
        #expect(Messages.invalidSlug(problem: Messages.slugReserved).text == "slug 无效，已隐去；index 为保留名称")
        #expect(Messages.invalidSlug(problem: Messages.slugLeadingDot).text == "slug 无效，已隐去；不能以 . 开头（页面必须留在输出目录内）")
    }
}
