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
        let published = files.filter { $0.path != markerFileName }
        let tree = try StagingTree.open(output: output, siteFolder: siteFolder, paths: published.map(\.path))
        do throws(Failure) {
            for file in published { _ = try tree.write(file.bytes, to: file.path) }
        } catch {
            var failure = error
            failure.warnings = tree.abandon() + failure.warnings
            throw failure
        }
        let digests = FileDigest.of(published)
        let manifest = OutputManifest(
            version: GongshiVersion.current, inputDigest: inputDigest,
            // (`FileDigest` gives lowercase hex, which always reads back.)
            entries: zip(published, digests).map { .init(path: $0.path, size: $1.size, sha256: Digest32(hex: $1.sha256) ?? .zero) })
        return try tree.finish(manifest: manifest, unfinished: [])
    }

    /// Puts back an old site that a killed fallback publish left renamed away with nothing at the
    /// output path. Run before anything else, so that even a build that then fails on content
    /// leaves the old site in place, as its summary says.
    public static func restoreInterrupted(output: URL, siteFolder: URL) {
        let place = PublishPlace(output: output, siteFolder: siteFolder)
        LeftoverFolders.restoreMissingOutput(place, from: LeftoverFolders.abandoned(place))
    }

    /// The output may not be the site folder, above it, or inside its sources.
    static func checkOutsideSources(_ place: PublishPlace) throws(Failure) {
        let outputPath = place.output, sitePath = place.site
        let sourceFolders = [sitePath + "/content", sitePath + "/themes", sitePath + "/templates"]
        if outputPath == sitePath || sitePath.hasPrefix(outputPath.hasSuffix("/") ? outputPath : outputPath + "/")
            || sourceFolders.contains(where: { outputPath == $0 || outputPath.hasPrefix($0 + "/") }) {
            throw Failure(Messages.outputInsideSource(place.outputDisplay))
        }
    }

    /// The output may be missing, empty, or a folder an earlier build wrote.
    static func checkReplaceable(_ place: PublishPlace) throws(Failure) {
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

    /// Puts the staging folder at the output path. First publish: a rename that never replaces.
    /// Otherwise one atomic exchange, then the old tree (now at the staging name) is removed, or
    /// with `keepsPrevious` kept as the previous tree (`PreviousTree`). Where the exchange is
    /// unavailable: two renames, with a warning.
    static func swap(staging: String, previous: String, place: PublishPlace,
                     keepsPrevious: Bool = false) throws(Failure) -> [Diagnostic] {
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
            warnings += retire(staging, place: place, keepsPrevious: keepsPrevious)
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
        warnings += retire(previous, place: place, keepsPrevious: keepsPrevious)
        return warnings
    }

    /// The old tree, once the new one is in place: kept as the previous tree, or removed.
    private static func retire(_ old: String, place: PublishPlace, keepsPrevious: Bool) -> [Diagnostic] {
        guard keepsPrevious else { return LeftoverFolders.remove(old, place: place).map { [$0] } ?? [] }
        let warnings = PreviousTree.keep(old, place: place)
        PublishFaults.reached(.kept)
        return warnings
    }

    /// The staging folder is removed (or named in a warning); the output was never touched.
    static func abandon(_ staging: String, _ place: PublishPlace, _ code: Int32) -> Failure {
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
