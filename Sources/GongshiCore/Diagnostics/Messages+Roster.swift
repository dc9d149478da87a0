/// Messages about regions, standards, month files and roster CSVs. A value that could not be read
/// is quoted only when `HarmlessEcho` recognises it (a malformed date, a small number, a region
/// code); otherwise the message names the header, the line and what was expected, and says the
/// value was withheld (「已隐去」).
extension Messages {
    // MARK: YAML shapes

    public static let expectedMapping = Message(.expectedMapping, "此处应为“键: 值”的映射")
    public static func expectedInteger(_ key: String, _ text: String, range: ClosedRange<Int>) -> Message {
        let expected = "应为 \(range.lowerBound) 到 \(range.upperBound) 之间的整数"
        guard let shown = HarmlessEcho.number(text) else { return Message(.expectedInteger, "\(key) 的值不是整数，已隐去", hint: expected) }
        return Message(.expectedInteger, "\(key) 的值“\(shown)”无效", hint: expected)
    }
    // Values of a closed list are never quoted: what is not on the list is unclassified.
    public static let invalidNoticeType = Message(.invalidNoticeType, "notice_type 的值不在允许的公示类型中，已隐去", hint: "应为 \(NoticeType.allCases.map(\.rawValue).joined(separator: "、")) 之一")
    public static let invalidNoticePeriodSetting = Message(.invalidNoticePeriodSetting, "notice_period 的值无效，已隐去", hint: "只能写 month（未写公示期的月份按整月公示）")
    public static func invalidWarningFactor(_ text: String) -> Message {
        let expected = "应为不小于 1 的数，最多两位小数，例如 1.2"
        guard let shown = HarmlessEcho.number(text) else { return Message(.invalidWarningFactor, "amount_warning_factor 的值不是数，已隐去", hint: expected) }
        return Message(.invalidWarningFactor, "amount_warning_factor 的值“\(shown)”无效", hint: expected)
    }
    public static let invalidEncoding = Message(.invalidEncoding, "encoding 的值不在允许的编码中，已隐去", hint: "应为 utf-8 或 gb18030")

    // MARK: Regions and standards

    public static let regionsMissing = Message(.regionsMissing, "有低保名册，但找不到 content/regions.csv", hint: "请列出名册用到的每个区划（区划代码,名称）")
    public static let regionsEmpty = Message(.regionsEmpty, "regions.csv 为空", hint: "第一行应为表头 区划代码,名称[,撤销后代码]")
    /// Not quoted: when the header row is missing, the "header" is a region's code or name.
    public static func regionsHeader(column: Int) -> Message {
        Message(.regionsHeader, "regions.csv 的表头第 \(column) 列无效，已隐去", hint: "第一行应为 区划代码,名称，可加第三列 撤销后代码")
    }
    public static let regionsHeaderTooShort = Message(.regionsHeaderTooShort, "regions.csv 的表头缺少「名称」列", hint: "第一行应为 区划代码,名称，可加第三列 撤销后代码")
    public static func invalidRegionCode(header: String, _ text: String, line: Int) -> Message {
        let expected = "区划代码应为 12 位数字（统计用区划代码）"
        guard let shown = HarmlessEcho.regionCode(text) else {
            return Message(.invalidRegionCode, "「\(header)」的值不是 12 位数字的区划代码（第 \(line) 行），已隐去", hint: expected)
        }
        return Message(.invalidRegionCode, "「\(header)」的值“\(shown)”无效", hint: expected)
    }
    public static func duplicateRegionCode(_ code: String, firstLine: Int) -> Message {
        Message(.duplicateRegionCode, "区划代码 \(code) 重复（第 \(firstLine) 行已列出）")
    }
    public static let regionNameMissing = Message(.regionNameMissing, "缺少区划名称")
    public static func parentRegionMissing(_ code: String, parent: String, level: String) -> Message {
        Message(.parentRegionMissing, "区划 \(code) 的上级（\(level)）\(parent) 没有列在 regions.csv 中")
    }
    public static func successorUnknown(_ code: String, successor: String) -> Message {
        Message(.successorUnknown, "区划 \(code) 的撤销后代码 \(successor) 没有列在 regions.csv 中")
    }
    public static func successorLevel(_ code: String, successor: String) -> Message {
        Message(.successorLevel, "区划 \(code) 的撤销后代码 \(successor) 与它不是同一级别")
    }
    public static let standardsShape = Message(.standardsShape, "standards.yaml 应为列表，每项包含 from、region 和各类别标准", hint: "例如 - {from: 2024-01-01, region: \"4108\", 城市低保: 667}")
    /// Never quoted: a refused prefix is longer than twelve digits or not digits at all.
    public static let invalidRegionPrefix = Message(.invalidRegionPrefix, "region 的值不是区划代码的前 1 到 12 位数字，已隐去", hint: "例如 \"410829\"")

    // MARK: Month files

    public static let invalidMonthFolder = Message(.invalidMonthFolder, "名册目录名不是 年-月，已隐去", hint: "应为 年-月，例如 2026-11")
    public static func noticePeriodMissing(month: String) -> Message {
        Message(.noticePeriodMissing, "\(month) 有名册，但没有公示期", hint: "请在该月的 _month.yaml 中写 publish_from 和 publish_to，或在 site.yaml 的 disclosure 中设置 notice_period: month")
    }
    public static func noticePeriodReversed(from: String, to: String) -> Message { Message(.noticePeriodReversed, "公示期结束日期 \(to) 早于开始日期 \(from)") }
    public static func decidedAfterNotice(decided: String, from: String) -> Message {
        Message(.decidedAfterNotice, "审核确认日期 decided（\(decided)）晚于公示开始日期（\(from)）：公示的是已审核确认的结果",
                hint: "请核对 _month.yaml 中的 decided 和 publish_from")
    }
    public static func noticeLateAfterDecision(workingDays: Int, limit: Int) -> Message {
        Message(.noticeLateAfterDecision, "公示在审核确认后的第 \(workingDays) 个工作日才开始，超过了 \(limit) 个工作日",
                hint: "工作日按周一至周五计，去掉 site.yaml 中 disclosure.holidays 列出的节假日，加上 disclosure.workdays 列出的调休上班日")
    }
    public static let correctionsNotAList = Message(
        .correctionsNotAList, "corrections 应为列表，每一项是一次更正",
        hint: "例如：corrections: [{date: 2026-12-02, reason: 更正原因, before: {households: 172, persons: 373, amount: \"153260.50\"}}]")
    public static func correctionIncomplete(missing: [String]) -> Message {
        Message(.correctionIncomplete, "这条更正记录缺少 \(missing.joined(separator: "、"))",
                hint: "每条更正都要写更正日期 date、原因 reason 和更正前已发布的合计 before（households、persons、amount）")
    }
    public static let correctionsOutOfOrder = Message(.correctionsOutOfOrder, "这条更正记录的日期早于上一条", hint: "请按日期先后排列，最早的在前")
    /// A month's roster files changed since the output's last build and no new `corrections:`
    /// entry says why; the hint is the entry to paste, with the published totals filled in.
    public static func publishedRosterChanged(month: String, before: RosterTotals, after: RosterTotals, today: String) -> Message {
        Message(.publishedRosterChanged,
                "\(month) 已经发布，名册在发布后有改动（\(totalsChange(before, after))），但 _month.yaml 没有新的更正记录",
                hint: """
                    已发布的名单被改动，须公开说明。请在 _month.yaml 末尾加上（reason 写明更正原因，不要写身份证号、电话等个人信息）：
                    corrections:
                      - date: \(today)
                        reason: 
                        before: {households: \(before.households), persons: \(before.persons), amount: "\(before.amount.yuanPlain)"}
                    已有 corrections 时只加最后一项
                    """)
    }
    public static let correctionNamesAHousehold = Message(
        .correctionNamesAHousehold, "更正原因中写了户主姓名（遮蔽后的姓名也算）",
        hint: "更正说明与该月一起长期公开，比停保户名和名单的公布期限都长；请写“一户家庭”“一名保障对象”等，不写姓名")
    public static func correctionsRemoved(month: String, published: Int) -> Message {
        Message(.correctionsRemoved, "\(month) 上次发布时有 \(published) 条更正记录，现在少了",
                hint: "更正说明在该月公布期间一直保留；请把删去的记录放回 _month.yaml 的 corrections")
    }
    public static func correctionBeforeMismatch(month: String, published: RosterTotals) -> Message {
        Message(.correctionBeforeMismatch, "\(month) 这条更正记录的 before 与上次发布的合计不符",
                hint: "上次发布的是：before: {households: \(published.households), persons: \(published.persons), amount: \"\(published.amount.yuanPlain)\"}")
    }
    /// `户数 172 → 171，人数 373 → 371，金额 153,260.50 → 152,560.50 元`, or 合计未变.
    public static func totalsChange(_ before: RosterTotals, _ after: RosterTotals) -> String {
        var parts: [String] = []
        if before.households != after.households { parts.append("户数 \(before.households) → \(after.households)") }
        if before.persons != after.persons { parts.append("人数 \(before.persons) → \(after.persons)") }
        if before.amount != after.amount { parts.append("金额 \(before.amount.yuanDisplay) → \(after.amount.yuanDisplay) 元") }
        return parts.isEmpty ? "户数、人数和金额的合计未变" : parts.joined(separator: "，")
    }
    public static func noticePeriodTooShort(days: Int, minimum: Int) -> Message {
        Message(.noticePeriodTooShort, "初审公示的公示期只有 \(days) 天，不得少于 \(minimum) 天")
    }
    /// `expected` is quoted only when it looks like a total (a mobile parses as an amount too).
    public static func expectedTotalDiffers(_ what: String, expected: String, computed: String) -> Message {
        guard let shown = HarmlessEcho.total(expected) else {
            return Message(.expectedTotalDiffers, "\(what)合计与名册不符：expected_totals 写的值已隐去，名册计算结果是 \(computed)")
        }
        return Message(.expectedTotalDiffers, "\(what)合计与名册不符：expected_totals 写的是 \(shown)，名册计算结果是 \(computed)")
    }

    // MARK: Roster CSV

    public static let rosterEmpty = Message(.rosterEmpty, "名册文件为空", hint: "第一行应为表头（没有保障对象的月份也要保留表头行）")
    public static func unknownHeader(_ header: String, accepted: String) -> Message {
        Message(.unknownHeader, "不认识的列「\(header)」", hint: "可用的列为 \(accepted)")
    }
    public static func forbiddenHeader(_ header: String, kind: String) -> Message {
        Message(.forbiddenHeader, "列「\(header)」含有不得公开的个人信息（\(kind)）", hint: "请删除这一列；原始导出表请用 gongshi import 处理")
    }
    public static func duplicateHeader(_ header: String, first: String) -> Message { Message(.duplicateHeader, "列「\(header)」与列「\(first)」重复") }
    public static func missingHeader(_ name: String, english: String) -> Message { Message(.missingHeader, "缺少必填列「\(name)」（或 \(english)）") }
    public static let missingDivisionColumn = Message(.missingDivisionColumn, "缺少「区划代码」列", hint: "文件名不是 12 位村级区划代码时，每行都要写区划代码（或把文件命名为 区划代码.csv）")
    public static func fieldCount(_ count: Int, expected: Int) -> Message {
        Message(.fieldCount, "此行有 \(count) 个字段，表头有 \(expected) 列", hint: "请检查多余或缺少的逗号（含逗号的内容要用英文双引号括起来）")
    }
    public static func emptyCell(_ header: String) -> Message { Message(.emptyCell, "「\(header)」不能为空") }
    /// `code` is a region code already read (twelve ASCII digits).
    public static func codeDiffersFromFileName(header: String, _ code: RegionCode, fileCode: String) -> Message {
        Message(.codeDiffersFromFileName, "「\(header)」的值 \(code.digits) 与文件名表示的村 \(fileCode) 不一致")
    }
    public static func invalidPersons(header: String, _ text: String, line: Int) -> Message {
        let expected = "应为不小于 1 的整数"
        guard let shown = HarmlessEcho.number(text) else { return Message(.invalidPersons, "「\(header)」的值不是人数（第 \(line) 行），已隐去", hint: expected) }
        return Message(.invalidPersons, "「\(header)」的值“\(shown)”无效", hint: expected)
    }
    /// Never quoted: a cell of a closed list may hold anything (a name, a diagnosis).
    public static func invalidCategory(header: String, line: Int) -> Message {
        Message(.invalidCategory, "「\(header)」的值不在允许的类别中（第 \(line) 行），已隐去", hint: "允许的类别：\(BenefitCategory.allCases.map(\.rawValue).joined(separator: "、"))")
    }
    /// Never quoted: a cell of a closed list may hold anything (a name, a diagnosis).
    public static func invalidCareMode(header: String, line: Int) -> Message {
        Message(.invalidCareMode, "「\(header)」的值不在允许的供养方式中（第 \(line) 行），已隐去", hint: "允许的供养方式：分散、集中")
    }
    public static func invalidAmount(header: String, _ text: String, line: Int) -> Message {
        guard let shown = HarmlessEcho.number(text) else {
            return Message(.invalidAmount, "「\(header)」的值不是金额（第 \(line) 行），已隐去", hint: Fen.acceptedFormsMessage)
        }
        return Message(.invalidAmount, "「\(header)」的值“\(shown)”无效", hint: Fen.acceptedFormsMessage)
    }
    public static func invalidStartMonth(header: String, _ text: String, line: Int) -> Message {
        let expected = "应为 年-月，例如 2026-11"
        guard let shown = HarmlessEcho.date(text) else { return Message(.invalidStartMonth, "「\(header)」的值不是月份（第 \(line) 行），已隐去", hint: expected) }
        return Message(.invalidStartMonth, "「\(header)」的值“\(shown)”无效", hint: expected)
    }

    // MARK: Roster audit

    /// The record number is not quoted: the two places are enough to find it.
    public static func duplicateRecordID(first: String) -> Message {
        Message(.duplicateRecordID, "记录编号在本月重复（首次出现在 \(first)），已隐去")
    }
    public static func villageUnknown(_ code: String) -> Message { Message(.villageUnknown, "区划代码 \(code) 没有列在 content/regions.csv 中") }
    public static func notAVillage(_ code: String, level: String) -> Message {
        Message(.notAVillage, "区划代码 \(code) 是\(level)区划，名册只能使用村级（村、社区）区划代码")
    }
    public static func householdSmallerThanPersons(size: Int, persons: Int) -> Message {
        Message(.householdSmallerThanPersons, "家庭人口 \(size) 少于保障人数 \(persons)")
    }
    /// The note is not quoted: free text may hold a diagnosis, an address or a name.
    public static func noteNotInList(line: Int, allowed: [String]) -> Message {
        Message(.noteNotInList, "备注不在允许的列表中（第 \(line) 行），已隐去", hint: "允许的备注：\(allowed.joined(separator: "、"))。备注不得填写自由文字，可在 site.yaml 的 disclosure.notes 中调整列表")
    }
    public static let careModeOnlyTekun = Message(.careModeOnlyTekun, "供养方式只适用于特困人员（城市特困、农村特困）")
    public static func startAfterRosterMonth(start: String, month: String) -> Message {
        Message(.startAfterRosterMonth, "起始月份 \(start) 晚于名册月份 \(month)")
    }
    /// `amount` is quoted only when it looks like a household's amount (a mobile parses as one too).
    public static func amountAboveStandard(amount: String, standard: String, persons: Int, limit: String) -> Message {
        guard let shown = HarmlessEcho.number(amount) else {
            return Message(.amountAboveStandard, "月保障金额高于标准，金额已隐去；标准为 \(standard) 元 × \(persons) 人 = \(limit) 元")
        }
        return Message(.amountAboveStandard, "月保障金额 \(shown) 元高于标准：\(standard) 元 × \(persons) 人 = \(limit) 元")
    }
}
