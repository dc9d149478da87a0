#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import GongshiCore

/// The build cache: for each page of the last published output, the key it was rendered under
/// (`PageKeys`), the SHA-256 and size of its bytes, and the file's stamp on disk. A page whose key
/// is unchanged and whose published file still has that stamp is linked into the new site instead
/// of being rendered, scanned and written again; the result is the same bytes a clean build gives.
///
/// Kept in the site folder at `.gongshi/cache/build-<output>` (one file per output folder), in a
/// folder that ignores itself in git. Safe to delete: the next build is then a clean one. A cache
/// that cannot be read as one is discarded with a warning, never trusted.
struct BuildCache: Sendable {
    struct Entry: Sendable, Equatable {
        let key: String
        let sha256: String
        let stamp: FileStamp
    }

    static let header = "gongshi-build-cache 1"
    static let folder = ".gongshi/cache"

    var entries: [String: Entry] = [:]

    /// The cache file for an output folder (its real path picks the file, so two outputs of one
    /// site keep separate caches).
    static func path(siteFolder: String, output: String) -> String {
        "\(siteFolder)/\(folder)/build-\(SHA256.hexDigest(Array(output.utf8)).prefix(16))"
    }

    enum LoadResult {
        case found(BuildCache)
        case missing
        /// Present but not a cache this program wrote: discarded.
        case unusable
    }

    static func load(siteFolder: String, output: String) -> LoadResult {
        let file = path(siteFolder: siteFolder, output: output)
        guard let data = FileManager.default.contents(atPath: file) else {
            return FileManager.default.fileExists(atPath: file) ? .unusable : .missing
        }
        guard let text = String(data: data, encoding: .utf8) else { return .unusable }
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard lines.last == "" else { return .unusable }
        lines.removeLast()
        guard lines.count >= 3, lines[0] == header, lines[1] == "output " + ManifestPath.escape(output),
              lines[2].hasPrefix("entries "), let count = Int(lines[2].dropFirst("entries ".count)),
              count == lines.count - 3 else { return .unusable }
        var cache = BuildCache()
        cache.entries.reserveCapacity(count)
        for line in lines.dropFirst(3) {
            let fields = line.split(separator: " ", maxSplits: 5, omittingEmptySubsequences: false)
            guard fields.count == 6, fields[0].count == 64, fields[1].count == 64,
                  let size = Int(fields[2]), let inode = UInt64(fields[3]), let modified = Int64(fields[4]),
                  let path = ManifestPath.unescape(fields[5]), ManifestPath.isSafeRelative(path),
                  cache.entries[path] == nil else { return .unusable }
            cache.entries[path] = Entry(key: String(fields[0]), sha256: String(fields[1]),
                                        stamp: FileStamp(inode: inode, size: size, modifiedNanoseconds: modified))
        }
        return .found(cache)
    }

    /// The entry for `path` when the page's key is unchanged and the published file is still the
    /// one this cache describes.
    func reusable(_ path: String, key: String, output: String) -> Entry? {
        guard let entry = entries[path], entry.key == key,
              FileStamp.of(output + "/" + path) == entry.stamp else { return nil }
        return entry
    }

    /// Writes the cache beside the site's private files (write to a temporary name, then rename).
    /// Returns the errno of a failure: the site is published either way, the next build is clean.
    func save(siteFolder: String, output: String) -> Int32? {
        let folder = "\(siteFolder)/\(Self.folder)"
        for path in ["\(siteFolder)/.gongshi", folder] where mkdir(path, 0o700) != 0 && errno != EEXIST {
            return errno
        }
        let ignore = folder + "/.gitignore"
        if !FileManager.default.fileExists(atPath: ignore) {
            do { try POSIXFileWriter().writeFile(Array("# 生成缓存（gongshi build），可随时删除\n*\n".utf8), to: ignore) } catch { return error.errno }
        }
        var text = "\(Self.header)\noutput \(ManifestPath.escape(output))\nentries \(entries.count)\n"
        for (path, entry) in entries.sorted(by: { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }) {
            text += "\(entry.key) \(entry.sha256) \(entry.stamp.size) \(entry.stamp.inode) \(entry.stamp.modifiedNanoseconds) \(ManifestPath.escape(path))\n"
        }
        let file = Self.path(siteFolder: siteFolder, output: output)
        let temporary = file + ".tmp-\(ProcessInfo.processInfo.processIdentifier)"
        do { try POSIXFileWriter().writeFile(Array(text.utf8), to: temporary) } catch { return error.errno }
        if rename(temporary, file) != 0 {
            let code = errno
            unlink(temporary)
            return code
        }
        return nil
    }

    /// Removes the cache file of an output (`--no-cache` builds write a fresh one).
    static func remove(siteFolder: String, output: String) {
        unlink(path(siteFolder: siteFolder, output: output))
    }
}
