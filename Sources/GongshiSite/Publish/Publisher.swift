import Foundation
import GongshiCore

/// The publish stage: writes the whole site into a staging folder beside the output and swaps it
/// in only when every file was written. A failure leaves the previous output exactly as it was.
public enum Publisher {
    /// A file in every output folder Gongshi writes; only such a folder (or an empty one) is ever
    /// replaced, so a mistyped `--output` cannot delete someone's documents.
    public static let markerFileName = ".gongshi-output"
    static let markerText = "此目录由 gongshi build 生成，每次构建都会整体替换。\nThis folder is written by gongshi build and replaced on every build.\n"

    public struct Failure: Error, Sendable {
        public let message: Message
    }

    public static func publish(_ files: [OutputFile], to output: URL, siteFolder: URL) throws(Failure) {
        // A symlinked output (a web server's folder) is replaced where it points, not the link.
        let outputPath = output.standardizedFileURL.resolvingSymlinksInPath().path
        let sitePath = siteFolder.standardizedFileURL.resolvingSymlinksInPath().path
        let sourceFolders = [sitePath + "/content", sitePath + "/themes", sitePath + "/templates"]
        if outputPath == sitePath || sitePath.hasPrefix(outputPath.hasSuffix("/") ? outputPath : outputPath + "/")
            || sourceFolders.contains(where: { outputPath == $0 || outputPath.hasPrefix($0 + "/") }) {
            throw Failure(message: Messages.outputInsideSource(outputPath))
        }
        try checkReplaceable(outputPath)
        let parent = POSIXFileWriter.parent(of: outputPath)
        let name = (outputPath as NSString).lastPathComponent
        let pid = ProcessInfo.processInfo.processIdentifier
        removeAbandonedStaging(parent: parent, name: name)
        let staging = "\(parent)/.\(name).staging-\(pid)"
        let previous = "\(parent)/.\(name).previous-\(pid)"
        var writer = POSIXFileWriter()
        do {
            try writer.makeFolder(parent)
            removeIfPresent(staging)
            try writer.makeFolder(staging)
            try writer.write(Array(markerText.utf8), to: staging + "/" + markerFileName)
            for file in files {
                try writer.write(file.bytes, to: staging + "/" + file.path)
            }
        } catch {
            removeIfPresent(staging)
            throw Failure(message: Messages.outputNotWritable(outputPath, "\(error.path)：\(error.reason)"))
        }
        try swap(staging: staging, output: outputPath, previous: previous)
    }

    /// The output may be missing, empty, or a folder an earlier build wrote.
    private static func checkReplaceable(_ outputPath: String) throws(Failure) {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: outputPath, isDirectory: &isFolder) else { return }
        guard isFolder.boolValue else {
            throw Failure(message: Messages.outputNotWritable(outputPath, "已存在同名文件"))
        }
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: outputPath)) ?? []
        if entries.isEmpty || entries.contains(markerFileName) { return }
        throw Failure(message: Messages.outputNotGongshi(outputPath))
    }

    private static func swap(staging: String, output: String, previous: String) throws(Failure) {
        let hadOutput = FileManager.default.fileExists(atPath: output)
        if hadOutput {
            removeIfPresent(previous)
            guard rename(output, previous) == 0 else {
                let reason = POSIXFileWriter.describeErrno()
                removeIfPresent(staging)
                throw Failure(message: Messages.outputNotWritable(output, reason))
            }
        }
        guard rename(staging, output) == 0 else {
            let reason = POSIXFileWriter.describeErrno()
            if hadOutput { _ = rename(previous, output) }
            removeIfPresent(staging)
            throw Failure(message: Messages.outputNotWritable(output, reason))
        }
        if hadOutput { removeIfPresent(previous) }
    }

    /// Staging and previous folders of builds that were killed (their process is gone).
    private static func removeAbandonedStaging(parent: String, name: String) {
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: parent)) ?? []
        for entry in entries {
            for prefix in [".\(name).staging-", ".\(name).previous-"] where entry.hasPrefix(prefix) {
                guard let pid = Int32(entry.dropFirst(prefix.count)), pid != ProcessInfo.processInfo.processIdentifier,
                      kill(pid, 0) != 0, errno == ESRCH
                else { continue }
                removeIfPresent(parent + "/" + entry)
            }
        }
    }

    private static func removeIfPresent(_ path: String) {
        if FileManager.default.fileExists(atPath: path) {
            try? FileManager.default.removeItem(atPath: path)
        }
    }
}
