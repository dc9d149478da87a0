/// Messages of `gongshi import` reading Excel: a workbook's sheets, numbers Excel stored in
/// part, and the older .xls read through LibreOffice. Values of cells are never quoted.
extension Messages {
    public static let importNotWorkbook = Message(.importNotWorkbook, "无法作为 Excel 工作簿（.xlsx）读取：文件损坏、加密，或不是 .xlsx",
        hint: "请在 Excel 或 WPS 中打开后另存为 .xlsx（不加密码），或另存为 CSV（UTF-8）")
    public static func importSheetNotFound(available: [String]) -> Message {
        Message(.importSheetNotFound, "工作簿中没有 --sheet 给出的工作表",
                hint: "工作表有：" + available.map(sheetName).joined(separator: "、"))
    }
    public static func importSeveralSheets(_ names: [String]) -> Message {
        Message(.importSeveralSheets, "工作簿中有 \(names.count) 个工作表都像名册：" + names.map(sheetName).joined(separator: "、"),
                hint: "请用 --sheet 指定要导入的一个，例如 --sheet \(names.first.map { String($0.prefix(31)) } ?? "Sheet1")")
    }
    public static func importLongNumber(header: String) -> Message {
        Message(.importLongNumber, "列“\(header)”中的这个数字有 16 位以上，Excel 只保存了前 15 位（显示为 4.10802E+17 这样的科学计数法）：多半是身份证号或银行卡号，不能导入，值不显示",
                hint: "这一列不应公开：请删除它；如确是记录编号，请在 Excel 中把这一列设为“文本”后重新填写")
    }
    public static let importHiddenRow = Message(.importHiddenRow, "这一行在 Excel 中被隐藏（筛选掉或手动隐藏），不会被悄悄导入和公开",
        hint: "请在 Excel 中确认：应公开的取消隐藏；不应公开的（例如已停保的家庭）请删除这一行")
    public static let importNeedsLibreOffice = Message(.importNeedsLibreOffice, "读取旧版 Excel 文件（.xls）需要 LibreOffice，本机没有找到 soffice",
        hint: "请安装：sudo apt-get install -y libreoffice-calc；或在 Excel、WPS 中另存为 .xlsx 后再导入")
    public static func importConversionFailed(_ detail: String) -> Message {
        Message(.importConversionFailed, "LibreOffice 没能把 .xls 转换为 .xlsx（\(detail)）", hint: "请在 Excel、WPS 中另存为 .xlsx 后再导入")
    }

    /// A sheet's name as Excel shows it, shortened: sheet names are the clerk's own labels
    /// (Sheet1, 2024年11月, 云台村), at most 31 characters by Excel's rule.
    private static func sheetName(_ name: String) -> String { "“" + String(name.prefix(31)) + "”" }
}
