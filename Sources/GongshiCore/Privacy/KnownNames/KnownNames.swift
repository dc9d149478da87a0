import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The full names a site's rosters were imported from, kept only as salted hashes in a private
/// file inside the site folder (`.gongshi/known-names`: never content, never published, never
/// committed). Every build, check, print and serve loads it through `ContentLoader` and refuses
/// a text that contains one of them.
///
/// A name is remembered as the SipHash-2-4 values (keyed by the site's random 128-bit salt) of
/// the 2–4-ideograph sequences `KnownNameKeys` takes from it; `matches` hashes every window of
/// 2–4 ideographs of a text the same way.
package struct KnownNames: Sendable {
    /// The private folder, relative to the site folder. Hidden: no loader, the preview watcher
    /// and theme asset copying all skip names starting with `.`.
    package static let folder = ".gongshi"
    /// The file, relative to the site folder (as diagnostics name it).
    package static let path = ".gongshi/known-names"

    /// The site's salt, as the SipHash key.
    package let key: SipHash24
    /// Every remembered hash, sorted and unique.
    package let hashes: [UInt64]
    private let table: HashSet64

    /// No names, under a new random salt.
    package init() {
        self.init(key: Self.randomKey(), hashes: [])
    }

    package init(key: SipHash24, hashes: some Sequence<UInt64>) {
        self.key = key
        self.hashes = Set(hashes).sorted()
        self.table = HashSet64(self.hashes)
    }

    /// A new salt from the system's secure generator (`getrandom`, `/dev/urandom`).
    package static func randomKey() -> SipHash24 {
        var generator = SystemRandomNumberGenerator()
        return SipHash24(k0: generator.next(), k1: generator.next())
    }

    package var isEmpty: Bool { hashes.isEmpty }
    package var count: Int { hashes.count }

    /// Loads the site's known-names file, or nil when there is none. A malformed file, or a
    /// `.gongshi` that is a symbolic link, is an error naming the file.
    /// The file is read like every site file: never a FIFO, never over `limits`.
    package static func load(siteFolder: URL, limits: InputLimits = InputLimits()) throws(ContentErrors) -> KnownNames? {
        let folderURL = siteFolder.appendingPathComponent(folder, isDirectory: true)
        let fileURL = siteFolder.appendingPathComponent(path)
        switch PrivateFileKind.of(folderURL.path) {
        case .missing: return nil
        case .directory: break
        case .file, .other: throw ContentErrors([.error(SourceLocation(file: folder), Messages.knownNamesNotPrivateFolder)])
        }
        switch PrivateFileKind.of(fileURL.path) {
        case .missing: return nil
        case .file: break
        default: throw ContentErrors([.error(SourceLocation(file: path), Messages.knownNamesNotPrivateFolder)])
        }
        let data = try SiteFiles(siteFolder: siteFolder, limits: limits).read(path)
        let contents = try KnownNamesFile.parse(Array(data), file: path)
        return KnownNames(key: contents.key, hashes: contents.hashes)
    }

    /// The file's text (see `KnownNamesFile`).
    package var fileText: String { KnownNamesFile.text(key: key, hashes: hashes) }

    /// These names and `fullNames`, under the same salt.
    package func adding(fullNames: some Sequence<String>) -> KnownNames {
        var added = hashes
        for name in fullNames { added += hashes(of: name) }
        return KnownNames(key: key, hashes: added)
    }

    /// The hashes a full name is remembered by (none for a name `KnownNameKeys` cannot use).
    package func hashes(of fullName: String) -> [UInt64] {
        KnownNameKeys.keys(for: fullName).map { key.hash(Array(String(String.UnicodeScalarView($0)).utf8)) }
    }

    /// Whether every hash of `fullName` is remembered (false for a name with none).
    package func contains(fullName: String) -> Bool {
        let hashes = hashes(of: fullName)
        return !hashes.isEmpty && hashes.allSatisfy(table.contains)
    }

    /// Ranges (indices into `scalars`, already normalised by `PrivacyNormalizer`: invisible
    /// characters dropped, NFKC) where a known full name appears: every window of 2, 3 or 4
    /// ideographs whose hash is remembered, sorted by start, then end. Between two ideographs of
    /// a window may stand up to `NameScalars.maxGap` gap scalars (spaces, line breaks, `·` and
    /// other separators, see `NameScalars.isGap`), which the range then includes: 张　三 and a
    /// name split by a hard line break are found. Overlapping hits (张三 and 张三丰) are all listed.
    ///
    /// Allocation-free per window: UTF-8 packed into two words and hashed in place.
    package func matches(in scalars: [Unicode.Scalar]) -> [Range<Int>] {
        guard !hashes.isEmpty else { return [] }
        var found: [Range<Int>] = []
        // The last (up to) four ideographs of the current run, oldest first.
        var window = IdeographWindow()
        var gap = 0
        scalars.withUnsafeBufferPointer { scalars in
            for index in scalars.indices {
                let scalar = scalars[index]
                if NameScalars.isIdeograph(scalar) {
                    if gap > NameScalars.maxGap { window.clear() }
                    gap = 0
                    window.push(scalar, at: index)
                    guard window.count >= 2 else { continue }
                    for length in 2...window.count {
                        let (low, high, bytes) = window.packedUTF8(last: length)
                        if table.contains(key.hash(low: low, high: high, count: bytes)) {
                            found.append(window.position(last: length)..<(index + 1))
                        }
                    }
                } else if window.count > 0, NameScalars.isGap(scalar) {
                    gap += 1
                } else {
                    window.clear()
                    gap = 0
                }
            }
        }
        if found.count > 1 {
            found.sort { ($0.lowerBound, $0.upperBound) < ($1.lowerBound, $1.upperBound) }
        }
        return found
    }
}

/// The last four ideographs seen by `KnownNames.matches`, each as its UTF-8 bytes packed
/// little-endian in a word, with its index in the text. Fixed size: no allocation.
private struct IdeographWindow {
    private var utf8: (UInt32, UInt32, UInt32, UInt32) = (0, 0, 0, 0)
    private var lengths: (Int, Int, Int, Int) = (0, 0, 0, 0)
    private var positions: (Int, Int, Int, Int) = (0, 0, 0, 0)
    private(set) var count = 0

    mutating func clear() { count = 0 }

    @inline(__always)
    mutating func push(_ scalar: Unicode.Scalar, at position: Int) {
        let value = scalar.value
        let packed: UInt32
        let length: Int
        if value < 0x10000 {
            packed = (0xE0 | value >> 12) | (0x80 | (value >> 6) & 0x3F) << 8 | (0x80 | value & 0x3F) << 16
            length = 3
        } else {
            packed = (0xF0 | value >> 18) | (0x80 | (value >> 12) & 0x3F) << 8 | (0x80 | (value >> 6) & 0x3F) << 16
                | (0x80 | value & 0x3F) << 24
            length = 4
        }
        utf8 = (utf8.1, utf8.2, utf8.3, packed)
        lengths = (lengths.1, lengths.2, lengths.3, length)
        positions = (positions.1, positions.2, positions.3, position)
        count = min(count + 1, 4)
    }

    /// The index in the text of the first of the last `length` ideographs.
    @inline(__always)
    func position(last length: Int) -> Int {
        switch length {
        case 4: return positions.0
        case 3: return positions.1
        case 2: return positions.2
        default: return positions.3
        }
    }

    /// The UTF-8 of the last `length` ideographs, packed for `SipHash24.hash(low:high:count:)`.
    @inline(__always)
    func packedUTF8(last length: Int) -> (low: UInt64, high: UInt64, count: Int) {
        var packer = BytePacker()
        if length >= 4 { packer.append(utf8.0, lengths.0) }
        if length >= 3 { packer.append(utf8.1, lengths.1) }
        if length >= 2 { packer.append(utf8.2, lengths.2) }
        packer.append(utf8.3, lengths.3)
        return (packer.low, packer.high, packer.count)
    }
}

/// Up to 16 bytes packed little-endian into two words.
private struct BytePacker {
    var low: UInt64 = 0
    var high: UInt64 = 0
    var count = 0

    @inline(__always)
    mutating func append(_ bytes: UInt32, _ length: Int) {
        let value = UInt64(bytes)
        if count >= 8 {
            high |= value << UInt64(8 * (count - 8))
        } else {
            low |= value << UInt64(8 * count)
            if count + length > 8 { high |= value >> UInt64(8 * (8 - count)) }
        }
        count += length
    }
}

/// What is at a path, without following a symbolic link.
enum PrivateFileKind {
    case missing
    case directory
    case file
    case other

    static func of(_ path: String) -> PrivateFileKind {
        var info = stat()
        guard lstat(path, &info) == 0 else { return .missing }
        switch info.st_mode & S_IFMT {
        case S_IFDIR: return .directory
        case S_IFREG: return .file
        default: return .other
        }
    }
}
