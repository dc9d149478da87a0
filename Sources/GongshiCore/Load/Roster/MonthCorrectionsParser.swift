import Foundation
import Yams

/// Reads `_month.yaml` `corrections:`, a list of `{date, reason, before: {households, persons,
/// amount}}`, every key required, in the order written (oldest first).
enum MonthCorrectionsParser {
    static func parse(_ node: Node, at: SourceLocation, reader: YAMLMappingReader, timeZone: TimeZone,
                      log: inout DiagnosticLog) -> [MonthCorrection] {
        guard case .sequence(let items) = node else {
            log.error(at, Messages.correctionsNotAList)
            return []
        }
        var corrections: [MonthCorrection] = []
        for item in items {
            let itemAt = reader.location(of: item)
            var date: ContentDate?
            var reason: String?
            var before: RosterTotals?
            let errors = log.all.errors.count
            reader.read(item, known: MonthCorrection.knownKeys, log: &log) { key, value, at, log in
                switch key {
                case "date":
                    guard let text = YAMLReader.string(value), let parsed = DateParser.parse(text, timeZone: timeZone) else {
                        log.error(at, Messages.invalidDate(YAMLReader.string(value) ?? "", key: "corrections.date",
                                                           accepted: DateParser.acceptedForms))
                        return
                    }
                    date = parsed
                case "reason": reason = reader.text(value, key: "corrections.reason", at: at, log: &log)
                case "before": before = totals(value, at: at, reader: reader, log: &log)
                default: break
                }
            }
            guard log.all.errors.count == errors else { continue }
            guard let date, let reason, let before else {
                let missing = [("date", date == nil), ("reason", reason == nil), ("before", before == nil)].filter(\.1).map(\.0)
                log.error(itemAt, Messages.correctionIncomplete(missing: missing))
                continue
            }
            corrections.append(MonthCorrection(date: date, reason: reason, before: before, location: itemAt))
        }
        for (earlier, later) in zip(corrections, corrections.dropFirst()) where later.date.civilDay < earlier.date.civilDay {
            log.error(later.location, Messages.correctionsOutOfOrder)
        }
        return corrections
    }

    /// `{households, persons, amount}`, all three.
    private static func totals(_ node: Node, at: SourceLocation, reader: YAMLMappingReader, log: inout DiagnosticLog) -> RosterTotals? {
        var households: Int?
        var persons: Int?
        var amount: Fen?
        let errors = log.all.errors.count
        reader.read(node, known: MonthCorrection.totalsKeys, log: &log) { key, value, at, log in
            switch key {
            case "households": households = reader.integer(value, key: "before.households", range: 0...100_000_000, at: at, log: &log)
            case "persons": persons = reader.integer(value, key: "before.persons", range: 0...100_000_000, at: at, log: &log)
            case "amount":
                guard let text = YAMLReader.string(value), let fen = Fen.parseYuan(text) else {
                    log.error(at, Messages.invalidAmount(header: "before.amount", YAMLReader.string(value) ?? "", line: at.line))
                    return
                }
                amount = fen
            default: break
            }
        }
        guard log.all.errors.count == errors else { return nil }
        guard let households, let persons, let amount else {
            log.error(at, Messages.correctionIncomplete(missing: ["households", "persons", "amount"].filter { key in
                switch key {
                case "households": households == nil
                case "persons": persons == nil
                default: amount == nil
                }
            }.map { "before." + $0 }))
            return nil
        }
        return RosterTotals(households: households, persons: persons, amount: amount)
    }
}
