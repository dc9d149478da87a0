import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes what `gongshi import` learnt into the site's known-names file: the folder `.gongshi`
/// readable by its owner only (0700), the file 0600, written whole to a temporary file and then
/// renamed (a crash leaves the old file or the new one, never half of one), and the rule that
/// keeps the folder out of git in the site's `.gitignore`.
package enum KnownNamesStore {
    /// What `.gitignore` gets: the folder, anchored at the site folder.
    package static let ignoreRule = "/.gongshi/"
    /// Lines of a `.gitignore` that already keep the file out of git.
    static let equivalentRules: Set<String> = [
        ".gongshi", ".gongshi/", "/.gongshi", "/.gongshi/", ".gongshi/*", "/.gongshi/*", ".gongshi/**", "/.gongshi/**",
        ".gongshi/known-names", "/.gongshi/known-names",
    ]
    static let ignoreComment = "# gongshi import 记住的已知姓名（私密文件，不得提交）"

    package struct Result: Sendable, Equatable {
        /// Hashes this import added.
        package var added: Int
        /// Hashes in the file now.
        package var total: Int
    }

    /// Adds the full names to the site's file (created with a new random salt when missing;
    /// merged otherwise), then makes sure `.gitignore` keeps it out of git.
    package static func remember(_ fullNames: some Sequence<String>, siteFolder: URL) throws(ContentErrors) -> Result {
        let existing = try KnownNames.load(siteFolder: siteFolder)
        let before = existing ?? KnownNames()
        let after = before.adding(fullNames: fullNames)
        if existing == nil || after.count != before.count {
            try writeFile(after.fileText, siteFolder: siteFolder)
        } else {
            try protectFolder(siteFolder: siteFolder)
            guard chmod(siteFolder.appendingPathComponent(KnownNames.path).path, 0o600) == 0 else { throw failure() }
        }
        try ensureIgnored(siteFolder: siteFolder)
        return Result(added: after.count - before.count, total: after.count)
    }

    /// Writes the file's text: folder 0700, file 0600, through a temporary file and a rename.
    static func writeFile(_ text: String, siteFolder: URL) throws(ContentErrors) {
        try protectFolder(siteFolder: siteFolder)
        let target = siteFolder.appendingPathComponent(KnownNames.path).path
        let temporary = target + ".tmp-\(ProcessInfo.processInfo.processIdentifier)"
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { throw failure() }
        var ok = fchmod(descriptor, 0o600) == 0
        let bytes = Array(text.utf8)
        var written = 0
        while ok, written < bytes.count {
            let count = bytes.withUnsafeBytes { buffer in
                write(descriptor, buffer.baseAddress.map { $0 + written }, buffer.count - written)
            }
            if count < 0, errno == EINTR { continue }
            if count <= 0 { ok = false } else { written += count }
        }
        ok = ok && fsync(descriptor) == 0
        let detail = ok ? "" : SystemErrorText.currentReason()
        close(descriptor)
        guard ok, rename(temporary, target) == 0 else {
            let reason = ok ? SystemErrorText.currentReason() : detail
            unlink(temporary)
            throw ContentErrors([.error(SourceLocation(file: KnownNames.path), Messages.knownNamesCannotWrite(reason))])
        }
    }

    /// Creates `.gongshi` (0700) when missing, refuses one that is not a real folder, and takes
    /// group and other permissions away from one that has them.
    static func protectFolder(siteFolder: URL) throws(ContentErrors) {
        let folder = siteFolder.appendingPathComponent(KnownNames.folder).path
        if PrivateFileKind.of(folder) == .missing, mkdir(folder, 0o700) != 0, errno != EEXIST {
            throw failure()
        }
        guard PrivateFileKind.of(folder) == .directory else {
            throw ContentErrors([.error(SourceLocation(file: KnownNames.folder), Messages.knownNamesNotPrivateFolder)])
        }
        guard chmod(folder, 0o700) == 0 else { throw failure() }
    }

    /// Appends the ignore rule to the site's `.gitignore` (created when missing) unless a line
    /// there already ignores the folder or the file.
    static func ensureIgnored(siteFolder: URL) throws(ContentErrors) {
        let url = siteFolder.appendingPathComponent(".gitignore")
        var text = ""
        // Read through SiteFiles: a FIFO or a huge file in place of .gitignore is refused, not waited on.
        if let data = try SiteFiles(siteFolder: siteFolder).readIfPresent(".gitignore") {
            text = try TextFileReader.decode(data, displayPath: ".gitignore")
        }
        let lines = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
        if lines.contains(where: { equivalentRules.contains($0.trimmingCharacters(in: .whitespaces)) }) { return }
        if !text.isEmpty, !text.hasSuffix("\n") { text += "\n" }
        text += ignoreComment + "\n" + ignoreRule + "\n"
        do {
            try Data(text.utf8).write(to: url)
        } catch {
            throw ContentErrors([.error(SourceLocation(file: ".gitignore"), Messages.cannotWrite(error))])
        }
    }

    private static func failure() -> ContentErrors {
        ContentErrors([.error(SourceLocation(file: KnownNames.path), Messages.knownNamesCannotWrite(SystemErrorText.currentReason()))])
    }
}
