#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// Which program rendered a page, for the build cache: the version, and the executable's size and
/// modification time, so that a rebuilt `gongshi` (new rendering code under the same version
/// number) never reuses pages an older build wrote.
enum EngineIdentity {
    static let current: String = {
        let executable = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().path
        let path = FileManager.default.fileExists(atPath: executable) ? executable : (Bundle.main.executablePath ?? "")
        let stamp = FileStamp.ofFollowingLinks(path)
        return "\(GongshiVersion.current) \(stamp?.size ?? 0) \(stamp?.modifiedNanoseconds ?? 0)"
    }()
}
