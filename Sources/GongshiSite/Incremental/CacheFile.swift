#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads one of the caches in `.gongshi/cache/` (`BuildCache`, `LoadCache`) the same way, so
/// both judge a file alike: read straight into an array (no `Data` in between: the files are tens
/// of megabytes at city scale), without blocking on a FIFO put at the path; a file that is there
/// (stat can see it) but cannot be read is unreadable, and the caller discards it with a warning;
/// one that is absent, or hidden in a folder this user cannot enter, is missing (a build run as
/// another user says nothing of a cache it cannot see).
enum CacheFile {
    enum Contents {
        case bytes([UInt8])
        case missing
        case unreadable
    }

    static func contents(of file: String) -> Contents {
        if let bytes = readWhole(file) { return .bytes(bytes) }
        var info = stat()
        return stat(file, &info) == 0 ? .unreadable : .missing
    }

    /// The file's bytes, or nil when it cannot be opened, is not a regular file or a read fails.
    /// A file that changes size while read is read as it was at `fstat`; the digest at its end
    /// then fails and it is discarded.
    private static func readWhole(_ file: String) -> [UInt8]? {
        let descriptor = open(file, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG, info.st_size >= 0 else { return nil }
        let size = Int(info.st_size)
        var failed = false
        let bytes = [UInt8](unsafeUninitializedCapacity: size) { buffer, count in
            count = 0
            while count < size {
                let got = read(descriptor, buffer.baseAddress.map { $0 + count }, size - count)
                if got < 0, errno == EINTR { continue }
                guard got > 0 else { failed = got < 0; break }
                count += got
            }
        }
        return failed ? nil : bytes
    }
}
