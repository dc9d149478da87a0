import Foundation
import GongshiSite

/// Stage times of each preview rebuild on standard error, when the hidden environment variable
/// `GONGSHI_STAGE_TIMES=1` asks for them (`bench/serve-reload.sh` sets it to show where a reload's
/// time goes). Off by default: the preview's log stays the clerk's.
enum StageLog {
    static let environmentKey = "GONGSHI_STAGE_TIMES"

    static func timerIfAsked() -> StageTimer? {
        guard isAsked else { return nil }
        return StageTimer(now: { Date().timeIntervalSinceReferenceDate })
    }

    static var isAsked: Bool { ProcessInfo.processInfo.environment[environmentKey] == "1" }

    /// The steps of a rebuild after the build itself (`Rebuilder`): the snapshot swapped in, the
    /// terminal told, the tabs told. `steps` are (name, seconds).
    static func printAfterBuild(_ steps: [(String, Double)]) {
        let line = steps.map { "\($0.0) \(String(Int(($0.1 * 1000).rounded()))) ms" }.joined(separator: ", ")
        FileHandle.standardError.write(Data("after: \(line)\n".utf8))
    }

    static func print(_ timer: StageTimer) {
        let line = timer.stages.map { "\($0.name) \(String(Int(($0.seconds * 1000).rounded()))) ms" }.joined(separator: ", ")
        FileHandle.standardError.write(Data("stages: \(line)\n".utf8))
    }
}
