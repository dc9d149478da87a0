/// The watched inputs as last seen, kept up to date from the paths the kernel names. The kernel
/// says where something happened, not whether it matters: each named path is stamped again and
/// compared with what was seen before, so a change is reported exactly as a full scan would report
/// it (an editor's temporary file that is gone again, or a file saved unchanged, is no change).
struct WatchedTree: Sendable {
    let scanner: TreeScanner
    private(set) var tree: TreeScanner.Tree

    init(scanner: TreeScanner, tree: TreeScanner.Tree) {
        self.scanner = scanner
        self.tree = tree
    }

    /// Stamps each path again (a folder with everything under it) and returns the paths added,
    /// removed or changed since last seen, sorted. `paths` maps a site-relative path to whether
    /// the kernel called it a folder.
    mutating func refresh(_ paths: [String: Bool]) -> [String] {
        var changed: Set<String> = []
        for (path, isFolder) in paths {
            let now = TreeScanner(siteFolder: scanner.siteFolder, roots: [path]).scan()
            var before: TreeScanner.Tree = [:]
            if let stamp = tree[path] { before[path] = stamp }
            if isFolder || now.keys.contains(where: { $0 != path }) {
                let prefix = path + "/"
                for (key, stamp) in tree where key.hasPrefix(prefix) { before[key] = stamp }
            }
            for key in before.keys { tree[key] = nil }
            tree.merge(now) { _, new in new }
            changed.formUnion(TreeScanner.changes(from: before, to: now))
        }
        return changed.sorted()
    }

    /// Scans everything again (the kernel's queue overflowed and events were lost).
    mutating func rescan() -> [String] {
        let now = scanner.scan()
        defer { tree = now }
        return TreeScanner.changes(from: tree, to: now)
    }
}
