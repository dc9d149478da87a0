import Foundation
import GongshiCore

/// Each roster month's packed 记录编号 (`RosterDiff.PackedRecordID.all`) while `RosterIndex`
/// compares months: made when a comparison first asks for them and let go once every comparison
/// that reads them (the month's own with the month before, the month after's with it) is done.
/// Months are compared on every core in order, so a few months' keys are alive at once instead
/// of every month's until the index is complete (16 bytes a row: some 175 MB at province scale,
/// on top of the rows, in the stage where the peak builds).
final class PackedRecordIDSlots: @unchecked Sendable {
    private let lock = NSLock()
    private var keys: [[RosterDiff.PackedRecordID]?]
    private var made: [Bool]
    private var readers: [Int]

    /// - Parameter readers: how many comparisons read each month's keys.
    init(readers: [Int]) {
        self.readers = readers
        keys = Array(repeating: nil, count: readers.count)
        made = Array(repeating: false, count: readers.count)
    }

    /// Month `index`'s keys (nil when its 记录编号 do not pack), made from `households` by the
    /// first caller. Two comparisons asking at once may both pack it: the first result is kept.
    func keys(_ index: Int, of households: [Household]) -> [RosterDiff.PackedRecordID]? {
        lock.lock()
        if made[index] {
            defer { lock.unlock() }
            return keys[index]
        }
        lock.unlock()
        let packed = RosterDiff.PackedRecordID.all(households)
        lock.lock()
        defer { lock.unlock() }
        if !made[index] {
            keys[index] = packed
            made[index] = true
        }
        return keys[index]
    }

    /// One comparison is done reading month `index`'s keys: the last lets them go.
    func done(_ index: Int) {
        lock.lock()
        defer { lock.unlock() }
        readers[index] -= 1
        if readers[index] <= 0 { keys[index] = nil }
    }

    /// Whether month `index`'s keys are held now (for tests).
    func holds(_ index: Int) -> Bool {
        lock.lock()
        defer { lock.unlock() }
        return keys[index] != nil
    }
}
