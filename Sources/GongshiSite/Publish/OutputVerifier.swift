#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import GongshiCore

/// `gongshi verify`: checks a published folder (the output itself, or a copy on a web server or a
/// USB stick) against the manifest in it, file by file: what is missing, what changed (size or
/// SHA-256) and what was added. Paths are relative to the checked folder, so a copy verifies the
/// same as the original.
public enum OutputVerifier {
    public struct Report: Sendable, Equatable {
        /// Listed in the manifest, absent from the folder.
        public var missing: [String] = []
        /// Present with another size or hash, or not a regular file.
        public var changed: [String] = []
        /// Listed, present, but could not be read: path and reason (counted as changed).
        public var unreadable: [(path: String, reason: String)] = []
        /// In the folder, not in the manifest.
        public var extra: [String] = []
        /// Files the manifest lists.
        public var files = 0
        public var version = ""
        public var inputDigest = ""

        public var matches: Bool { missing.isEmpty && changed.isEmpty && unreadable.isEmpty && extra.isEmpty }

        public static func == (lhs: Report, rhs: Report) -> Bool {
            lhs.missing == rhs.missing && lhs.changed == rhs.changed && lhs.extra == rhs.extra
                && lhs.unreadable.map(\.path) == rhs.unreadable.map(\.path) && lhs.files == rhs.files
        }
    }

    /// The folder could not be checked at all (no manifest, a broken one, no folder).
    public struct Failure: Error, Sendable {
        public let message: Message
    }

    /// - Parameter display: the folder as the clerk named it, for messages.
    public static func verify(folder: String, display: String) throws(Failure) -> Report {
        var info = stat()
        guard stat(folder, &info) == 0 else {
            throw Failure(message: Messages.verifyFolderMissing(display, SystemErrorText.currentReason()))
        }
        let manifestDisplay = display + "/" + OutputManifest.fileName
        let manifest = try readManifest(folder + "/" + OutputManifest.fileName, folderDisplay: display, display: manifestDisplay)
        let listing: FolderWalk.Listing
        do {
            listing = try FolderWalk.list(folder)
        } catch {
            let named = error.folder.isEmpty ? display : display + "/" + error.folder
            throw Failure(message: Messages.verifyFolderMissing(named, SystemErrorText.reason(errno: error.errno)))
        }
        var report = Report(files: manifest.entries.count, version: manifest.version, inputDigest: manifest.inputDigest)
        // Names compare as bytes: Swift's String equality would take an NFD name for its NFC twin.
        let present = Set(listing.files.map { Array($0.utf8) }).subtracting([Array(OutputManifest.fileName.utf8)])
        let others = Set(listing.others.map { Array($0.utf8) })
        let listed = Set(manifest.entries.map { Array($0.path.utf8) })
        let toHash = manifest.entries.filter { present.contains(Array($0.path.utf8)) }
        let digests = FileDigest.of(toHash.map { folder + "/" + $0.path })
        for (entry, result) in zip(toHash, digests) {
            switch result {
            case .success(let digest) where digest.size == entry.size && Digest32(hex: digest.sha256) == entry.sha256: continue
            case .failure(.system(let code)):
                report.unreadable.append((entry.path, SystemErrorText.reason(errno: code)))
            default: report.changed.append(entry.path)
            }
        }
        for entry in manifest.entries where !present.contains(Array(entry.path.utf8)) {
            if others.contains(Array(entry.path.utf8)) { report.changed.append(entry.path) } else { report.missing.append(entry.path) }
        }
        report.extra = (listing.files + listing.others).filter {
            !listed.contains(Array($0.utf8)) && !$0.utf8Equals(OutputManifest.fileName)
        }
        let byBytes: (String, String) -> Bool = { $0.utf8Precedes($1) }
        report.missing.sort(by: byBytes)
        report.changed.sort(by: byBytes)
        report.extra.sort(by: byBytes)
        return report
    }

    private static func readManifest(_ path: String, folderDisplay: String, display: String) throws(Failure) -> OutputManifest {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard descriptor >= 0 else {
            if errno == ENOENT { throw Failure(message: Messages.verifyNoManifest(folderDisplay)) }
            throw Failure(message: Messages.verifyManifestUnreadable(display, SystemErrorText.currentReason()))
        }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else {
            throw Failure(message: Messages.verifyManifestUnreadable(display, SystemErrorText.currentReason()))
        }
        guard (info.st_mode & S_IFMT) == S_IFREG else {
            throw Failure(message: Messages.verifyManifestUnreadable(display, SystemErrorText.reason(errno: EISDIR)))
        }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }  // EAGAIN from a regular file is an error, not a retry forever
                throw Failure(message: Messages.verifyManifestUnreadable(display, SystemErrorText.currentReason()))
            }
            if count == 0 { break }
            bytes += chunk[..<count]
        }
        do {
            return try OutputManifest.parse(bytes)
        } catch {
            switch error {
            case .oldMarker: throw Failure(message: Messages.verifyOldMarker(display))
            case .malformed(let line, let problem):
                throw Failure(message: Messages.verifyManifestMalformed(display, line: line, problem))
            }
        }
    }
}
