#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Dispatch
import Foundation
import GongshiCore

/// The staging folder of one publish, filled while pages are rendered: each file is written (or
/// linked from the old output, when the build cache proves it unchanged) as soon as it is ready,
/// so a city-sized site is never held in memory whole. Folders are made before any file, so the
/// many threads that write files never race on `mkdir`. `finish` adds the manifest, puts the tree
/// on disk and swaps it in (`Publisher`); `abandon` removes it and leaves the output untouched.
/// A build with the cache claims the previous tree instead of a fresh folder (`PreviousTree`):
/// then every file is replaced rather than created, and the old output is kept for the next build.
final class StagingTree: @unchecked Sendable {
    let place: PublishPlace
    /// The staging folder's real path.
    let root: String
    /// Every folder of the tree (the staging folder first), synced before the swap.
    private var folders: [String]
    /// The tree is a claimed previous tree: its files may be hard links to the live output's, so
    /// each is replaced (unlinked first), never written into.
    let isClaimed: Bool
    /// Whether the swap keeps the old output as the previous tree (builds with the cache).
    let keepsPrevious: Bool
    /// Warnings from opening (leftover folders that could not be removed).
    let openingWarnings: [Diagnostic]

    private init(place: PublishPlace, root: String, folders: [String], warnings: [Diagnostic], isClaimed: Bool,
                 keepsPrevious: Bool) {
        self.place = place
        self.root = root
        self.folders = folders
        openingWarnings = warnings
        self.isClaimed = isClaimed
        self.keepsPrevious = keepsPrevious
    }

    /// Checks the output may be replaced, clears leftovers of killed builds, and makes a staging
    /// folder with every folder that `paths` (output-relative file paths) need: with
    /// `reusingPrevious`, the previous tree claimed and pruned to the new site's entries when
    /// there is an intact one, else a fresh folder (and then a previous tree is removed).
    static func open(output: URL, siteFolder: URL, paths: some Sequence<String>,
                     reusingPrevious: Bool = false) throws(Publisher.Failure) -> StagingTree {
        let place = PublishPlace(output: output, siteFolder: siteFolder)
        try Publisher.checkOutsideSources(place)
        try Publisher.checkReplaceable(place)
        var warnings: [Diagnostic] = []
        let abandoned = LeftoverFolders.abandoned(place)
        LeftoverFolders.restoreMissingOutput(place, from: abandoned)
        warnings += abandoned.compactMap { LeftoverFolders.remove($0, place: place) }

        let staging = place.staging(pid: ProcessInfo.processInfo.processIdentifier)
        var relativeFolders: Set<String> = []
        var files: Set<String> = []
        for path in paths {
            files.insert(path)
            var folder = POSIXFileWriter.parent(of: path)
            while folder != ".", relativeFolders.insert(folder).inserted {
                folder = POSIXFileWriter.parent(of: folder)
            }
        }
        var writer = POSIXFileWriter()
        let made = [staging] + relativeFolders.map { staging + "/" + $0 }
        // A folder of this name (a reused process id) must go: its files would be published.
        _ = LeftoverFolders.remove(staging, place: place)
        if reusingPrevious, PreviousTree.claim(place, as: staging, warnings: &warnings) {
            if ClaimedTreePruning.prune(staging, files: files, folders: relativeFolders) == nil {
                PublishFaults.reached(.pruned)
                return StagingTree(place: place, root: staging, folders: made, warnings: warnings, isClaimed: true,
                                   keepsPrevious: true)
            }
            // Something in it could not be removed or made: start afresh.
            if let warning = LeftoverFolders.remove(staging, place: place) { warnings.append(warning) }
        } else if !reusingPrevious, let warning = PreviousTree.discard(place) {
            warnings.append(warning)
        }
        do throws(POSIXFileWriter.Failure) {
            try writer.makeFolder(place.parent)
            if mkdir(staging, 0o755) != 0 { throw POSIXFileWriter.Failure(path: staging, errno: errno) }
            // Parents sort before their children.
            for folder in relativeFolders.sorted(by: { $0.utf8Precedes($1) }) {
                try writer.makeFolder(staging + "/" + folder)
            }
        } catch {
            let leftover = LeftoverFolders.remove(staging, place: place)
            throw Publisher.Failure(Messages.outputNotWritable(place.outputDisplay, error.reason),
                                    warnings: warnings + (leftover.map { [$0] } ?? []))
        }
        return StagingTree(place: place, root: staging, folders: made, warnings: warnings, isClaimed: false,
                           keepsPrevious: reusingPrevious)
    }

    /// Makes the folders that files known only after the pages were written need (the search
    /// bundle's), each synced with the others before the swap. Call from one thread.
    func makeFolders(for paths: [String]) throws(Publisher.Failure) {
        var writer = POSIXFileWriter()
        var made = Set(folders)
        for path in paths {
            var folder = POSIXFileWriter.parent(of: path)
            var chain: [String] = []
            while folder != ".", !made.contains(root + "/" + folder) {
                chain.append(folder)
                folder = POSIXFileWriter.parent(of: folder)
            }
            for folder in chain.reversed() {
                let full = root + "/" + folder
                do throws(POSIXFileWriter.Failure) {
                    try writer.makeFolder(full)
                } catch {
                    throw Publisher.Failure(Messages.outputNotWritable(
                        place.outputDisplay, "\(place.displayStaged(error.path, staging: root))：\(error.reason)"))
                }
                made.insert(full)
                folders.append(full)
            }
        }
    }

    /// Writes one file (its folder exists). Safe to call from many threads for different paths.
    func write(_ bytes: [UInt8], to relative: String) throws(Publisher.Failure) -> FileStamp {
        let writer = POSIXFileWriter()
        let path = root + "/" + relative
        do throws(POSIXFileWriter.Failure) {
            // A claimed tree's file may be the live output's own (a hard link): a new file replaces it.
            if isClaimed, unlink(path) != 0, errno != ENOENT { throw POSIXFileWriter.Failure(path: path, errno: errno) }
            try writer.writeFile(bytes, to: path)
        } catch {
            throw Publisher.Failure(Messages.outputNotWritable(
                place.outputDisplay, "\(place.displayStaged(error.path, staging: root))：\(error.reason)"))
        }
        return FileStamp.of(path) ?? FileStamp(inode: 0, size: bytes.count, modifiedNanoseconds: 0)
    }

    /// Hard-links the files `relatives` of the current output into the staging tree, each only
    /// when `accept(index, stamp)` accepts the old file's stamp (a link is never followed; a file
    /// that cannot be linked, on another filesystem or gone, is left to the caller). A
    /// city's 55,000 unchanged pages are linked folder by folder, on every core, each file named
    /// relative to its open folder, so the kernel walks each folder's path once, not per file.
    /// In a claimed tree, a file that still has the stamp the cache recorded for the page (in the
    /// steady state the output's own file, by a hard link) is kept as it is, one `fstatat` and
    /// nothing else; any other file there is unlinked before the link.
    /// Returns the indexes of the files linked, each once, in no order (the caller renders the others instead).
    func linkExisting(_ relatives: [String], accept: @Sendable (Int, FileStamp) -> Bool) -> [Int] {
        var byFolder: [String: [Int]] = [:]
        for (index, relative) in relatives.enumerated() {
            byFolder[POSIXFileWriter.parent(of: relative), default: []].append(index)
        }
        let groups = Array(byFolder)
        let linked = IndexedResults<[Int]>(count: groups.count)
        let output = place.output, staging = root, isClaimed = isClaimed
        DispatchQueue.concurrentPerform(iterations: groups.count) { position in
            let (folder, indexes) = groups[position]
            var done: [Int] = []
            defer { linked.set(position, done) }
            let suffix = folder == "." ? "" : "/" + folder
            let from = openFolder(output + suffix)
            guard from >= 0 else { return }
            defer { close(from) }
            let to = openFolder(staging + suffix)
            guard to >= 0 else { return }
            defer { close(to) }
            for index in indexes {
                let relative = relatives[index]
                let name = relative.utf8.lastIndex(of: UInt8(ascii: "/")).map { relative[relative.index(after: $0)...] }
                    ?? relative[...]
                // The name as a C string in place (no String made per file).
                let isLinked = name.withCString { name in
                    var info = stat()
                    // A claimed tree's file that still has the recorded stamp (inode, size,
                    // modification time) is the very file the cache describes: one `fstatat`,
                    // and the output's file is not looked at (in the steady state it is the same inode).
                    if isClaimed, fstatat(to, name, &info, AT_SYMLINK_NOFOLLOW) == 0, (info.st_mode & S_IFMT) == S_IFREG,
                       let stamp = FileStamp.stamp(info), accept(index, stamp) {
                        return true
                    }
                    guard fstatat(from, name, &info, AT_SYMLINK_NOFOLLOW) == 0, let stamp = FileStamp.stamp(info),
                          accept(index, stamp) else { return false }
                    if isClaimed {
                        var present = stat()
                        if fstatat(to, name, &present, AT_SYMLINK_NOFOLLOW) == 0 {
                            if present.st_dev == info.st_dev && present.st_ino == info.st_ino { return true }
                            guard unlinkat(to, name, 0) == 0 else { return false }
                        }
                    }
                    return linkat(from, name, to, name, 0) == 0
                }
                if isLinked { done.append(index) }
            }
        }
        return Array(linked.values().joined())
    }

    /// The manifest, then the tree on disk, then the swap. Returns the warnings of the publish.
    /// - Parameter unfinished: files of the new site that were neither written nor linked (none
    ///   when the build gets here; should there be one, a claimed tree's older file must not be
    ///   published under its name). The files to sync are the manifest's (no list of its own:
    ///   a million paths at province scale).
    func finish(manifest: OutputManifest, unfinished: [String]) throws(Publisher.Failure) -> [Diagnostic] {
        do throws(Publisher.Failure) {
            if isClaimed {
                for missing in unfinished { unlink(root + "/" + missing) }
            }
            try writeManifest(manifest)
            PublishFaults.reached(.staged)
            let files = manifest.entries.lazy.map(\.path) + [Publisher.markerFileName]
            if let code = StagingSync.syncTree(root: root, files: files, folders: folders + [place.parent]) {
                throw Publisher.abandon(root, place, code)
            }
            PublishFaults.reached(.synced)
            let previous = place.previous(pid: ProcessInfo.processInfo.processIdentifier)
            return openingWarnings + (try Publisher.swap(staging: root, previous: previous, place: place,
                                                         keepsPrevious: keepsPrevious))
        } catch {
            var failure = error
            failure.warnings = openingWarnings + failure.warnings
            throw failure
        }
    }

    /// Writes the manifest a piece at a time (`OutputManifest.write`).
    private func writeManifest(_ manifest: OutputManifest) throws(Publisher.Failure) {
        let path = root + "/" + Publisher.markerFileName
        do throws(POSIXFileWriter.Failure) {
            if isClaimed, unlink(path) != 0, errno != ENOENT { throw POSIXFileWriter.Failure(path: path, errno: errno) }
            try POSIXFileWriter().writeFile(to: path) { write in manifest.write(write) }
        } catch {
            throw Publisher.Failure(Messages.outputNotWritable(
                place.outputDisplay, "\(place.displayStaged(error.path, staging: root))：\(error.reason)"))
        }
    }

    /// Removes the staging tree: the output was never touched. Returns the leftover warning, if any.
    func abandon() -> [Diagnostic] {
        openingWarnings + (LeftoverFolders.remove(root, place: place).map { [$0] } ?? [])
    }
}

/// What identifies a file's version on disk without reading it: inode, size and modification
/// time. The build cache trusts an old output file only while all three are as it wrote them.
struct FileStamp: Equatable, Sendable {
    let inode: UInt64
    let size: Int
    let modifiedNanoseconds: Int64

    /// nil when `path` is not a regular file (a link is not followed).
    static func of(_ path: String) -> FileStamp? {
        var info = stat()
        guard lstat(path, &info) == 0 else { return nil }
        return stamp(info)
    }

    /// Of the file a path leads to, following links.
    static func ofFollowingLinks(_ path: String) -> FileStamp? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return stamp(info)
    }

    static func stamp(_ info: stat) -> FileStamp? {
        guard (info.st_mode & S_IFMT) == S_IFREG else { return nil }
        #if canImport(Darwin)
        let modified = info.st_mtimespec
        #else
        let modified = info.st_mtim
        #endif
        return FileStamp(inode: UInt64(info.st_ino), size: Int(info.st_size),
                         modifiedNanoseconds: Int64(modified.tv_sec) * 1_000_000_000 + Int64(modified.tv_nsec))
    }
}

/// `open(2)` of a folder, for `*at` calls relative to it (named apart from `StagingTree.open`).
private func openFolder(_ path: String) -> Int32 {
    #if canImport(Glibc)
    return Glibc.open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
    #else
    return Darwin.open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
    #endif
}
