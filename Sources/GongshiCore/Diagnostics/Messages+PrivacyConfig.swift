/// Messages about the `privacy:` block of site.yaml: the allow-lists and the reviewed files.
/// A refused entry is never quoted: an entry that is not an e-mail address may be a private number.
extension Messages {
    public static let allowedEmailNotAnAddress = Message(.allowedEmailNotAnAddress,
        "privacy.allowed_emails 的这一项不是电子邮箱地址（应为含 @ 的完整地址），已隐去", hint: "这里只列官方公开的邮箱")
    public static let reviewedFilesShape = Message(.reviewedFilesShape,
        "privacy.reviewed_files 应为列表，每项包含 sha256 和 reason", hint: "例如 - {sha256: 64 位十六进制摘要, reason: 已人工核对，无个人信息}")
    public static let reviewedFileHash = Message(.reviewedFileHash,
        "sha256 的值不是 64 位十六进制数字（0-9、a-f），已隐去", hint: "可用 sha256sum 文件名 计算文件的摘要")
    public static let reviewedFileNeedsHash = Message(.reviewedFileNeedsHash, "缺少 sha256", hint: "请写出核对过的文件的 SHA-256 摘要（sha256sum 文件名）")
    public static let reviewedFileNeedsReason = Message(.reviewedFileNeedsReason, "缺少 reason", hint: "请写明由谁核对、为什么此文件可以公开")
}
