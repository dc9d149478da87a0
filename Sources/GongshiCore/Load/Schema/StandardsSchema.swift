import Foundation

/// One entry of `content/standards.yaml`: from when, for which region, and the monthly standard of
/// each benefit category (a key per category, named as the roster's 类别 column writes it).
enum StandardsSchema {
    struct Entry {
        var from: ContentDate?
        var regionPrefix: String?
        var amounts: [BenefitCategory: Fen] = [:]
    }

    static func entry(timeZone: TimeZone) -> YAMLSchema<Entry> {
        YAMLSchema([
            .date("from", \.from, timeZone: timeZone, help: "起始日期", required: true),
            .checkedOptional("region", type: "1–12 位区划代码前缀", \.regionPrefix, message: Messages.invalidRegionPrefix,
                             help: "适用的区划（代码前缀，如 410829）", required: true) { text in
                (1...12).contains(text.utf8.count) && text.utf8.allSatisfy { $0 >= 48 && $0 <= 57 } ? text : nil
            },
        ] + BenefitCategory.allCases.map { category in
            YAMLField(key: category.rawValue, type: "金额（元）", help: "\(category.rawValue)的月标准", nullIsAbsent: false) {
                value, entry, log in
                if let fen = value.amount(&log) { entry.amounts[category] = fen }
            }
        })
    }
}
