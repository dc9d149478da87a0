// Messages for reading the site's files and folders (SiteFiles, InputFileReader), the input
// limits of site.yaml `limits:`, YAML that is refused before it is composed, YAML syntax errors,
// and line breaks inside roster cells. The file or folder is always the message's location,
// relative to the site folder; a reason from the system comes from `SystemErrorText`.

extension Messages {
    // MARK: Folders and files

    // code: GS1100
    public static let folderIsAFile =
        "这里应为目录，却是一个文件：内容不会被读取，整个栏目会从网站上消失；请删除或改名这个文件，把内容放进同名目录"
    // code: GS1101
    public static func cannotListFolder(_ reason: String) -> String { "无法列出目录内容：\(reason)" }
    // code: GS1102
    public static func cannotReadFile(_ reason: String) -> String { "无法读取文件：\(reason)" }
    // code: GS1103
    public static func specialFileRefused(_ kind: String) -> String {
        "这不是普通文件（是\(kind)），不会被打开读取：请删除它，或换成普通文件"
    }
    public static let fileKindFIFO = "命名管道（FIFO）"
    public static let fileKindDevice = "设备文件"
    public static let fileKindSocket = "套接字"
    public static let fileKindOther = "特殊文件"
    // code: GS1104
    public static let danglingSymlink = "符号链接指向的文件或目录不存在：请修正或删除这个链接"
    // code: GS1105
    public static let symlinkLeavesSite =
        "符号链接指向站点目录之外，已拒绝：网站的内容必须放在站点目录之内，请把文件复制进来，而不是链接到别处"
    // code: GS1106
    public static func fileTooLarge(size: String, limit: String) -> String {
        "文件过大（\(size)），超过了每个文件的上限 \(limit)：请拆分文件，或在 site.yaml 中调高 limits: { max_file_size: … }"
    }
    /// A size below 1 KiB (larger ones are written 64 MiB, 1.5 KiB).
    public static func byteCount(_ bytes: Int64) -> String { "\(bytes) 字节" }
    // code: GS1109
    public static func documentTooLarge(size: String, limit: String) -> String {
        "文件过大（\(size)），超过了文章和公告的上限 \(limit)：一篇很长的公告也只有几十 KiB，请检查是否放错了文件，或把内容拆成几篇"
    }
    // code: GS1107
    public static let folderExpectedIsFile = "这里应为文件，却是一个目录"
    // code: GS1108
    public static let symlinkLoop = "目录的符号链接构成了循环（链接指向自己的上级目录）：请删除这个链接"

    // MARK: site.yaml limits

    // code: GS1110
    public static let invalidMaxFileSize =
        "limits.max_file_size 应为带单位的大小，例如 64MiB、512KiB、1GiB（最小 1KiB，最大 1GiB）"

    // MARK: YAML refused before it is read

    // code: GS1200
    public static let yamlAliasRefused =
        "不能使用 YAML 别名（*名称）：公示网站的 YAML 文件用不到锚点和别名，请把内容直接写出来"
    // code: GS1201
    public static let yamlAnchorRefused =
        "不能使用 YAML 锚点（&名称）：公示网站的 YAML 文件用不到锚点和别名，请把内容直接写出来；值以 & 开头时请给整个值加引号"
    // code: GS1202
    public static func yamlTooDeep(limit: Int) -> String {
        "YAML 嵌套过深（超过 \(limit) 层）：请检查是否多写了 [、{ 或缩进"
    }

    // MARK: YAML syntax, explained

    // code: GS1210
    public static let yamlTab = "YAML 格式错误：这里有制表符（Tab 键）：YAML 只能用空格缩进和对齐，请把制表符换成空格"
    // code: GS1211
    public static let yamlUnclosedQuote = "YAML 格式错误：引号没有结束：从这里开始的引号一直没有配对的结束引号；值里的引号请写成两个 ''（单引号时）或 \\\"（双引号时）"
    // code: GS1212
    public static let yamlUnclosedBracket = "YAML 格式错误：方括号 [ ] 或花括号 { } 没有闭合：请检查从这里开始的 [ 或 { 是否有对应的 ] 或 }，各项之间是否用逗号分隔"
    // code: GS1213
    public static let yamlColonNotAllowed =
        "YAML 格式错误：这里不能出现“键: 值”：可能是缩进不对，或者值里含有“冒号加空格”（请给整个值加引号）"
    // code: GS1214
    public static let yamlBadIndentation = "YAML 格式错误：缩进不一致：同一层的各项应对齐到同一列，下一层要比上一层多缩进几个空格"
    // code: GS1215
    public static let yamlMissingColon = "YAML 格式错误：缺少冒号：每一行应写成“键: 值”，键后面是冒号和一个空格"
    // code: GS1216
    public static let yamlBadCharacter =
        "YAML 格式错误：这里的字符不能出现在值的开头（例如 @ 或 `）：请给整个值加引号"
    // code: GS1217
    public static let yamlControlCharacter = "YAML 格式错误：文件中有不可见的控制字符：请删除它（常见于从网页或其他软件复制来的文字）"
    // code: GS1218
    public static let yamlSecondDocument = "YAML 格式错误：文件中只能有一份 YAML：第二个 --- 或 ... 之后的内容无法读取"
    // code: GS1219
    public static let yamlBadEscape = "YAML 格式错误：双引号中的反斜杠 \\ 后面跟了无效的字符：要写反斜杠本身请写成 \\\\，或改用单引号"
    // code: GS1220
    public static let yamlSyntaxOther = "YAML 格式错误：请检查这里的缩进、冒号和引号"

    // MARK: Roster cells

    // code: GS2100
    public static func cellLineBreak(header: String?, column: Int) -> String {
        guard let header else { return "第 \(column) 列的单元格内有换行：公示名单的每个单元格只能有一行文字，请删除单元格内的换行" }
        return "列「\(header)」的单元格内有换行：公示名单的每个单元格只能有一行文字，请删除单元格内的换行"
    }
}
