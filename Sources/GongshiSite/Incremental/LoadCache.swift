#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Dispatch
import Foundation
import GongshiCore

/// The load cache: what the last `gongshi build` made of each roster CSV (rows and messages,
/// keyed by the file's SHA-256) and each month's audit findings, under the fingerprint of every
/// other input (`LoadFingerprint`), so that a build parses and audits only the files that changed,
/// as the preview does with its `LoadMemory`.
///
/// Kept in the folder `.gongshi/cache/load/`, beside the build cache, one file per part
/// (`LoadMemory+Parts`): `rosters-<month folder>` for each roster month, `documents` for the
/// articles and notices. A build writes only the parts whose contents changed (one month after a
/// roster was saved) and reads them all back on every core. Each file is like the build cache:
/// binary, ending with the SHA-256 of all before it; a file cut short, altered or not written by
/// this program is discarded with GS5200, never partly trusted (the other parts are still used).
/// A file written by another build of the program is ignored without a word (its parser may differ).
enum LoadCache {
    static let header = "gongshi-load-cache 4\n"
    static let folderName = "load"
    static let documentPart = "documents"

    static func folder(siteFolder: String) -> String {
        "\(siteFolder)/\(BuildCache.folder)/\(folderName)"
    }

    /// The part a roster file's results are kept in: its month folder's (`content/rosters/FOLDER/NAME`).
    static func part(ofRosterFile path: String) -> String {
        rosterPart(folder: monthFolder(of: path))
    }

    /// The third of exactly four path components, or "".
    private static func monthFolder(of path: String) -> String {
        let utf8 = path.utf8
        var slashes: [String.Index] = []
        for index in utf8.indices where utf8[index] == UInt8(ascii: "/") {
            slashes.append(index)
            if slashes.count > 3 { return "" }
        }
        guard slashes.count == 3 else { return "" }
        return String(path[path.index(after: slashes[1])..<slashes[2]])
    }

    /// The part a month's audit findings are kept in: that of the folder named after it.
    static func part(ofMonth month: YearMonth) -> String {
        rosterPart(folder: month.description)
    }

    /// `rosters-` and the folder's name when it is a plain one (as month folders are), else a
    /// digest of it: a part's name is a file name.
    private static func rosterPart(folder: String) -> String {
        let plain = !folder.isEmpty && folder.utf8.count <= 32 && folder.utf8.allSatisfy { byte in
            (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte)
                || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) || byte == UInt8(ascii: "-")
        }
        return "rosters-" + (plain ? folder : String(SHA256.hexDigest(Array(folder.utf8)).prefix(16)))
    }

    static func parts(of memory: LoadMemory) -> [String: LoadMemory] {
        var byFolder: [String: String] = [:]  // a month's 2,000 files share one folder: its part is named once
        return memory.parts(
            rosterFilePart: { path in
                let folder = monthFolder(of: path)
                if let known = byFolder[folder] { return known }
                let part = rosterPart(folder: folder)
                byFolder[folder] = part
                return part
            },
            monthPart: part(ofMonth:), documentPart: documentPart)
    }

    enum LoadResult {
        case found(LoadMemory)
        case missing
        /// Present but not a cache this program wrote: discarded.
        case unusable
    }

    /// The parts in the folder, read and decoded on every core, put together; `damaged` when a
    /// part could not be used (the others are returned all the same).
    static func load(siteFolder: String, engine: String = EngineIdentity.current) -> (memory: LoadMemory?, damaged: Bool) {
        let read = read(siteFolder: siteFolder, engine: engine)
        return (read.memory, read.damaged)
    }

    /// What `read` found: the memory, the trailing SHA-256 of each part it was put together from
    /// (by part name: what a month file recorded of its rows part is checked against it), and
    /// the month files (`LoadCache+Months`).
    struct Read: Sendable {
        var memory: LoadMemory?
        var damaged = false
        var rowsParts: [String: Digest32] = [:]
        var months: [YearMonth: MonthRecord] = [:]
        /// The parts `memory` was put together from, by name: what `save` compares the new
        /// parts with (cutting the merged memory into parts again was a tenth of a one-roster
        /// build's save).
        var parts: [String: LoadMemory] = [:]
    }

    /// `load`, with the parts' digests and the month files.
    static func read(siteFolder: String, engine: String = EngineIdentity.current) -> Read {
        let folder = folder(siteFolder: siteFolder)
        let names = partNames(in: folder)
        let monthNames = monthFileNames(in: folder)
        var read = Read()
        guard !names.isEmpty || !monthNames.isEmpty else { return read }
        let results = IndexedResults<(LoadResult, Digest32?)>(count: names.count)
        let monthResults = IndexedResults<MonthResult>(count: monthNames.count)
        DispatchQueue.concurrentPerform(iterations: names.count + monthNames.count) { index in
            if index >= names.count {
                let name = monthNames[index - names.count]
                switch CacheFile.contents(of: folder + "/" + name) {
                case .bytes(let bytes): monthResults.set(index - names.count, decodeMonth(bytes, engine: engine))
                case .missing: monthResults.set(index - names.count, .missing)
                case .unreadable: monthResults.set(index - names.count, .unusable)
                }
                return
            }
            switch CacheFile.contents(of: folder + "/" + names[index]) {
            case .bytes(let bytes): results.set(index, (decode(bytes, engine: engine), Digest32(bytes.suffix(32))))
            case .missing: results.set(index, (.missing, nil))
            case .unreadable: results.set(index, (.unusable, nil))
            }
        }
        for (name, result) in zip(monthNames, monthResults.values()) {
            switch result {
            case .found(let record) where monthFileName(record.summary.month) == name: read.months[record.summary.month] = record
            case .found, .unusable: read.damaged = true
            case .missing: break
            }
        }
        var found: [LoadMemory] = []
        var foundNames: [String: String] = [:]  // part name → fingerprint
        var digests: [String: Digest32] = [:]
        var byName: [String: LoadMemory] = [:]
        for (name, (result, digest)) in zip(names, results.values()) {
            switch result {
            case .found(let part):
                found.append(part)
                foundNames[name] = part.fingerprint ?? ""
                digests[name] = digest
                byName[name] = part
            case .missing: break
            case .unusable: read.damaged = true
            }
        }
        guard !found.isEmpty else { return read }
        // Parts of another fingerprint (a build killed while it wrote them) are left out: the
        // largest group that agrees is kept, the rest is loaded again.
        var groups: [String: [LoadMemory]] = [:]
        for part in found { groups[part.fingerprint ?? "", default: []].append(part) }
        let largest = groups.values.max { $0.count < $1.count || ($0.count == $1.count && ($0.first?.fingerprint ?? "") > ($1.first?.fingerprint ?? "")) }
        guard let largest, let fingerprint = largest.first?.fingerprint else { return read }
        guard let merged = LoadMemory.merged(largest) else {
            read.damaged = true
            return read
        }
        // Only the parts the memory was put together from: a month's rows come from them.
        read.rowsParts = digests.filter { foundNames[$0.key] == fingerprint }
        read.parts = byName.filter { foundNames[$0.key] == fingerprint }
        read.memory = merged
        return read
    }

    /// The part files in the folder (not the temporary files of a write in progress).
    private static func partNames(in folder: String) -> [String] {
        names(in: folder).filter { $0 == documentPart || ($0.hasPrefix("rosters-") && !$0.contains(".")) }
    }

    /// Temporary files that a killed build left (all writes of this one are done when it looks).
    private static func temporaryNames(in folder: String) -> [String] {
        names(in: folder).filter { $0.contains(".tmp-") }
    }

    static func names(in folder: String) -> [String] {
        guard let directory = opendir(folder) else { return [] }
        defer { closedir(directory) }
        var names: [String] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
            if name != "." && name != ".." { names.append(name) }
        }
        return names.sorted()
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

    /// Writes the parts of `memory` whose contents differ from those of `read` (the cache this
    /// build read; each part to a temporary name, then renamed) and removes part files that are
    /// no longer parts. A failure is not reported: the build cache beside it fails the same way
    /// and says so, and the next build only loads more files again. Returns the trailing SHA-256
    /// of each part now in the folder as this build knows it (written, or kept and in `readParts`).
    @discardableResult
    /// - Parameter readByPart: `read` as the parts it was put together from (`Read.parts`), when
    ///   known: cut from `read` otherwise.
    /// - Parameter oneAtATime: write one part at a time (when rows are written aside, `RowSpill`:
    ///   each part being written holds its month's rows decoded and its bytes, 170 MB a month at
    ///   province scale, while the page keys read other months beside it).
    static func save(
        _ memory: LoadMemory?, read: LoadMemory?, readParts: [String: Digest32] = [:],
        readByPart: [String: LoadMemory]? = nil, siteFolder: String, oneAtATime: Bool = false,
        engine: String = EngineIdentity.current
    ) -> [String: Digest32] {
        let cache = "\(siteFolder)/\(BuildCache.folder)"
        let folder = folder(siteFolder: siteFolder)
        // The single file of earlier versions had this folder's name.
        var info = stat()
        if lstat(folder, &info) == 0, info.st_mode & S_IFMT != S_IFDIR { unlink(folder) }
        guard let memory, memory.fingerprint != nil else {
            for name in partNames(in: folder) + monthFileNames(in: folder) { unlink(folder + "/" + name) }
            return [:]
        }
        for path in ["\(siteFolder)/.gongshi", cache, folder] where mkdir(path, 0o700) != 0 && errno != EEXIST { return [:] }
        // Written before the build cache (which writes the same file): the folder ignores itself in git.
        let ignore = cache + "/.gitignore"
        if access(ignore, F_OK) != 0 {
            do { try POSIXFileWriter().writeFile(Array("# 生成缓存（gongshi build），可随时删除\n*\n".utf8), to: ignore) } catch { return [:] }
        }
        let parts = Self.parts(of: memory)
        let before = read == nil ? [:] : readByPart ?? read.map(Self.parts(of:)) ?? [:]
        let changed = parts.filter { name, part in !(before[name].map(part.persistsAs) ?? false) }
            .sorted { $0.key < $1.key }
        let written = IndexedResults<Digest32?>(count: changed.count)
        let writePart: @Sendable (Int) -> Void = { index in
            written.set(index, write(changed[index].value, to: folder + "/" + changed[index].key, engine: engine))
        }
        if oneAtATime {
            changed.indices.forEach(writePart)
        } else {
            DispatchQueue.concurrentPerform(iterations: changed.count, execute: writePart)
        }
        for name in partNames(in: folder) where parts[name] == nil { unlink(folder + "/" + name) }
        for name in temporaryNames(in: folder) { unlink(folder + "/" + name) }
        var digests = readParts.filter { parts[$0.key] != nil }
        for (part, digest) in zip(changed, written.values()) { digests[part.key] = digest }
        return digests
    }

    /// Writes `part`; its trailing SHA-256 when it is in place.
    private static func write(_ part: LoadMemory, to file: String, engine: String) -> Digest32? {
        guard let bytes = encoded(part, engine: engine) else {
            unlink(file)
            return nil
        }
        return place(bytes, at: file) ? Digest32(bytes.suffix(32)) : nil
    }

    /// `bytes` written to a temporary name, then renamed to `file`; false (and no file) on a failure.
    static func place(_ bytes: [UInt8], at file: String) -> Bool {
        let temporary = file + ".tmp-\(ProcessInfo.processInfo.processIdentifier)"
        do { try POSIXFileWriter().writeFile(bytes, to: temporary) } catch {
            unlink(temporary)
            return false
        }
        if rename(temporary, file) != 0 {
            unlink(temporary)
            return false
        }
        return true
    }
}
