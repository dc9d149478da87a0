/// `CleanImage` for JPEG: walks the marker segments, keeps the picture's own (quantisation and
/// Huffman tables, frame and scan headers, restart intervals, JFIF, an ICC profile, Adobe's colour
/// transform) and the entropy-coded data, and stops at the end-of-image marker.
enum JPEGCleaner {
    static func clean(_ b: [UInt8]) throws(CleanImage.Failure) -> CleanImage {
        func failure(_ reason: String) -> CleanImage.Failure { CleanImage.Failure(type: "JPEG", reason: reason) }
        var head: [UInt8] = []   // APP0 segments, kept first
        var rest: [UInt8] = []
        var size: (width: Int, height: Int)?
        var orientation = 1
        var ended = false
        var i = 2
        while i < b.count {
            guard b[i] == 0xFF else { throw failure(CleanImage.malformed) }
            while i + 1 < b.count, b[i + 1] == 0xFF { i += 1 }  // fill bytes
            guard i + 1 < b.count else { break }
            let marker = b[i + 1]
            if marker == 0xD9 {
                ended = true
                break
            }
            if marker == 0x01 || (0xD0...0xD7).contains(marker) {
                rest += [0xFF, marker]
                i += 2
                continue
            }
            guard let length = ImageBytes.be16(b, i + 2), length >= 2, i + 2 + length <= b.count else {
                throw failure(CleanImage.truncated)
            }
            let segment = b[i..<(i + 2 + length)]
            let payload = Array(b[(i + 4)..<(i + 2 + length)])
            switch marker {
            case 0xE0:
                // JFIF's fixed fields, its thumbnail (a small copy of the picture) left out; JFXX dropped.
                if head.isEmpty, payload.count >= 12, payload.starts(with: Array("JFIF\u{0}".utf8)) {
                    head = [0xFF, 0xE0, 0x00, 0x10] + payload[0..<12] + [0, 0]
                }
            case 0xE1:
                if let value = exifOrientation(payload) { orientation = value }
            case 0xE2:
                if payload.starts(with: Array("ICC_PROFILE\u{0}".utf8)) { rest += segment }
            case 0xEE:
                // Adobe's colour transform: its 12 fixed bytes.
                if payload.count >= 12, payload.starts(with: Array("Adobe".utf8)) {
                    rest += [0xFF, 0xEE, 0x00, 0x0E] + payload[0..<12]
                }
            case 0xC0...0xCF where marker != 0xC4 && marker != 0xC8 && marker != 0xCC:
                if size == nil, let height = ImageBytes.be16(b, i + 5), let width = ImageBytes.be16(b, i + 7) {
                    size = (width, height)
                }
                rest += segment
            case 0xC4, 0xCC, 0xDA, 0xDB, 0xDC, 0xDD, 0xDE, 0xDF:
                rest += segment  // Huffman and arithmetic tables, scans, quantisation, restarts, hierarchy
            default:
                break  // APP1–APP15 but those above, comments, anything unknown
            }
            i += 2 + length
            if marker == 0xDA {
                // Entropy-coded data: up to the next marker that is not a stuffed byte or a restart.
                var j = i
                while j < b.count {
                    if b[j] == 0xFF, j + 1 < b.count {
                        let next = b[j + 1]
                        if next == 0x00 || (0xD0...0xD7).contains(next) {
                            j += 2
                            continue
                        }
                        break
                    }
                    j += 1
                }
                rest += b[i..<j]
                i = j
            }
        }
        guard ended else { throw failure(CleanImage.truncated) }
        guard let size, size.width > 0, size.height > 0 else { throw failure(CleanImage.malformed) }
        var out: [UInt8] = [0xFF, 0xD8]
        out += head
        if orientation != 1 { out += orientationSegment(orientation) }
        out += rest
        out += [0xFF, 0xD9]
        // Orientations 5–8 turn the picture a quarter: a browser shows it the other way round.
        let turned = orientation >= 5
        return CleanImage(bytes: out, width: turned ? size.height : size.width, height: turned ? size.width : size.height)
    }

    /// The orientation (tag 0x0112 of the first IFD) in an APP1 EXIF payload, when it is 2–8.
    static func exifOrientation(_ payload: [UInt8]) -> Int? {
        guard payload.starts(with: Array("Exif\u{0}\u{0}".utf8)) else { return nil }
        let tiff = Array(payload.dropFirst(6))
        guard tiff.count >= 8 else { return nil }
        let little = tiff[0] == 0x49 && tiff[1] == 0x49
        guard little || (tiff[0] == 0x4D && tiff[1] == 0x4D) else { return nil }
        let u16 = { (at: Int) in little ? ImageBytes.le16(tiff, at) : ImageBytes.be16(tiff, at) }
        let u32 = { (at: Int) in little ? ImageBytes.le32(tiff, at) : ImageBytes.be32(tiff, at) }
        guard let ifd = u32(4), let count = u16(ifd) else { return nil }
        for entry in 0..<min(count, 512) {
            let at = ifd + 2 + entry * 12
            guard let tag = u16(at) else { return nil }
            if tag == 0x0112, let type = u16(at + 2), type == 3, let value = u16(at + 8) {
                return (2...8).contains(value) ? value : nil
            }
        }
        return nil
    }

    /// An APP1 EXIF block holding the orientation alone (big-endian TIFF, one IFD entry).
    static func orientationSegment(_ orientation: Int) -> [UInt8] {
        let tiff: [UInt8] = [0x4D, 0x4D, 0x00, 0x2A, 0x00, 0x00, 0x00, 0x08,
                             0x00, 0x01,
                             0x01, 0x12, 0x00, 0x03, 0x00, 0x00, 0x00, 0x01, 0x00, UInt8(orientation), 0x00, 0x00,
                             0x00, 0x00, 0x00, 0x00]
        let payload = Array("Exif\u{0}\u{0}".utf8) + tiff
        let length = payload.count + 2
        return [0xFF, 0xE1, UInt8(length >> 8), UInt8(length & 0xFF)] + payload
    }
}
