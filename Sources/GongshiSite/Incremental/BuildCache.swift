#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import GongshiCore

/// The build cache: for each page of the last published output, the key it was rendered under
/// (`PageKeys`), the SHA-256 and size of its bytes, and the file's stamp on disk; and for each
/// input file its stamp and SHA-256 (`InputRecords`), so unchanged inputs are not read again. A page whose key
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

    /// The file's first line; the format after it is `CacheBytes`: the output folder, the input
    /// records, the page entries, then the SHA-256 of everything before it (a file cut short or
    /// changed by anything but this program is discarded, never partly trusted).
    static let header = "gongshi-build-cache 2\n"
    static let folder = ".gongshi/cache"

    var entries: [String: Entry] = [:]
    /// Each input file's stamp and SHA-256, so that the next build reads only the changed ones.
    var inputs = InputRecords()

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
        switch CacheFile.contents(of: path(siteFolder: siteFolder, output: output)) {
        case .bytes(let bytes): return decode(bytes, output: output).map(LoadResult.found) ?? .unusable
        case .missing: return .missing
        case .unreadable: return .unusable
        }
    }

    /// The cache in `bytes` when it is whole, this format, and for `output`.
    static func decode(_ bytes: [UInt8], output: String) -> BuildCache? {
        let header = Array(Self.header.utf8)
        guard bytes.count >= header.count + 32, bytes.starts(with: header),
              SHA256.digest(bytes[..<(bytes.count - 32)]) == Array(bytes[(bytes.count - 32)...]) else { return nil }
        var reader = CacheByteReader(bytes, from: header.count, end: bytes.count - 32)
        guard reader.text() == output, let takenAt = reader.integer(Int64.self),
              let inputCount = reader.integer(UInt32.self).map(Int.init) else { return nil }
        var cache = BuildCache()
        cache.inputs.takenAt = takenAt
        cache.inputs.files.reserveCapacity(inputCount)
        for _ in 0..<inputCount {
            guard let path = reader.relativePath(), let sha256 = reader.digest(),
                  let size = reader.integer(Int64.self), let inode = reader.integer(UInt64.self),
                  let modified = reader.integer(Int64.self), let changed = reader.integer(Int64.self),
                  cache.inputs.files[path] == nil else { return nil }
            cache.inputs.files[path] = InputRecord(
                stamp: InputStamp(size: Int(size), inode: inode, modifiedNanoseconds: modified, changedNanoseconds: changed),
                sha256: sha256)
        }
        guard let entryCount = reader.integer(UInt32.self).map(Int.init) else { return nil }
        cache.entries.reserveCapacity(entryCount)
        for _ in 0..<entryCount {
            guard let path = reader.relativePath(), let key = reader.digest(),
                  let sha256 = reader.digest(), let size = reader.integer(Int64.self), let inode = reader.integer(UInt64.self),
                  let modified = reader.integer(Int64.self), cache.entries[path] == nil else { return nil }
            cache.entries[path] = Entry(key: key, sha256: sha256,
                                        stamp: FileStamp(inode: inode, size: Int(size), modifiedNanoseconds: modified))
        }
        return reader.isAtEnd ? cache : nil
    }

    /// The file's bytes (`decode` reads them back).
    func encoded(output: String) -> [UInt8] {
        var writer = CacheByteWriter()
        // Fixed fields per record, plus room for a typical path: one allocation for the whole file.
        writer.reserve(Self.header.utf8.count + output.utf8.count + 128 + inputs.files.count * (76 + 64)
                       + entries.count * (96 + 64))
        writer.raw(Array(Self.header.utf8))
        writer.text(output)
        writer.integer(inputs.takenAt)
        writer.integer(UInt32(inputs.files.count))
        // In the dictionaries' order: sorting 80,000 paths cost more than all the rest of the writing.
        for (path, record) in inputs.files {
            writer.text(path)
            writer.digest(record.sha256)
            writer.integer(Int64(record.stamp.size))
            writer.integer(record.stamp.inode)
            writer.integer(record.stamp.modifiedNanoseconds)
            writer.integer(record.stamp.changedNanoseconds)
        }
        writer.integer(UInt32(entries.count))
        for (path, entry) in entries {
            writer.text(path)
            writer.digest(entry.key)
            writer.digest(entry.sha256)
            writer.integer(Int64(entry.stamp.size))
            writer.integer(entry.stamp.inode)
            writer.integer(entry.stamp.modifiedNanoseconds)
        }
        writer.raw(SHA256.digest(writer.bytes))
        return writer.bytes
    }

    /// Writes the cache beside the site's private files (write to a temporary name, then rename).
    /// Returns the errno of a failure: the site is published either way, the next build is clean.
    /// - Parameter encoded: `encoded(output:)`, when it was made ahead (beside the publish).
    func save(siteFolder: String, output: String, encoded bytes: [UInt8]? = nil) -> Int32? {
        let folder = "\(siteFolder)/\(Self.folder)"
        for path in ["\(siteFolder)/.gongshi", folder] where mkdir(path, 0o700) != 0 && errno != EEXIST {
            return errno
        }
        let ignore = folder + "/.gitignore"
        if !FileManager.default.fileExists(atPath: ignore) {
            do { try POSIXFileWriter().writeFile(Array("# 生成缓存（gongshi build），可随时删除\n*\n".utf8), to: ignore) } catch { return error.errno }
        }
        let file = Self.path(siteFolder: siteFolder, output: output)
        let temporary = file + ".tmp-\(ProcessInfo.processInfo.processIdentifier)"
        do { try POSIXFileWriter().writeFile(bytes ?? encoded(output: output), to: temporary) } catch { return error.errno }
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
