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
/// A page's key covers its output path (`PageKeys`), so a page's entry is found by its key
/// alone and holds no path: 88 bytes a page in memory and on disk, in an array sorted by key
/// (a binary search per page), where a dictionary by path with hex strings held about 400 bytes
/// a page (a province's million pages made that 0.4 GB, held from the first stage to the last).
///
/// Kept in the site folder at `.gongshi/cache/build-<output>` (one file per output folder), in a
/// folder that ignores itself in git. Safe to delete: the next build is then a clean one. A cache
/// that cannot be read as one is discarded with a warning, never trusted.
struct BuildCache: Sendable {
    struct Entry: Sendable, Equatable {
        let key: Digest32
        let sha256: Digest32
        let stamp: FileStamp
    }

    /// The file's first line; the format after it is `CacheBytes`: the output folder, the input
    /// records, the page entries (sorted by key), then the SHA-256 of everything before it (a file
    /// cut short or changed by anything but this program is discarded, never partly trusted).
    static let header = "gongshi-build-cache 3\n"
    static let folder = ".gongshi/cache"

    /// Each keyed page of the output, sorted by key (`sortByKey`; `entry(for:)` searches them).
    var entries: [Entry] = []
    /// Each input file's stamp and SHA-256, so that the next build reads only the changed ones.
    var inputs = InputRecords()

    /// The cache file for an output folder (its real path picks the file, so two outputs of one
    /// site keep separate caches).
    static func path(siteFolder: String, output: String) -> String {
        "\(siteFolder)/\(folder)/build-\(SHA256.hexDigest(Array(output.utf8)).prefix(16))"
    }

    /// Puts the entries in the order `entry(for:)` searches.
    mutating func sortByKey() {
        entries.sort { $0.key < $1.key }
    }

    /// The position of the entry recorded under `key`, if any (entries sorted by key).
    func entry(for key: Digest32) -> Int? {
        var low = 0, high = entries.count
        while low < high {
            let middle = (low + high) / 2
            if entries[middle].key < key { low = middle + 1 } else { high = middle }
        }
        return low < entries.count && entries[low].key == key ? low : nil
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
        // Each entry is 88 bytes: a count beyond what is left is a damaged file, not an allocation.
        guard let entryCount = reader.integer(UInt32.self).map(Int.init), entryCount <= reader.remaining / 88 else { return nil }
        cache.entries.reserveCapacity(entryCount)
        var sorted = true
        for _ in 0..<entryCount {
            guard let key = reader.digest32(), let sha256 = reader.digest32(), let size = reader.integer(Int64.self),
                  let inode = reader.integer(UInt64.self), let modified = reader.integer(Int64.self) else { return nil }
            if let last = cache.entries.last, !(last.key < key) { sorted = false }
            cache.entries.append(Entry(key: key, sha256: sha256,
                                       stamp: FileStamp(inode: inode, size: Int(size), modifiedNanoseconds: modified)))
        }
        // Written sorted; a cache written where words compare in another byte order is sorted here.
        if !sorted { cache.sortByKey() }
        return reader.isAtEnd ? cache : nil
    }

    /// The file's bytes (`decode` reads them back). The entries as they are: `sortByKey` first.
    func encoded(output: String) -> [UInt8] {
        var bytes: [UInt8] = []
        encode(output: output) { bytes += $0 }
        return bytes
    }

    /// The file's bytes handed to `emit` in pieces of about `piece` bytes, in order, the trailing
    /// SHA-256 last: the save writes them as they come (a province's cache is 90 MB, never held whole).
    func encode(output: String, piece: Int = 1 << 20, _ emit: ([UInt8]) -> Void) {
        var writer = CacheByteWriter()
        writer.reserve(piece + 8192)
        var hasher = SHA256.Hasher()
        func handOver(_ always: Bool) {
            guard always || writer.bytes.count >= piece else { return }
            hasher.update(writer.bytes)
            emit(writer.bytes)
            writer.removeAll()
        }
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
            handOver(false)
        }
        writer.integer(UInt32(entries.count))
        for entry in entries {
            writer.digest32(entry.key)
            writer.digest32(entry.sha256)
            writer.integer(Int64(entry.stamp.size))
            writer.integer(entry.stamp.inode)
            writer.integer(entry.stamp.modifiedNanoseconds)
            handOver(false)
        }
        handOver(true)
        emit(hasher.finalize())
    }

    /// Writes the cache beside the site's private files (write to a temporary name, then rename).
    /// Returns the errno of a failure: the site is published either way, the next build is clean.
    func save(siteFolder: String, output: String) -> Int32? {
        writeAside(siteFolder: siteFolder, output: output).commit()
    }

    /// The cache written under a temporary name, not yet in place: a build writes it beside the
    /// publish and puts it in place only once the publish has succeeded (it describes the new output).
    struct Aside: Sendable {
        let file: String
        let temporary: String
        /// The errno of a failure to write it.
        let failure: Int32?

        /// Renames it into place; the errno of a failure (the file is then removed).
        func commit() -> Int32? {
            if let failure { return failure }
            if rename(temporary, file) != 0 {
                let code = errno
                unlink(temporary)
                return code
            }
            BuildCache.removeLeftovers(of: file)
            return nil
        }

        /// Removes it (the publish failed).
        func discard() {
            if failure == nil { unlink(temporary) }
        }
    }

    /// Writes the file under a temporary name (`Aside`), a piece at a time (`encode`).
    func writeAside(siteFolder: String, output: String) -> Aside {
        let file = Self.path(siteFolder: siteFolder, output: output)
        let temporary = file + ".tmp-\(ProcessInfo.processInfo.processIdentifier)"
        let folder = "\(siteFolder)/\(Self.folder)"
        for path in ["\(siteFolder)/.gongshi", folder] where mkdir(path, 0o700) != 0 && errno != EEXIST {
            return Aside(file: file, temporary: temporary, failure: errno)
        }
        let ignore = folder + "/.gitignore"
        do throws(POSIXFileWriter.Failure) {
            if !FileManager.default.fileExists(atPath: ignore) {
                try POSIXFileWriter().writeFile(Array("# 生成缓存（gongshi build），可随时删除\n*\n".utf8), to: ignore)
            }
            try POSIXFileWriter().writeFile(to: temporary) { write in encode(output: output, write) }
        } catch {
            unlink(temporary)
            return Aside(file: file, temporary: temporary, failure: error.errno)
        }
        return Aside(file: file, temporary: temporary, failure: nil)
    }

    /// Removes the temporary files of this cache file that builds killed while writing it left
    /// behind (`NAME.tmp-PID` whose process is gone); a build still running keeps its own.
    static func removeLeftovers(of file: String) {
        guard let slash = file.utf8.lastIndex(of: UInt8(ascii: "/")) else { return }
        let folder = String(file[..<slash]), prefix = String(file[file.utf8.index(after: slash)...]) + ".tmp-"
        guard let directory = opendir(folder) else { return }
        defer { closedir(directory) }
        var leftovers: [String] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
            guard name.hasPrefix(prefix), let pid = Int32(name.dropFirst(prefix.count)), pid > 0 else { continue }
            if kill(pid, 0) != 0 && errno == ESRCH { leftovers.append(name) }
        }
        for name in leftovers { unlink(folder + "/" + name) }
    }

    /// Removes the cache file of an output (`--no-cache` builds write a fresh one).
    static func remove(siteFolder: String, output: String) {
        unlink(path(siteFolder: siteFolder, output: output))
    }
}
