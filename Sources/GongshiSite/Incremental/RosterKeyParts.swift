import Dispatch
import GongshiCore

/// Digests of what the pages of each roster month read, worked out once per month (months on
/// every core) so that a page's key combines a few 32-byte parts instead of hashing inputs itself.
///
/// - `notice`: every input of the month folder that is not a roster CSV of it (`_month.yaml`:
///   the notice every page shows, and the encoding its CSVs are read in);
/// - `summary`: the notice, the month's totals and village count (`MonthView` on every page of
///   the month, read only by templates that look them up: `TemplateReads`);
/// - `whole`: every input of the month folder and of the month before (the month page, whose
///   rows are every village's and township's totals and changes);
/// - per village: the roster files its households come from (a file named after another village,
///   or a township's file, can hold its rows: the source of each household counts, not the file
///   name) and any file named after it, its changes against the month before by content (a
///   household that moved in from another village is listed there), whether there was a month
///   before, its totals and change counts;
/// - per township: each of its villages' digests in order, its own totals and change counts
///   (which count households stopped in villages that are gone this month).
///
/// A village or township whose sources are not all among the inputs has no digest: its pages are
/// not keyed, so always rendered.
struct RosterKeyParts {
    struct Month {
        /// False when no input lies in the month's folder under its name (then nothing of the
        /// month is keyed: its pages are always rendered).
        let keyed: Bool
        let notice: [UInt8]
        let summary: [UInt8]
        let whole: [UInt8]
        let villages: [RegionCode: [UInt8]]
        let townships: [RegionCode: [UInt8]]
    }

    let months: [Month]

    init(_ rosters: RosterIndex, inputs: [String: String], order: [String]) {
        let folders = MonthFolders(inputs: inputs, order: order)
        let entries = rosters.months
        let slots = IndexedResults<Month>(count: entries.count)
        DispatchQueue.concurrentPerform(iterations: entries.count) { position in
            let entry = entries[position]
            let previous = position > 0 && entries[position - 1].month.month == entry.month.month.previous
                ? entries[position - 1].month.month : nil
            slots.set(position, Self.month(entry, previous: previous, folders: folders, inputs: inputs))
        }
        months = slots.values()
    }

    private static func month(_ entry: RosterIndex.MonthEntry, previous: YearMonth?, folders: MonthFolders,
                              inputs: [String: String]) -> Month {
        let name = entry.month.month.description
        var notice = KeyBuilder()
        for (path, digest) in folders.others[name] ?? [] { notice.add(dynamic: path, digest) }
        let noticeDigest = notice.digestBytes()

        var summary = KeyBuilder()
        summary.add("notice", digest: noticeDigest)
        add(entry.totals, to: &summary)
        summary.add("village-count", number: entry.month.villages.count)

        var whole = KeyBuilder(capacity: 1 << 16)
        for (path, digest) in folders.all[name] ?? [] { whole.add(dynamic: path, digest) }
        whole.add("previous", previous?.description ?? "none")
        if let previous {
            for (path, digest) in folders.all[previous.description] ?? [] { whole.add(dynamic: path, digest) }
        }

        var villages: [RegionCode: [UInt8]] = [:]
        villages.reserveCapacity(entry.month.villages.count)
        var named: [RegionCode: [String]] = [:]
        for file in entry.month.files { if let village = file.namedVillage { named[village, default: []].append(file.path) } }
        let households = entry.month.households
        for village in entry.month.villages {
            var key = KeyBuilder(capacity: 512)
            var sources: [String] = named[village] ?? []
            for run in entry.householdRuns[village] ?? [] where !run.isEmpty {
                let first = households[run.lowerBound].location.file
                if first == households[run.upperBound - 1].location.file {
                    // A file's households are contiguous: same first and last, one file.
                    if sources.last != first { sources.append(first) }
                    continue
                }
                for index in run {
                    let file = households[index].location.file
                    if sources.last != file { sources.append(file) }
                }
            }
            var known = true
            for path in sources {
                guard let digest = inputs[path] else { known = false; break }
                key.add(dynamic: path, digest)
            }
            guard known else { continue }
            key.add("compared", flag: entry.hasPrevious)
            add(entry.changes(in: village), to: &key)
            add(entry.totals(of: village), to: &key)
            add(entry.changeCounts(within: village), to: &key)
            villages[village] = key.digestBytes()
        }

        var townships: [RegionCode: [UInt8]] = [:]
        for township in entry.regions(at: .township) {
            var key = KeyBuilder(capacity: 1024)
            var known = true
            for village in entry.villages(within: township) {
                guard let digest = villages[village] else { known = false; break }
                key.add("village", village.digits)
                key.add("digest", digest: digest)
            }
            guard known else { continue }
            key.add("compared", flag: entry.hasPrevious)
            add(entry.totals(of: township), to: &key)
            add(entry.changeCounts(within: township), to: &key)
            townships[township] = key.digestBytes()
        }
        return Month(keyed: folders.all[name] != nil, notice: noticeDigest, summary: summary.digestBytes(), whole: whole.digestBytes(),
                     villages: villages, townships: townships)
    }

    private static func add(_ totals: RosterTotals, to key: inout KeyBuilder) {
        key.add("households", number: totals.households)
        key.add("persons", number: totals.persons)
        key.add("amount", number: totals.amount.value)
    }

    private static func add(_ counts: RosterIndex.ChangeCounts, to key: inout KeyBuilder) {
        key.add("added", number: counts.added)
        key.add("stopped", number: counts.stopped)
        key.add("adjusted", number: counts.adjusted)
    }

    private static func add(_ changes: RosterChanges, to key: inout KeyBuilder) {
        for household in changes.added { add(household, as: "added", to: &key) }
        for household in changes.stopped { add(household, as: "stopped", to: &key) }
        for adjustment in changes.adjusted {
            add(adjustment.before, as: "before", to: &key)
            add(adjustment.after, as: "after", to: &key)
        }
        key.add("end", "")
    }

    /// Every field of a household (more than any view shows: a field added to a view later is
    /// covered already).
    private static func add(_ household: Household, as tag: StaticString, to key: inout KeyBuilder) {
        key.add(tag, household.recordID)
        key.add("village", household.village.digits)
        key.add("name", household.headName)
        key.add("persons", number: household.persons)
        key.add("size", number: household.householdSize ?? -1)
        key.add("category", household.category.rawValue)
        key.add("care", optional: household.careMode)
        key.add("amount", number: household.amount.value)
        key.add("start", optional: household.startMonth?.description)
        key.add("note", optional: household.note)
    }
}

/// The inputs under `content/rosters/`, by month folder: all of them, and those that are not a
/// roster CSV of the folder itself (what the notice and the month's settings come from).
private struct MonthFolders {
    private(set) var all: [String: [(String, String)]] = [:]
    private(set) var others: [String: [(String, String)]] = [:]

    init(inputs: [String: String], order: [String]) {
        let prefix = "content/rosters/"
        for path in order where path.hasPrefix(prefix) {
            guard let digest = inputs[path] else { continue }
            let rest = path.dropFirst(prefix.count)
            let parts = rest.split(separator: "/", maxSplits: 1, omittingEmptySubsequences: false)
            let month = String(parts.first ?? "")
            all[month, default: []].append((path, digest))
            let isOwnCSV = parts.count == 2 && !parts[1].contains("/") && parts[1].lowercased().hasSuffix(".csv")
            if !isOwnCSV { others[month, default: []].append((path, digest)) }
        }
    }
}
