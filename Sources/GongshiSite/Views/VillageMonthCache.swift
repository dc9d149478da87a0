import Foundation
import GongshiCore

/// A village in a month: the key of the views its pages share.
struct VillageMonth: Hashable, Sendable {
    let month: Int
    let village: RegionCode
}

/// Views shared by several pages (a village-month's table: its roster page and its sheet; a sheet:
/// its village's print page and its township's), built by whichever page asks first and dropped
/// when the last page that needs it has taken it, so memory holds only what is still to be used.
/// A key no planned page needs (a page rendered outside the plan) is built and not kept.
final class VillageMonthCache<Value: Sendable>: @unchecked Sendable {
    private struct Entry {
        var value: Value?
        var remaining: Int
    }

    private var entries: [VillageMonth: Entry]
    private let lock = NSLock()

    /// - Parameter uses: how many times each key will be asked for.
    init(uses: [VillageMonth: Int]) {
        entries = uses.mapValues { Entry(value: nil, remaining: $0) }
    }

    func value(_ key: VillageMonth, build: () -> Value) -> Value {
        lock.lock()
        if let value = take(key) {
            lock.unlock()
            return value
        }
        lock.unlock()
        // Built outside the lock: two pages asking at once may both build (the same value).
        let value = build()
        lock.lock()
        defer { lock.unlock() }
        if var entry = entries[key] {
            if entry.remaining > 0 {
                entry.value = value
                entries[key] = entry
            } else {
                entries[key] = nil
            }
        }
        return value
    }

    /// Counts one use; nil when not built yet. Call with the lock held.
    private func take(_ key: VillageMonth) -> Value? {
        guard var entry = entries[key] else { return nil }
        entry.remaining -= 1
        if let value = entry.value {
            if entry.remaining <= 0 { entries[key] = nil } else { entries[key] = entry }
            return value
        }
        entries[key] = entry
        return nil
    }
}
