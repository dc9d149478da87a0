#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import GongshiCore

/// The build's input digest, recorded in the output manifest: which exact sources a published site
/// was built from. SHA-256 over the lines `SHA-256␣␣path` (sha256sum's format, paths relative to
/// the site folder, in byte order) of every input file: `site.yaml`, `.gongshi/known-names`, and the
/// files below `content/`, `templates/` and the theme in use. A county can recompute it with
/// `sha256sum`, and two builds from the same sources record the same digest.
enum InputDigest {
    /// A file or folder that could not be read, relative to the site folder.
    struct Failure: Error, Equatable {
        let path: String
        let isFolder: Bool
        let errno: Int32
    }

    static func compute(siteFolder: String, theme: String) throws(Failure) -> String {
        try files(siteFolder: siteFolder, theme: theme).digest
    }

    /// The digest, and each input file's SHA-256 by site-relative path (the build cache's input
    /// digests per source file).
    static func files(siteFolder: String, theme: String) throws(Failure) -> (digest: String, files: [String: String]) {
        var paths = ["site.yaml", ".gongshi/known-names"].filter { exists(siteFolder + "/" + $0) }
        for folder in ["content", "templates", "themes/\(theme)"] where exists(siteFolder + "/" + folder) {
            do {
                paths += try FolderWalk.list(siteFolder + "/" + folder, boundary: siteFolder).files.map { folder + "/" + $0 }
            } catch {
                throw Failure(path: error.folder.isEmpty ? folder : folder + "/" + error.folder, isFolder: true, errno: error.errno)
            }
        }
        paths.sort { $0.utf8.lexicographicallyPrecedes($1.utf8) }
        let digests = FileDigest.of(paths.map { siteFolder + "/" + $0 })
        var listing = ""
        var files: [String: String] = [:]
        files.reserveCapacity(paths.count)
        for (path, result) in zip(paths, digests) {
            switch result {
            case .success(let digest):
                listing += "\(digest.sha256)  \(ManifestPath.escape(path))\n"
                files[path] = digest.sha256
            case .failure(.system(let code)): throw Failure(path: path, isFolder: false, errno: code)
            case .failure(.notRegularFile): continue  // replaced since it was listed; the loader judges it
            }
        }
        return (SHA256.hexDigest(Array(listing.utf8)), files)
    }

    /// Present as anything (a dangling link counts as absent).
    private static func exists(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0
    }
}
