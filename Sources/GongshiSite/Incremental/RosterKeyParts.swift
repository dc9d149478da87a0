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
struct RosterKeyParts: Sendable {
    struct Month: Sendable, Equatable {
        /// False when no input lies in the month's folder under its name (then nothing of the
        /// month is keyed: its pages are always rendered).
        let keyed: Bool
        let notice: Digest32
        let summary: Digest32
        let whole: Digest32
        /// Digests held inline (32 bytes each), not as arrays on the heap: a village-month each.
        let villages: [RegionCode: Digest32]
        let townships: [RegionCode: Digest32]
    }

    let months: [Month]
    /// The roster inputs by month folder these parts were made from (for the next rebuild's reuse).
    let folders: RosterMonthFolders
    /// How many months were taken from the last parts (`reusing`) rather than worked out.
    let reusedMonths: Int
    /// How many months were taken from their summaries (`RosterIndex.MonthEntry.summary`).
    let summarizedMonths: Int

    /// The parts of a preview's last rebuild, with the roster index they were made from.
    struct Last: Sendable {
        let parts: RosterKeyParts
        let rosters: RosterIndex
    }

    /// - Parameter last: a preview's last parts: a month indexed from the very same arrays
    ///   (`MonthEntry.isMade(fromTheSameArraysAs:)`), with the same month before and the same
    ///   inputs in its folder and in the folder before (paths and SHA-256s), takes its part from
    ///   there: every value a part is made of is then the same. At city scale this spares 11 of
    ///   12 months' hashing on each rebuild after one roster was saved.
    /// - Parameter summaries: whether a month indexed from its summary (`MonthEntry.summary`) takes
    ///   its part from the summary: only when `inputs` are those its key was checked against (the
    ///   digest taken before loading); `folders`: these inputs' month folders, when made already.
    init(_ rosters: RosterIndex, inputs: [String: String], order: [String], reusing last: Last? = nil,
         summaries: Bool = false, folders known: RosterMonthFolders? = nil) {
        let folders = known ?? RosterMonthFolders(inputs: inputs, order: order)
        let entries = rosters.months
        let previousMonths = Self.previousMonths(entries)
        var positions: [YearMonth: Int] = [:]
        if let last, last.parts.months.count == last.rosters.months.count {
            for (position, entry) in last.rosters.months.enumerated() { positions[entry.month.month] = position }
        }
        let lastPositions = positions
        let lastPrevious = last.map { Self.previousMonths($0.rosters.months) } ?? []
        let slots = IndexedResults<(Month, Int)>(count: entries.count)
        DispatchQueue.concurrentPerform(iterations: entries.count) { position in
            let entry = entries[position]
            let month = entry.month.month, previous = previousMonths[position]
            if summaries, let summary = entry.summary {
                slots.set(position, (summary.keyParts, 2))
            } else if let last, let old = lastPositions[month], lastPrevious[old] == previous,
               entry.isMade(fromTheSameArraysAs: last.rosters.months[old]),
               RosterMonthFolders.same(folders.all[month.description], last.parts.folders.all[month.description]),
               previous.map({ RosterMonthFolders.same(folders.all[$0.description], last.parts.folders.all[$0.description]) }) ?? true {
                slots.set(position, (last.parts.months[old], 1))
            } else {
                slots.set(position, (Self.month(entry, previous: previous, folders: folders, inputs: inputs), 0))
            }
        }
        let made = slots.values()
        months = made.map(\.0)
        reusedMonths = made.count { $0.1 == 1 }
        summarizedMonths = made.count { $0.1 == 2 }
        self.folders = folders
    }

    /// Each entry's month before it, when it is the calendar month before (a gap means none).
    private static func previousMonths(_ entries: [RosterIndex.MonthEntry]) -> [YearMonth?] {
        entries.indices.map { position in
            position > 0 && entries[position - 1].month.month == entries[position].month.month.previous
                ? entries[position - 1].month.month : nil
        }
    }

    static func month(_ entry: RosterIndex.MonthEntry, previous: YearMonth?, folders: RosterMonthFolders,
                              inputs: [String: String]) -> Month {
        let name = entry.month.month.description
        var notice = KeyBuilder()
        for (path, digest) in folders.others[name] ?? [] { notice.add(dynamic: path, digest) }
        let noticeDigest = notice.digest32()

        var summary = KeyBuilder()
        summary.add("notice", digest: noticeDigest)
        add(entry.totals, to: &summary)
        summary.add("village-count", number: entry.month.villages.count)

        let whole = folders.whole(of: name, previous: previous?.description)

        var villages: [RegionCode: Digest32] = [:]
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
            villages[village] = key.digest32()
        }

        var townships: [RegionCode: Digest32] = [:]
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
            townships[township] = key.digest32()
        }
        return Month(keyed: folders.all[name] != nil, notice: noticeDigest, summary: summary.digest32(), whole: whole,
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
    /// covered already), unnamed in a fixed layout after its tag: a city's month can list tens
    /// of thousands of changes, so this is most of what the keys stage hashes.
    private static func add(_ household: Household, as tag: StaticString, to key: inout KeyBuilder) {
        key.add(tag, household.recordID)
        key.append(text: household.headName)
        key.append(text: household.category.rawValue)
        key.append(optionalText: household.careMode)
        key.append(optionalText: household.note)
        key.append(text: household.village.digits)
        key.append(number: Int64(household.persons))
        key.append(number: Int64(household.householdSize ?? -1))
        key.append(number: household.amount.value)
        key.append(number: household.startMonth.map { Int64($0.year * 100 + $0.month) } ?? -1)
    }
}

