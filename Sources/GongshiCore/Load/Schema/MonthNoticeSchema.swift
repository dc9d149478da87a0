import Foundation

/// The keys of a month's `_month.yaml`. Its target starts from the site's defaults (`site.yaml`
/// `disclosure:`), so a key left out keeps the site's value.
enum MonthNoticeSchema {
    struct Fields {
        var noticeType: NoticeType
        var from: ContentDate?
        var to: ContentDate?
        var publisher: String
        var hotline: String?
        var address: String?
        var basis: [String]
        var expected: ExpectedTotals?
        var decided: ContentDate?
        var decidedAt: SourceLocation?
        var corrections: [MonthCorrection] = []
        var encoding: CSVEncoding

        /// The site's defaults for every month.
        init(config: SiteConfig) {
            let settings = config.disclosure
            noticeType = settings.noticeType
            publisher = settings.publisher ?? config.publisher
            hotline = config.defaultRosterHotline
            address = settings.address
            basis = settings.basis
            encoding = settings.encoding
        }
    }

    static func schema(timeZone: TimeZone) -> YAMLSchema<Fields> {
        YAMLSchema([
            DisclosureSchema.noticeType(\.noticeType),
            .date("publish_from", \.from, timeZone: timeZone, help: "公示开始日期"),
            .date("publish_to", \.to, timeZone: timeZone, help: "公示结束日期（与 publish_from 一起必填，除非 disclosure.notice_period: month）"),
            .text("publisher", \.publisher, help: "发布单位（默认为 disclosure.publisher 或 publisher）"),
            .text("hotline", \.hotline, help: "监督电话"),
            .text("address", \.address, help: "受理意见的地址"),
            .textList("basis", \.basis, help: "公示依据"),
            YAMLField(key: "expected_totals", type: "映射", help: "台账上的户数、人数、金额：与名单合计不符时报错",
                      nullIsAbsent: false, parts: MonthTotalsSchema.schema(prefix: "", required: false).docs) { value, fields, log in
                var expected = ExpectedTotals(households: nil, persons: nil, amount: nil, location: value.at)
                MonthTotalsSchema.schema(prefix: "expected_totals.", required: false).read(value, into: &expected, log: &log)
                fields.expected = expected
            },
            DisclosureSchema.encoding(\.encoding),
            YAMLField(key: "decided", type: "日期", help: "审核确认日期：公示开始晚于其后 20 个工作日时提醒", nullIsAbsent: false) {
                value, fields, log in
                guard let date = value.date(timeZone: timeZone, &log) else { return }
                fields.decided = date
                fields.decidedAt = value.at
            },
            YAMLField(key: "corrections", type: "列表", help: "已发布月份的更正说明，按日期先后，一次更正一项",
                      nullIsAbsent: false, parts: MonthCorrectionsSchema.schema(timeZone: timeZone).docs) { value, fields, log in
                fields.corrections = MonthCorrectionsSchema.read(value, timeZone: timeZone, log: &log)
            },
        ])
    }
}

/// `{households, persons, amount}`: the totals of a month as `_month.yaml` writes them
/// (`expected_totals:`, a correction's `before:`).
enum MonthTotalsSchema {
    static let totalsRange = 0...100_000_000

    /// - Parameter required: all three must be written (a correction's `before:`).
    static func schema(prefix: String, required: Bool) -> YAMLSchema<ExpectedTotals> {
        YAMLSchema(prefix: prefix, [
            .integer("households", totalsRange, \.households, help: "户数", required: required),
            .integer("persons", totalsRange, \.persons, help: "人数", required: required),
            .amount("amount", \.amount, help: "金额（元）", required: required),
        ])
    }
}
