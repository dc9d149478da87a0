import Foundation
import Yams

/// Reads a month's `_month.yaml` and fills what it leaves out from `site.yaml`.
enum MonthNoticeLoader {
    static let fileName = "_month.yaml"
    static let knownKeys = [
        "notice_type", "publish_from", "publish_to", "publisher", "hotline", "address", "basis",
        "expected_totals", "encoding", "decided", "corrections",
    ]

    struct Result {
        var notice: MonthNotice?
        var encoding: CSVEncoding
    }

    /// - Returns: the notice (nil when it has errors, which are logged) and the month's encoding.
    static func load(month: YearMonth, files: SiteFiles, relativeFolder: String, config: SiteConfig, log: inout DiagnosticLog) -> Result {
        let path = relativeFolder + "/" + fileName
        let settings = config.disclosure
        var noticeType = settings.noticeType
        var from: ContentDate?
        var to: ContentDate?
        var publisher = settings.publisher ?? config.publisher
        var hotline = config.defaultRosterHotline
        var address = settings.address
        var basis = settings.basis
        var expected: ExpectedTotals?
        var decided: (date: ContentDate, at: SourceLocation)?
        var corrections: [MonthCorrection] = []
        var encoding = settings.encoding
        var location = SourceLocation(file: path)
        var sourceText: String?
        let errorsBefore = log.all.errors.count

        do {
            if let text = try files.readTextIfPresent(path) {
                sourceText = text
                if let root = try YAMLReader.compose(text, location: location) {
                    let reader = YAMLMappingReader(file: path)
                    reader.read(root, known: knownKeys, log: &log) { key, value, at, log in
                        switch key {
                        case "notice_type":
                            if let type = NoticeTypeParser.parse(value, at: at, log: &log) { noticeType = type }
                        case "decided":
                            guard let text = YAMLReader.string(value), let date = DateParser.parse(text, timeZone: config.timeZone) else {
                                log.error(at, Messages.invalidDate(YAMLReader.string(value) ?? "", key: key, accepted: DateParser.acceptedForms))
                                return
                            }
                            decided = (date, at)
                        case "publish_from", "publish_to":
                            guard let text = YAMLReader.string(value), let date = DateParser.parse(text, timeZone: config.timeZone) else {
                                log.error(at, Messages.invalidDate(YAMLReader.string(value) ?? "", key: key, accepted: DateParser.acceptedForms))
                                return
                            }
                            if key == "publish_from" { from = date } else { to = date }
                        case "publisher": publisher = reader.text(value, key: key, at: at, log: &log) ?? publisher
                        case "hotline": hotline = reader.text(value, key: key, at: at, log: &log)
                        case "address": address = reader.text(value, key: key, at: at, log: &log)
                        case "basis": basis = reader.textList(value, key: key, at: at, log: &log) ?? basis
                        case "expected_totals": expected = parseExpected(value, at: at, reader: reader, log: &log)
                        case "corrections":
                            corrections = MonthCorrectionsParser.parse(value, at: at, reader: reader, timeZone: config.timeZone, log: &log)
                        case "encoding":
                            if let parsed = EncodingSettingParser.parse(value, at: at, log: &log) { encoding = parsed }
                        default: break
                        }
                    }
                    location = reader.location(of: root).with(line: 1, column: 1)
                }
            }
        } catch {
            log.append(contentsOf: error.diagnostics)
        }

        if from == nil, to == nil, settings.wholeMonthNoticePeriod {
            from = DateParser.parse(String(format: "%04d-%02d-01", month.year, month.month), timeZone: config.timeZone)
            to = DateParser.parse(String(format: "%04d-%02d-%02d", month.year, month.month, month.dayCount), timeZone: config.timeZone)
        }
        guard let from, let to else {
            // A _month.yaml that could not be read, or a date in it that could not, is the error
            // to show: "no notice period" at 1:1 would come first and point nowhere useful.
            if log.all.errors.count == errorsBefore {
                log.error(location, Messages.noticePeriodMissing(month: month.description))
            }
            return Result(notice: nil, encoding: encoding)
        }
        guard log.all.errors.count == errorsBefore else { return Result(notice: nil, encoding: encoding) }
        var notice = MonthNotice(
            noticeType: noticeType, publishFrom: from, publishTo: to, publisher: publisher, hotline: hotline,
            address: address, basis: basis, expectedTotals: expected, location: location, sourceText: sourceText)
        notice.decided = decided?.date
        notice.decidedLocation = decided?.at
        notice.corrections = corrections
        return Result(notice: notice, encoding: encoding)
    }

    private static func parseExpected(_ node: Node, at: SourceLocation, reader: YAMLMappingReader, log: inout DiagnosticLog) -> ExpectedTotals {
        var expected = ExpectedTotals(households: nil, persons: nil, amount: nil, location: at)
        reader.read(node, known: ["households", "persons", "amount"], log: &log) { key, value, at, log in
            switch key {
            case "households": expected.households = reader.integer(value, key: key, range: 0...100_000_000, at: at, log: &log)
            case "persons": expected.persons = reader.integer(value, key: key, range: 0...100_000_000, at: at, log: &log)
            case "amount":
                guard let text = YAMLReader.string(value), let fen = Fen.parseYuan(text) else {
                    log.error(at, Messages.invalidAmount(header: "expected_totals.amount", YAMLReader.string(value) ?? "", line: at.line))
                    return
                }
                expected.amount = fen
            default: break
            }
        }
        return expected
    }
}
