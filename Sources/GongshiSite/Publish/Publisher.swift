import Foundation
import GongshiCore

/// The publish stage: writes the whole site and its manifest into a staging folder beside the
/// output, puts it on disk, and swaps it in with one atomic exchange, so the output path always
/// holds a complete site (the old one or the new one, whatever happens and whenever the process
/// dies). A failure before the swap leaves the previous output exactly as it was.
public enum Publisher {
    /// The manifest every output folder holds. Only a folder with this file (or an empty one) is
    /// ever replaced, so a mistyped `--output` cannot delete someone's documents; folders written
    /// by earlier versions hold a plain-text marker of the same name and count as Gongshi's too.
    public static let markerFileName = OutputManifest.fileName

    public struct Failure: Error, Sendable {
        public let message: Message
        /// False only when the old output was moved away and could not be put back: the output
        /// path is then empty and the message says where the old site is.
        public let outputUnchanged: Bool
        /// Leftover folders that could not be removed on the way (GS5101), so that a failed publish
        /// still names them.
        public var warnings: [Diagnostic] = []

        init(_ message: Message, outputUnchanged: Bool = true, warnings: [Diagnostic] = []) {
            self.message = message
            self.outputUnchanged = outputUnchanged
            self.warnings = warnings
        }
    }

    /// Publishes `files` into `output`. Returns warnings (a leftover folder that cannot be removed,
    /// a filesystem without an atomic exchange).
    public static func publish(
        _ files: [OutputFile], to output: URL, siteFolder: URL, inputDigest: String
    ) throws(Failure) -> [Diagnostic] {
        let place = PublishPlace(output: output, siteFolder: siteFolder)
        try checkOutsideSources(place)
        try checkReplaceable(place)
        var warnings: [Diagnostic] = []
        let abandoned = LeftoverFolders.abandoned(place)
        LeftoverFolders.restoreMissingOutput(place, from: abandoned)
        warnings += abandoned.compactMap { LeftoverFolders.remove($0, place: place) }

        do throws(Failure) {
            let pid = ProcessInfo.processInfo.processIdentifier
            let staging = place.staging(pid: pid)
            let written = try writeStaging(files, staging: staging, place: place, inputDigest: inputDigest)
            PublishFaults.reached(.staged)
            if let code = StagingSync.syncTree(root: staging, files: written.files, folders: written.folders + [place.parent]) {
                throw abandon(staging, place, code)
            }
            PublishFaults.reached(.synced)
            warnings += try swap(staging: staging, previous: place.previous(pid: pid), place: place)
            return warnings
        } catch {
            var failure = error
            failure.warnings = warnings + failure.warnings
            throw failure
        }
    }

    /// Puts back an old site that a killed fallback publish left renamed away with nothing at the
    /// output path. Run before anything else, so that even a build that then fails on content
    /// leaves the old site in place, as its summary says.
    public static func restoreInterrupted(output: URL, siteFolder: URL) {
        let place = PublishPlace(output: output, siteFolder: siteFolder)
        LeftoverFolders.restoreMissingOutput(place, from: LeftoverFolders.abandoned(place))
    }

    /// The output may not be the site folder, above it, or inside its sources.
    private static func checkOutsideSources(_ place: PublishPlace) throws(Failure) {
        let outputPath = place.output, sitePath = place.site
        let sourceFolders = [sitePath + "/content", sitePath + "/themes", sitePath + "/templates"]
        if outputPath == sitePath || sitePath.hasPrefix(outputPath.hasSuffix("/") ? outputPath : outputPath + "/")
            || sourceFolders.contains(where: { outputPath == $0 || outputPath.hasPrefix($0 + "/") }) {
            throw Failure(Messages.outputInsideSource(place.outputDisplay))
        }
    }

    /// The output may be missing, empty, or a folder an earlier build wrote.
    private static func checkReplaceable(_ place: PublishPlace) throws(Failure) {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: place.output, isDirectory: &isFolder) else { return }
        guard isFolder.boolValue else {
            throw Failure(Messages.outputNotWritable(place.outputDisplay, SystemErrorText.reason(errno: EEXIST)))
        }
        let entries: [String]
        do {
            entries = try FileManager.default.contentsOfDirectory(atPath: place.output)
        } catch {
            throw Failure(Messages.outputNotWritable(place.outputDisplay, SystemErrorText.reason(of: error)))
        }
        if entries.isEmpty || entries.contains(markerFileName) { return }
        throw Failure(Messages.outputNotGongshi(place.outputDisplay))
    }

    /// Every file, then the manifest, into a fresh staging folder. Returns what was written.
    private static func writeStaging(
        _ files: [OutputFile], staging: String, place: PublishPlace, inputDigest: String
    ) throws(Failure) -> (files: [String], folders: [String]) {
        let published = files.filter { $0.path != markerFileName }
        let digests = FileDigest.of(published)
        let manifest = OutputManifest(
            version: GongshiVersion.current, inputDigest: inputDigest,
            entries: zip(published, digests).map { .init(path: $0.path, size: $1.size, sha256: $1.sha256) })
        var writer = POSIXFileWriter()
        var paths: [String] = []
        paths.reserveCapacity(published.count + 1)
        do throws(POSIXFileWriter.Failure) {
            try writer.makeFolder(place.parent)
            // A folder of this name (a reused process id) must go: its files would be published.
            _ = LeftoverFolders.remove(staging, place: place)
            if mkdir(staging, 0o755) != 0 { throw POSIXFileWriter.Failure(path: staging, errno: errno) }
            try writer.makeFolder(staging)
            for file in published {
                let path = staging + "/" + file.path
                try writer.write(file.bytes, to: path)
                paths.append(path)
            }
            let manifestPath = staging + "/" + markerFileName
            try writer.write(Array(manifest.text.utf8), to: manifestPath)
            paths.append(manifestPath)
        } catch {
            let leftover = LeftoverFolders.remove(staging, place: place)
            // A file of the new site is named as it would be published; the staging folder itself
            // (or the folder it goes in) only by the reason.
            let detail = error.path.hasPrefix(staging + "/")
                ? "\(place.displayStaged(error.path, staging: staging))：\(error.reason)" : error.reason
            throw Failure(Messages.outputNotWritable(place.outputDisplay, detail), warnings: leftover.map { [$0] } ?? [])
        }
        let folders = writer.createdFolders.filter { $0 == staging || $0.hasPrefix(staging + "/") }
        return (paths, Array(folders))
    }

    /// Puts the staging folder at the output path. First publish: a rename that never replaces.
    /// Otherwise one atomic exchange, then the old tree (now at the staging name) is removed. Where
    /// the exchange is unavailable: two renames, with a warning.
    private static func swap(staging: String, previous: String, place: PublishPlace) throws(Failure) -> [Diagnostic] {
        let output = place.output
        var warnings: [Diagnostic] = []
        if !FileManager.default.fileExists(atPath: output) {
            guard let code = DirectorySwap.renameNoReplace(staging, output) else {
                return durableParent(place)
            }
            if DirectorySwap.isUnsupported(code) {
                if let code = DirectorySwap.plainRename(staging, output) { throw abandon(staging, place, code) }
                return durableParent(place)
            }
            // EEXIST: a concurrent build published first; exchange with its output below.
            guard code == EEXIST else { throw abandon(staging, place, code) }
        }
        guard let code = DirectorySwap.exchange(staging, output) else {
            PublishFaults.reached(.exchanged)
            warnings += durableParent(place)
            warnings += LeftoverFolders.remove(staging, place: place).map { [$0] } ?? []
            return warnings
        }
        guard DirectorySwap.isUnsupported(code) else { throw abandon(staging, place, code) }
        warnings.append(.warning(SourceLocation(file: place.outputDisplay), Messages.publishExchangeUnavailable(place.outputDisplay)))
        warnings += LeftoverFolders.remove(previous, place: place).map { [$0] } ?? []
        if let code = DirectorySwap.plainRename(output, previous) {
            var failure = abandon(staging, place, code)
            failure.warnings = warnings + failure.warnings
            throw failure
        }
        PublishFaults.reached(.betweenRenames)
        if let code = DirectorySwap.plainRename(staging, output) {
            let reason = SystemErrorText.reason(errno: code)
            let leftover = warnings + (LeftoverFolders.remove(staging, place: place).map { [$0] } ?? [])
            if DirectorySwap.plainRename(previous, output) == nil {
                throw Failure(Messages.outputNotWritable(place.outputDisplay, reason), warnings: leftover)
            }
            throw Failure(Messages.publishOutputMovedAway(
                output: place.outputDisplay, movedTo: place.display(previous), reason: reason), outputUnchanged: false,
                warnings: leftover)
        }
        warnings += durableParent(place)
        warnings += LeftoverFolders.remove(previous, place: place).map { [$0] } ?? []
        return warnings
    }

    /// The staging folder is removed (or named in a warning); the output was never touched.
    private static func abandon(_ staging: String, _ place: PublishPlace, _ code: Int32) -> Failure {
        let leftover = LeftoverFolders.remove(staging, place: place)
        return Failure(Messages.outputNotWritable(place.outputDisplay, SystemErrorText.reason(errno: code)),
                       warnings: leftover.map { [$0] } ?? [])
    }

    /// Syncs the folder holding the output, so the rename itself survives a power cut.
    private static func durableParent(_ place: PublishPlace) -> [Diagnostic] {
        guard let code = StagingSync.syncFolder(place.parent) else { return [] }
        return [.warning(SourceLocation(file: place.outputDisplay),
                         Messages.publishNotConfirmedOnDisk(SystemErrorText.reason(errno: code)))]
    }
}
