#if canImport(Glibc)
import Glibc
import GongshiCore

/// One inotify instance watching every folder of the site's inputs: the site folder itself (for
/// `site.yaml` and the roots coming and going), `content/`, `templates/` and `themes/` with every
/// folder under them, and `.gongshi/` (for `known-names` only: the build cache beside it is the
/// build's own). It turns the kernel's events into the site-relative paths to look at again, and
/// watches new folders as they appear. Names are filtered by the same rule as `TreeScanner`
/// (no hidden files, no backups ending in `~`), so the output folder, `.gongshi/cache/` and
/// editors' swap files never wake a rebuild.
///
/// Not thread-safe: after set-up, only the reader thread of `InotifyWatcher` touches it.
final class InotifyWatches: @unchecked Sendable {
    enum Failure: Error, Equatable {
        /// `inotify_init1` or the first watch failed (errno).
        case unavailable(Int32)
        /// The watch limit (`fs.inotify.max_user_watches`) is reached.
        case watchLimit
    }

    /// What a batch of events asks the watcher to do.
    struct Batch {
        /// Site-relative path → whether the kernel called it a folder.
        var paths: [String: Bool] = [:]
        /// The kernel dropped events: only a full scan can tell what changed.
        var overflowed = false
        /// A new folder could not be watched (the watch limit): polling must take over.
        var limitReached = false
        /// Every input file named, hidden ones and writes not yet closed included (`ChangeJournal`).
        var touched: Set<String> = []
        /// A folder (or `.gongshi`, or an input root) came, went, moved or changed its mode:
        /// files may have come or gone unnamed, so the next rebuild must list every input.
        var uncertain = false
        /// Nothing to wake the watcher for (what is only `touched` is not: a write not yet closed).
        var isEmpty: Bool { paths.isEmpty && !overflowed && !limitReached }
    }

    let descriptor: Int32
    private let siteFolder: String
    /// Watch descriptor → the folder's site-relative path (`""` for the site folder).
    private var folders: [Int32: String] = [:]

    /// `IN_MODIFY` only for the journal: a write not yet closed wakes no rebuild, but one that
    /// happens for another reason must look at that file again.
    static let events: UInt32 = UInt32(
        IN_CLOSE_WRITE | IN_MOVED_TO | IN_MOVED_FROM | IN_CREATE | IN_DELETE | IN_DELETE_SELF | IN_ATTRIB | IN_MODIFY)
    static let options: UInt32 = UInt32(IN_ONLYDIR | IN_DONT_FOLLOW | IN_EXCL_UNLINK)
    private static let configFolder = ".gongshi"
    private static let knownNamesName = "known-names"

    init(siteFolder: String) throws(Failure) {
        self.siteFolder = siteFolder
        descriptor = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
        guard descriptor >= 0 else { throw .unavailable(errno) }
        do throws(Failure) {
            guard try add("") else { throw .unavailable(ENOENT) }
            for root in TreeScanner.folderRoots { try addTree(root) }
            _ = try add(Self.configFolder)
        } catch {
            close(descriptor)
            throw error
        }
    }

    /// Turns one event into paths to look at again, watching (or forgetting) folders on the way.
    func handle(_ event: InotifyEvent, into batch: inout Batch) {
        if event.mask & UInt32(IN_Q_OVERFLOW) != 0 {
            // Events were lost, new folders among them perhaps: watch every folder again (a
            // folder already watched keeps its watch) and let a full scan say what changed.
            batch.overflowed = true
            batch.uncertain = true
            do throws(Failure) {
                for root in TreeScanner.folderRoots { try addTree(root) }
                _ = try add(Self.configFolder)
            } catch {
                batch.limitReached = true
            }
            return
        }
        if event.mask & UInt32(IN_IGNORED) != 0 {
            folders[event.watch] = nil
            return
        }
        // An event on a watched folder itself is reported by its parent too (as its name).
        guard let folder = folders[event.watch], let name = event.name else { return }
        let isFolder = event.mask & UInt32(IN_ISDIR) != 0
        journal(folder: folder, name: name, isFolder: isFolder, &batch)
        if event.mask & ~UInt32(IN_ISDIR) == UInt32(IN_MODIFY) { return }
        switch folder {
        case "":
            if name == Self.configFolder {
                if isFolder && event.mask & UInt32(IN_MOVED_FROM | IN_DELETE) != 0 { forget(name) }
                if isFolder && event.mask & UInt32(IN_CREATE | IN_MOVED_TO) != 0 { watchNew(name, recursive: false, &batch) }
                batch.paths[KnownNames.path, default: false] = false
            } else if name == "site.yaml" {
                batch.paths[name, default: false] = false
            } else if TreeScanner.folderRoots.contains(name) {
                follow(name, isFolder: isFolder, mask: event.mask, &batch)
            }
        case Self.configFolder:
            if name == Self.knownNamesName { batch.paths[KnownNames.path, default: false] = isFolder }
        default:
            guard name.withCString(TreeScanner.isWatched) else { return }
            follow(folder + "/" + name, isFolder: isFolder, mask: event.mask, &batch)
        }
    }

    /// What the event means for the journal: an input file to look at again, or uncertainty.
    private func journal(folder: String, name: String, isFolder: Bool, _ batch: inout Batch) {
        switch folder {
        case "":
            if name == "site.yaml" && !isFolder {
                batch.touched.insert(name)
            } else if name == Self.configFolder || name == "site.yaml" || TreeScanner.folderRoots.contains(name) {
                batch.uncertain = true
            }
        case Self.configFolder:
            if name == Self.knownNamesName {
                if isFolder { batch.uncertain = true } else { batch.touched.insert(KnownNames.path) }
            }
        default:
            if isFolder { batch.uncertain = true } else { batch.touched.insert(folder + "/" + name) }
        }
    }

    private func follow(_ path: String, isFolder: Bool, mask: UInt32, _ batch: inout Batch) {
        if isFolder {
            if mask & UInt32(IN_MOVED_FROM | IN_DELETE) != 0 { forget(path) }
            if mask & UInt32(IN_CREATE | IN_MOVED_TO) != 0 { watchNew(path, recursive: true, &batch) }
        }
        batch.paths[path] = (batch.paths[path] ?? false) || isFolder
    }

    private func watchNew(_ path: String, recursive: Bool, _ batch: inout Batch) {
        do {
            if recursive { try addTree(path) } else { _ = try add(path) }
        } catch {
            batch.limitReached = true
        }
    }

    /// Watches `path` and every watched folder under it; a folder that vanished meanwhile is skipped.
    private func addTree(_ path: String) throws(Failure) {
        guard try add(path) else { return }
        for child in subfolders(of: path) { try addTree(path + "/" + child) }
    }

    /// Watches one folder; false when it is not (or no longer) a folder.
    private func add(_ path: String) throws(Failure) -> Bool {
        let watch = inotify_add_watch(descriptor, absolute(path), Self.events | Self.options)
        guard watch >= 0 else {
            if errno == ENOSPC { throw .watchLimit }
            return false
        }
        folders[watch] = path
        return true
    }

    /// A folder moved away or deleted: its watches and those under it go (the kernel drops them on
    /// deletion itself; a folder moved out of the site would otherwise stay watched).
    private func forget(_ path: String) {
        let prefix = path + "/"
        for (watch, folder) in folders where folder == path || folder.hasPrefix(prefix) {
            inotify_rm_watch(descriptor, watch)
            folders[watch] = nil
        }
    }

    /// The watched (not hidden, not backup) folders directly in `path`, links not followed.
    private func subfolders(of path: String) -> [String] {
        guard let directory = opendir(absolute(path)) else { return [] }
        defer { closedir(directory) }
        var names: [String] = []
        while let entry = readdir(directory) {
            let kind = entry.pointee.d_type
            let name = UnsafeRawPointer(entry).advanced(by: Self.nameOffset).assumingMemoryBound(to: CChar.self)
            guard TreeScanner.isWatched(name) else { continue }
            if kind == UInt8(DT_DIR) || (kind == UInt8(DT_UNKNOWN) && isFolder(dirfd(directory), name)) {
                names.append(String(cString: name))
            }
        }
        return names
    }

    private func isFolder(_ parent: Int32, _ name: UnsafePointer<CChar>) -> Bool {
        var info = stat()
        return fstatat(parent, name, &info, AT_SYMLINK_NOFOLLOW) == 0 && info.st_mode & S_IFMT == S_IFDIR
    }

    private func absolute(_ path: String) -> String {
        path.isEmpty ? siteFolder : siteFolder + "/" + path
    }

    private static let nameOffset = MemoryLayout<dirent>.offset(of: \dirent.d_name) ?? 0
}
#endif
