#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import GongshiCore

/// Takes a stamp of every input file (modification time, size, inode) with `stat` alone: change
/// detection never reads a file's contents. Hidden files and folders (names starting with `.`,
/// such as editor swap files) and backups ending in `~` are left out, as the loaders leave them
/// out. `fingerprint()` is the cheap form the watcher polls with (one hash: no strings, no
/// dictionary; some tens of milliseconds for the ~26,000 files of the city-scale dataset, mostly
/// in the kernel); `scan()` lists every file, to name what changed.
struct TreeScanner: Sendable {
    struct Stamp: Equatable, Sendable {
        var seconds: Int
        var nanoseconds: Int
        var size: Int64
        var inode: UInt64
    }

    /// Relative path (as in diagnostics: `content/articles/a.md`) → stamp.
    typealias Tree = [String: Stamp]

    /// The site folder's absolute path.
    let siteFolder: String
    /// What is watched, relative to the site folder: files or folders, which need not exist.
    let roots: [String]

    /// The build's inputs. `.gongshi/known-names` is named in full: the rest of `.gongshi/` (the
    /// build cache) is the build's own output.
    static let watchedRoots = ["site.yaml", KnownNames.path, "content", "static", "themes", "templates"]
    /// The roots that are folders, watched with everything under them.
    static let folderRoots = ["content", "static", "themes", "templates"]

    init(siteFolder: String, roots: [String] = TreeScanner.watchedRoots) {
        self.siteFolder = siteFolder
        self.roots = roots
    }

    /// Every watched file and its stamp.
    func scan() -> Tree {
        var collector = TreeCollector()
        walk(&collector)
        return collector.tree
    }

    /// A hash of every watched path and stamp: equal fingerprints mean (practically) no change.
    /// Only comparable within one process (the hasher is seeded per process).
    func fingerprint() -> Int {
        var hasher = TreeHasher()
        walk(&hasher)
        return hasher.hasher.finalize()
    }

    /// Paths added, removed or changed between two scans, sorted.
    static func changes(from old: Tree, to new: Tree) -> [String] {
        var paths: [String] = []
        for (path, stamp) in new where old[path] != stamp { paths.append(path) }
        for path in old.keys where new[path] == nil { paths.append(path) }
        return paths.sorted()
    }

    // MARK: Walking

    private func walk(_ visitor: inout some TreeVisitor) {
        let site = open(siteFolder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard site >= 0 else { return }
        defer { close(site) }
        for root in roots {
            root.withCString { visit(parent: site, name: $0, depth: 0, &visitor) }
        }
    }

    private func visit(parent: Int32, name: UnsafePointer<CChar>, depth: Int, _ visitor: inout some TreeVisitor) {
        var info = stat()
        guard fstatat(parent, name, &info, AT_SYMLINK_NOFOLLOW) == 0 else { return }
        switch info.st_mode & S_IFMT {
        case S_IFDIR:
            guard depth < 32 else { return }
            let folder = openat(parent, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
            guard folder >= 0 else { return }
            guard let directory = fdopendir(folder) else {
                close(folder)
                return
            }
            defer { closedir(directory) }  // closes `folder` too
            visitor.enter(name)
            while let entry = readdir(directory) {
                // d_name is read in place: the kernel's record can be shorter than `dirent`, so
                // the struct is never copied whole.
                let child = UnsafeRawPointer(entry).advanced(by: Self.nameOffset).assumingMemoryBound(to: CChar.self)
                if Self.isWatched(child) { visit(parent: folder, name: child, depth: depth + 1, &visitor) }
            }
            visitor.leave()
        case S_IFLNK:
            // Record what a link points to, but never follow a linked folder (no loops).
            var target = stat()
            guard fstatat(parent, name, &target, 0) == 0, target.st_mode & S_IFMT == S_IFREG else { return }
            visitor.file(name, Self.stamp(target))
        case S_IFREG:
            visitor.file(name, Self.stamp(info))
        default:
            return
        }
    }

    private static let nameOffset = MemoryLayout<dirent>.offset(of: \dirent.d_name) ?? 0

    /// Not `.`, `..` or hidden (leading `.`), not a backup (trailing `~`). The rule for every name
    /// below a root; the kernel watcher (`InotifyWatches`) applies it too.
    static func isWatched(_ name: UnsafePointer<CChar>) -> Bool {
        let length = strlen(name)
        guard length > 0, name[0] != CChar(UInt8(ascii: ".")) else { return false }
        return name[length - 1] != CChar(UInt8(ascii: "~"))
    }

    private static func stamp(_ info: stat) -> Stamp {
        #if canImport(Darwin)
        let time = info.st_mtimespec
        #else
        let time = info.st_mtim
        #endif
        return Stamp(seconds: Int(time.tv_sec), nanoseconds: Int(time.tv_nsec), size: Int64(info.st_size), inode: UInt64(info.st_ino))
    }
}

/// What a walk reports: folders entered and left, and files with their stamps.
private protocol TreeVisitor {
    mutating func enter(_ name: UnsafePointer<CChar>)
    mutating func leave()
    mutating func file(_ name: UnsafePointer<CChar>, _ stamp: TreeScanner.Stamp)
}

/// Builds relative paths (`content/articles/a.md`) and collects every stamp.
private struct TreeCollector: TreeVisitor {
    var tree: TreeScanner.Tree = [:]
    private var folders: [String] = []

    mutating func enter(_ name: UnsafePointer<CChar>) { folders.append(path(name)) }
    mutating func leave() { folders.removeLast() }
    mutating func file(_ name: UnsafePointer<CChar>, _ stamp: TreeScanner.Stamp) { tree[path(name)] = stamp }

    private func path(_ name: UnsafePointer<CChar>) -> String {
        let leaf = String(cString: name)
        return folders.last.map { $0 + "/" + leaf } ?? leaf
    }
}

/// Hashes names, nesting and stamps in walk order.
private struct TreeHasher: TreeVisitor {
    var hasher = Hasher()

    mutating func enter(_ name: UnsafePointer<CChar>) {
        hasher.combine(1 as UInt8)
        combine(name)
    }

    mutating func leave() { hasher.combine(2 as UInt8) }

    mutating func file(_ name: UnsafePointer<CChar>, _ stamp: TreeScanner.Stamp) {
        hasher.combine(3 as UInt8)
        combine(name)
        hasher.combine(stamp.seconds)
        hasher.combine(stamp.nanoseconds)
        hasher.combine(stamp.size)
        hasher.combine(stamp.inode)
    }

    private mutating func combine(_ name: UnsafePointer<CChar>) {
        hasher.combine(bytes: UnsafeRawBufferPointer(start: name, count: strlen(name) + 1))  // with the NUL, as a separator
    }
}
