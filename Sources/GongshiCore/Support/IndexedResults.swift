import Foundation

/// Fixed-size storage that concurrent workers fill by index, so results come out in input order
/// whatever the scheduling.
public final class IndexedResults<Value>: @unchecked Sendable {
    private var storage: [Value?]
    private let lock = NSLock()

    public init(count: Int) { storage = Array(repeating: nil, count: count) }

    public func set(_ index: Int, _ value: Value) {
        lock.lock()
        storage[index] = value
        lock.unlock()
    }

    /// Every value, in index order.
    public func values() -> [Value] {
        lock.lock()
        defer { lock.unlock() }
        return storage.compactMap { $0 }
    }
}

extension IndexedResults {
    /// The indexes that hold a value.
    public func filledIndexes() -> Set<Int> {
        lock.lock()
        defer { lock.unlock() }
        return Set(storage.indices.filter { storage[$0] != nil })
    }
}
