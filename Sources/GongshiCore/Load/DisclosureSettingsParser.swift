import Foundation
import Yams

/// Reads the `disclosure:` block of `site.yaml`.
enum DisclosureSettingsParser {
    static func parse(_ node: Node, file: SourceLocation, log: inout DiagnosticLog) -> DisclosureSettings {
        var settings = DisclosureSettings()
        let reader = YAMLMappingReader(file: file.file)
        reader.read(node, known: DisclosureSettings.knownKeys, log: &log) { key, value, at, log in
            switch key {
            case "publisher": settings.publisher = reader.text(value, key: key, at: at, log: &log)
            case "hotline": settings.hotline = reader.text(value, key: key, at: at, log: &log)
            case "address": settings.address = reader.text(value, key: key, at: at, log: &log)
            case "basis": settings.basis = reader.textList(value, key: key, at: at, log: &log) ?? []
            case "notice_type":
                if let type = NoticeTypeParser.parse(value, at: at, log: &log) { settings.noticeType = type }
            case "notice_period":
                guard YAMLReader.string(value) == "month" else {
                    log.error(at, Messages.invalidNoticePeriodSetting)
                    return
                }
                settings.wholeMonthNoticePeriod = true
            case "holidays", "workdays":
                guard let texts = reader.textList(value, key: key, at: at, log: &log) else { return }
                var days: Set<Int64> = []
                for text in texts {
                    guard let date = DateParser.parse(text, timeZone: TimeZone(identifier: "UTC") ?? .current) else {
                        log.error(at, Messages.invalidDate(text, key: key, accepted: DateParser.acceptedForms))
                        continue
                    }
                    days.insert(date.civilDay)
                }
                if key == "holidays" { settings.holidays = days } else { settings.workdays = days }
            case "first_review_min_days":
                if let days = reader.integer(value, key: key, range: 1...365, at: at, log: &log) {
                    settings.firstReviewMinimumDays = days
                }
            case "amount_warning_factor":
                guard let text = YAMLReader.string(value), let fen = Fen.parseYuan(text), fen.value >= 100 else {
                    log.error(at, Messages.invalidWarningFactor(YAMLReader.string(value) ?? ""))
                    return
                }
                settings.amountWarningPercent = Int(fen.value)
            case "encoding":
                if let encoding = EncodingSettingParser.parse(value, at: at, log: &log) { settings.encoding = encoding }
            case "notes":
                if let notes = reader.textList(value, key: key, at: at, log: &log) { settings.notes = notes }
            default:
                break
            }
        }
        return settings
    }
}

enum NoticeTypeParser {
    static func parse(_ node: Node, at: SourceLocation, log: inout DiagnosticLog) -> NoticeType? {
        guard let text = YAMLReader.string(node), let type = NoticeType(rawValue: text.trimmingCharacters(in: .whitespaces)) else {
            log.error(at, Messages.invalidNoticeType)
            return nil
        }
        return type
    }
}

enum EncodingSettingParser {
    static func parse(_ node: Node, at: SourceLocation, log: inout DiagnosticLog) -> CSVEncoding? {
        let text = (YAMLReader.string(node) ?? "").lowercased().replacingOccurrences(of: "_", with: "-")
        switch text {
        case "utf-8", "utf8": return .utf8
        case "gb18030", "gbk", "gb2312": return .gb18030
        default:
            log.error(at, Messages.invalidEncoding)
            return nil
        }
    }
}
