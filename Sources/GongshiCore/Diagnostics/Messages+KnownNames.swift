/// Messages about the site's private known-names file (`.gongshi/known-names`). They never show
/// a line of the file: it holds only hashes, but nothing of it belongs on a screen or in a log.
extension Messages {
    private static let knownNamesStartOver = "这个文件只能由 gongshi import 写入；如已损坏，删除它后重新导入名册即可重新开始"

    public static let knownNamesBadHeader = Message(.knownNamesBadHeader,
        "不是 gongshi 的已知姓名文件：第一行应为“gongshi-known-names 1”", hint: knownNamesStartOver)
    public static let knownNamesNewerVersion = Message(.knownNamesNewerVersion,
        "已知姓名文件由更新版本的 gongshi 写入，这个版本读不了", hint: "请升级 gongshi。" + knownNamesStartOver)
    public static let knownNamesBadSalt = Message(.knownNamesBadSalt,
        "已知姓名文件的第二行应为“salt ”加 32 位十六进制数字", hint: knownNamesStartOver)
    public static let knownNamesBadHash = Message(.knownNamesBadHash,
        "已知姓名文件的这一行不是 16 位十六进制数字的散列值", hint: knownNamesStartOver)
    public static let knownNamesNoSalt = Message(.knownNamesNoSalt, "已知姓名文件缺少 salt 行", hint: knownNamesStartOver)
    public static let knownNamesNotPrivateFolder = Message(.knownNamesNotPrivateFolder,
        ".gongshi 必须是站点文件夹中的普通文件夹，里面的 known-names 必须是普通文件（不能是符号链接）", hint: "请改正后重试")
    /// `reason` comes from `SystemErrorText`.
    public static func knownNamesCannotRead(_ reason: String) -> Message { Message(.knownNamesCannotRead, "无法读取已知姓名文件：\(reason)") }
    public static func knownNamesCannotWrite(_ detail: String) -> Message { Message(.knownNamesCannotWrite, "无法写入已知姓名文件：\(detail)") }

    /// The import report: how many full names this import added, and where they are kept.
    public static func knownNamesRemembered(added: Int, total: Int, file: String) -> Message {
        Message(.knownNamesRemembered, "已记住导入的完整姓名：新增 \(added) 个散列值，共 \(total) 个（不保存姓名本身），保存在 \(file)。此文件不得上传到网站服务器，也不得提交到 git")
    }
}
