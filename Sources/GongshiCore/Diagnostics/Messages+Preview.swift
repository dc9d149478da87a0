import Foundation

/// Messages of `gongshi serve`: the terminal lines and the texts of the in-browser error overlay.
extension Messages {
    public static func previewListening(url: String) -> Message {
        Message(.previewListening, "预览地址：\(url)（修改文件后自动重新生成并刷新浏览器；按 Ctrl-C 停止）")
    }
    public static func previewNonLoopback(host: String) -> Message {
        Message(.previewNonLoopback, "预览服务器监听在 \(host)，不只是本机：同一网络中的其他人也能打开预览（包括草稿和尚未公示的名册）",
                hint: "只在本机预览时请去掉 --host")
    }
    public static func previewBuilt(pages: Int, warnings: Int, seconds: Double) -> Message {
        Message(.previewBuilt, "已生成 \(pages) 个页面，\(warnings) 个警告，用时 \(String(format: "%.2f", seconds)) 秒")
    }
    public static func previewRebuilt(pages: Int, warnings: Int, seconds: Double, changed: String) -> Message {
        Message(.previewRebuilt, "\(changed) 有变化：已重新生成 \(pages) 个页面，\(warnings) 个警告，用时 \(String(format: "%.2f", seconds)) 秒")
    }
    public static func previewChangedFiles(first: String, count: Int) -> String {
        count <= 1 ? first : "\(first) 等 \(count) 个文件"
    }
    public static func previewBuildFailed(errors: Int, warnings: Int, seconds: Double, hasGoodBuild: Bool) -> Message {
        let serving = hasGoodBuild ? "继续提供上次成功生成的网站" : "尚无可预览的网站"
        return Message(.previewBuildFailed,
            "生成失败：\(errors) 个错误，\(warnings) 个警告，用时 \(String(format: "%.2f", seconds)) 秒；\(serving)，浏览器中显示错误；修改文件后自动重试")
    }
    public static let previewStopped = Message(.previewStopped, "预览已停止")
    public static func previewCannotListen(host: String, port: Int, detail: String) -> Message {
        Message(.previewCannotListen, "无法在 \(host):\(port) 上启动预览服务器：\(detail)", hint: "端口被占用时可用 --port 换一个端口")
    }
    /// Said once when the kernel's watch limit stops `serve` from watching every folder.
    public static let previewWatchLimit = Message(.previewWatchLimit,
        "系统允许监视的文件夹数已用完（fs.inotify.max_user_watches）：改为定时检查文件变化，保存后刷新会慢一些",
        hint: "可以调高上限，例如：sudo sysctl fs.inotify.max_user_watches=524288")
    /// Said once when the kernel's change notifications (inotify) cannot be used at all.
    public static let previewWatchUnavailable = Message(.previewWatchUnavailable,
        "无法使用系统的文件变化通知（inotify）：改为定时检查文件变化，保存后刷新会慢一些",
        hint: "若是同时开着的预览太多，可以关掉其他 gongshi serve，或调高 fs.inotify.max_user_instances")

    // MARK: In the browser

    public static let previewOverlayTitle = "生成失败：下面的错误修正之前，页面显示的是上次成功生成的内容"
    public static let previewFirstBuildFailedTitle = "生成失败：修正下面的错误后，页面会自动刷新"
    public static let previewErrorPageTitle = "生成失败"
}

extension Messages {
    public static func previewMoreErrors(_ count: Int) -> String { "……还有 \(count) 个错误，见终端" }
    public static let previewOverlayClose = "关闭"
}
