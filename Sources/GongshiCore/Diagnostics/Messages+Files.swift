// Messages for reading the site's files and folders (SiteFiles, InputFileReader), the input
// limits of site.yaml `limits:`, YAML that is refused before it is composed, YAML syntax errors,
// and line breaks inside roster cells. The file or folder is always the message's location,
// relative to the site folder; a reason from the system comes from `SystemErrorText`.

extension Messages {
    // MARK: Folders and files

    public static let folderIsAFile = Message(
        .folderIsAFile, "这里应为目录，却是一个文件：内容不会被读取，整个栏目会从网站上消失",
        hint: "请删除或改名这个文件，把内容放进同名目录")
    public static func cannotListFolder(_ reason: String) -> Message {
        Message(.cannotListFolder, "无法列出目录内容：\(reason)")
    }
    public static func cannotReadFile(_ reason: String) -> Message {
        Message(.cannotReadFile, "无法读取文件：\(reason)")
    }
    public static func specialFileRefused(_ kind: String) -> Message {
        Message(.specialFileRefused, "这不是普通文件（是\(kind)），不会被打开读取", hint: "请删除它，或换成普通文件")
    }
    public static let fileKindFIFO = "命名管道（FIFO）"
    public static let fileKindDevice = "设备文件"
    public static let fileKindSocket = "套接字"
    public static let fileKindOther = "特殊文件"
    public static let danglingSymlink = Message(
        .danglingSymlink, "符号链接指向的文件或目录不存在", hint: "请修正或删除这个链接")
    public static let symlinkLeavesSite = Message(
        .symlinkLeavesSite, "符号链接指向站点目录之外，已拒绝：网站的内容必须放在站点目录之内",
        hint: "请把文件复制进来，而不是链接到别处")
    public static func fileTooLarge(size: String, limit: String) -> Message {
        Message(.fileTooLarge, "文件过大（\(size)），超过了每个文件的上限 \(limit)",
                hint: "请拆分文件，或在 site.yaml 中调高 limits: { max_file_size: … }")
    }
    /// A size below 1 KiB (larger ones are written 64 MiB, 1.5 KiB).
    public static func byteCount(_ bytes: Int64) -> String { "\(bytes) 字节" }
    public static func documentTooLarge(size: String, limit: String) -> Message {
        Message(.documentTooLarge, "文件过大（\(size)），超过了文章和公告的上限 \(limit)",
                hint: "一篇很长的公告也只有几十 KiB，请检查是否放错了文件，或把内容拆成几篇")
    }
    public static func fileNameNotUTF8(count: Int) -> Message {
        Message(.fileNameNotUTF8, "这个目录中有 \(count) 个文件的文件名不是 UTF-8 编码（常见于从 Windows 压缩包解出的文件），无法读取，也不会发布",
                hint: "请在本机把这些文件重新命名一次（文件名会以 UTF-8 保存），或用 unzip -O GBK 重新解压")
    }
    public static let folderExpectedIsFile = Message(.folderExpectedIsFile, "这里应为文件，却是一个目录")
    public static let symlinkLoop = Message(
        .symlinkLoop, "目录的符号链接构成了循环（链接指向自己的上级目录）", hint: "请删除这个链接")

    // MARK: site.yaml limits

    public static let invalidMaxFileSize = Message(
        .invalidMaxFileSize, "limits.max_file_size 应为带单位的大小",
        hint: "例如 64MiB、512KiB、1GiB（最小 1KiB，最大 1GiB）")

    // MARK: YAML refused before it is read

    public static let yamlAliasRefused = Message(
        .yamlAliasRefused, "不能使用 YAML 别名（*名称）：公示网站的 YAML 文件用不到锚点和别名",
        hint: "请把内容直接写出来")
    public static let yamlAnchorRefused = Message(
        .yamlAnchorRefused, "不能使用 YAML 锚点（&名称）：公示网站的 YAML 文件用不到锚点和别名",
        hint: "请把内容直接写出来；值以 & 开头时请给整个值加引号")
    public static func yamlTooDeep(limit: Int) -> Message {
        Message(.yamlTooDeep, "YAML 嵌套过深（超过 \(limit) 层）", hint: "请检查是否多写了 [、{ 或缩进")
    }

    // MARK: YAML syntax, explained

    public static let yamlTab = Message(
        .yamlTab, "YAML 格式错误：这里有制表符（Tab 键）：YAML 只能用空格缩进和对齐", hint: "请把制表符换成空格")
    public static let yamlUnclosedQuote = Message(
        .yamlUnclosedQuote, "YAML 格式错误：引号没有结束：从这里开始的引号一直没有配对的结束引号",
        hint: "值里的引号请写成两个 ''（单引号时）或 \\\"（双引号时）")
    public static let yamlUnclosedBracket = Message(
        .yamlUnclosedBracket, "YAML 格式错误：方括号 [ ] 或花括号 { } 没有闭合",
        hint: "请检查从这里开始的 [ 或 { 是否有对应的 ] 或 }，各项之间是否用逗号分隔")
    public static let yamlColonNotAllowed = Message(
        .yamlColonNotAllowed, "YAML 格式错误：这里不能出现“键: 值”",
        hint: "可能是缩进不对，或者值里含有“冒号加空格”（请给整个值加引号）")
    public static let yamlBadIndentation = Message(
        .yamlBadIndentation, "YAML 格式错误：缩进不一致",
        hint: "同一层的各项应对齐到同一列，下一层要比上一层多缩进几个空格")
    public static let yamlMissingColon = Message(
        .yamlMissingColon, "YAML 格式错误：缺少冒号", hint: "每一行应写成“键: 值”，键后面是冒号和一个空格")
    public static let yamlBadCharacter = Message(
        .yamlBadCharacter, "YAML 格式错误：这里的字符不能出现在值的开头（例如 @ 或 `）", hint: "请给整个值加引号")
    public static let yamlControlCharacter = Message(
        .yamlControlCharacter, "YAML 格式错误：文件中有不可见的控制字符",
        hint: "请删除它（常见于从网页或其他软件复制来的文字）")
    public static let yamlSecondDocument = Message(
        .yamlSecondDocument, "YAML 格式错误：文件中只能有一份 YAML：第二个 --- 或 ... 之后的内容无法读取")
    public static let yamlBadEscape = Message(
        .yamlBadEscape, "YAML 格式错误：双引号中的反斜杠 \\ 后面跟了无效的字符",
        hint: "要写反斜杠本身请写成 \\\\，或改用单引号")
    public static let yamlSyntaxOther = Message(.yamlSyntaxOther, "YAML 格式错误", hint: "请检查这里的缩进、冒号和引号")

    // MARK: Roster cells

    public static func cellLineBreak(header: String?, column: Int) -> Message {
        let which = header.map { "列「\($0)」" } ?? "第 \(column) 列"
        return Message(.cellLineBreak, "\(which)的单元格内有换行：公示名单的每个单元格只能有一行文字",
                       hint: "请删除单元格内的换行")
    }

    public static func csvTooManyRows(limit: Int) -> Message {
        Message(.csvTooManyRows, "表格超过 \(limit) 行：这不像一个村一个月的名册",
                hint: "请检查是否导出了整个系统的数据；一个文件只放一个村（社区）一个月的名册")
    }
    public static func csvTooManyColumns(limit: Int) -> Message {
        Message(.csvTooManyColumns, "这一行超过 \(limit) 列：名册只有十来列",
                hint: "请检查分隔符是否是英文逗号，或是否多出了大量空列")
    }
    public static func csvCellTooLong(limit: Int) -> Message {
        Message(.csvCellTooLong, "单元格超过 \(limit) 字节（约 \(limit / 3) 个汉字）",
                hint: "请检查引号是否配对（一个没有结束的引号会把后面的内容都并进一个单元格），或缩短这个单元格")
    }
}
