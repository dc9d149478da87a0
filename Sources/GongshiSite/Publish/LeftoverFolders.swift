#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import GongshiCore

/// Folders a build leaves beside the output: its staging folder, and the old tree once the new one
/// is in place. Normally removed at once; those of a killed build are removed by the next one. One
/// that cannot be removed is reported as a warning naming it, never left silently.
enum LeftoverFolders {
    /// Removes a folder tree; a warning naming it when that fails.
    static func remove(_ path: String, place: PublishPlace) -> Diagnostic? {
        var info = stat()
        guard lstat(path, &info) == 0 else { return nil }
        let code = PublishFaults.removalFails ? EBUSY : TreeRemoval.remove(path)
        guard let code else { return nil }
        let reason = SystemErrorText.reason(errno: code)
        return .warning(SourceLocation(file: place.display(path)), Messages.publishLeftoverNotRemoved(reason))
    }

    /// Staging and previous folders of builds that were killed (their process is gone), oldest
    /// name first.
    static func abandoned(_ place: PublishPlace) -> [String] {
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: place.parent)) ?? []
        var found: [String] = []
        for entry in entries.sorted() {
            for infix in [PublishPlace.stagingInfix, PublishPlace.previousInfix] {
                let prefix = "." + place.name + infix
                guard entry.hasPrefix(prefix), let pid = Int32(entry.dropFirst(prefix.count)),
                      pid != getpid(), kill(pid, 0) != 0, errno == ESRCH
                else { continue }
                found.append(place.parent + "/" + entry)
            }
        }
        return found
    }

    /// A killed fallback publish can leave the output renamed away with nothing in its place: put
    /// the old tree back (the newest one, if several) before publishing again.
    static func restoreMissingOutput(_ place: PublishPlace, from candidates: [String]) {
        var info = stat()
        guard lstat(place.output, &info) != 0, errno == ENOENT else { return }
        // Only an old tree whose build died between its two renames: its staging folder (same
        // process id) is still there. An old tree left over from a publish that finished (it could
        // not be removed and was warned about) is stale: the clerk may have deleted the output on
        // purpose, and it must not come back.
        let previousPrefix = "." + place.name + PublishPlace.previousInfix
        let previous = candidates.filter { path in
            let name = (path as NSString).lastPathComponent
            guard name.hasPrefix(previousPrefix) else { return false }
            let staging = place.parent + "/." + place.name + PublishPlace.stagingInfix + name.dropFirst(previousPrefix.count)
            return candidates.contains(staging) && FileManager.default.fileExists(atPath: path + "/" + OutputManifest.fileName)
        }
        let newest = previous.max { modified($0) < modified($1) }
        if let newest { _ = DirectorySwap.plainRename(newest, place.output) }
    }

    private static func modified(_ path: String) -> Double {
        var info = stat()
        guard stat(path, &info) == 0 else { return 0 }
        return Double(info.st_mtim.tv_sec) + Double(info.st_mtim.tv_nsec) / 1e9
    }
}
