/// Messages of the privacy guard. They never echo a private value as written: only masked.
extension Messages {
    public static func privateValue(_ kind: String, echo: String) -> String {
        "含有不得公开的\(kind)（\(echo)）：请删除；如是官方公开电话，请加入 site.yaml 的 privacy.allowed_numbers"
    }
    public static func nameNotMasked(echo: String) -> String {
        "户主姓名没有按规定遮蔽，应写成“\(echo)”这样的形式（保留姓和最后一个字，中间用 * 代替）"
    }
    public static func recordIDLooksLikeIDNumber(echo: String) -> String {
        "记录编号看起来是身份证号码（\(echo)）：记录编号必须是与身份证号码无关的编号"
    }
    public static func outputContainsPrivateValue(_ kind: String, echo: String) -> String {
        "生成的页面含有不得公开的\(kind)（\(echo)）：模板或数据绕过了输入检查，已停止发布"
    }
}

/// Messages of `gongshi import`.
extension Messages {
    public static let importUnknownColumn = "未知列"
    public static let importDuplicateColumn = "重复的列"
    public static func importCannotMaskName(header: String) -> String {
        "「\(header)」的值无法按规定遮蔽（应为两个字以上的中文姓名）：请核对原始数据"
    }
    public static func importWouldOverwrite(_ folder: String, count: Int) -> String {
        "\(folder) 已有 \(count) 个名册文件：确认要替换时请加 --force"
    }
    public static func cannotWrite(_ error: any Error) -> String { "无法写入：\(error.localizedDescription)" }
}

extension Messages {
    public static func importFailed(errors: Int) -> String { "导入失败：\(errors) 个错误；没有写入任何名册文件" }
}
