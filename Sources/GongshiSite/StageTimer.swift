import Foundation

/// Records how long each stage of a build took, for `--verbose`. The clock comes from the caller
/// (the CLI), so the library itself never reads it and tests stay deterministic.
public final class StageTimer: @unchecked Sendable {
    private let now: @Sendable () -> Double
    private let lock = NSLock()
    private var last: Double
    public private(set) var stages: [(name: String, seconds: Double)] = []

    public init(now: @escaping @Sendable () -> Double) {
        self.now = now
        last = now()
    }

    /// Ends the current stage under `name` and starts the next one.
    func lap(_ name: String) {
        lock.lock()
        defer { lock.unlock() }
        let time = now()
        stages.append((name, time - last))
        last = time
    }
}
