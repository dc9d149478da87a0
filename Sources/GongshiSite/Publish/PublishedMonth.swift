import GongshiCore

/// What the output manifest records of each roster month a build published, so the next build can
/// tell a month whose roster changed after it was published (a correction, which must say why):
/// `month 2026-10 <roster SHA-256> <households> <persons> <amount in fen> <corrections>`.
struct PublishedMonth: Equatable, Sendable {
    let month: String
    /// SHA-256 of the month's roster CSVs: `sha256sum` lines (`SHA-256  path`) in byte order of the
    /// paths, hashed. `_month.yaml` is not in it: a notice may change without a correction.
    let rosterDigest: String
    let totals: RosterTotals
    /// How many `corrections:` entries the month had.
    let corrections: Int

    var line: String {
        "month \(month) \(rosterDigest) \(totals.households) \(totals.persons) \(totals.amount.value) \(corrections)"
    }

    /// The rest of a `month ` line; nil when it is not one this version wrote.
    static func parse(_ text: Substring) -> PublishedMonth? {
        let parts = text.split(separator: " ", omittingEmptySubsequences: false)
        guard parts.count == 6, YearMonth(String(parts[0])) != nil, parts[1].utf8.count == 64,
              parts[1].utf8.allSatisfy({ (0x30...0x39).contains($0) || (0x61...0x66).contains($0) }),
              let households = Int(parts[2]), households >= 0, let persons = Int(parts[3]), persons >= 0,
              let fen = Int64(parts[4]), let corrections = Int(parts[5]), corrections >= 0 else { return nil }
        return PublishedMonth(month: String(parts[0]), rosterDigest: String(parts[1]),
                              totals: RosterTotals(households: households, persons: persons, amount: Fen(fen)),
                              corrections: corrections)
    }

    /// Every roster month of `plan`, with its files' digests from the input digest (`files`: path →
    /// SHA-256 hex, `order`: the paths in byte order).
    static func all(in plan: SitePlan, files: [String: String], order: [String]) -> [PublishedMonth] {
        var lines: [String: String] = [:]
        let prefix = "content/rosters/"
        for path in order where path.hasPrefix(prefix) && path.lowercased().hasSuffix(".csv") {
            let rest = path.dropFirst(prefix.count)
            let parts = rest.split(separator: "/", omittingEmptySubsequences: false)
            guard parts.count == 2, let digest = files[path] else { continue }
            lines[String(parts[0]), default: ""] += "\(digest)  \(path)\n"
        }
        return plan.rosters.months.map { entry in
            let month = entry.month.month.description
            return PublishedMonth(month: month, rosterDigest: SHA256.hexDigest(Array((lines[month] ?? "").utf8)),
                                  totals: entry.totals, corrections: entry.month.notice.corrections.count)
        }
    }
}
