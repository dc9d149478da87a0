/// The metadata text of a WebP: its `EXIF` and `XMP ` chunks, any chunk this reader does not
/// know, and bytes after the RIFF container. Image chunks are skipped.
enum WebPMetadataReader {
    static let type = "WebP"

    private static let imageChunks: Set<String> = ["VP8 ", "VP8L", "VP8X", "ALPH", "ANIM", "ANMF", "ICCP"]

    static func view(_ bytes: [UInt8]) -> ReaderView {
        guard bytes.has(ascii: "RIFF"), bytes.has(ascii: "WEBP", at: 8), let size = bytes.uint32(at: 4, .little),
              size >= 4, size <= bytes.count - 8
        else { return .unscannable(type) }
        let end = 8 + size
        var view = ReaderView()
        var index = 12
        while index < end {
            guard let length = bytes.uint32(at: index + 4, .little), index + 8 <= end, length <= end - index - 8 else {
                return .unscannable(type, at: index)
            }
            let data = (index + 8)..<(index + 8 + length)
            let name = String(decoding: bytes[index..<(index + 4)], as: UTF8.self)
            switch name {
            case "EXIF":
                // Some writers keep JPEG's "Exif\0\0" in front of the TIFF header.
                let tiff = bytes.has(ascii: "Exif\0", at: data.lowerBound) ? (data.lowerBound + 6)..<data.upperBound : data
                guard let exif = TIFFMetadataReader.view(bytes, tiff, part: "EXIF") else {
                    return .unscannable(type, at: index)
                }
                view.add(exif)
            case "XMP ":
                view.add(XMPPacket.view(bytes, data))
            default:
                if !imageChunks.contains(name) {
                    var text = ReaderText(part: "WebP \(name.trimmingSpaces)")
                    PrintableRuns.append(bytes, data, to: &text)
                    view.add(text)
                }
            }
            index = data.upperBound + (length & 1)
        }
        if end < bytes.count {
            var trailer = ReaderText(part: "WebP trailer")
            PrintableRuns.append(bytes, end..<bytes.count, to: &trailer)
            view.add(trailer)
        }
        return view
    }
}

private extension String {
    var trimmingSpaces: String {
        var text = self
        while text.hasSuffix(" ") { text.removeLast() }
        return text
    }
}
