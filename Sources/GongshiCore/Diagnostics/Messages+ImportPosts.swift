/// Messages of `gongshi import-posts`: posts from Hexo or Hugo into `content/articles`. Each is
/// given at the file (and line) it is about; the texts quote tag and key names only when they
/// look like names (`HarmlessEcho.identifier`), never a value.
extension Messages {
    public static let postsSourceMissing = Message(.postsSourceMissing, "要导入的文章目录不存在或不是目录",
        hint: "请给出 Hexo 的 source/_posts 或 Hugo 的 content/ 目录")
    public static let postsNothingFound = Message(.postsNothingFound, "目录中没有找到 Markdown 文章（.md 或 .markdown 文件）",
        hint: "请给出 Hexo 的 source/_posts 或 Hugo 的 content/ 目录")
    public static let postsDestinationExists = Message(.postsDestinationExists, "站点中已有同名的文章或文件夹，导入会替换它",
        hint: "确认要替换时请加 --force，或先改名")
    /// `first` is the other post's file, as the clerk gave its folder (the clerk's own blog).
    public static func postsSameName(first: String) -> Message {
        Message(.postsSameName, "这篇文章与 \(first) 会写成 content/articles 中的同一个文件",
                hint: "请先改掉其中一篇的文件名")
    }
    public static func postTagNotConverted(_ name: String, hugo: Bool, replacement: String) -> Message {
        let kind = hugo ? "Hugo 短代码" : "Hexo 标签"
        let shown = HarmlessEcho.identifier(name).map { "“\($0)”" } ?? ""
        return Message(.postTagNotConverted, "\(kind)\(shown)没有对应的 Markdown 写法，已原样保留（构建时会报 GS1084）",
                       hint: "请改写为 \(replacement)")
    }
    public static let postFileNotFound = Message(.postFileNotFound, "链接的文件在文章的文件夹和站点根目录中都没有找到，链接未改动",
        hint: "请把文件放到 content/articles 中文章旁的文件夹里，再改正链接")
    public static let postAddressNotConverted = Message(.postAddressNotConverted, "站内地址无法对应到导入的文章，链接未改动",
        hint: "请改为 [链接文字](文件名.md)，指向 content/articles 中的文章")
    public static func postKeyNotConverted(_ key: String, why: String) -> Message {
        Message(.postKeyNotConverted, "文件头的 \(HarmlessEcho.identifier(key) ?? "一个键")：\(why)")
    }
    public static func postSkipped(_ why: String) -> Message { Message(.postSkipped, "没有导入：\(why)") }
    public static let postSkippedListPage = "Hugo 的列表页（_index.md），本站的列表页自动生成"
    public static let postSkippedInsideFolder = "在文章自带的文件夹中的 Markdown 文件不会成为文章"
    public static let postSkippedNoPost = "不属于任何一篇文章（不在文章旁的同名文件夹或 Hugo 的页面包中）"
    public static let postSkippedLink = "符号链接"
    public static let postsDestinationRefused = Message(.postsDestinationRefused,
        "content/articles 经符号链接指向站点的 content/ 之外：import-posts 只写入站点的 content/articles", hint: "请删除这个符号链接")
    public static func postsImportFailed(errors: Int) -> Message {
        Message(.postsImportFailed, "导入失败：\(errors) 个错误；没有写入任何文章")
    }
}
