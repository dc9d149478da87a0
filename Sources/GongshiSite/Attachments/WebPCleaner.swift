/// `CleanImage` for WebP: drops the `EXIF` and `XMP ` chunks (and clears their flags in `VP8X`)
/// and any chunk a decoder does not read, and writes the RIFF size again.
enum WebPCleaner {
    static let kept: Set<String> = ["VP8 ", "VP8L", "VP8X", "ALPH", "ANIM", "ICCP"]

    static func clean(_ b: [UInt8]) throws(CleanImage.Failure) -> CleanImage {
        func failure(_ reason: String) -> CleanImage.Failure { CleanImage.Failure(type: "WebP", reason: reason) }
        guard let riffSize = ImageBytes.le32(b, 4), riffSize + 8 <= b.count else { throw failure(CleanImage.truncated) }
        var chunks: [UInt8] = []
        var size: (width: Int, height: Int)?
        var i = 12
        let end = riffSize + 8
        while i + 8 <= end {
            guard let length = ImageBytes.le32(b, i + 4), i + 8 + length <= end else { throw failure(CleanImage.truncated) }
            let type = String(decoding: b[i..<(i + 4)], as: UTF8.self)
            let padded = length + (length & 1)
            let data = i + 8
            switch type {
            case "VP8X":
                if let width = ImageBytes.le24(b, data + 4), let height = ImageBytes.le24(b, data + 7) {
                    size = (width + 1, height + 1)
                }
            case "VP8 " where size == nil:
                if b.count > data + 9, b[data + 3] == 0x9D, b[data + 4] == 0x01, b[data + 5] == 0x2A,
                   let width = ImageBytes.le16(b, data + 6), let height = ImageBytes.le16(b, data + 8) {
                    size = (width & 0x3FFF, height & 0x3FFF)
                }
            case "VP8L" where size == nil:
                if b.count > data + 4, b[data] == 0x2F, let bits = ImageBytes.le32(b, data + 1) {
                    size = ((bits & 0x3FFF) + 1, ((bits >> 14) & 0x3FFF) + 1)
                }
            default:
                break
            }
            if type == "ANMF" {
                // A frame: its 16-byte header, then its own chunks, of which only the picture's are kept.
                guard length >= 16 else { throw failure(CleanImage.malformed) }
                var frame = Array(b[data..<(data + 16)])
                var j = data + 16
                while j + 8 <= data + length {
                    guard let inner = ImageBytes.le32(b, j + 4), j + 8 + inner <= data + length else { throw failure(CleanImage.truncated) }
                    let innerType = String(decoding: b[j..<(j + 4)], as: UTF8.self)
                    let innerPadded = inner + (inner & 1)
                    if ["ALPH", "VP8 ", "VP8L"].contains(innerType) {
                        frame += b[j..<(j + 8 + inner)]
                        if inner & 1 == 1 { frame.append(0) }
                    }
                    j += 8 + innerPadded
                }
                chunks += Array("ANMF".utf8)
                ImageBytes.appendLE32(frame.count, to: &chunks)
                chunks += frame
            } else if kept.contains(type) {
                var chunk = Array(b[i..<min(data + padded, end)])
                if type == "VP8X", chunk.count > 8 { chunk[8] &= ~UInt8(0x0C) }  // no EXIF, no XMP
                if chunk.count < 8 + padded { chunk += [UInt8](repeating: 0, count: 8 + padded - chunk.count) }
                chunks += chunk
            }
            i = data + padded
        }
        guard let size, size.width > 0, size.height > 0 else { throw failure(CleanImage.malformed) }
        var out = Array("RIFF".utf8)
        ImageBytes.appendLE32(chunks.count + 4, to: &out)
        out += Array("WEBP".utf8)
        out += chunks
        return CleanImage(bytes: out, width: size.width, height: size.height)
    }
}
