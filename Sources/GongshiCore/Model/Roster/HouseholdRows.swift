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
///
/// In a build with millions of rows (a province), rows that can be decoded again (read back from
/// the load cache, or written aside by `RowSpill`) are let go when newer months are decoded, so
/// that memory holds a few months' rows rather than every month's.
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

    /// Where rows that are not in memory come from, and what a failure to decode them means.
    package struct Source: Sendable {
        let decode: Decoder
        /// Why the build stops when `decode` fails (`fatalError`): these bytes are this
        /// program's own, checked, so a failure is a defect or a failing disk, not bad input.
        let failure: String
    }

    private enum State {
        case decoded([Household])
        case pending
    }

    public let count: Int
    /// `state`, `runs`, `source`, `budget` and `wasDecoded` are read and written under `lock` only.
    private let lock = NSLock()
    private var state: State
    private var runs: [VillageRun]?
    /// What the rows are decoded from when pending: set for rows read back from the load cache,
    /// or written aside (`RowSpill`); nil for rows that exist only in memory (never let go).
    private var source: Source?
    /// Told each time the rows are decoded, so that it can let older rows go (`RowSpill`).
    private weak var budget: RowSpill?
    private var wasDecoded: Bool

    public init(_ rows: [Household]) {
        count = rows.count
        state = .decoded(rows)
        wasDecoded = true
    }

    /// Rows decoded when first asked for. `villageRuns` must tile `0..<count` in row order and
    /// name each row's village; `decode` must give exactly `count` rows.
    package init(count: Int, villageRuns: [VillageRun], decode: @escaping Decoder) {
        self.count = count
        state = .pending
        runs = villageRuns
        source = Source(decode: decode, failure: Self.loadCacheFailure)
        wasDecoded = false
    }

    private static let loadCacheFailure = "gongshi: a load cache part (.gongshi/cache/load) passed its checks but could not be decoded; delete .gongshi/cache and build again, and report this defect"

    public static let empty = HouseholdRows([])

    /// The rows, decoded on the first call after they were read back or let go (once: other
    /// callers wait for it).
    ///
    /// The bytes decoded are this program's own, checked: a load cache part whose SHA-256 and
    /// writing program were checked when it was read, or rows written aside in this very build
    /// and checked against their SHA-256. Bytes that pass those checks and still do not decode
    /// were written wrongly by this program (or the disk failed), which is not a state a build
    /// can go on from: it stops here before anything is published.
    public var all: [Household] {
        lock.lock()
        switch state {
        case .decoded(let rows):
            lock.unlock()
            return rows
        case .pending:
            guard let source, let rows = source.decode(), rows.count == count else {
                fatalError(source?.failure ?? "gongshi: rows without a source were let go")
            }
            state = .decoded(rows)
            wasDecoded = true
            let budget = self.budget
            lock.unlock()
            // Outside this object's lock: the budget may let other rows go, taking theirs.
            budget?.decoded(self)
            return rows
        }
    }

    /// Whether the rows are in memory now (given, or decoded and not let go since).
    public var isDecoded: Bool {
        lock.lock()
        defer { lock.unlock() }
        if case .decoded = state { return true }
        return false
    }

    /// Whether the rows were ever in memory in this process (given, or decoded since): a month
    /// whose rows a build never read was taken whole from its summary.
    public var wereRead: Bool {
        lock.lock()
        defer { lock.unlock() }
        return wasDecoded
    }

    /// Whether the rows can be let go (`letGo`): they have a source to be decoded from again.
    package var canLetGo: Bool {
        lock.lock()
        defer { lock.unlock() }
        return source != nil
    }

    /// Lets the rows in memory go when they can be decoded again (the next `all` decodes them);
    /// those who hold the array keep it. Returns whether rows were let go.
    @discardableResult
    package func letGo() -> Bool {
        lock.lock()
        defer { lock.unlock() }
        guard source != nil, case .decoded = state else { return false }
        state = .pending
        return true
    }

    /// Gives rows that exist only in memory a `source` to be decoded from again (written aside
    /// by `budget`), and tells `budget` of every decoding from now on. Rows that already have a
    /// source keep it. The rows stay in memory until the budget lets them go.
    package func keep(under budget: RowSpill, source: Source?) {
        lock.lock()
        if self.source == nil { self.source = source }
        self.budget = budget
        let inMemory: Bool
        if case .decoded = state { inMemory = true } else { inMemory = false }
        lock.unlock()
        if inMemory { budget.decoded(self, counted: false) }
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
