/// The text format of `.gongshi/known-names`: small, line-based, stable under re-import (hashes
/// sorted and unique), so a clerk can see at a glance that it holds no names.
///
/// ```
/// # gongshi 已知姓名 …(comment lines start with #; blank lines are ignored)
/// gongshi-known-names 1
/// salt 000102030405060708090a0b0c0d0e0f
/// 0123456789abcdef
/// …
/// ```
///
/// Line 1 (after comments) names the format and its version; line 2 is the 128-bit SipHash key
/// as 32 hex digits (its bytes in order); every further line is one SipHash-2-4 value as 16 hex
/// digits (the number, most significant digit first). Anything else is an error naming the file
/// and the line, never quoting it.
package enum KnownNamesFile {
    package static let formatName = "gongshi-known-names"
    package static let version = 1

    package static let comment = """
        # gongshi 已知姓名：gongshi import 记住的完整姓名，只有加盐散列值，没有姓名本身。
        # gongshi build、check、print、serve 会拒绝发布含有这些姓名的任何文字。
        # 不得上传到网站服务器，不得提交到 git；删除本文件即可重新开始（之后导入的名册会重新记住）。
        """

    package struct Contents: Sendable, Equatable {
        package var key: SipHash24
        package var hashes: [UInt64]
    }

    /// The file's text: the comment, the version, the key and the hashes sorted and unique.
    package static func text(key: SipHash24, hashes: some Sequence<UInt64>) -> String {
        var text = comment + "\n\(formatName) \(version)\nsalt "
        for byte in key.keyBytes { text += hex(UInt64(byte), digits: 2) }
        text += "\n"
        for hash in Set(hashes).sorted() { text += hex(hash, digits: 16) + "\n" }
        return text
    }

    /// Reads the file's bytes; `file` is the path named in errors.
    package static func parse(_ bytes: [UInt8], file: String) throws(ContentErrors) -> Contents {
        var key: SipHash24?
        var sawHeader = false
        var hashes: [UInt64] = []
        hashes.reserveCapacity(bytes.count / 17)
        var lineNumber = 0
        var start = 0
        func fail(_ message: Message) -> ContentErrors {
            ContentErrors([.error(SourceLocation(file: file, line: lineNumber), message)])
        }
        while start < bytes.count {
            lineNumber += 1
            var end = start
            while end < bytes.count, bytes[end] != 0x0A { end += 1 }
            var line = bytes[start..<end]
            start = end + 1
            if line.last == 0x0D { line = line.dropLast() }
            if line.isEmpty || line.first == UInt8(ascii: "#") { continue }
            if !sawHeader {
                let prefix = Array((formatName + " ").utf8)
                guard line.starts(with: prefix), let number = decimal(line.dropFirst(prefix.count)) else {
                    throw fail(Messages.knownNamesBadHeader)
                }
                guard number == version else { throw fail(number > version ? Messages.knownNamesNewerVersion : Messages.knownNamesBadHeader) }
                sawHeader = true
            } else if key == nil {
                let prefix = Array("salt ".utf8)
                guard line.count == prefix.count + 32, line.starts(with: prefix),
                      let high = hexNumber(line.dropFirst(prefix.count).prefix(16)),
                      let low = hexNumber(line.dropFirst(prefix.count + 16))
                else { throw fail(Messages.knownNamesBadSalt) }
                // The hex is the key's bytes in order; SipHash reads each half little-endian.
                key = SipHash24(k0: high.byteSwapped, k1: low.byteSwapped)
            } else {
                guard line.count == 16, let hash = hexNumber(line) else { throw fail(Messages.knownNamesBadHash) }
                hashes.append(hash)
            }
        }
        guard sawHeader else {
            lineNumber = 0
            throw fail(Messages.knownNamesBadHeader)
        }
        guard let key else {
            lineNumber = 0
            throw fail(Messages.knownNamesNoSalt)
        }
        return Contents(key: key, hashes: hashes)
    }

    private static func hex(_ value: UInt64, digits: Int) -> String {
        let text = String(value, radix: 16)
        return String(repeating: "0", count: max(digits - text.count, 0)) + text
    }

    /// 1 to 16 hex digits (either case), nothing else.
    private static func hexNumber(_ digits: ArraySlice<UInt8>) -> UInt64? {
        guard !digits.isEmpty, digits.count <= 16 else { return nil }
        var value: UInt64 = 0
        for digit in digits {
            let nibble: UInt8
            switch digit {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): nibble = digit - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): nibble = digit - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): nibble = digit - UInt8(ascii: "A") + 10
            default: return nil
            }
            value = value << 4 | UInt64(nibble)
        }
        return value
    }

    /// 1 to 6 ASCII digits, nothing else.
    private static func decimal(_ digits: ArraySlice<UInt8>) -> Int? {
        guard !digits.isEmpty, digits.count <= 6 else { return nil }
        var value = 0
        for digit in digits {
            guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(digit) else { return nil }
            value = value * 10 + Int(digit - UInt8(ascii: "0"))
        }
        return value
    }
}
