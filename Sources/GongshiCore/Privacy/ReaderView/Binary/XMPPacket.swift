import Foundation

/// An XMP packet found inside a binary file (JPEG APP1, PNG iTXt, WebP, GIF, TIFF, PDF): XML, so it
/// is read by the XML reader like any published XML file, with offsets in the enclosing file.
enum XMPPacket {
    static let part = "XMP"

    static func view(_ bytes: [UInt8], _ range: Range<Int>, part: String = part) -> ReaderView {
        let slice = Array(bytes[range])
        if String(validating: slice, as: UTF8.self) != nil {
            var view = ReaderView()
            view.add(HTMLReader.view(of: slice, xml: true), at: range.lowerBound, part: part)
            return view
        }
        // XMP may be UTF-16 (or broken): read leniently, then as XML, all at the packet's offset.
        var decoded = ReaderText()
        if slice.count >= 2, (slice[0] == 0xFE && slice[1] == 0xFF) || (slice[0] == 0xFF && slice[1] == 0xFE) {
            MetadataTextDecoder.appendUTF16(bytes, range, order: .big, to: &decoded)
        } else {
            MetadataTextDecoder.appendLenient(bytes, range, to: &decoded)
        }
        let nested = HTMLReader.view(of: Array(decoded.string.utf8), xml: true)
        var view = ReaderView()
        for text in nested.texts {
            var moved = ReaderText(part: part)
            for scalar in text.scalars { moved.append(scalar, at: range.lowerBound) }
            view.add(moved)
        }
        view.problems += nested.problems.map { ReaderViewProblem($0.kind, at: range.lowerBound) }
        return view
    }
}
