/// The entries of a ZIP archive (the container of DOCX/XLSX/PPTX and ODF files), read from its
/// central directory, and their bytes, inflated under the file's budget so that a compression bomb
/// is refused instead of filling memory.
struct ZipArchive {
    struct Entry {
        var name: String
        /// Offset of the entry's local header in the archive.
        var headerOffset: Int
        var method: Int
        var flags: Int
        var compressedSize: Int
        var size: Int

        var isEncrypted: Bool { flags & 0x0001 != 0 }
        var isDirectory: Bool { name.hasSuffix("/") }
    }

    enum Failure: Error, Equatable {
        /// The structure is broken, cut off, or uses what this reader does not support (ZIP64,
        /// a compression method other than stored and deflate, encryption).
        case unreadable
        /// Inflating would pass the budget (total size or ratio): treated as a bomb.
        case tooLarge
    }

    let bytes: [UInt8]
    let entries: [Entry]

    /// Reads the central directory, or nil when there is none that fits the file.
    init?(_ bytes: [UInt8]) {
        self.bytes = bytes
        // The end-of-central-directory record: 22 bytes plus a comment of up to 65,535.
        let signature: [UInt8] = [0x50, 0x4B, 0x05, 0x06]
        let searchStart = max(0, bytes.count - 22 - 0xFFFF)
        guard bytes.count >= 22, let end = bytes.lastIndex(of: signature, in: searchStart..<bytes.count),
              let count = bytes.uint16(at: end + 10, .little), let directorySize = bytes.uint32(at: end + 12, .little),
              let directoryOffset = bytes.uint32(at: end + 16, .little),
              count != 0xFFFF, directoryOffset != 0xFFFF_FFFF,
              bytes.span(at: directoryOffset, count: directorySize) != nil
        else { return nil }
        var entries = [Entry]()
        var index = directoryOffset
        for _ in 0..<count {
            guard bytes.has([0x50, 0x4B, 0x01, 0x02], at: index),
                  let flags = bytes.uint16(at: index + 8, .little), let method = bytes.uint16(at: index + 10, .little),
                  let compressedSize = bytes.uint32(at: index + 20, .little), let size = bytes.uint32(at: index + 24, .little),
                  let nameLength = bytes.uint16(at: index + 28, .little), let extraLength = bytes.uint16(at: index + 30, .little),
                  let commentLength = bytes.uint16(at: index + 32, .little),
                  let headerOffset = bytes.uint32(at: index + 42, .little),
                  let nameRange = bytes.span(at: index + 46, count: nameLength),
                  compressedSize != 0xFFFF_FFFF, size != 0xFFFF_FFFF, headerOffset != 0xFFFF_FFFF
            else { return nil }
            let name = String(decoding: bytes[nameRange], as: UTF8.self)
            entries.append(Entry(name: name, headerOffset: headerOffset, method: method, flags: flags,
                                 compressedSize: compressedSize, size: size))
            index = nameRange.upperBound + extraLength + commentLength
        }
        self.entries = entries
    }

    /// The bytes of `entry`, inflated within `budget`.
    func contents(of entry: Entry, budget: InflationBudget) -> Result<[UInt8], Failure> {
        guard !entry.isEncrypted, entry.method == 0 || entry.method == 8 else { return .failure(.unreadable) }
        guard entry.size <= budget.remaining else { return .failure(.tooLarge) }
        let header = entry.headerOffset
        guard bytes.has([0x50, 0x4B, 0x03, 0x04], at: header),
              let nameLength = bytes.uint16(at: header + 26, .little), let extraLength = bytes.uint16(at: header + 28, .little),
              let stored = bytes.span(at: header + 30 + nameLength + extraLength, count: entry.compressedSize)
        else { return .failure(.unreadable) }
        if entry.method == 0 {
            guard entry.compressedSize == entry.size else { return .failure(.unreadable) }
            budget.spend(entry.size)
            return .success(Array(bytes[stored]))
        }
        // The declared size is only a claim: inflate at most one byte past it, within the budget.
        switch ZlibInflater.inflate(bytes[stored], format: .rawDeflate, limit: min(entry.size + 1, budget.remaining + 1)) {
        case .success(let inflated):
            guard inflated.count == entry.size else {
                return .failure(inflated.count > budget.remaining ? .tooLarge : .unreadable)
            }
            budget.spend(inflated.count)
            return .success(inflated)
        case .failure(.tooLarge):
            return .failure(entry.size >= budget.remaining ? .tooLarge : .unreadable)
        case .failure(.corrupt):
            return .failure(.unreadable)
        }
    }
}
