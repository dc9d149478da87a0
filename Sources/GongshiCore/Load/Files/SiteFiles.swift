#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// The one way the tool lists and reads the site's own files (content, theme, templates, known
/// names), so that the same rules hold for every kind of file:
///
/// - a folder that cannot be listed, or is a file, is an error naming it, never an empty result:
///   an empty result would silently withdraw a whole section of the disclosure. Only a folder
///   that does not exist at all is absent;
/// - symbolic links are followed alike for every kind of file, but one whose real target is
///   outside the site folder is refused, and one that points nowhere is an error;
/// - FIFOs, devices and sockets are refused by their type before anything opens them;
/// - no file larger than `limits.maxFileSize` is read (see `InputFileReader`).
///
/// Paths in and out are relative to the site folder, `/`-separated, as messages show them.
package struct SiteFiles: Sendable {
    package let siteFolder: URL
    package let limits: InputLimits
    /// The site folder with every symbolic link resolved: what "inside the site" is measured against.
    let realRoot: String

    package init(siteFolder: URL, limits: InputLimits = InputLimits()) {
        self.siteFolder = siteFolder
        self.limits = limits
        let path = siteFolder.standardizedFileURL.path
        realRoot = Self.realPath(path) ?? path
    }

    /// What a site path is, after following symbolic links.
    package enum Entry: Equatable, Sendable {
        case missing
        /// The real path of a folder or regular file inside the site.
        case folder(String)
        case file(String)
        /// A FIFO, device or socket (its `st_mode`): never opened.
        case special(UInt32)
    }

    /// What is at `relative`. Throws for a symbolic link that points nowhere or out of the site,
    /// and for any path that cannot be examined.
    package func entry(_ relative: String) throws(ContentErrors) -> Entry {
        let full = realRoot + "/" + relative
        var info = stat()
        guard lstat(full, &info) == 0 else {
            if errno == ENOENT { return .missing }
            throw failure(relative, Messages.cannotReadFile(SystemErrorText.currentReason()))
        }
        guard let real = Self.realPath(full) else {
            let code = errno
            if (info.st_mode & S_IFMT) == S_IFLNK, code == ENOENT { throw failure(relative, Messages.danglingSymlink) }
            throw failure(relative, Messages.cannotReadFile(SystemErrorText.reason(errno: code)))
        }
        guard real == realRoot || real.hasPrefix(realRoot == "/" ? "/" : realRoot + "/") else {
            throw failure(relative, Messages.symlinkLeavesSite)
        }
        guard stat(real, &info) == 0 else { throw failure(relative, Messages.cannotReadFile(SystemErrorText.currentReason())) }
        switch info.st_mode & S_IFMT {
        case S_IFDIR: return .folder(real)
        case S_IFREG: return .file(real)
        default: return .special(UInt32(info.st_mode))
        }
    }

    /// `entry(relative)` for `name` in the folder whose real path is `folder`: an entry that is
    /// not a symbolic link is what `lstat` says it is, at `folder/name`, with no path to resolve
    /// (glibc's `realpath` reads every component of it as a link: five failed `readlink`s per
    /// file). A link is resolved and confined as `entry` does.
    private func entry(_ relative: String, name: String, inRealFolder folder: String) throws(ContentErrors) -> Entry {
        let full = folder + "/" + name
        var info = stat()
        guard lstat(full, &info) == 0 else {
            if errno == ENOENT { return .missing }
            throw failure(relative, Messages.cannotReadFile(SystemErrorText.currentReason()))
        }
        switch info.st_mode & S_IFMT {
        case S_IFLNK: return try entry(relative)
        case S_IFDIR: return .folder(full)
        case S_IFREG: return .file(full)
        default: return .special(UInt32(info.st_mode))
        }
    }

    /// The visible names in a folder (hidden `.name` entries left out), sorted by their UTF-8
    /// bytes; nil when the folder does not exist. A file in its place, or a folder that cannot be
    /// listed, is an error.
    package func list(_ relative: String) throws(ContentErrors) -> [String]? {
        switch try entry(relative) {
        case .missing: return nil
        case .file, .special: throw failure(relative, Messages.folderIsAFile)
        case .folder(let real): return try names(in: real, relative: relative)
        }
    }

    /// Every file below a folder (following links to folders inside the site) whose name
    /// `matches`, as paths relative to that folder, sorted; nil when the folder does not exist.
    /// Problems of single entries (a dangling link, a FIFO named `*.md`) go to `log` and the
    /// walk goes on, so that every one is reported at once.
    package func files(
        under relative: String, matching matches: (String) -> Bool, log: inout DiagnosticLog
    ) throws(ContentErrors) -> [String]? {
        guard case .folder(let real) = try entry(relative) else {
            if try entry(relative) == .missing { return nil }
            throw failure(relative, Messages.folderIsAFile)
        }
        var found: [String] = []
        walk(real: real, relative: relative, below: "", ancestors: [real], matches: matches, found: &found, log: &log)
        return UTF8Sort.sorted(found)
    }

    private func walk(
        real: String, relative: String, below: String, ancestors: Set<String>,
        matches: (String) -> Bool, found: inout [String], log: inout DiagnosticLog
    ) {
        let names: [String]
        do {
            names = try self.names(in: real, relative: relative)
        } catch {
            log.append(contentsOf: error.diagnostics)
            return
        }
        for name in names {
            let childRelative = relative + "/" + name
            let childBelow = below.isEmpty ? name : below + "/" + name
            do {
                switch try entry(childRelative, name: name, inRealFolder: real) {
                case .missing: continue  // removed while listing
                case .folder(let childReal):
                    guard !ancestors.contains(childReal) else {
                        log.error(SourceLocation(file: childRelative), Messages.symlinkLoop)
                        continue
                    }
                    walk(real: childReal, relative: childRelative, below: childBelow, ancestors: ancestors.union([childReal]),
                         matches: matches, found: &found, log: &log)
                case .file:
                    if matches(name) { found.append(childBelow) }
                case .special(let mode):
                    if matches(name) {
                        log.error(SourceLocation(file: childRelative),
                                  Messages.specialFileRefused(InputFileReader.kindName(mode_t(mode))))
                    }
                }
            } catch {
                log.append(contentsOf: error.diagnostics)
            }
        }
    }

    /// The bytes of a file; a missing file is an error too.
    package func read(_ relative: String) throws(ContentErrors) -> Data {
        guard let data = try readIfPresent(relative) else {
            throw failure(relative, Messages.cannotReadFile(SystemErrorText.reason(errno: ENOENT)))
        }
        return data
    }

    /// The bytes of a file, or nil when there is nothing at `relative` (a dangling link is an error).
    package func readIfPresent(_ relative: String) throws(ContentErrors) -> Data? {
        switch try entry(relative) {
        case .missing: return nil
        case .folder: throw failure(relative, Messages.folderExpectedIsFile)
        case .special(let mode): throw failure(relative, Messages.specialFileRefused(InputFileReader.kindName(mode_t(mode))))
        case .file(let real): return try InputFileReader.read(path: real, displayPath: relative, limits: limits)
        }
    }

    /// A text file as UTF-8 (see `TextFileReader.decode`), or nil when absent.
    package func readTextIfPresent(_ relative: String) throws(ContentErrors) -> String? {
        guard let data = try readIfPresent(relative) else { return nil }
        return try TextFileReader.decode(data, displayPath: relative)
    }

    /// The same files under the limits of an article or notice.
    package var forDocuments: SiteFiles { SiteFiles(siteFolder: siteFolder, limits: limits.forDocuments, realRoot: realRoot) }

    private init(siteFolder: URL, limits: InputLimits, realRoot: String) {
        self.siteFolder = siteFolder
        self.limits = limits
        self.realRoot = realRoot
    }

    package func readText(_ relative: String) throws(ContentErrors) -> String {
        try TextFileReader.decode(try read(relative), displayPath: relative)
    }

    /// The visible names, read as bytes with `readdir`: a name that is not UTF-8 (a GBK name from
    /// a Windows zip) is an error naming the folder, where Foundation's listing would mangle it
    /// and the file would silently not be published.
    private func names(in real: String, relative: String) throws(ContentErrors) -> [String] {
        guard let folder = opendir(real) else {
            throw failure(relative, Messages.cannotListFolder(SystemErrorText.currentReason()))
        }
        defer { closedir(folder) }
        var names: [String] = []
        var undecodable = 0
        while true {
            errno = 0
            guard let entry = readdir(folder) else {
                if errno != 0 { throw failure(relative, Messages.cannotListFolder(SystemErrorText.currentReason())) }
                break
            }
            let bytes = withUnsafeBytes(of: entry.pointee.d_name) { Array($0.prefix { $0 != 0 }) }
            guard bytes.first != UInt8(ascii: ".") else { continue }  // hidden, and . and ..
            guard let name = String(validating: bytes, as: UTF8.self) else {
                undecodable += 1
                continue
            }
            names.append(name)
        }
        if undecodable > 0 { throw failure(relative, Messages.fileNameNotUTF8(count: undecodable)) }
        return UTF8Sort.sorted(names)
    }

    private func failure(_ relative: String, _ message: Message) -> ContentErrors {
        ContentErrors([.error(SourceLocation(file: relative), message)])
    }

    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}
