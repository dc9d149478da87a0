/// The metadata text of a JPEG: every APPn segment (EXIF, XMP, IPTC/Photoshop, ICC profile, any
/// other application data), every comment, and anything after the end of the image. The markers
/// are walked one by one; entropy-coded image data is skipped, never read as text.
enum JPEGMetadataReader {
    static let type = "JPEG"

    static func view(_ bytes: [UInt8]) -> ReaderView {
        var view = ReaderView()
        var extendedXMP = [(offset: Int, range: Range<Int>)]()
        var index = 0
        // A file may hold several images one after the other (MPF: a phone's second picture).
        while bytes.has([0xFF, 0xD8], at: index) {
            guard let end = walkImage(bytes, from: index + 2, into: &view, extendedXMP: &extendedXMP) else {
                return .unscannable(type, at: index)
            }
            index = end
        }
        if !extendedXMP.isEmpty {
            // Extended XMP: pieces of one packet, ordered by their offset in it.
            let packet = extendedXMP.sorted { $0.offset < $1.offset }.flatMap { bytes[$0.range] }
            var nested = ReaderView()
            nested.add(XMPPacket.view(packet, 0..<packet.count, part: "XMP (extended)"), at: extendedXMP[0].range.lowerBound, part: "XMP (extended)")
            view.add(nested)
        }
        if index == 0 { return .unscannable(type) }
        if index < bytes.count {
            var trailer = ReaderText(part: "JPEG trailer")
            PrintableRuns.append(bytes, index..<bytes.count, to: &trailer)
            view.add(trailer)
        }
        return view
    }

    /// Walks the segments of one image after its SOI; returns the offset after its EOI (or the
    /// end of the file when the scan data runs to it), nil when a segment does not fit.
    private static func walkImage(
        _ bytes: [UInt8], from start: Int, into view: inout ReaderView,
        extendedXMP: inout [(offset: Int, range: Range<Int>)]
    ) -> Int? {
        var index = start
        while true {
            guard index < bytes.count else { return index }
            guard bytes[index] == 0xFF else { return nil }
            // Fill bytes before a marker.
            while index + 1 < bytes.count, bytes[index + 1] == 0xFF { index += 1 }
            guard let marker = bytes.byte(at: index + 1) else { return nil }
            switch marker {
            case 0xD9:
                return index + 2
            case 0x01, 0xD0...0xD7:
                index += 2
                continue
            default:
                break
            }
            guard let length = bytes.uint16(at: index + 2, .big), length >= 2,
                  let segment = bytes.span(at: index + 2, count: length)
            else { return nil }
            let payload = (segment.lowerBound + 2)..<segment.upperBound
            switch marker {
            case 0xE0...0xEF:
                guard readApplicationSegment(marker - 0xE0, bytes, payload, into: &view, extendedXMP: &extendedXMP)
                else { return nil }
            case 0xFE:
                var comment = ReaderText(part: "JPEG COM")
                MetadataTextDecoder.appendLenient(bytes, payload, to: &comment)
                view.add(comment)
            default:
                break
            }
            index = segment.upperBound
            if marker == 0xDA { index = endOfScanData(bytes, from: index) }
        }
    }

    /// The offset of the next marker after entropy-coded data (`FF 00` is a stuffed byte, `FF
    /// D0`–`D7` a restart marker inside the data), or the end of the file.
    private static func endOfScanData(_ bytes: [UInt8], from start: Int) -> Int {
        var index = start
        while index + 1 < bytes.count {
            if bytes[index] == 0xFF {
                let next = bytes[index + 1]
                if next != 0x00 && next != 0xFF && !(0xD0...0xD7).contains(next) { return index }
            }
            index += 1
        }
        return bytes.count
    }

    private static func readApplicationSegment(
        _ number: Int, _ bytes: [UInt8], _ payload: Range<Int>, into view: inout ReaderView,
        extendedXMP: inout [(offset: Int, range: Range<Int>)]
    ) -> Bool {
        let start = payload.lowerBound
        let xmp = Array("http://ns.adobe.com/xap/1.0/\0".utf8)
        let xmpExtension = Array("http://ns.adobe.com/xmp/extension/\0".utf8)
        let photoshop = Array("Photoshop 3.0\0".utf8)
        if number == 1, bytes.has(ascii: "Exif\0", at: start) {
            guard let exif = TIFFMetadataReader.view(bytes, (start + 6)..<payload.upperBound, part: "EXIF") else {
                return false
            }
            view.add(exif)
        } else if number == 1, bytes.has(xmp, at: start) {
            view.add(XMPPacket.view(bytes, (start + xmp.count)..<payload.upperBound))
        } else if number == 1, bytes.has(xmpExtension, at: start) {
            // GUID (32), full length (4), offset of this piece (4), then the piece.
            let header = start + xmpExtension.count
            guard let offset = bytes.uint32(at: header + 36, .big), header + 40 <= payload.upperBound else { return false }
            extendedXMP.append((offset, (header + 40)..<payload.upperBound))
        } else if number == 13, bytes.has(photoshop, at: start) {
            guard let resources = PhotoshopResources.view(bytes, (start + photoshop.count)..<payload.upperBound) else {
                return false
            }
            view.add(resources)
        } else {
            var text = ReaderText(part: number == 2 && bytes.has(ascii: "ICC_PROFILE", at: start) ? "ICC" : "JPEG APP\(number)")
            PrintableRuns.append(bytes, payload, to: &text)
            view.add(text)
        }
        return true
    }
}
