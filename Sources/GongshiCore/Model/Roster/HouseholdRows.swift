import Foundation

/// A roster month's rows, held once and shared by the month, its files' load memories and the
/// index: either the rows themselves, or what the load cache read of them and decodes only when
/// a stage first asks (`all`). After one roster was saved, a build takes most months from their
/// summaries (`RosterMonthSummary`) and links their pages: their rows are then never decoded.
///
/// What every stage asks of a month without reading its rows is known without decoding: how
/// many rows there are and where each village's rows lie (`villageRuns`, kept beside the rows in
/// the load cache). Two values are the same rows exactly when they are the same object (`===`):
/// the identity is what the preview's and the load memory's reuse checks compare.
public final class HouseholdRows: @unchecked Sendable {
    /// A village's rows at `range` of the month's rows (consecutive rows of one village).
    public struct VillageRun: Sendable, Hashable {
        public let village: RegionCode
        public let range: Range<Int>

        public init(village: RegionCode, range: Range<Int>) {
            self.village = village
            self.range = range
        }
    }

    /// Decodes the rows; nil when the bytes are not what the writer wrote.
    package typealias Decoder = @Sendable () -> [Household]?

    private enum State {
        case decoded([Household])
        case pending(Decoder)
    }

    public let count: Int
    /// `state` and `runs` are read and written under `lock` only.
    private let lock = NSLock()
    private var state: State
    private var runs: [VillageRun]?

    public init(_ rows: [Household]) {
        count = rows.count
        state = .decoded(rows)
    }

    /// Rows decoded when first asked for. `villageRuns` must tile `0..<count` in row order and
    /// name each row's village; `decode` must give exactly `count` rows.
    package init(count: Int, villageRuns: [VillageRun], decode: @escaping Decoder) {
        self.count = count
        state = .pending(decode)
        runs = villageRuns
    }

    public static let empty = HouseholdRows([])

    /// The rows, decoded on the first call (once: other callers wait for it).
    ///
    /// The bytes decoded are a load cache part whose SHA-256 and writing program were checked
    /// when it was read, and whose counts were read then; a part that passes those checks and
    /// still does not decode was written wrongly by this very program, which is a defect, not a
    /// state a build can go on from: it stops here before anything is published.
    public var all: [Household] {
        lock.lock()
        defer { lock.unlock() }
        switch state {
        case .decoded(let rows):
            return rows
        case .pending(let decode):
            guard let rows = decode(), rows.count == count else {
                fatalError("gongshi: a load cache part (.gongshi/cache/load) passed its checks but could not be decoded; delete .gongshi/cache and build again, and report this defect")
            }
            state = .decoded(rows)
            return rows
        }
    }

    /// Whether the rows are in memory (given, or decoded since).
    public var isDecoded: Bool {
        lock.lock()
        defer { lock.unlock() }
        if case .decoded = state { return true }
        return false
    }

    /// Each run of consecutive rows of one village, in row order (worked out from the rows on
    /// the first call when the load cache did not give them).
    public var villageRuns: [VillageRun] {
        lock.lock()
        let known = runs
        lock.unlock()
        if let known { return known }
        let found = Self.runs(of: all[...])
        lock.lock()
        runs = found
        lock.unlock()
        return found
    }

    /// The runs of `rows`, at positions counted from the first of them.
    package static func runs(of rows: ArraySlice<Household>) -> [VillageRun] {
        var found: [VillageRun] = []
        rows.withUnsafeBufferPointer { rows in
            var start = 0
            while start < rows.count {
                let village = rows[start].village
                var end = start + 1
                while end < rows.count, rows[end].village == village { end += 1 }
                found.append(VillageRun(village: village, range: start..<end))
                start = end
            }
        }
        return found
    }
}

extension HouseholdRows: CustomReflectable {
    /// The rows themselves (decoded when asked), as an array shows them: `dump` of a month
    /// describes its contents, whether or not they were decoded yet.
    public var customMirror: Mirror { Mirror(self, unlabeledChildren: all, displayStyle: .collection) }
}
