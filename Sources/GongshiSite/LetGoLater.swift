import Dispatch

/// Frees a large value on a background thread rather than where its last owner ends. A preview
/// rebuild ends by dropping the plan and page keys it made (55,000 pages, 55,000 keys at city
/// scale: tens of milliseconds of `free`); the reload need not wait for that.
enum LetGoLater {
    /// Takes `value` over; it is released on a utility-priority thread soon after.
    static func letGo<Value: Sendable>(_ value: consuming Value) {
        let held = value
        DispatchQueue.global(qos: .utility).async { withExtendedLifetime(held) {} }
    }
}
