#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension InputDigest {
    /// The digest `files(siteFolder:theme:known:)` would give now, made from `previous` (the last
    /// rebuild's, for the same theme) by looking again only at `changed`: every site-relative path
    /// the kernel watcher named since that rebuild began (files only; hidden ones included). For
    /// the preview, whose watcher vouches that nothing else changed (`InputChanges`).
    ///
    /// Nil (take the full listing) unless `previous` is `watchable` and each changed input is now a
    /// plain file with no other hard link, or absent, or neither file nor folder (a FIFO: not an
    /// input, as the listing leaves it out); a link, a folder, or a file that cannot be examined
    /// or read is for the full listing to judge. The records keep `previous`'s `takenAt`: each
    /// kept record was settled (or not) against it, and a fresh one (taken later) is then never
    /// settled, so a full listing after this one reads it again rather than trusting it early.
    static func updating(_ previous: Result, theme: String, siteFolder: String, changed: Set<String>) -> Result? {
        guard previous.watchable else { return nil }
        let themePrefix = "themes/\(theme)/"
        let inputs = changed.filter { path in
            path == "site.yaml" || path == ".gongshi/known-names" || path.hasPrefix("content/") || path.hasPrefix("static/")
                || path.hasPrefix("templates/") || path.hasPrefix(themePrefix)
        }
        var files = previous.files
        var paths = previous.paths
        var records = previous.records
        var toHash: [(path: String, stamp: InputStamp)] = []
        for path in inputs.sorted(by: { $0.utf8Precedes($1) }) {
            var info = stat()
            if lstat(siteFolder + "/" + path, &info) != 0 {
                guard errno == ENOENT || errno == ENOTDIR else { return nil }
                remove(path, from: &files, &paths, &records)
                continue
            }
            switch info.st_mode & S_IFMT {
            case S_IFREG:
                guard info.st_nlink == 1 else { return nil }
                let stamp = WatchableInputs.stamp(of: info)
                if let sha256 = records.sha256(path, stamp: stamp) {
                    insert(path, sha256: sha256, stamp: stamp, into: &files, &paths, &records)
                } else {
                    toHash.append((path, stamp))
                }
            case S_IFLNK, S_IFDIR:
                return nil
            default:
                remove(path, from: &files, &paths, &records)
            }
        }
        for (file, digest) in zip(toHash, FileDigest.of(toHash.map { siteFolder + "/" + $0.path })) {
            guard case .success(let digest) = digest else { return nil }
            insert(file.path, sha256: digest.sha256, stamp: file.stamp, into: &files, &paths, &records)
        }
        return Result(files: files, paths: paths, records: records, hashed: toHash.count, watchable: true)
    }

    private static func insert(
        _ path: String, sha256: String, stamp: InputStamp,
        into files: inout [String: String], _ paths: inout [String], _ records: inout InputRecords
    ) {
        if files.updateValue(sha256, forKey: path) == nil {
            paths.insert(path, at: position(of: path, in: paths))
        }
        records.files[path] = InputRecord(stamp: stamp, sha256: sha256)
    }

    private static func remove(
        _ path: String, from files: inout [String: String], _ paths: inout [String], _ records: inout InputRecords
    ) {
        records.files[path] = nil
        guard files.removeValue(forKey: path) != nil else { return }
        let index = position(of: path, in: paths)
        if index < paths.count && paths[index] == path { paths.remove(at: index) }
    }

    /// The first index whose path is not before `path` in byte order (`paths` is sorted so).
    private static func position(of path: String, in paths: [String]) -> Int {
        var low = 0, high = paths.count
        while low < high {
            let middle = (low + high) / 2
            if paths[middle].utf8Precedes(path) { low = middle + 1 } else { high = middle }
        }
        return low
    }
}
