/// Messages of the privacy guard. They never echo a private value as written: only masked.
extension Messages {
    public static func privateValue(_ kind: PrivateValueFinding.Kind, echo: String) -> Message {
        Message(.privateValue, "含有不得公开的\(kind.label)（\(echo)）", hint: privacyHint(kind))
    }

    /// What to do about each kind of finding. Only official numbers belong in `allowed_numbers`,
    /// only official mailboxes in `allowed_emails`; an ID or an account never has a way around.
    public static func privacyHint(_ kind: PrivateValueFinding.Kind) -> String {
        switch kind {
        case .idNumber, .partialIDNumber:
            "请删除；身份证号码在任何地方都不得公开，也不能加入白名单（部分遮蔽时最多显示前 6 位）"
        case .bankCardNumber:
            "请删除；个人银行卡号和一卡通账号不得公开（单位的对公账户才可加入 site.yaml 的 privacy.allowed_numbers；合同或记录编号请放在名册的「记录编号」列，或改用较短的编号）"
        case .mobileNumber:
            "请删除；个人手机号不得公开（只有单位对外公布的服务号码才可加入 site.yaml 的 privacy.allowed_numbers）"
        case .landlineNumber:
            "请删除；如是单位对外公布的电话，请加入 site.yaml 的 privacy.allowed_numbers"
        case .qqNumber:
            "请删除；个人 QQ 号码不得公开"
        case .emailAddress:
            "请删除；如是单位的公开邮箱，请加入 site.yaml 的 privacy.allowed_emails"
        case .addressDetail:
            "请删除门牌、组号、楼栋单元等详细住址，最多写到村（社区）"
        case .healthOrStatus:
            "请删除或改写：健康、残疾等情况不得与具体的人（哪怕是遮蔽后的姓名）写在一起"
        case .birthDate:
            "请删除个人的出生日期"
        case .knownFullName:
            "这是导入名册时见过的完整姓名：请改为遮蔽后的姓名（如 张*丰）"
        }
    }
    public static func nameNotMasked(echo: String) -> Message {
        Message(.nameNotMasked, "户主姓名没有按规定遮蔽，应写成“\(echo)”这样的形式", hint: "保留姓和最后一个字，中间用 * 代替")
    }
    public static func recordIDLooksLikeIDNumber(echo: String) -> Message {
        Message(.recordIDLooksLikeIDNumber, "记录编号看起来是身份证号码（\(echo)）", hint: "记录编号必须是与身份证号码无关的编号")
    }
    public static func outputContainsPrivateValue(_ kind: PrivateValueFinding.Kind, echo: String) -> Message {
        Message(.outputContainsPrivateValue,
                "生成的页面含有不得公开的\(kind.label)（\(echo)）：模板、主题文件或数据绕过了输入检查，已停止发布", hint: privacyHint(kind))
    }
}

/// Messages of `gongshi import`.
extension Messages {
    public static let importUnknownColumn = "未知列"
    public static let importDuplicateColumn = "重复的列"
    public static func importCannotMaskName(header: String) -> Message {
        Message(.importCannotMaskName, "「\(header)」的值无法按规定遮蔽（应为两个字以上的中文姓名）", hint: "请核对原始数据")
    }
    public static func importWouldOverwrite(_ folder: String, count: Int) -> Message {
        Message(.importWouldOverwrite, "\(folder) 已有 \(count) 个名册文件", hint: "确认要替换时请加 --force")
    }
    public static func cannotWrite(_ error: any Error) -> Message { Message(.importCannotWrite, "无法写入：\(SystemErrorText.reason(of: error))") }
}

extension Messages {
    public static func importFailed(errors: Int) -> Message { Message(.importFailed, "导入失败：\(errors) 个错误；没有写入任何名册文件") }
}

/// Messages of the reader's view: files that cannot be published whatever their text says.
extension Messages {
    package static func outputFileProblem(_ kind: ReaderViewProblem.Kind) -> Message {
        switch kind {
        case .dataURI:
            Message(.outputDataURI, "含有 data: 内嵌数据（读者可见却无法检查的内容）", hint: "请改为单独的文件，或删除")
        case .notUTF8(let encoding):
            Message(.outputNotUTF8, "不是 UTF-8 编码的文本文件\(encoding.map { "（看起来是 \($0)）" } ?? "")，无法检查其中的隐私信息",
                    hint: "请另存为 UTF-8 后再发布")
        case .unscannable(let type):
            Message(.outputUnscannable, "无法读取其中文字（\(type)）以检查隐私信息",
                    hint: "请删除；如已人工核对无误，请把它的 SHA-256 和理由加入 site.yaml 的 privacy.reviewed_files")
        case .forbiddenType(let type):
            Message(.outputForbiddenType, "公示网站不发布这种文件（\(type)）", hint: "请删除")
        case .gpsLocation:
            Message(.outputGPSLocation, "图片含有拍摄地点（GPS 坐标），可能指向一户人家的住处", hint: "请去掉图片的位置信息后再发布")
        }
    }
}
