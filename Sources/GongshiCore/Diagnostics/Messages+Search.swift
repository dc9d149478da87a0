/// Messages of site search (`gongshi build --search`, `search: true`): Pagefind indexes the
/// published articles, notices, standards and village directory.
extension Messages {
    public static let pagefindMissing = Message(
        .pagefindMissing, "找不到 Pagefind（扩展版，支持中文分词），无法生成站内搜索；未发布任何文件，原有输出保持不变",
        hint: "安装方法：python3 -m pip install pagefind-bin-extended；也可以用环境变量 GONGSHI_PAGEFIND 指定 pagefind_extended 程序的路径；不需要搜索时去掉 --search 或 site.yaml 的 search: true")

    public static func searchIndexFailed(_ detail: String) -> Message {
        Message(.searchIndexFailed, "Pagefind 未能生成搜索索引：\(detail)；未发布任何文件，原有输出保持不变",
                hint: "请确认安装的是 pagefind-bin-extended（python3 -m pip install pagefind-bin-extended）")
    }
}
