#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Takes a stamp of every input file (modification time, size, inode) with `stat` alone: change
/// detection never reads a file's contents. City scale (~25,000 files) takes some tens of
/// milliseconds. Hidden files and folders (names starting with `.`, such as editor swap files)
/// and backup files ending in `~` are left out, as the loaders leave them out.
struct TreeScanner: Sendable {
    struct Stamp: Equatable, Sendable {
        var seconds: Int
        var nanoseconds: Int
        var size: Int64
        var inode: UInt64
    }

    /// Relative path (as in diagnostics: `content/articles/a.md`) → stamp.
    typealias Tree = [String: Stamp]

    /// The site folder's absolute path, without a trailing slash.
    let siteFolder: String
    /// What is watched, relative to the site folder: files or folders, which need not exist.
    let roots: [String]

    static let watchedRoots = ["site.yaml", "content", "themes", "templates"]

    init(siteFolder: String, roots: [String] = TreeScanner.watchedRoots) {
        var folder = siteFolder
        while folder.count > 1 && folder.hasSuffix("/") { folder.removeLast() }
        self.siteFolder = folder
        self.roots = roots
    }

    func scan() -> Tree {
        var tree: Tree = [:]
        for root in roots { visit(relative: root, into: &tree, depth: 0) }
        return tree
    }

    /// Paths added, removed or changed between two scans, sorted.
    static func changes(from old: Tree, to new: Tree) -> [String] {
        var paths: [String] = []
        for (path, stamp) in new where old[path] != stamp { paths.append(path) }
        for path in old.keys where new[path] == nil { paths.append(path) }
        return paths.sorted()
    }

    private func visit(relative: String, into tree: inout Tree, depth: Int) {
        let path = siteFolder + "/" + relative
        var info = stat()
        guard lstat(path, &info) == 0 else { return }
        switch info.st_mode & S_IFMT {
        case S_IFDIR:
            guard depth < 32 else { return }
            for name in entries(of: path) where Self.isWatched(name) {
                visit(relative: relative + "/" + name, into: &tree, depth: depth + 1)
            }
        case S_IFLNK:
            // Record what a link points to, but never follow a linked folder (no loops).
            var target = stat()
            guard stat(path, &target) == 0, target.st_mode & S_IFMT == S_IFREG else { return }
            tree[relative] = Self.stamp(target)
        case S_IFREG:
            tree[relative] = Self.stamp(info)
        default:
            return
        }
    }

    static func isWatched(_ name: String) -> Bool {
        !name.hasPrefix(".") && !name.hasSuffix("~")
    }

    private func entries(of folder: String) -> [String] {
        guard let directory = opendir(folder) else { return [] }
        defer { closedir(directory) }
        var names: [String] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix(while: { $0 != 0 }), as: UTF8.self)
            }
            if name != "." && name != ".." { names.append(name) }
        }
        return names
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
