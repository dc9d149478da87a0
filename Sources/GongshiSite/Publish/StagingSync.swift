#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Dispatch
import CPublishSyscalls
import Foundation
import GongshiCore

/// Puts the staging tree on disk before the swap, and the parent folder after it, so that a power
/// cut never leaves the output path naming a folder whose files were still only in memory.
///
/// On Linux one `syncfs` on the staging folder flushes every file and folder of its filesystem:
/// one call instead of one `fsync` per file (a city site has tens of thousands), measured at a
/// fraction of the cost (README "Publishing and verify"). Elsewhere, or when `syncfs` fails, every
/// file is `fsync`ed in parallel, then every folder.
enum StagingSync {
    /// nil when the tree is on disk, else the errno of the first failure.
    /// - Parameter files: the files under `root`, relative to it (full paths are made only when
    ///   each file is synced by itself).
    static func syncTree(root: String, files: some Collection<String>, folders: [String]) -> Int32? {
        #if os(Linux)
        if !perFileRequested {
            let code = syncFilesystem(of: root)
            if code != ENOSYS { return code }
        }
        #endif
        return syncEach(files: files.map { root + "/" + $0 }, folders: folders)
    }

    /// `fsync` on a folder: makes its entries (a rename into it) durable.
    static func syncFolder(_ path: String) -> Int32? {
        let descriptor = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { return errno }
        defer { close(descriptor) }
        return fsync(descriptor) == 0 ? nil : errno
    }

    #if os(Linux)
    /// nil on success, else the errno.
    private static func syncFilesystem(of path: String) -> Int32? {
        let descriptor = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { return errno }
        defer { close(descriptor) }
        return gongshi_syncfs(descriptor) == 0 ? nil : errno
    }
    #endif

    private static func syncEach(files: [String], folders: [String]) -> Int32? {
        let failures = IndexedResults<Int32>(count: files.count)
        DispatchQueue.concurrentPerform(iterations: files.count) { index in
            let descriptor = open(files[index], O_RDONLY | O_CLOEXEC)
            if descriptor < 0 { failures.set(index, errno); return }
            if fsync(descriptor) != 0 { failures.set(index, errno) }
            close(descriptor)
        }
        if let first = failures.values().first { return first }
        for folder in folders.sorted(by: { $0.count > $1.count }) {
            if let code = syncFolder(folder) { return code }
        }
        return nil
    }

    /// Debug builds only: `GONGSHI_TEST_SYNC=files` measures the per-file method on Linux.
    private static var perFileRequested: Bool {
        #if DEBUG
        return ProcessInfo.processInfo.environment["GONGSHI_TEST_SYNC"] == "files"
        #else
        return false
        #endif
    }
}
