#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// Keeps a build's memory bounded by a few months' rows rather than every month's (issue 11,
/// goal 5: a province's 11 M rows were 1.2 GB of a 2.6 GB peak).
///
/// Once the months loaded hold more than `threshold` rows in all, every month's rows are written
/// aside, in the load cache's row encoding, into one unnamed file in the site's `.gongshi/cache/`
/// (created, then unlinked at once: nothing is left behind, even by a killed build), in blocks,
/// each month with the SHA-256 of its blocks. From then on, at most `keptInMemory` months' rows are held decoded: decoding one
/// more lets the one decoded longest ago go (`HouseholdRows.letGo`), to be decoded again from the
/// file when a stage asks. Every stage reads a month's rows together, a few months at a time and
/// in month order (load, audits, index, keys, the load cache's save, render), so each month is
/// decoded a few times in a build, not once per page. Rows read back from the load cache are
/// let go in the same way (their source is the part's bytes).
///
/// Below the threshold (a city's 538,000 rows) nothing is written and nothing let go. When the
/// file cannot be made or written (a read-only site folder, a full disk), rows stay in memory
/// as they would without it.
package final class RowSpill: @unchecked Sendable {
    /// About 110 bytes a row decoded: 2 M rows are some 220 MB.
    package static let defaultThreshold = 2_000_000
    /// A month and the month before it, and the next month begun beside them (a province build
    /// peaked 110 MB higher with 4, each month's rows being about 110 MB).
    package static let defaultKeptInMemory = 3

    private let folder: String
    private let threshold: Int
    private let keptInMemory: Int
    private let rowsPerBlock: Int
    /// Everything below is read and written under `lock` only.
    private let lock = NSLock()
    private var descriptor: Int32 = -1
    private var failed = false
    private var end: Int64 = 0
    private var total = 0
    private var active = false
    private var waiting: [HouseholdRows] = []
    /// Rows decoded now, oldest decoding first (weak: the months own their rows, not this).
    private var decodedOrder: [WeakRows] = []
    /// How many months' rows were written aside, and how many decodings happened since.
    private var written = 0
    private var decodings = 0

    private struct WeakRows {
        weak var rows: HouseholdRows?
    }

    /// - Parameter folder: where the unnamed file is made (created when missing).
    package init(folder: String, threshold: Int = defaultThreshold, keptInMemory: Int = defaultKeptInMemory,
                 rowsPerBlock: Int = defaultRowsPerBlock) {
        self.folder = folder
        self.threshold = threshold
        self.keptInMemory = max(1, keptInMemory)
        self.rowsPerBlock = max(1, rowsPerBlock)
    }

    /// The spill of a site: its file in `.gongshi/cache/` (where the load cache is).
    package convenience init(siteFolder: String, threshold: Int = defaultThreshold, keptInMemory: Int = defaultKeptInMemory) {
        self.init(folder: siteFolder + "/.gongshi/cache", threshold: threshold, keptInMemory: keptInMemory)
    }

    deinit {
        if descriptor >= 0 { close(descriptor) }
    }

    /// Whether the threshold was passed: rows are written aside and let go.
    package var isWritingAside: Bool {
        lock.lock()
        defer { lock.unlock() }
        return active
    }

    /// How many months' rows were written aside and how many times rows were decoded again.
    package var counts: (written: Int, decodings: Int) {
        lock.lock()
        defer { lock.unlock() }
        return (written, decodings)
    }

    /// A month's rows as loaded (from any thread): counted, and once the threshold is passed,
    /// written aside (with every month's before it) and kept under this budget.
    package func add(_ rows: HouseholdRows) {
        // (Empty rows are one object shared by every empty month: nothing to let go.)
        guard rows.count > 0 else { return }
        lock.lock()
        total += rows.count
        var now: [HouseholdRows] = []
        if active {
            now = [rows]
        } else if total > threshold {
            active = true
            now = waiting + [rows]
            waiting = []
        } else {
            waiting.append(rows)
        }
        lock.unlock()
        for rows in now { keep(rows) }
    }

    private func keep(_ rows: HouseholdRows) {
        if rows.canLetGo {
            rows.keep(under: self, source: nil)
            return
        }
        rows.keep(under: self, source: writeAside(rows))
    }

    /// Called by `rows` after each decoding (and once when first kept, if in memory): the rows
    /// decoded longest ago beyond `keptInMemory` are let go.
    func decoded(_ rows: HouseholdRows, counted: Bool = true) {
        lock.lock()
        defer { lock.unlock() }
        if counted { decodings += 1 }
        decodedOrder.removeAll { $0.rows == nil || $0.rows === rows }
        decodedOrder.append(WeakRows(rows: rows))
        while decodedOrder.count > keptInMemory {
            let oldest = decodedOrder.removeFirst()
            oldest.rows?.letGo()
        }
    }

    // MARK: - The file

    /// Rows a block: each block is written and read back on its own (some 500 KB), so that
    /// neither holds a month's bytes at once (60 MB at province scale, beside its 110 MB of rows).
    package static let defaultRowsPerBlock = 8192

    /// Where one block of a month's rows is in the file.
    private struct Block: Sendable {
        let offset: Int64
        let length: Int
        let rows: Int
    }

    /// The rows encoded and appended to the file a block at a time; their source, or nil when
    /// they could not be written.
    private func writeAside(_ rows: HouseholdRows) -> HouseholdRows.Source? {
        let households = rows.all
        // The row encoding keeps a row's cells as columns of its own line (as the load cache
        // does): a month with a cell on another line (a quoted line break) stays in memory.
        guard households.allSatisfy(\.hasCellsOnRowLine) else { return nil }
        let runs = rows.villageRuns
        var blocks: [Block] = []
        var hasher = SHA256.Hasher()
        var writer = MemoryByteWriter()
        writer.reserve(rowsPerBlock * 80)
        // Each row's file is written only when it differs from the row before's.
        var file = ""
        var start = 0
        while start < households.count {
            let end = min(start + rowsPerBlock, households.count)
            writer.removeAll()
            for household in households[start..<end] {
                LoadMemory.write(household, file: file, to: &writer)
                file = household.location.file
            }
            hasher.update(writer.bytes)
            guard let offset = append(writer.bytes) else { return nil }
            blocks.append(Block(offset: offset, length: writer.bytes.count, rows: end - start))
            start = end
        }
        let digest = hasher.finalize()
        lock.lock()
        written += 1
        lock.unlock()
        let count = rows.count, written = blocks
        return HouseholdRows.Source(
            decode: { [self] in decode(written, count: count, villageRuns: runs, digest: digest) },
            failure: "gongshi: roster rows written aside in .gongshi/cache during this build could not be read back intact (a failing disk?); nothing was published")
    }

    /// `bytes` written at the end of the file (made on the first call); where they start, or nil.
    private func append(_ bytes: [UInt8]) -> Int64? {
        lock.lock()
        if descriptor < 0 && !failed { openFile() }
        guard descriptor >= 0 else {
            lock.unlock()
            return nil
        }
        let offset = end
        end += Int64(bytes.count)
        let fd = descriptor
        lock.unlock()
        let complete = bytes.withUnsafeBytes { buffer in
            Self.whole(buffer.count, at: offset) { done, start in pwrite(fd, buffer.baseAddress! + done, buffer.count - done, start) }
        }
        return complete ? offset : nil
    }

    /// Under `lock`: the unnamed file (made and unlinked at once), or `failed`.
    private func openFile() {
        mkdir(folder.deletingLastPathComponent, 0o700)
        mkdir(folder, 0o700)
        var template = Array((folder + "/rows-aside-XXXXXX").utf8CString)
        let fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard fd >= 0 else {
            failed = true
            return
        }
        unlink(template.withUnsafeBufferPointer { String(cString: $0.baseAddress!) })
        descriptor = fd
    }

    /// The rows of `blocks`, each row's village that of its run; nil unless every byte is
    /// there and the SHA-256 of them all is `digest` (rows decoded before a mismatch is found
    /// are thrown away with the rest).
    private func decode(_ blocks: [Block], count: Int, villageRuns: [HouseholdRows.VillageRun], digest: [UInt8]) -> [Household]? {
        lock.lock()
        let fd = descriptor
        lock.unlock()
        guard fd >= 0 else { return nil }
        var households: [Household] = []
        households.reserveCapacity(count)
        var boxes = HouseholdExtra.Shared()
        var hasher = SHA256.Hasher()
        var runs = villageRuns.makeIterator()
        var run = runs.next()
        var file = ""
        for block in blocks {
            guard let bytes = read(fd, block.length, at: block.offset) else { return nil }
            hasher.update(bytes)
            var reader = MemoryByteReader(bytes)
            for _ in 0..<block.rows {
                while let current = run, current.range.upperBound <= households.count { run = runs.next() }
                guard let village = run?.village,
                      let household = LoadMemory.readHousehold(&reader, file: file, village: village, boxes: &boxes) else { return nil }
                file = household.location.file
                households.append(household)
            }
            guard reader.isAtEnd else { return nil }
        }
        return hasher.finalize() == digest && households.count == count ? households : nil
    }

    /// `length` bytes at `offset`, or nil when fewer could be read.
    private func read(_ fd: Int32, _ length: Int, at offset: Int64) -> [UInt8]? {
        var bytes = [UInt8](repeating: 0, count: length)
        let complete = bytes.withUnsafeMutableBytes { buffer in
            Self.whole(buffer.count, at: offset) { done, start in pread(fd, buffer.baseAddress! + done, buffer.count - done, start) }
        }
        return complete ? bytes : nil
    }

    /// Repeats `transfer(done, file offset)` (a `pread` or `pwrite` of the rest from `done` on)
    /// until `count` bytes are moved; false when one moves nothing or fails (other than EINTR).
    /// (Only called with `count` > 0: a block has rows, so bytes.)
    private static func whole(_ count: Int, at offset: Int64, _ transfer: (Int, off_t) -> Int) -> Bool {
        var done = 0
        while done < count {
            let moved = transfer(done, off_t(offset) + off_t(done))
            if moved < 0 && errno == EINTR { continue }
            guard moved > 0 else { return false }
            done += moved
        }
        return true
    }
}

private extension String {
    /// The path without its last component (`a/b/c` → `a/b`).
    var deletingLastPathComponent: String {
        guard let slash = utf8.lastIndex(of: UInt8(ascii: "/")) else { return "." }
        return String(self[..<slash])
    }
}
