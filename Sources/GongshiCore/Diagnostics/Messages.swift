/// Every text the tool says to a clerk, in one place (Simplified Chinese), so that a table in
/// another language can sit beside it.
public enum Messages {
    public static let errorLabel = "错误"
    public static let warningLabel = "警告"

    // MARK: Files

    public static func cannotRead(_ error: any Error) -> String { "无法读取文件：\(error.localizedDescription)" }
    public static let notUTF8 = "文件不是 UTF-8 编码：请用 UTF-8 另存此文件（记事本“另存为”时选择 UTF-8）"

    // MARK: YAML and site.yaml

    public static func invalidYAML(_ detail: String) -> String { "YAML 格式错误：\(detail)" }
    public static let siteFileMissing = "找不到 site.yaml：请在站点目录中创建，或用 --source 指定站点目录"
    public static let siteFileNotMapping = "site.yaml 应为“键: 值”的映射"
    public static func missingKey(_ key: String) -> String { "缺少必填项 \(key)" }
    public static func unknownSiteKey(_ key: String, known: [String]) -> String {
        "未知的配置项 \(key)（可用的配置项：\(known.joined(separator: ", "))）"
    }
    public static func duplicateKey(_ key: String) -> String { "配置项 \(key) 重复出现" }
    public static func expectedText(_ key: String) -> String { "\(key) 应为一段文字" }
    public static func expectedTextList(_ key: String) -> String { "\(key) 应为文字或文字列表，例如 [低保, 标准]" }
    public static func expectedBool(_ key: String) -> String { "\(key) 应为 true 或 false" }
    public static func invalidThemeName(_ name: String) -> String { "主题名称“\(name)”无效：只能使用字母、数字、-、_ 和 .（不能以 . 开头）" }
    public static func invalidBaseURL(_ text: String) -> String {
        "base_url“\(text)”无效：应为以 http:// 或 https:// 开头的完整网址，例如 https://mz.example.gov.cn/dibao/"
    }
    public static func invalidTimeZone(_ text: String) -> String { "时区“\(text)”无效：例如 Asia/Shanghai" }
    public static let hotlinesShape = "hotlines 应为列表，每项包含 name 和 number，例如 - {name: 监督举报电话, number: \"12345\"}"

    // MARK: Front matter

    public static let frontMatterUnterminated = "文件头（front matter）没有结束：以 --- 开始的文件头需要另一行 --- 结束"
    public static let frontMatterNotMapping = "文件头（front matter）应为“键: 值”的映射"
    public static func invalidDate(_ text: String, key: String, accepted: [String]) -> String {
        "\(key) 的日期“\(text)”无法识别（可用的格式：\(accepted.joined(separator: "、"))）"
    }
    public static let missingTitle = "缺少标题：请在文件头中写 title，或以“# 标题”开头；暂用文件名作标题"

    // MARK: Slugs

    public static func invalidSlug(_ slug: String, problem: String) -> String { "slug“\(slug)”无效：\(problem)" }
    public static func duplicateSlug(_ slug: String, first: String, second: String) -> String {
        "slug“\(slug)”重复：\(first) 与 \(second) 会生成同一个页面，请修改其中一个的 slug 或文件名"
    }
    public static let slugEmpty = "不能为空"
    public static let slugHasSeparator = "不能包含 / 或 \\（页面必须留在输出目录内）"
    public static let slugLeadingDot = "不能以 . 开头（页面必须留在输出目录内）"
    public static let slugReserved = "index 为保留名称"
    public static let slugWindowsReserved = "是 Windows 的保留名称，复制到 U 盘后无法打开"
    public static let slugTrailingDot = "不能以 . 结尾（Windows 会去掉结尾的点，与其他页面冲突）"
    public static let slugTooLong = "过长（最多 200 字节）"
    public static func slugCharacter(_ character: String) -> String {
        "含有字符“\(character)”：只能使用文字、数字、- 、_ 和 ."
    }

    // MARK: Links in content

    public static func missingLinkTarget(_ target: String) -> String { "链接的内容文件不存在：\(target)" }
    public static func draftLinkTarget(_ target: String) -> String {
        "链接的内容文件是草稿（draft: true），不会发布：\(target)"
    }

    // MARK: Themes and templates

    public static func themeMissing(_ path: String) -> String { "找不到主题目录 \(path)：请检查 site.yaml 中的 theme" }
    public static func templateMissing(_ name: String, searched: [String]) -> String {
        "缺少模板 \(name).mustache（已查找：\(searched.joined(separator: "、"))）"
    }
    public static func templateSyntax(_ detail: String) -> String { "模板语法错误：\(detail)" }
    public static func templatePartialMissing(_ partial: String) -> String {
        "模板引用的局部模板 \(partial) 不存在（需要文件 \(partial).mustache）"
    }

    // MARK: Output

    public static func outputNotWritable(_ path: String, _ detail: String) -> String {
        "无法写入输出目录 \(path)：\(detail)"
    }
    public static func outputNotGongshi(_ path: String) -> String {
        "输出目录 \(path) 已存在，但不是 Gongshi 生成的：为防止误删文件，请指定一个空目录或新目录"
    }
    public static func outputInsideSource(_ path: String) -> String {
        "输出目录 \(path) 不能是站点目录本身、其上级目录，或 content/、themes/、templates/ 之内"
    }
    public static func buildSummary(pages: Int, files: Int, warnings: Int, seconds: Double) -> String {
        "已生成 \(pages) 个页面（共 \(files) 个文件），\(warnings) 个警告，用时 \(String(format: "%.2f", seconds)) 秒"
    }
    public static func buildFailed(errors: Int, warnings: Int) -> String {
        "构建失败：\(errors) 个错误，\(warnings) 个警告；未发布任何文件，原有输出保持不变"
    }
}

extension Messages {
    public static func checkPassed(pages: Int, warnings: Int) -> String {
        "检查通过，可以发布：\(pages) 个页面，\(warnings) 个警告（未写入任何文件）"
    }
    public static func checkFailed(errors: Int, warnings: Int) -> String {
        "检查未通过：\(errors) 个错误，\(warnings) 个警告；修正后才能发布"
    }
}
