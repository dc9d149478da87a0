#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Dispatch
import GongshiCore

/// Brings a claimed previous tree (`PreviousTree`) to the shape of the new site before any page is
/// linked or written: walks the tree itself (no list of what an earlier build wrote is trusted,
/// since a clerk or another program may have changed it) and removes every entry that is not a
/// file or folder of the new site, then makes the folders the new site needs. A symbolic link, a
/// FIFO or a device is removed even where the new site has a file or folder of that name (a link
/// is never followed, nor reused); a folder on another filesystem (a mount) is not entered, and
/// fails the pruning (the caller then falls back to a fresh staging folder).
enum ClaimedTreePruning {
    /// nil when `root` holds only regular files in `files` and folders in `folders` (relative
    /// paths), and every folder of `folders`; else the errno of the first failure.
    static func prune(_ root: String, files: Set<String>, folders: Set<String>) -> Int32? {
        let descriptor = open(root, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
        guard descriptor >= 0 else { return errno }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else {
            let code = errno
            close(descriptor)
            return code
        }
        // The top folder's own entries first; the folders below it (a city's month folders of
        // thousands of pages each) are then pruned on every core.
        var deferred: [Folder]? = []
        let code = prune(descriptor, path: root, relative: "", device: info.st_dev, files: files, folders: folders,
                         deferring: &deferred)
        let below = deferred ?? []
        if let code {
            for folder in below { close(folder.descriptor) }
            return code
        }
        let failures = IndexedResults<Int32>(count: below.count)
        let device = info.st_dev, subfolders = below
        DispatchQueue.concurrentPerform(iterations: subfolders.count) { index in
            let folder = subfolders[index]
            var none: [Folder]?
            if let code = prune(folder.descriptor, path: folder.path, relative: folder.relative, device: device,
                                files: files, folders: folders, deferring: &none) {
                failures.set(index, code)
            }
        }
        if let code = failures.values().first { return code }
        // Parents sort before their children.
        for folder in folders.sorted(by: { $0.utf8Precedes($1) }) {
            if mkdir(root + "/" + folder, 0o755) != 0 && errno != EEXIST { return errno }
        }
        return nil
    }

    /// A folder of the new site, open, whose entries are still to be pruned.
    private struct Folder: Sendable {
        let descriptor: Int32
        let path: String
        let relative: String
    }

    /// Prunes the folder open at `descriptor` (closed here). Its folders that the new site has
    /// are pruned in turn, or, when `deferring` is given, opened and left in it for the caller.
    private static func prune(
        _ descriptor: Int32, path: String, relative: String, device: dev_t, files: Set<String>, folders: Set<String>,
        deferring: inout [Folder]?
    ) -> Int32? {
        guard let stream = fdopendir(descriptor) else {
            let code = errno
            close(descriptor)
            return code
        }
        defer { closedir(stream) }
        var entries: [(name: String, type: UInt8)] = []
        while true {
            errno = 0
            guard let entry = readdir(stream) else {
                if errno != 0 { return errno }
                break
            }
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            if name != "." && name != ".." { entries.append((name, entry.pointee.d_type)) }
        }
        for (name, listedType) in entries {
            let childRelative = relative.isEmpty ? name : relative + "/" + name
            var type = listedType
            if type == UInt8(DT_UNKNOWN) {
                var info = stat()
                guard fstatat(descriptor, name, &info, AT_SYMLINK_NOFOLLOW) == 0 else { return errno }
                switch info.st_mode & S_IFMT {
                case S_IFDIR: type = UInt8(DT_DIR)
                case S_IFREG: type = UInt8(DT_REG)
                default: type = UInt8(DT_LNK)  // anything else is removed like a link
                }
            }
            if type == UInt8(DT_REG) {
                if files.contains(childRelative) { continue }
                if unlinkat(descriptor, name, 0) != 0 && errno != ENOENT { return errno }
            } else if type == UInt8(DT_DIR) {
                guard folders.contains(childRelative) else {
                    if let code = TreeRemoval.remove(path + "/" + name) { return code }
                    continue
                }
                let child = openat(descriptor, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
                guard child >= 0 else { return errno }
                var info = stat()
                guard fstat(child, &info) == 0, info.st_dev == device else {
                    close(child)
                    return EXDEV
                }
                if deferring != nil {
                    deferring?.append(Folder(descriptor: child, path: path + "/" + name, relative: childRelative))
                    continue
                }
                var none: [Folder]?
                if let code = prune(child, path: path + "/" + name, relative: childRelative, device: device,
                                    files: files, folders: folders, deferring: &none) {
                    return code
                }
            } else if unlinkat(descriptor, name, 0) != 0 && errno != ENOENT {
                return errno
            }
        }
        return nil
    }
}
