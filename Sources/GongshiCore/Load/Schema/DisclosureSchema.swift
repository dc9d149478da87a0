import Foundation

/// The keys of `site.yaml` `disclosure:`, the defaults every month's notice starts from. Messages
/// name them bare (`publisher`), as `_month.yaml` writes the same keys.
enum DisclosureSchema {
    static var schema: YAMLSchema<DisclosureSettings> {
        YAMLSchema([
            .text("publisher", \.publisher, help: "公示的发布单位（默认为 site.yaml 的 publisher）"),
            .text("hotline", \.hotline, help: "公示上的监督电话（默认为 hotlines 的第一个）"),
            .text("address", \.address, help: "受理意见的地址"),
            .textList("basis", \.basis, help: "公示依据（政策文件名称）"),
            noticeType(\.noticeType),
            .checked("notice_period", type: "month", \.wholeMonthNoticePeriod, message: Messages.invalidNoticePeriodSetting,
                     help: "写 month：没有写公示期的月份，公示期为该月第一天到最后一天") { $0 == "month" ? true : nil },
            .integer("first_review_min_days", 1...365, \.firstReviewMinimumDays, help: "首次公示的最短天数（默认 7）"),
            YAMLField(key: "amount_warning_factor", type: "倍数，不小于 1",
                      help: "一户金额超过标准的这么多倍时提醒（默认 1）", nullIsAbsent: false) { value, settings, log in
                guard let text = value.raw, let fen = Fen.parseYuan(text), fen.value >= 100 else {
                    return log.error(value.at, Messages.invalidWarningFactor(value.raw ?? ""))
                }
                settings.amountWarningPercent = Int(fen.value)
            },
            encoding(\.encoding),
            .textList("notes", \.notes, help: "备注列可用的词（默认 新纳入、提标、渐退期 等）"),
            days("holidays", \.holidays, help: "法定节假日（计算工作日时不算），日期列表"),
            days("workdays", \.workdays, help: "调休上班的周末，日期列表"),
        ])
    }

    static func noticeType<Target>(_ path: WritableKeyPath<Target, NoticeType>) -> YAMLField<Target> {
        .checked("notice_type", type: NoticeType.allCases.map(\.rawValue).joined(separator: " / "), path,
                 message: Messages.invalidNoticeType, help: "公示类型") { NoticeType(rawValue: $0) }
    }

    static func encoding<Target>(_ path: WritableKeyPath<Target, CSVEncoding>) -> YAMLField<Target> {
        .checked("encoding", type: "utf-8 / gb18030", path, message: Messages.invalidEncoding,
                 help: "名单 CSV 的编码（Excel 另存的 CSV 多为 gb18030）") { text in
            switch text.lowercased().replacingOccurrences(of: "_", with: "-") {
            case "utf-8", "utf8": .utf8
            case "gb18030", "gbk", "gb2312": .gb18030
            default: nil
            }
        }
    }

    /// A list of dates, each a civil day; a date that cannot be read is an error at the list.
    private static func days(_ key: String, _ path: WritableKeyPath<DisclosureSettings, Set<Int64>>, help: String)
        -> YAMLField<DisclosureSettings> {
        YAMLField(key: key, type: "日期列表", help: help, nullIsAbsent: false) { value, settings, log in
            guard let texts = value.textList(&log) else { return }
            var days: Set<Int64> = []
            for text in texts {
                guard let date = DateParser.parse(text, timeZone: TimeZone(identifier: "UTC") ?? .current) else {
                    log.error(value.at, Messages.invalidDate(text, key: value.label, accepted: DateParser.acceptedForms))
                    continue
                }
                days.insert(date.civilDay)
            }
            settings[keyPath: path] = days
        }
    }
}
