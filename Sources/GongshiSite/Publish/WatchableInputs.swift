#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Whether the preview's kernel watcher (inotify, in `GongshiPreview`) sees every change to a
/// site's inputs, so that a rebuild may take the last digest and look again only at the paths
/// the kernel named (`InputDigest.updating`). The kernel reports what is done through a watched
/// folder's own entries; it says nothing of a file edited through a link or through another hard
/// link to it, nor of anything below a folder it does not watch (the watcher leaves out hidden
/// folders and backups ending in `~`, and never follows a link). A tree with any of those is not
/// watchable: its rebuilds always take the full listing.
enum WatchableInputs {
    /// `site.yaml`, `.gongshi/` and its `known-names`, and the input folders are what they seem:
    /// plain files and real folders (or absent), never links.
    static func rootsArePlain(siteFolder: String, theme: String) -> Bool {
        let files = ["site.yaml", ".gongshi/known-names"]
        let folders = [".gongshi", "content", "static", "templates", "themes", "themes/\(theme)"]
        return files.allSatisfy { kind(siteFolder + "/" + $0).map { $0 == S_IFREG } ?? true }
            && folders.allSatisfy { kind(siteFolder + "/" + $0).map { $0 == S_IFDIR } ?? true }
    }

    /// No link met below the folder, and every folder one the watcher watches.
    static func isWatchable(_ listing: FolderWalk.Listing) -> Bool {
        !listing.examinedLinks && listing.folders.allSatisfy { folder in
            folder.split(separator: "/").allSatisfy { isWatchedName($0) }
        }
    }

    /// The watcher's rule for a folder's name (`TreeScanner.isWatched` in the preview): not
    /// hidden, not a backup ending in `~`.
    static func isWatchedName(_ name: Substring) -> Bool {
        !name.isEmpty && !name.hasPrefix(".") && !name.hasSuffix("~")
    }

    /// The file's stamp (`InputStamp.of`: links followed), and whether it is reached through a
    /// link or has other hard links (an edit through those is never reported for this path).
    static func stamp(_ path: String) -> (stamp: InputStamp?, linked: Bool) {
        var info = stat()
        guard lstat(path, &info) == 0 else { return (InputStamp.of(path), true) }
        guard info.st_mode & S_IFMT == S_IFREG else { return (InputStamp.of(path), true) }
        return (stamp(of: info), info.st_nlink > 1)
    }

    /// What `InputStamp.of` gives for a regular file's `stat`.
    static func stamp(of info: stat) -> InputStamp { InputStamp(info) }

    /// The file type `lstat` gives (`S_IFREG`, `S_IFDIR`, `S_IFLNK`, …), nil when absent.
    static func kind(_ path: String) -> mode_t? {
        var info = stat()
        guard lstat(path, &info) == 0 else { return nil }
        return info.st_mode & S_IFMT
    }
}
