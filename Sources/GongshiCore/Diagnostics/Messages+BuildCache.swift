/// Messages of the build cache (`.gongshi/cache/`): it only ever speeds a build up, so each of
/// them is a warning and the site is built either way.
extension Messages {
    public static let buildCacheDiscarded = Message(
        .buildCacheDiscarded, "生成缓存无法识别（可能已损坏，或不是本程序写的），已弃用；本次完整生成所有页面",
        hint: "无需处理：本次构建结束时会写入新的缓存")

    public static func buildCacheNotSaved(_ reason: String) -> Message {
        Message(.buildCacheNotSaved, "网站已正常发布，但生成缓存无法写入（\(reason)）；下次构建将完整生成所有页面",
                hint: "请检查站点目录下 .gongshi/ 的权限")
    }
}
