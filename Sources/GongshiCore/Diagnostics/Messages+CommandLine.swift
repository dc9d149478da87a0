/// Messages of the command line itself: options that cannot be used, and failures that are not
/// the site's (an internal error). ArgumentParser speaks English; what it says is translated
/// here (`usageDetail`) so that no English line reaches a clerk.
extension Messages {
    public static let quietAndVerbose = "--quiet 与 --verbose 不能同时使用"
    public static let monthOptionInvalid = "--month 应为 年-月，例如 2026-11"
    public static let encodingOptionInvalid = "--encoding 只能是 utf-8 或 gb18030"
    public static let regionOptionInvalid = "--region 应为 12 位区划代码，例如 410829101201"
    public static let portOptionInvalid = "--port 应为 0 到 65535 之间的整数"
    public static let hostOptionEmpty = "--host 不能为空"

    /// A usage error, with where to read the usage: `command` is the subcommand's words after
    /// `gongshi` (empty for the tool itself).
    public static func usageError(_ detail: String, command: String) -> Message {
        let help = command.isEmpty ? "gongshi --help" : "gongshi \(command) --help"
        return Message(.usageError, "命令行用法错误：\(detail)", hint: "用 \(help) 查看可用的选项")
    }

    /// ArgumentParser's English error, in Chinese. Names of options are kept (`--month`); a
    /// value the clerk typed is not repeated. Anything not recognised becomes a plain
    /// "参数有误" rather than English.
    public static func usageDetail(_ english: String) -> String {
        let text = english.hasPrefix("Error: ") ? String(english.dropFirst(7)) : english
        let firstLine = text.split(separator: "\n", omittingEmptySubsequences: true).first.map(String.init) ?? ""
        // Already ours (a ValidationError in Chinese).
        if firstLine.unicodeScalars.contains(where: { $0.value >= 0x4E00 && $0.value <= 0x9FFF }) { return firstLine }
        /// The first 'quoted' name of the line (ArgumentParser may add "Did you mean '--now'?").
        func quoted(_ line: Substring) -> String? {
            guard let open = line.firstIndex(of: "'") else { return nil }
            let rest = line[line.index(after: open)...]
            guard let close = rest.firstIndex(of: "'") else { return nil }
            return String(rest[..<close])
        }
        let name = quoted(Substring(firstLine)).map(optionName) ?? ""
        if firstLine.hasPrefix("Unknown option"), let range = firstLine.range(of: "Did you mean"),
           let suggestion = quoted(firstLine[range.upperBound...]) {
            return "未知的选项 \(name)（是否想用 \(optionName(suggestion))？）"
        }
        if firstLine.hasPrefix("Missing expected argument") { return "缺少必需的参数 \(name)" }
        if firstLine.hasPrefix("Missing value for") { return "选项 \(name) 缺少值" }
        if firstLine.hasPrefix("Unknown option") { return "未知的选项 \(name)" }
        if firstLine.hasPrefix("Unexpected argument") || firstLine.hasPrefix("Unexpected extra argument") {
            return "多余的参数"
        }
        if firstLine.hasPrefix("The value"), let range = firstLine.range(of: "invalid for '") {
            let option = firstLine[range.upperBound...].prefix { $0 != "'" }
            return "选项 \(optionName(String(option))) 的值无效"
        }
        if firstLine.hasPrefix("Missing expected argument") || firstLine.hasPrefix("Missing") { return "缺少必需的参数" }
        return "参数有误"
    }

    /// `--region <CODE>` → `--region`; a value (anything not starting with `-`) is not shown.
    private static func optionName(_ text: String) -> String {
        let word = text.split(separator: " ").first.map(String.init) ?? ""
        guard word.hasPrefix("-"), word.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") }) else { return "" }
        return word
    }

    public static func internalError(_ reason: String) -> Message {
        Message(.internalError, "内部错误：\(reason)", hint: "这是 gongshi 自身的问题，请把这一行和所用的命令报告给维护者")
    }
}
