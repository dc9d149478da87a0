import Foundation
import GongshiCore

/// The folder `gongshi print` writes: beside the site's `public/`, never inside the site's output,
/// content or themes, so print files and 明白卡 can never be published.
public enum PrintOutput {
    public struct Failure: Error, Sendable {
        public let message: Message
    }

    /// The default: `print/` in the site folder, beside `public/`.
    public static func defaultFolder(siteFolder: URL) -> URL {
        siteFolder.appendingPathComponent(SitePlan.printFolder, isDirectory: true)
    }

    /// Why `folder` may not take print files, or nil when it may. Judged where the folder really
    /// leads: a symbolic link into the site's themes/ is refused like the folder itself.
    /// - Parameter option: `--out` when the clerk named the folder, nil for the default.
    public static func refusal(_ folder: URL, siteFolder: URL, option: String? = nil) -> Message? {
        let path = folder.path
        guard let refusal = DestinationGuard.printRefusal(path, siteFolder: siteFolder.path) else { return nil }
        return Messages.printDestinationRefused(option: option, path: path, resolved: refusal.resolved, place: refusal.place.message)
    }

    /// Why one of the folders below `folder` that `files` go into may not take them (a month folder
    /// or `assets/` that is a symbolic link into the site), or nil.
    public static func refusal(for files: [OutputFile], in folder: URL, siteFolder: URL, option: String? = nil) -> Message? {
        // Every folder on the way, the shallowest first, so that the message names the link itself.
        var folders: Set<String> = []
        for file in files {
            var parent = POSIXFileWriter.parent(of: file.path)
            while parent != "." && parent != "/", folders.insert(parent).inserted {
                parent = POSIXFileWriter.parent(of: parent)
            }
        }
        let ordered = folders.sorted { ($0.split(separator: "/").count, $0) < ($1.split(separator: "/").count, $1) }
        for relative in ordered {
            if let message = refusal(folder.appendingPathComponent(relative, isDirectory: true), siteFolder: siteFolder, option: option) {
                return message
            }
        }
        return nil
    }

    /// Writes the files below `folder`, replacing files of the same name and leaving others alone
    /// (other months, other regions, PDFs). Everything is written into a staging folder first and
    /// moved into place only when all of it was written, so a failure changes nothing.
    public static func write(_ files: [OutputFile], to folder: URL) throws(Failure) {
        let base = folder.standardizedFileURL.path
        let staging = base + "/.gongshi-print-staging-\(ProcessInfo.processInfo.processIdentifier)"
        var writer = POSIXFileWriter()
        defer { try? FileManager.default.removeItem(atPath: staging) }
        do {
            try writer.makeFolder(staging)
            for file in files { try writer.write(file.bytes, to: staging + "/" + file.path) }
        } catch {
            // The staging folder is ours, not the clerk's: name the print folder instead.
            let shown = error.path.hasPrefix(staging) ? base + error.path.dropFirst(staging.count) : error.path
            throw Failure(message: Messages.printWriteFailed(shown, error.reason))
        }
        // A target that is a folder would stop a move half-way: refuse before moving anything.
        for file in files {
            var isFolder: ObjCBool = false
            let target = base + "/" + file.path
            if FileManager.default.fileExists(atPath: target, isDirectory: &isFolder), isFolder.boolValue {
                throw Failure(message: Messages.printWriteFailed(target, "已存在同名目录"))
            }
        }
        do throws(POSIXFileWriter.Failure) {
            for file in files {
                let target = base + "/" + file.path
                try writer.makeFolder(POSIXFileWriter.parent(of: target))
                guard rename(staging + "/" + file.path, target) == 0 else {
                    throw POSIXFileWriter.Failure(path: target, errno: errno)
                }
            }
        } catch {
            throw Failure(message: Messages.printWriteFailed(error.path, error.reason))
        }
    }
}
