import Foundation

/// `_month.yaml` `corrections:`, a list of `{date, reason, before: {households, persons, amount}}`,
/// every key required, in the order written (oldest first).
enum MonthCorrectionsSchema {
    struct Fields {
        var date: ContentDate?
        var reason: String?
        var before: RosterTotals?
    }

    static func schema(timeZone: TimeZone) -> YAMLSchema<Fields> {
        YAMLSchema(prefix: "corrections.", [
            .date("date", \.date, timeZone: timeZone, help: "更正日期", required: true),
            .text("reason", \.reason, help: "更正原因（不写户名）", required: true),
            YAMLField(key: "before", type: "映射", help: "更正前公布的合计", required: true,
                      nullIsAbsent: false, parts: MonthTotalsSchema.schema(prefix: "", required: true).docs) { value, fields, log in
                fields.before = before(value, &log)
            },
        ])
    }

    static func read(_ value: YAMLValue, timeZone: TimeZone, log: inout DiagnosticLog) -> [MonthCorrection] {
        guard case .sequence = value.node, let items = value.items else {
            log.error(value.at, Messages.correctionsNotAList)
            return []
        }
        let schema = schema(timeZone: timeZone)
        var corrections: [MonthCorrection] = []
        for item in items {
            var fields = Fields()
            let reading = schema.read(item, into: &fields, log: &log)
            guard reading.errors == 0 else { continue }
            guard let date = fields.date, let reason = fields.reason, let before = fields.before else {
                log.error(item.at, Messages.correctionIncomplete(missing: reading.missing))
                continue
            }
            corrections.append(MonthCorrection(date: date, reason: reason, before: before, location: item.at))
        }
        for (earlier, later) in zip(corrections, corrections.dropFirst()) where later.date.civilDay < earlier.date.civilDay {
            log.error(later.location, Messages.correctionsOutOfOrder)
        }
        return corrections
    }

    /// All three totals, or an error listing the missing ones.
    private static func before(_ value: YAMLValue, _ log: inout DiagnosticLog) -> RosterTotals? {
        var totals = ExpectedTotals(households: nil, persons: nil, amount: nil, location: value.at)
        let schema = MonthTotalsSchema.schema(prefix: "before.", required: true)
        let reading = schema.read(value, into: &totals, log: &log)
        guard reading.errors == 0 else { return nil }
        guard let households = totals.households, let persons = totals.persons, let amount = totals.amount else {
            log.error(value.at, Messages.correctionIncomplete(missing: reading.missing.map { "before." + $0 }))
            return nil
        }
        return RosterTotals(households: households, persons: persons, amount: amount)
    }
}
