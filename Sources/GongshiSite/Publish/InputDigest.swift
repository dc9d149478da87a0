#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Dispatch
import GongshiCore

/// The build's input digest, recorded in the output manifest: which exact sources a published site
/// was built from. SHA-256 over the lines `SHA-256␣␣path` (sha256sum's format, paths relative to
/// the site folder, in byte order) of every input file: `site.yaml`, `.gongshi/known-names`, and the
/// files below `content/`, `templates/` and the theme in use. A county can recompute it with
/// `sha256sum`, and two builds from the same sources record the same digest.
///
/// With the last build's `InputRecords` (the build cache), a file whose stamp (`InputStamp`) is
/// what it was then, and settled, is not read again: its recorded SHA-256 is used.
enum InputDigest {
    /// A file or folder that could not be read, relative to the site folder.
    struct Failure: Error, Equatable {
        let path: String
        let isFolder: Bool
        let errno: Int32
    }

    /// The digest, each input file's SHA-256 by site-relative path (the build cache's input
    /// digests per source file), and the records for the next build.
    struct Result: Sendable {
        let files: [String: String]
        /// The paths of `files` in byte order.
        let paths: [String]
        let records: InputRecords
        /// How many files were read and hashed (the rest were proved unchanged by their stamps).
        let hashed: Int
        /// Whether the kernel watcher of the preview sees every change to these inputs
        /// (`WatchableInputs`), so that a later digest may look only at the paths it names.
        let watchable: Bool

        /// SHA-256 over the `SHA-256␣␣path` lines (made when asked: the preview never needs it).
        var digest: String {
            var listing = ""
            for path in paths {
                guard let sha256 = files[path] else { continue }
                listing += "\(sha256)  \(ManifestPath.escape(path))\n"
            }
            return SHA256.hexDigest(Array(listing.utf8))
        }
    }

    static func compute(siteFolder: String, theme: String) throws(Failure) -> String {
        try files(siteFolder: siteFolder, theme: theme).digest
    }

    static func files(siteFolder: String, theme: String, known: InputRecords = InputRecords()) throws(Failure) -> Result {
        let takenAt = InputStamp.now()
        var paths = ["site.yaml", ".gongshi/known-names"].filter { exists(siteFolder + "/" + $0) }
        var watchable = WatchableInputs.rootsArePlain(siteFolder: siteFolder, theme: theme)
        for folder in ["content", "static", "templates", "themes/\(theme)"] where exists(siteFolder + "/" + folder) {
            do {
                let listing = try FolderWalk.list(siteFolder + "/" + folder, boundary: siteFolder)
                paths += listing.files.map { folder + "/" + $0 }
                watchable = watchable && WatchableInputs.isWatchable(listing)
            } catch {
                throw Failure(path: error.folder.isEmpty ? folder : folder + "/" + error.folder, isFolder: true, errno: error.errno)
            }
        }
        paths = UTF8Sort.sorted(paths)
        let listed = paths
        // Stamps first, then the content of every file whose stamp does not prove it unchanged:
        // a file edited between the two is hashed as it is now and recorded under the older
        // stamp, so the next build hashes it again.
        let stamps = IndexedResults<(stamp: InputStamp?, linked: Bool)>(count: paths.count)
        DispatchQueue.concurrentPerform(iterations: paths.count) { index in
            stamps.set(index, WatchableInputs.stamp(siteFolder + "/" + listed[index]))
        }
        let stamped = stamps.values()
        let stampList = stamped.map(\.stamp)
        if stamped.contains(where: \.linked) { watchable = false }
        var known = known
        if known.files.isEmpty { known.takenAt = 0 }
        var toHash: [Int] = []
        var recorded: [String?] = Array(repeating: nil, count: paths.count)
        for index in paths.indices {
            if let stamp = stampList[index], let sha256 = known.sha256(paths[index], stamp: stamp) {
                recorded[index] = sha256
            } else {
                toHash.append(index)
            }
        }
        let digests = FileDigest.of(toHash.map { siteFolder + "/" + paths[$0] })
        var hashed: [Int: Swift.Result<FileDigest, FileDigest.Failure>] = [:]
        for (index, result) in zip(toHash, digests) { hashed[index] = result }

        var files: [String: String] = [:]
        var present: [String] = []
        present.reserveCapacity(paths.count)
        var records = InputRecords(takenAt: takenAt)
        files.reserveCapacity(paths.count)
        records.files.reserveCapacity(paths.count)
        for (index, path) in paths.enumerated() {
            let sha256: String
            if let kept = recorded[index] {
                sha256 = kept
            } else {
                switch hashed[index] {
                case .success(let digest): sha256 = digest.sha256
                case .failure(.system(let code)): throw Failure(path: path, isFolder: false, errno: code)
                case .failure(.notRegularFile), nil: continue  // replaced since it was listed; the loader judges it
                }
            }
            files[path] = sha256
            present.append(path)
            if let stamp = stampList[index] { records.files[path] = InputRecord(stamp: stamp, sha256: sha256) }
        }
        return Result(files: files, paths: present, records: records, hashed: toHash.count, watchable: watchable)
    }

    /// Present as anything (a dangling link counts as absent).
    private static func exists(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0
    }
}
