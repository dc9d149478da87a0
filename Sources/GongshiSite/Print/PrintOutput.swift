import Foundation
import GongshiCore

/// The folder `gongshi print` writes: beside the site's `public/`, never inside the site's output,
/// content or themes, so print files and 明白卡 can never be published.
public enum PrintOutput {
    public struct Failure: Error, Sendable {
        public let message: String
    }

    /// The default: `print/` in the site folder, beside `public/`.
    public static func defaultFolder(siteFolder: URL) -> URL {
        siteFolder.appendingPathComponent(SitePlan.printFolder, isDirectory: true)
    }

    /// Why `folder` may not take print files, or nil when it may.
    public static func refusal(_ folder: URL, siteFolder: URL) -> String? {
        let path = folder.standardizedFileURL.path
        let site = siteFolder.standardizedFileURL.path
        func isWithin(_ path: String, _ parent: String) -> Bool {
            path == parent || path.hasPrefix(parent.hasSuffix("/") ? parent : parent + "/")
        }
        let guarded = ["public", "content", "themes", "templates"].map { site + "/" + $0 }
        if isWithin(site, path) || guarded.contains(where: { isWithin(path, $0) }) || insideBuiltSite(path) {
            return Messages.printOutputInsideSite(path)
        }
        return nil
    }

    /// The folder or one above it holds the marker of a folder `gongshi build` writes.
    private static func insideBuiltSite(_ path: String) -> Bool {
        var current = path
        while !current.isEmpty {
            if FileManager.default.fileExists(atPath: current + "/" + Publisher.markerFileName) { return true }
            let parent = POSIXFileWriter.parent(of: current)
            if parent == current { break }
            current = parent
        }
        return false
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
            throw Failure(message: Messages.printWriteFailed(error.path, error.reason))
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
                    throw POSIXFileWriter.Failure(path: target, reason: POSIXFileWriter.describeErrno())
                }
            }
        } catch {
            throw Failure(message: Messages.printWriteFailed(error.path, error.reason))
        }
    }
}
