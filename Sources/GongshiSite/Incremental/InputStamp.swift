#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What `stat` says about one input file, so that an unchanged input need not be read again to
/// know its SHA-256 (as git's index does). Size, inode, modification and status-change times:
/// an edit always moves the status-change time (`ctime`), which no program can set back, so an
/// edit that restores the size and the modification time (`touch -r`) still shows.
struct InputStamp: Equatable, Sendable {
    let size: Int
    let inode: UInt64
    let modifiedNanoseconds: Int64
    let changedNanoseconds: Int64

    /// Of the file `path` leads to (links followed, as the loader reads it); nil when it is not a
    /// regular file or cannot be examined.
    static func of(_ path: String) -> InputStamp? {
        var info = stat()
        guard stat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
        return InputStamp(info)
    }

    /// The wall clock now, in nanoseconds since 1970 (the clock file times are in).
    static func now() -> Int64 {
        var time = timespec()
        clock_gettime(CLOCK_REALTIME, &time)
        return Int64(time.tv_sec) * 1_000_000_000 + Int64(time.tv_nsec)
    }

    /// How close to the moment a stamp was taken a file may have changed for the stamp to be
    /// trusted later: a file written in the same tick as it was examined could be written again
    /// with an identical stamp (filesystems with coarse, even 1 s or 2 s, timestamps).
    static let racyWindowNanoseconds: Int64 = 3_000_000_000

    /// Whether a stamp taken at `takenAt` proves the file unchanged while the file still shows it.
    func isSettled(takenAt: Int64) -> Bool {
        modifiedNanoseconds < takenAt - Self.racyWindowNanoseconds && changedNanoseconds < takenAt - Self.racyWindowNanoseconds
    }
}

/// One input file as the last build saw it: its stamp and SHA-256.
struct InputRecord: Equatable, Sendable {
    let stamp: InputStamp
    let sha256: String
}

/// The input records of one build and the moment their stamps were taken.
struct InputRecords: Equatable, Sendable {
    var takenAt: Int64 = 0
    var files: [String: InputRecord] = [:]

    /// The recorded SHA-256 of `path` when `stamp` (taken now) proves the file unchanged.
    func sha256(_ path: String, stamp: InputStamp) -> String? {
        guard let record = files[path], record.stamp == stamp, record.stamp.isSettled(takenAt: takenAt) else { return nil }
        return record.sha256
    }
}

extension InputStamp {
    /// The stamp in a `stat` result (of a regular file).
    init(_ info: stat) {
        #if canImport(Darwin)
        let modified = info.st_mtimespec, changed = info.st_ctimespec
        #else
        let modified = info.st_mtim, changed = info.st_ctim
        #endif
        self.init(size: Int(info.st_size), inode: UInt64(info.st_ino),
                  modifiedNanoseconds: Int64(modified.tv_sec) * 1_000_000_000 + Int64(modified.tv_nsec),
                  changedNanoseconds: Int64(changed.tv_sec) * 1_000_000_000 + Int64(changed.tv_nsec))
    }
}
