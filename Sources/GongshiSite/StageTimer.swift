import Foundation

/// Records how long each stage of a build took, for `--verbose`. The clock comes from the caller
/// (the CLI), so the library itself never reads it and tests stay deterministic.
public final class StageTimer: @unchecked Sendable {
    private let now: @Sendable () -> Double
    private let lock = NSLock()
    private var last: Double
    public private(set) var stages: [(name: String, seconds: Double)] = []

    /// Told the name of each stage as it ends (the terminal's progress line).
    private let onLap: (@Sendable (String) -> Void)?

    public init(now: @escaping @Sendable () -> Double, onLap: (@Sendable (String) -> Void)? = nil) {
        self.now = now
        self.onLap = onLap
        last = now()
    }

    /// Ends the current stage under `name` and starts the next one.
    func lap(_ name: String) {
        lock.lock()
        defer { lock.unlock() }
        let time = now()
        stages.append((name, time - last))
        last = time
        onLap?(name)
    }
}
