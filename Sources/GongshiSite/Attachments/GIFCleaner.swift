/// `CleanImage` for GIF: copies the header, colour tables, images and graphic controls, and drops
/// comment extensions and application extensions other than the loop count (`NETSCAPE2.0`,
/// `ANIMEXTS1.0`); XMP travels in an application extension.
enum GIFCleaner {
    static let loopApplications: Set<String> = ["NETSCAPE2.0", "ANIMEXTS1.0"]

    static func clean(_ b: [UInt8]) throws(CleanImage.Failure) -> CleanImage {
        func failure(_ reason: String) -> CleanImage.Failure { CleanImage.Failure(type: "GIF", reason: reason) }
        guard let width = ImageBytes.le16(b, 6), let height = ImageBytes.le16(b, 8), b.count > 13 else {
            throw failure(CleanImage.truncated)
        }
        var i = 13
        if b[10] & 0x80 != 0 { i += 3 << (Int(b[10] & 0x07) + 1) }
        guard i <= b.count else { throw failure(CleanImage.truncated) }
        var out = Array(b[0..<i])
        /// The end of the data sub-blocks starting at `from` (past their zero terminator).
        func subBlocksEnd(_ from: Int) throws(CleanImage.Failure) -> Int {
            var j = from
            while true {
                guard j < b.count else { throw failure(CleanImage.truncated) }
                let count = Int(b[j])
                j += 1 + count
                if count == 0 { return j }
            }
        }
        var ended = false
        while i < b.count {
            switch b[i] {
            case 0x3B:
                ended = true
            case 0x21:
                guard i + 2 < b.count else { throw failure(CleanImage.truncated) }
                let label = b[i + 1]
                let end = try subBlocksEnd(i + 2)
                guard end <= b.count else { throw failure(CleanImage.truncated) }
                if label == 0xF9 {
                    out += b[i..<end]  // graphic control: delay, transparency
                } else if label == 0xFF, i + 18 <= end, b[i + 2] == 11,
                          loopApplications.contains(String(decoding: b[(i + 3)..<(i + 14)], as: UTF8.self)),
                          b[i + 14] == 3, b[i + 15] == 1 {
                    // The loop count alone, in its one standard sub-block.
                    out += Array(b[i..<(i + 14)]) + [3, 1, b[i + 16], b[i + 17], 0]
                }
                i = end
                continue
            case 0x2C:
                guard i + 10 <= b.count else { throw failure(CleanImage.truncated) }
                var j = i + 10
                if b[i + 9] & 0x80 != 0 { j += 3 << (Int(b[i + 9] & 0x07) + 1) }
                let end = try subBlocksEnd(j + 1)
                guard end <= b.count else { throw failure(CleanImage.truncated) }
                out += b[i..<end]
                i = end
                continue
            default:
                throw failure(CleanImage.malformed)
            }
            if ended { break }
        }
        guard ended, width > 0, height > 0 else { throw failure(ended ? CleanImage.malformed : CleanImage.truncated) }
        out.append(0x3B)
        return CleanImage(bytes: out, width: width, height: height)
    }
}
