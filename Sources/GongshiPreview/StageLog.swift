import Foundation
import GongshiSite

/// Stage times of each preview rebuild on standard error, when the hidden environment variable
/// `GONGSHI_STAGE_TIMES=1` asks for them (`bench/serve-reload.sh` sets it to show where a reload's
/// time goes). Off by default: the preview's log stays the clerk's.
enum StageLog {
    static let environmentKey = "GONGSHI_STAGE_TIMES"

    static func timerIfAsked() -> StageTimer? {
        guard ProcessInfo.processInfo.environment[environmentKey] == "1" else { return nil }
        return StageTimer(now: { Date().timeIntervalSinceReferenceDate })
    }

    static func print(_ timer: StageTimer) {
        let line = timer.stages.map { "\($0.name) \(String(Int(($0.seconds * 1000).rounded()))) ms" }.joined(separator: ", ")
        FileHandle.standardError.write(Data("stages: \(line)\n".utf8))
    }
}
