#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import GongshiCore

/// What every command checks before it reads a site: that `--source` is a folder that can be
/// listed and that its `site.yaml`, when there is one, is a regular file (or a link to one).
/// Without it a mistyped `--source` reads as "找不到 site.yaml", a source that is a file as the
/// same, a site.yaml that is a folder as an English Foundation error, and `gongshi serve`
/// starts serving an error page for a folder that does not exist.
enum SiteFolderCheck {
    /// The problem, or nil. `shown` is the folder as the clerk gave it.
    static func problem(_ siteFolder: URL, shown: String) -> Message? {
        let path = siteFolder.path
        var info = stat()
        guard stat(path, &info) == 0 else {
            if errno == ENOENT { return Messages.sourceFolderMissing(shown) }
            return Messages.sourceFolderUnreadable(shown, reason: SystemErrorText.currentReason())
        }
        guard info.st_mode & S_IFMT == S_IFDIR else {
            return Messages.sourceFolderUnreadable(shown, reason: Messages.notAFolder)
        }
        guard let listing = opendir(path) else {
            return Messages.sourceFolderUnreadable(shown, reason: SystemErrorText.currentReason())
        }
        closedir(listing)
        var site = stat()
        if stat(path + "/site.yaml", &site) == 0, site.st_mode & S_IFMT != S_IFREG {
            return Messages.siteFileNotAFile
        }
        return nil
    }
}
