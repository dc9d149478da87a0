#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import GongshiCore

/// Writes files with plain POSIX calls: Foundation's writers fsync every file, which makes a
/// 20,000-file site take seconds instead of a fraction of one (DESIGN.md §8).
struct POSIXFileWriter {
    struct Failure: Error {
        let path: String
        let errno: Int32
        /// In Chinese, for a clerk (never strerror's English).
        var reason: String { SystemErrorText.reason(errno: errno) }
    }

    /// Every folder made or found by `makeFolder`, so the publish stage can sync each of them.
    private(set) var createdFolders: Set<String> = []

    /// Creates a folder and its missing parents.
    mutating func makeFolder(_ path: String) throws(Failure) {
        if path.isEmpty || path == "/" || createdFolders.contains(path) { return }
        let parent = Self.parent(of: path)
        if parent != path { try makeFolder(parent) }
        if mkdir(path, 0o755) != 0 && errno != EEXIST {
            throw Failure(path: path, errno: errno)
        }
        createdFolders.insert(path)
    }

    /// Writes `bytes` to `path`, creating parent folders.
    mutating func write(_ bytes: [UInt8], to path: String) throws(Failure) {
        try makeFolder(Self.parent(of: path))
        try writeFile(bytes, to: path)
    }

    /// Writes `bytes` to `path`, whose folder exists.
    func writeFile(_ bytes: [UInt8], to path: String) throws(Failure) {
        try writeFile(to: path) { write in write(bytes) }
    }

    /// Writes to `path` (whose folder exists) each piece `produce` hands to `write`, as it comes:
    /// a file of a million lines (the output manifest, the build cache at province scale) is
    /// made and written a piece at a time, never held whole. After a failure the pieces that
    /// follow are dropped; the first failure is thrown.
    func writeFile(to path: String, produce: (_ write: ([UInt8]) -> Void) -> Void) throws(Failure) {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw Failure(path: path, errno: errno) }
        var failure: Failure?
        produce { bytes in
            guard failure == nil else { return }
            bytes.withUnsafeBytes { buffer in
                var offset = 0
                while offset < buffer.count {
                    guard let base = buffer.baseAddress else { break }
                    let written = Glibc.write(descriptor, base + offset, buffer.count - offset)
                    if written < 0 {
                        if errno == EINTR { continue }
                        failure = Failure(path: path, errno: errno)
                        return
                    }
                    offset += written
                }
            }
        }
        if close(descriptor) != 0 && failure == nil {
            failure = Failure(path: path, errno: errno)
        }
        if let failure { throw failure }
    }

    static func parent(of path: String) -> String {
        // The last `/` byte (a `/` that a combining mark follows is one Character with it, which
        // a search by Characters would pass over).
        guard let slash = path.utf8.lastIndex(of: UInt8(ascii: "/")) else { return "." }
        if slash == path.startIndex { return "/" }
        return String(path[..<slash])
    }
}
