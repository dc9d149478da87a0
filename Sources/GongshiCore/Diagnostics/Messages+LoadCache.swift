/// Messages of the load cache (`.gongshi/cache/load`): like the build cache, it only ever speeds a
/// build up, so its message is a warning (GS5200, the build cache's code) and the site is built.
extension Messages {
    public static let loadCacheDiscarded = Message(
        .buildCacheDiscarded, "读取缓存无法识别（可能已损坏，或不是本程序写的），已弃用；本次重新读取并检查所有名单和文章文件",
        hint: "无需处理：本次构建结束时会写入新的缓存")
}
