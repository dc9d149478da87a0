import Foundation

/// Messages of the preview's safety rules (issue 10): the page a refused `Host` gets, the terminal
/// notice about it, the LAN addresses that are accepted, and why the server could not start. The
/// refused `Host` value itself is never quoted: it was chosen by whoever sent the request. The page texts
/// are shown in a browser and the reasons are parts of GS6007; the option texts are usage errors (GS9001).
extension Messages {
    public static let previewHostRefusedTitle = "此地址不能打开预览"

    public static let previewHostRefusedBody =
        "为防止其他网页读取草稿和尚未公示的名册，预览只接受用本机地址打开的请求，例如 http://localhost:端口/ 或 http://127.0.0.1:端口/。"
        + "如果这是您自己用别的名字打开的预览，请在启动时加上 --allow-host 该名字。"

    public static let previewHostRefusedNotice = Message(
        .previewHostRefused,
        "已拒绝一个用未允许的地址打开预览的请求（可能是其他网页在试图读取预览内容），此提示只显示一次",
        hint: "如果是您自己用别的名字打开的，请在启动时加上 --allow-host 该名字；在本机预览请用上面的预览地址")

    public static func previewLANAddresses(_ urls: [String]) -> Message {
        Message(.previewLANAddresses, "局域网中的其他电脑可以用以下地址打开预览：\(urls.joined(separator: "、"))",
                hint: "用其他名字打开时，请加上 --allow-host 该名字")
    }

    public static let previewAllowHostInvalid =
        "--allow-host 应为主机名或 IP 地址（例如 preview.lan 或 192.168.1.20），不能包含空格、斜杠或 @"

    public static let previewPortInUse = "该端口已被其他程序占用"

    public static let previewAddressNotLocal = "本机没有这个地址"

    public static let previewHostNotFound = "找不到这个主机名"

    public static func previewLimitInvalid(option: String) -> String {
        "\(option) 应为正数"
    }
}
