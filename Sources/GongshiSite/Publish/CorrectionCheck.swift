import Foundation
import GongshiCore

/// A roster month the output's last build published (its manifest says so, `PublishedMonth`) whose
/// roster files changed since is a correction: it is published only with a new `_month.yaml`
/// `corrections:` entry whose `before` is what was published. Entries are never taken away while
/// the month is published. The output's manifest is the baseline: a build into a new folder, or
/// over a manifest of version 1, has none, and records one for the next.
enum CorrectionCheck {
    /// What the output's manifest says was published.
    enum Baseline: Equatable {
        /// No manifest, or one written before corrections (version 1): nothing to compare.
        case none
        case months([PublishedMonth])
        /// A version-2 manifest whose head cannot be read: said as a warning, not skipped silently.
        case unreadable
    }

    /// The `month` lines of the manifest in `output`, read from its head only (a province's
    /// manifest is 130 MB; the month lines come before the `files` line), and only from a regular
    /// file (a FIFO would block the build).
    static func baseline(output: URL) -> Baseline {
        let url = output.appendingPathComponent(OutputManifest.fileName)
        guard let type = (try? FileManager.default.attributesOfItem(atPath: url.path))?[.type] as? FileAttributeType else { return .none }
        guard type == .typeRegular else { return .unreadable }
        guard let handle = try? FileHandle(forReadingFrom: url) else { return .unreadable }
        defer { try? handle.close() }
        var head: [UInt8] = []
        while head.count < 4 << 20 {
            guard let chunk = try? handle.read(upToCount: 64 << 10), !chunk.isEmpty else { break }
            head += chunk
            if head.firstRange(of: Array("\nfiles ".utf8)) != nil { break }
        }
        var months: [PublishedMonth] = []
        for (index, raw) in head.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).enumerated() {
            guard let line = String(validating: raw, as: UTF8.self) else { return .unreadable }
            if index == 0 {
                if line == OutputManifest.formatLine { continue }
                return line.hasPrefix("gongshi-output-manifest 2") ? .unreadable : .none
            }
            if line.hasPrefix("files ") { return .months(months) }
            guard let value = line.dropFirstIfPrefix("month ") else { continue }
            guard let month = PublishedMonth.parse(value), months.last.map({ $0.month < month.month }) ?? true else { return .unreadable }
            months.append(month)
        }
        return .unreadable  // no `files` line in the head
    }

    /// Errors for each changed month without its correction, and for corrections taken away.
    /// - Parameter today: the build's date (`YYYY-MM-DD`), for the entry the message suggests.
    static func diagnostics(current: [PublishedMonth], baseline: Baseline, plan: SitePlan, today: String) -> [Diagnostic] {
        let previous: [PublishedMonth]
        switch baseline {
        case .none: return []
        case .unreadable: return [.warning(SourceLocation(file: OutputManifest.fileName), Messages.correctionBaselineUnreadable)]
        case .months(let months): previous = months
        }
        let published = Dictionary(previous.map { ($0.month, $0) }, uniquingKeysWith: { first, _ in first })
        var diagnostics: [Diagnostic] = []
        for (position, month) in current.enumerated() {
            guard let before = published[month.month], position < plan.rosters.months.count else { continue }
            let notice = plan.rosters.months[position].month.notice
            let corrections = notice.corrections
            if corrections.count < before.corrections {
                diagnostics.append(.error(notice.location, Messages.correctionsRemoved(month: month.month, published: before.corrections)))
                continue
            }
            // Every new entry starts from what was published, roster changed or not.
            if corrections.count > before.corrections, corrections[before.corrections].before != before.totals {
                let first = corrections[before.corrections]
                diagnostics.append(.error(first.location, Messages.correctionBeforeMismatch(month: month.month, published: before.totals)))
                continue
            }
            guard month.rosterDigest != before.rosterDigest else { continue }
            guard corrections.count > before.corrections else {
                diagnostics.append(.error(notice.location, Messages.publishedRosterChanged(
                    month: month.month, before: before.totals, after: month.totals, today: today)))
                continue
            }
        }
        return diagnostics
    }
}

private extension String {
    func dropFirstIfPrefix(_ prefix: String) -> Substring? { hasPrefix(prefix) ? dropFirst(prefix.count) : nil }
}
