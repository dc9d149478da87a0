import Foundation
import Yams

/// Reads a month's `_month.yaml` (by `MonthNoticeSchema`) and fills what it leaves out from `site.yaml`.
enum MonthNoticeLoader {
    static let fileName = "_month.yaml"
    struct Result {
        var notice: MonthNotice?
        var encoding: CSVEncoding
    }

    /// - Returns: the notice (nil when it has errors, which are logged) and the month's encoding.
    static func load(month: YearMonth, files: SiteFiles, relativeFolder: String, config: SiteConfig, log: inout DiagnosticLog) -> Result {
        let path = relativeFolder + "/" + fileName
        var fields = MonthNoticeSchema.Fields(config: config)
        var location = SourceLocation(file: path)
        var sourceText: String?
        let errorsBefore = log.all.errors.count

        do {
            if let text = try files.readTextIfPresent(path) {
                sourceText = text
                if let root = try YAMLReader.compose(text, location: location) {
                    let value = YAMLValue(root: root, file: path)
                    MonthNoticeSchema.schema(timeZone: config.timeZone).read(value, into: &fields, log: &log)
                    location = value.at.with(line: 1, column: 1)
                }
            }
        } catch {
            log.append(contentsOf: error.diagnostics)
        }

        let encoding = fields.encoding
        var from = fields.from
        var to = fields.to
        if from == nil, to == nil, config.disclosure.wholeMonthNoticePeriod {
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
            noticeType: fields.noticeType, publishFrom: from, publishTo: to, publisher: fields.publisher, hotline: fields.hotline,
            address: fields.address, basis: fields.basis, expectedTotals: fields.expected, location: location, sourceText: sourceText)
        notice.decided = fields.decided
        notice.decidedLocation = fields.decidedAt
        notice.corrections = fields.corrections
        return Result(notice: notice, encoding: encoding)
    }
}
