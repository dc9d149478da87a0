/// Headers that name data which must never be public (DESIGN.md §2). Matched on the header text
/// with spaces, underscores and case ignored. The privacy guard extends this list.
public enum ForbiddenHeaders {
    /// (fragment, what kind of data it is)
    static let fragments: [(String, String)] = [
        ("身份证", "身份证号码"), ("公民身份号码", "身份证号码"), ("证件号", "证件号码"),
        ("电话", "电话号码"), ("手机", "手机号码"), ("联系方式", "联系方式"),
        ("银行", "银行账户"), ("卡号", "卡号"), ("账号", "账号"), ("存折", "存折账号"),
        ("住址", "住址"), ("地址", "住址"), ("门牌", "门牌号"),
        ("出生", "出生日期"), ("年龄", "年龄"), ("性别", "性别"), ("民族", "民族"),
        ("残疾", "残疾情况"), ("病", "健康状况"), ("健康", "健康状况"),
        ("收入", "收入"), ("财产", "财产"), ("存款", "存款"), ("房产", "房产"), ("车辆", "车辆"),
        ("致贫原因", "致贫原因"), ("困难原因", "困难原因"), ("照片", "照片"), ("家庭成员", "家庭成员"),
        ("idcard", "身份证号码"), ("idnumber", "身份证号码"), ("phone", "电话号码"), ("mobile", "手机号码"),
        ("tel", "电话号码"), ("bank", "银行账户"), ("account", "账号"), ("address", "住址"),
        ("birth", "出生日期"), ("income", "收入"), ("disab", "残疾情况"), ("health", "健康状况"),
        ("gender", "性别"), ("ethnic", "民族"), ("photo", "照片"),
    ]

    /// The kind of private data a header names, or nil.
    public static func match(_ header: String) -> String? {
        let normalized = String(header.lowercased().unicodeScalars.filter { $0 != " " && $0 != "_" && $0 != "-" && $0 != "\u{3000}" })
        // 家庭人口 is a count, not a person's data: allowed.
        for (fragment, kind) in fragments where normalized.contains(fragment) {
            return kind
        }
        return nil
    }
}
