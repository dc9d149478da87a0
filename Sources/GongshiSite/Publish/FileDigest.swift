#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Dispatch
import GongshiCore

/// SHA-256 and size of files on disk, read in chunks and hashed on every core: the input digest
/// and `gongshi verify` read whole sites (tens of thousands of files) this way.
struct FileDigest: Equatable, Sendable {
    let size: Int
    let sha256: String

    /// Why a file could not be hashed.
    enum Failure: Error, Equatable, Sendable {
        /// A system call failed with this errno.
        case system(Int32)
        /// Not a regular file (a folder, FIFO, device or socket): never opened for reading.
        case notRegularFile
    }

    /// The digest of one file. Opened without blocking and checked by type before reading, so a
    /// FIFO put in place of a file cannot hang the command.
    static func of(_ path: String) -> Result<FileDigest, Failure> {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard descriptor >= 0 else { return .failure(.system(errno)) }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { return .failure(.system(errno)) }
        guard (info.st_mode & S_IFMT) == S_IFREG else { return .failure(.notRegularFile) }
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: 1 << 20, alignment: 16)
        defer { buffer.deallocate() }
        var hasher = SHA256.Hasher()
        var size = 0
        while true {
            let count = read(descriptor, buffer.baseAddress, buffer.count)
            if count < 0 {
                if errno == EINTR { continue }  // EAGAIN from a regular file is an error, not a retry forever
                return .failure(.system(errno))
            }
            if count == 0 { break }
            hasher.update(UnsafeRawBufferPointer(rebasing: buffer[..<count]))
            size += count
        }
        return .success(FileDigest(size: size, sha256: SHA256.hex(hasher.finalize())))
    }

    /// The digests of many files, in the order given, computed in parallel.
    static func of(_ paths: [String]) -> [Result<FileDigest, Failure>] {
        let results = IndexedResults<Result<FileDigest, Failure>>(count: paths.count)
        DispatchQueue.concurrentPerform(iterations: paths.count) { index in
            results.set(index, of(paths[index]))
        }
        return results.values()
    }

    /// The digests of files in memory (a build's output), in the order given, in parallel.
    static func of(_ files: [OutputFile]) -> [FileDigest] {
        let results = IndexedResults<FileDigest>(count: files.count)
        DispatchQueue.concurrentPerform(iterations: files.count) { index in
            let bytes = files[index].bytes
            results.set(index, FileDigest(size: bytes.count, sha256: SHA256.hexDigest(bytes)))
        }
        return results.values()
    }
}
