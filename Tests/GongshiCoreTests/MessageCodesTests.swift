import Foundation
import Testing
@testable import GongshiCore

/// The registry of message codes: one meaning per code, in its range, and the README's table is
/// the registry (so a code cannot be added, removed or renamed without the README following).
@Suite("MessageCodes registry")
struct MessageCodesRegistryTests {
    static let begin = "<!-- message-codes:begin (generated from MessageCode; see MessageCodesTests) -->"
    static let end = "<!-- message-codes:end -->"

    /// The README table: one row per code, in code order.
    static func table() -> String {
        var lines = ["| 代码 | 含义 |", "| --- | --- |"]
        for code in MessageCode.allCases.sorted() { lines.append("| \(code.rawValue) | \(code.meaning) |") }
        return lines.joined(separator: "\n")
    }

    @Test func everyCodeIsUniqueAndWellFormed() {
        let raw = MessageCode.allCases.map(\.rawValue)
        #expect(Set(raw).count == raw.count)
        for code in raw {
            #expect(code.count == 6 && code.hasPrefix("GS") && code.dropFirst(2).allSatisfy(\.isASCII) && Int(code.dropFirst(2)) != nil, "\(code)")
        }
        let meanings = MessageCode.allCases.map(\.meaning)
        #expect(Set(meanings).count == meanings.count)
        #expect(meanings.allSatisfy { !$0.isEmpty && !$0.contains("|") })
    }

    /// Set GONGSHI_UPDATE_README=1 to rewrite the table after adding a code.
    @Test func readmeListsEveryCode() throws {
        try ReadmeGeneratedSection.expect(between: Self.begin, and: Self.end, is: Self.table())
    }

    @Test func lineFormIsCodeTextThenHint() {
        let message = Message(.notUTF8, "文件不是 UTF-8 编码", hint: "请用 UTF-8 另存此文件")
        #expect(message.line(.error) == "错误 GS1002: 文件不是 UTF-8 编码\n  提示：请用 UTF-8 另存此文件")
        #expect(Message(.missingKey, "缺少必填项 title").line(.warning) == "警告 GS1022: 缺少必填项 title")
        let at = SourceLocation(file: "content/notices/n.md", line: 4, column: 1)
        #expect(Diagnostic.error(at, message).description
                == "content/notices/n.md:4:1: 错误 GS1002: 文件不是 UTF-8 编码\n  提示：请用 UTF-8 另存此文件")
    }

    /// PrivateEcho masks the hint as it masks the text: a hint may carry a value too.
    @Test func maskingCoversTheHint() {
        let id = "410829199001011234"
        let diagnostic = Diagnostic.error(SourceLocation(file: "a.md"), Message(.privateValue, "文字 \(id)", hint: "提示 \(id)"))
        #expect(!diagnostic.message.contains(id))
        #expect(diagnostic.hint?.contains(id) == false)
        #expect(diagnostic.code == .privateValue)
    }

    @Test func usageDetailsAreChinese() {
        #expect(Messages.usageDetail("Error: Missing expected argument '--region <CODE>'\nHelp: …") == "缺少必需的参数 --region")
        #expect(Messages.usageDetail("Error: Unknown option '--nope'") == "未知的选项 --nope")
        #expect(Messages.usageDetail("Error: The value 'x' is invalid for '--port <PORT>'") == "选项 --port 的值无效")
        #expect(Messages.usageDetail("Error: Missing value for '--month <YYYY-MM>'") == "选项 --month 缺少值")
        #expect(Messages.usageDetail("Error: Unexpected argument 'frob'") == "多余的参数")
        #expect(Messages.usageDetail("Error: Something new happened") == "参数有误")
        #expect(Messages.usageDetail("Error: --month 应为 年-月，例如 2026-11") == "--month 应为 年-月，例如 2026-11")
    }
}
