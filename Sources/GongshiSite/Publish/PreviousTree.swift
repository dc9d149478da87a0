#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import GongshiCore

/// The output a finished build replaced, kept beside it (`PublishPlace.previousTree`) instead of
/// deleted. In a build where little changed, nearly every page of that tree is already a hard link
/// to the current output's file: claiming it as the staging tree and bringing it up to date
/// (`ClaimedTreePruning`, `StagingTree.linkExisting`) costs one `fstatat` per unchanged page,
/// where a fresh staging tree costs a `linkat` per page now and an `unlinkat` per page when the
/// old tree is removed. The tree is never changed in place while it could be served: it is renamed
/// to the staging name first, and its files are only ever unlinked or replaced, never written.
enum PreviousTree {
    /// Renames the previous tree to `staging` and removes its manifest, so that it is never taken
    /// for a finished site. False (and nothing claimed) when there is none, or it is not a plain
    /// folder holding a manifest on the output's filesystem: such a tree is removed (a warning
    /// when that fails, appended to `warnings`), and the caller makes a fresh staging folder.
    static func claim(_ place: PublishPlace, as staging: String, warnings: inout [Diagnostic]) -> Bool {
        let path = place.previousTree
        var tree = stat(), parent = stat(), manifest = stat()
        guard lstat(path, &tree) == 0 else { return false }
        let intact = (tree.st_mode & S_IFMT) == S_IFDIR && stat(place.parent, &parent) == 0 && parent.st_dev == tree.st_dev
            && lstat(path + "/" + OutputManifest.fileName, &manifest) == 0 && (manifest.st_mode & S_IFMT) == S_IFREG
        guard intact else {
            if let warning = LeftoverFolders.remove(path, place: place) { warnings.append(warning) }
            return false
        }
        // A concurrent build may have claimed it first: then there is nothing to claim.
        guard DirectorySwap.plainRename(path, staging) == nil else { return false }
        PublishFaults.reached(.claimed)
        if unlink(staging + "/" + OutputManifest.fileName) != 0 && errno != ENOENT {
            if let warning = LeftoverFolders.remove(staging, place: place) { warnings.append(warning) }
            return false
        }
        return true
    }

    /// Keeps the old tree (at `old`, beside the output after the swap) as the previous tree. A
    /// previous tree already there (one this build did not claim) is removed first. Where it
    /// cannot be kept, the old tree is removed as before; the warnings are those removals'.
    static func keep(_ old: String, place: PublishPlace) -> [Diagnostic] {
        let path = place.previousTree
        if DirectorySwap.plainRename(old, path) == nil { return ignoredByGit(path) }
        var warnings: [Diagnostic] = []
        if errno == ENOTEMPTY || errno == EEXIST || errno == ENOTDIR || errno == EISDIR {
            if let warning = LeftoverFolders.remove(path, place: place) {
                warnings.append(warning)
            } else if DirectorySwap.plainRename(old, path) == nil {
                return ignoredByGit(path)
            }
        }
        return warnings + (LeftoverFolders.remove(old, place: place).map { [$0] } ?? [])
    }

    /// Puts a `.gitignore` of `*` in the kept tree, so that a site kept in git that ignores only
    /// its output folder does not see the copy beside it. Only a new file (`O_EXCL`): a file of
    /// that name in the tree may be a hard link to the live output's, never written into. (Not
    /// part of the site: the next build's pruning removes it with every other file the new site
    /// does not have.) Never fails the build.
    private static func ignoredByGit(_ tree: String) -> [Diagnostic] {
        let descriptor = open(tree + "/.gitignore", O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { return [] }
        let text = Array("# gongshi build 的上一版输出（供下次生成沿用），可随时删除\n*\n".utf8)
        _ = text.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
        close(descriptor)
        return []
    }

    /// A build that keeps no previous tree (`--no-cache`) removes one left by earlier builds, so
    /// that no stale copy of the site stays beside the output.
    static func discard(_ place: PublishPlace) -> Diagnostic? {
        LeftoverFolders.remove(place.previousTree, place: place)
    }
}
