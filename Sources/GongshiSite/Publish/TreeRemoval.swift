#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Deletes a folder tree with `unlinkat` relative to open folder descriptors, never following a
/// symbolic link and never descending into another filesystem (a bind mount inside the old output
/// is left alone, and reported as a leftover that cannot be removed). Foundation's `removeItem` takes about 12 s for the 17,000-file old tree of a
/// mid-size site (it examines every entry several times); this takes a fraction of a second.
enum TreeRemoval {
    /// nil when `path` is gone, else the errno of the first entry that could not be removed (the
    /// rest is still attempted, so as little as possible is left behind).
    static func remove(_ path: String) -> Int32? {
        if unlink(path) == 0 || errno == ENOENT { return nil }
        guard errno == EISDIR || errno == EPERM else { return errno }
        let folder = open(path, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
        guard folder >= 0 else { return errno }
        var info = stat()
        guard fstat(folder, &info) == 0 else {
            let code = errno
            close(folder)
            return code
        }
        var failure = emptyFolder(folder, device: info.st_dev)
        if rmdir(path) != 0, failure == nil { failure = errno }
        return failure
    }

    /// Removes everything inside the folder open at `descriptor`, and closes it.
    private static func emptyFolder(_ descriptor: Int32, device: dev_t) -> Int32? {
        guard let stream = fdopendir(descriptor) else {
            let code = errno
            close(descriptor)
            return code
        }
        defer { closedir(stream) }
        var names: [(name: [CChar], isFolder: Bool)] = []
        while true {
            errno = 0
            guard let entry = readdir(stream) else {
                if errno != 0 { return errno }
                break
            }
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                Array(raw.prefix { $0 != 0 }.map { CChar(bitPattern: $0) }) + [0]
            }
            if name == [46, 0] || name == [46, 46, 0] { continue }  // "." and ".."
            names.append((name, entry.pointee.d_type == UInt8(DT_DIR)))
        }
        var failure: Int32?
        for (name, isFolder) in names {
            if !isFolder, unlinkat(descriptor, name, 0) == 0 { continue }
            if !isFolder, errno != EISDIR, errno != EPERM { failure = failure ?? errno; continue }
            let child = openat(descriptor, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
            guard child >= 0 else { failure = failure ?? errno; continue }
            var info = stat()
            guard fstat(child, &info) == 0, info.st_dev == device else {  // a mount point: not ours to empty
                close(child)
                failure = failure ?? EBUSY  // said as "正被占用", as rmdir of a mount point would
                continue
            }
            if let code = emptyFolder(child, device: device) { failure = failure ?? code }
            if unlinkat(descriptor, name, AT_REMOVEDIR) != 0 { failure = failure ?? errno }
        }
        return failure
    }
}
