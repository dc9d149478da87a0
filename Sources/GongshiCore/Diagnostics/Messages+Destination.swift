/// Messages of the destination checks of `gongshi print` and `gongshi import`: where a command
/// refused to write and why. Paths are the clerk's own command-line options, shown as given and,
/// when a symbolic link leads elsewhere, where they really lead.
extension Messages {
    public static let destinationSiteOrAbove = "是站点目录本身或它的上级目录"
    public static let destinationContent = "在站点的 content/ 之内"
    public static let destinationThemes = "在站点的 themes/ 之内（主题的 assets/ 会原样发布到网站上）"
    public static let destinationTemplates = "在站点的 templates/ 之内"
    public static let destinationOutput = "在网站的输出目录（public/ 或带 .gongshi-output 标记的目录）之内"
    public static let destinationOutsideRosters = "不在站点的 content/rosters/ 之内"

    /// - Parameters:
    ///   - option: `--out` when the clerk gave it; nil for the default `print/`.
    ///   - place: one of the `destination…` texts above.
    public static func printDestinationRefused(option: String?, path: String, resolved: String, place: String) -> Message {
        let via = resolved == path ? "" : "经符号链接实际指向 \(resolved)，"
        let named = option.map { "\($0) 的打印输出位置" } ?? "默认的打印输出位置"
        return Message(.printDestinationRefused, "\(named) \(path) \(via)\(place)：打印件和明白卡不得进入网站或站点的源文件",
                       hint: "请用 --out 指定站点目录之外的目录")
    }

    public static func importDestinationRefused(folder: String, resolved: String, place: String) -> Message {
        let via = resolved == folder ? "" : "经符号链接实际指向 \(resolved)，"
        return Message(.importDestinationRefused,
            "名册写入位置 \(folder) \(via)\(place)：gongshi import 只写入 --source 站点目录的 content/rosters/年-月/，写到别处（例如主题的 assets/）会被原样发布",
            hint: "请删除这个符号链接")
    }
}
