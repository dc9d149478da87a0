import Foundation

/// Records how long each stage of a build took, and how much memory the process held when it
/// ended, for `--verbose`. The clock and the memory reading come from the caller (the CLI), so the
/// library itself never reads them and tests stay deterministic.
public final class StageTimer: @unchecked Sendable {
    public struct Stage: Sendable {
        public let name: String
        public let seconds: Double
        /// Resident memory in bytes when the stage ended; nil when no reading was given.
        public let residentBytes: Int?
    }

    private let now: @Sendable () -> Double
    private let residentBytes: (@Sendable () -> Int?)?
    private let lock = NSLock()
    private var last: Double
    public private(set) var stages: [Stage] = []

    /// Told the name of each stage as it ends (the terminal's progress line).
    private let onLap: (@Sendable (String) -> Void)?

    public init(
        now: @escaping @Sendable () -> Double, residentBytes: (@Sendable () -> Int?)? = nil,
        onLap: (@Sendable (String) -> Void)? = nil
    ) {
        self.now = now
        self.residentBytes = residentBytes
        self.onLap = onLap
        last = now()
    }

    /// Ends the current stage under `name` and starts the next one.
    package func lap(_ name: String) {
        lock.lock()
        defer { lock.unlock() }
        let time = now()
        stages.append(Stage(name: name, seconds: time - last, residentBytes: residentBytes?()))
        last = time
        onLap?(name)
    }
}
