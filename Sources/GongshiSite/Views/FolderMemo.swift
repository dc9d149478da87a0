import Foundation

/// Values that depend only on the folder a page is in (its links to the site's fixed places),
/// computed once per folder instead of once per page. A city's 50,000 pages live in a few dozen
/// folders, and each page's `links` took eight relative-URL computations. Shared by the render
/// threads; the lock is held only for a lookup or an insert.
final class FolderMemo<Value: Sendable>: @unchecked Sendable {
    private var values: [Substring: Value] = [:]
    private let lock = NSLock()

    /// The value for `path`'s folder (everything up to its last `/`), made by `make` the first time.
    func value(forPageAt path: String, make: () -> Value) -> Value {
        let folder = path.lastIndex(of: "/").map { path[...$0] } ?? ""
        lock.lock()
        if let value = values[folder] {
            lock.unlock()
            return value
        }
        lock.unlock()
        let value = make()
        lock.lock()
        values[folder] = value
        lock.unlock()
        return value
    }
}
