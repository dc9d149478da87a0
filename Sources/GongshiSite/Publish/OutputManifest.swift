import GongshiCore

/// The `.gongshi-output` file every build writes into its output: which gongshi built the folder,
/// from which input (a digest), and the SHA-256 and size of every published file. It is what a
/// county shows years later to prove a page was not altered (`gongshi verify`), and its presence
/// marks the folder as Gongshi's own, safe to replace. Same input, same bytes: no time stamps, no
/// absolute paths (a copy on a USB stick or a web server verifies the same).
struct OutputManifest: Equatable, Sendable {
    struct Entry: Equatable, Sendable {
        /// Relative to the output folder.
        let path: String
        let size: Int
        /// Held as its bytes (`Digest32`: no heap part, a million of them at province scale);
        /// written as lowercase hex.
        let sha256: Digest32
    }

    static let fileName = ".gongshi-output"
    static let formatLine = "gongshi-output-manifest 2"
    /// Version 1 had no `month` lines; it still reads (and verifies) the same.
    static let formatLineVersion1 = "gongshi-output-manifest 1"
    /// The first words of the plain-text marker earlier versions wrote.
    static let oldMarkerStart = "此目录由 gongshi build 生成"

    let version: String
    let inputDigest: String
    /// The roster months published, oldest first (`PublishedMonth`): what the next build compares.
    let months: [PublishedMonth]
    /// Sorted by the bytes of the path.
    let entries: [Entry]

    init(version: String, inputDigest: String, months: [PublishedMonth] = [], entries: [Entry]) {
        self.version = version
        self.inputDigest = inputDigest
        self.months = months
        var entries = entries  // sorted in place when the caller hands the array over
        entries.sort { $0.path.utf8Precedes($1.path) }
        self.entries = entries
    }

    static let header = """
        # 此目录由 gongshi build 生成，每次构建都会整体替换；用 gongshi verify --output 此目录 可核对文件是否被改动。
        # This folder is written by gongshi build and replaced on every build; check it with: gongshi verify --output DIR
        # 格式：UTF-8 文本，一行一项，# 开头的行是说明。
        # gongshi-version 版本：生成本目录的 gongshi 版本。
        # input-sha256 摘要：输入摘要。对每个输入文件（site.yaml、.gongshi/known-names，以及 content/、templates/、
        #   所用主题 themes/名称/ 之下的文件）按路径的字节序各写一行“SHA-256、两个空格、路径、换行”
        #   （即 sha256sum 的输出格式），再对这些行求 SHA-256。
        # month 月份 名册摘要 户数 人数 金额（分） 更正条数：每个已发布的名单月份一行。名册摘要按 input-sha256 的写法，
        #   只对该月文件夹中的名册 CSV 求得；下次构建据此发现发布后被改动的月份，要求 _month.yaml 写明更正。
        # files 数目：发布的文件数，不含本文件。
        # file SHA-256 字节数 路径：每个发布的文件一行，SHA-256 为小写十六进制，路径相对本目录、按字节序排列，
        #   其中的控制字符和 \\ 写作 \\xHH。

        """

    /// The file's bytes, written into one buffer (55,000 lines at city scale: `text`'s strings
    /// and their join cost more than the rest of the publish on a RAM disk). Equal to `text`'s UTF-8.
    var bytes: [UInt8] {
        var out: [UInt8] = []
        write { out += $0 }
        return out
    }

    /// The file's bytes handed to `emit` in pieces of about `piece` bytes, in order: the publish
    /// writes them as they come (a province's manifest is 130 MB, never held whole).
    func write(piece: Int = 1 << 20, _ emit: ([UInt8]) -> Void) {
        var out: [UInt8] = []
        let head = Self.formatLine + "\n" + Self.header + "gongshi-version \(version)\n"
            + "input-sha256 \(inputDigest)\n" + months.map { $0.line + "\n" }.joined() + "files \(entries.count)\n"
        out.reserveCapacity(head.utf8.count + min(entries.count * 110, piece + 8192))
        out.append(contentsOf: head.utf8)
        for entry in entries {
            out.append(contentsOf: "file ".utf8)
            entry.sha256.appendHex(to: &out)
            out.append(UInt8(ascii: " "))
            out.append(contentsOf: String(entry.size).utf8)
            out.append(UInt8(ascii: " "))
            ManifestPath.appendEscaped(entry.path, to: &out)
            out.append(UInt8(ascii: "\n"))
            if out.count >= piece {
                emit(out)
                out.removeAll(keepingCapacity: true)
            }
        }
        emit(out)
    }

    /// The file's text (`bytes` is the same, made faster).
    var text: String {
        var lines = [Self.formatLine + "\n", Self.header, "gongshi-version \(version)\n",
                     "input-sha256 \(inputDigest)\n"] + months.map { $0.line + "\n" } + ["files \(entries.count)\n"]
        for entry in entries {
            lines.append("file \(entry.sha256.hex) \(entry.size) \(ManifestPath.escape(entry.path))\n")
        }
        return lines.joined()
    }

    /// Why a manifest could not be read; `line` is 1-based.
    enum Problem: Error, Equatable {
        case oldMarker
        case malformed(line: Int, String)
    }

    static func parse(_ bytes: [UInt8]) throws(Problem) -> OutputManifest {
        let lines = bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
        guard let first = lines.first, let firstLine = String(validating: first, as: UTF8.self) else {
            throw .malformed(line: 1, Messages.manifestNotUTF8)
        }
        if firstLine.hasPrefix(oldMarkerStart) { throw .oldMarker }
        if firstLine != formatLine && firstLine != formatLineVersion1 {
            throw .malformed(line: 1, firstLine.hasPrefix("gongshi-output-manifest ")
                ? Messages.manifestUnknownVersion : Messages.manifestFirstLine)
        }
        var version: String?
        var inputDigest: String?
        var count: (value: Int, line: Int)?
        var entries: [Entry] = []
        var months: [PublishedMonth] = []
        for (index, raw) in lines.enumerated().dropFirst() {
            let number = index + 1
            if raw.isEmpty && index == lines.count - 1 { break }
            guard let line = String(validating: raw, as: UTF8.self) else { throw .malformed(line: number, Messages.manifestNotUTF8) }
            if line.hasPrefix("#") { continue }
            if let value = line.dropPrefix("gongshi-version ") {
                guard version == nil else { throw .malformed(line: number, Messages.manifestRepeated) }
                guard !value.isEmpty, !value.contains(where: { $0.isWhitespace }) else { throw .malformed(line: number, Messages.manifestUnknownLine) }
                version = String(value)
            } else if let value = line.dropPrefix("input-sha256 ") {
                guard inputDigest == nil else { throw .malformed(line: number, Messages.manifestRepeated) }
                guard isHexDigest(value) else { throw .malformed(line: number, Messages.manifestBadHash) }
                inputDigest = String(value)
            } else if let value = line.dropPrefix("files ") {
                guard count == nil else { throw .malformed(line: number, Messages.manifestRepeated) }
                guard let files = decimal(value) else { throw .malformed(line: number, Messages.manifestBadSize) }
                count = (files, number)
            } else if let value = line.dropPrefix("month "), firstLine == formatLine, count == nil, entries.isEmpty {
                guard let month = PublishedMonth.parse(value) else { throw .malformed(line: number, Messages.manifestUnknownLine) }
                if let last = months.last, !(last.month < month.month) { throw .malformed(line: number, Messages.manifestMonthsUnsorted) }
                months.append(month)
            } else if let value = line.dropPrefix("file ") {
                let entry = try parseEntry(value, line: number)
                if let last = entries.last, !last.path.utf8Precedes(entry.path) {
                    throw .malformed(line: number, Messages.manifestUnsorted)
                }
                entries.append(entry)
            } else {
                throw .malformed(line: number, Messages.manifestUnknownLine)
            }
        }
        let end = max(1, lines.count - 1)
        guard let version else { throw .malformed(line: end, Messages.manifestMissingVersion) }
        guard let inputDigest else { throw .malformed(line: end, Messages.manifestMissingInput) }
        guard let count else { throw .malformed(line: end, Messages.manifestMissingCount) }
        guard count.value == entries.count else { throw .malformed(line: count.line, Messages.manifestCountMismatch) }
        return OutputManifest(version: version, inputDigest: inputDigest, months: months, entries: entries)
    }

    /// `SHA-256 size path`, the path being the rest of the line (it may hold spaces).
    private static func parseEntry(_ text: Substring, line: Int) throws(Problem) -> Entry {
        let parts = text.split(separator: " ", maxSplits: 2, omittingEmptySubsequences: false)
        guard parts.count == 3 else { throw .malformed(line: line, Messages.manifestUnknownLine) }
        guard isHexDigest(parts[0]), let sha256 = Digest32(hex: parts[0]) else { throw .malformed(line: line, Messages.manifestBadHash) }
        guard let size = decimal(parts[1]) else { throw .malformed(line: line, Messages.manifestBadSize) }
        guard let path = ManifestPath.unescape(parts[2]) else { throw .malformed(line: line, Messages.manifestBadPath) }
        return Entry(path: path, size: size, sha256: sha256)
    }

    private static func isHexDigest(_ text: Substring) -> Bool {
        text.utf8.count == 64 && text.utf8.allSatisfy { (0x30...0x39).contains($0) || (0x61...0x66).contains($0) }
    }

    /// Plain ASCII digits, no sign, no leading zero, at most 18 digits.
    private static func decimal(_ text: Substring) -> Int? {
        guard !text.isEmpty, text.utf8.count <= 18, text.utf8.allSatisfy({ (0x30...0x39).contains($0) }),
              text == "0" || text.first != "0"
        else { return nil }
        return Int(text)
    }
}

private extension String {
    func dropPrefix(_ prefix: String) -> Substring? {
        hasPrefix(prefix) ? dropFirst(prefix.count) : nil
    }
}
