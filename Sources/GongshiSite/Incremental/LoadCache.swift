#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import GongshiCore

/// The load cache: what the last `gongshi build` made of each roster CSV (rows and messages,
/// keyed by the file's SHA-256) and each month's audit findings, under the fingerprint of every
/// other input (`LoadFingerprint`), so that a build parses and audits only the files that changed,
/// as the preview does with its `LoadMemory`. One file per site, `.gongshi/cache/load`, beside the
/// build cache and like it: binary, ending with the SHA-256 of all before it; a file cut short,
/// altered or not written by this program is discarded with GS5200, never partly trusted. A file
/// written by another build of the program is ignored without a word (its parser may differ).
enum LoadCache {
    static let header = "gongshi-load-cache 1\n"
    static let fileName = "load"

    static func path(siteFolder: String) -> String {
        "\(siteFolder)/\(BuildCache.folder)/\(fileName)"
    }

    enum LoadResult {
        case found(LoadMemory)
        case missing
        /// Present but not a cache this program wrote: discarded.
        case unusable
    }

    static func load(siteFolder: String, engine: String = EngineIdentity.current) -> LoadResult {
        switch CacheFile.contents(of: path(siteFolder: siteFolder)) {
        case .bytes(let bytes): return decode(bytes, engine: engine)
        case .missing: return .missing
        case .unreadable: return .unusable
        }
    }

    static func decode(_ bytes: [UInt8], engine: String) -> LoadResult {
        let header = Array(Self.header.utf8)
        guard bytes.count >= header.count + 32, bytes.starts(with: header),
              SHA256.digest(bytes[..<(bytes.count - 32)]) == Array(bytes[(bytes.count - 32)...]) else { return .unusable }
        var reader = MemoryByteReader(bytes, from: header.count, to: bytes.count - 32)
        guard let writtenBy = reader.text(limit: 4096) else { return .unusable }
        guard writtenBy == engine else { return .missing }
        guard let memory = LoadMemory.decoded(&reader), reader.isAtEnd else { return .unusable }
        return .found(memory)
    }

    static func encoded(_ memory: LoadMemory, engine: String) -> [UInt8]? {
        var writer = MemoryByteWriter()
        writer.raw(Array(header.utf8))
        writer.text(engine)
        guard memory.encode(into: &writer) else { return nil }
        writer.raw(SHA256.digest(writer.bytes))
        return writer.bytes
    }

    /// Writes the cache (a temporary name, then rename). A failure is not reported: the build
    /// cache beside it fails the same way and says so, and the next build only loads everything.
    /// Nothing is written when `memory` is what `read` (the cache this build read) already holds.
    static func save(_ memory: LoadMemory?, read: LoadMemory?, siteFolder: String, engine: String = EngineIdentity.current) {
        if let memory, let read, memory.persistsAs(read) { return }
        let file = path(siteFolder: siteFolder)
        guard let memory, let bytes = encoded(memory, engine: engine) else {
            unlink(file)
            return
        }
        let folder = "\(siteFolder)/\(BuildCache.folder)"
        for path in ["\(siteFolder)/.gongshi", folder] where mkdir(path, 0o700) != 0 && errno != EEXIST { return }
        // Written before the build cache (which writes the same file): the folder ignores itself in git.
        let ignore = folder + "/.gitignore"
        if access(ignore, F_OK) != 0 {
            do { try POSIXFileWriter().writeFile(Array("# 生成缓存（gongshi build），可随时删除\n*\n".utf8), to: ignore) } catch { return }
        }
        let temporary = file + ".tmp-\(ProcessInfo.processInfo.processIdentifier)"
        do { try POSIXFileWriter().writeFile(bytes, to: temporary) } catch {
            unlink(temporary)
            return
        }
        if rename(temporary, file) != 0 { unlink(temporary) }
    }
}
