import Foundation

/// The size of the last page a compiled template rendered: pages of one kind are about the same
/// size, so a new page's buffer is reserved once at about the right size rather than doubled a
/// dozen times on the way to 30 KB (each time copying what is already there). Only a hint: any
/// value gives the same bytes. Shared by the render threads.
final class RenderSizeHint: @unchecked Sendable {
    private var value = 0
    private let lock = NSLock()

    var bytes: Int {
        get {
            lock.lock()
            defer { lock.unlock() }
            return value
        }
        set {
            lock.lock()
            value = newValue
            lock.unlock()
        }
    }
}
