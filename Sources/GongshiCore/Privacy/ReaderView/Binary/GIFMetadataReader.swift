/// The text of a GIF that is not pixels: comment extensions, plain-text extensions (text drawn
/// over the image), application extensions (XMP among them) and anything after the trailer.
/// Image data is skipped block by block, never read.
enum GIFMetadataReader {
    static let type = "GIF"

    static func view(_ bytes: [UInt8]) -> ReaderView {
        guard bytes.has(ascii: "GIF87a") || bytes.has(ascii: "GIF89a"), let flags = bytes.byte(at: 10) else {
            return .unscannable(type)
        }
        var view = ReaderView()
        var index = 13 + colorTableSize(flags)
        while true {
            // A missing trailer after complete blocks is common and hides nothing.
            guard let introducer = bytes.byte(at: index) else { return view }
            switch introducer {
            case 0x3B:
                index += 1
                if index < bytes.count {
                    var trailer = ReaderText(part: "GIF trailer")
                    PrintableRuns.append(bytes, index..<bytes.count, to: &trailer)
                    view.add(trailer)
                }
                return view
            case 0x2C:
                // Image descriptor (10 bytes), local colour table, LZW code size, data sub-blocks.
                guard let localFlags = bytes.byte(at: index + 9) else { return .unscannable(type, at: index) }
                let dataStart = index + 10 + colorTableSize(localFlags) + 1
                guard let (_, end) = subBlocks(bytes, from: dataStart) else { return .unscannable(type, at: index) }
                index = end
            case 0x21:
                guard let label = bytes.byte(at: index + 1),
                      let (blocks, end) = subBlocks(bytes, from: index + 2)
                else { return .unscannable(type, at: index) }
                read(extension: label, bytes, blocks, rawStart: index + 2, rawEnd: end, into: &view)
                index = end
            default:
                return .unscannable(type, at: index)
            }
        }
    }

    private static func colorTableSize(_ flags: Int) -> Int {
        flags & 0x80 != 0 ? 3 << ((flags & 0x07) + 1) : 0
    }

    /// The data ranges of the sub-blocks starting at `start`, and the offset after their
    /// terminator; nil when they run past the end.
    private static func subBlocks(_ bytes: [UInt8], from start: Int) -> ([Range<Int>], Int)? {
        var blocks = [Range<Int>]()
        var index = start
        while true {
            guard let size = bytes.byte(at: index) else { return nil }
            if size == 0 { return (blocks, index + 1) }
            guard let block = bytes.span(at: index + 1, count: size) else { return nil }
            blocks.append(block)
            index = block.upperBound
        }
    }

    private static func read(
        extension label: Int, _ bytes: [UInt8], _ blocks: [Range<Int>], rawStart: Int, rawEnd: Int,
        into view: inout ReaderView
    ) {
        let joined = blocks.flatMap { bytes[$0] }
        let base = blocks.first?.lowerBound ?? rawStart
        switch label {
        case 0xFE:
            var comment = ReaderText(part: "GIF comment")
            MetadataTextDecoder.appendLenient(joined, 0..<joined.count, to: &comment)
            view.add(comment.relocated(by: base, part: "GIF comment"))
        case 0x01:
            // Plain-text extension: a 12-byte header block, then the text.
            let text = blocks.dropFirst().flatMap { bytes[$0] }
            var plain = ReaderText(part: "GIF plain text")
            MetadataTextDecoder.appendLenient(text, 0..<text.count, to: &plain)
            view.add(plain.relocated(by: blocks.dropFirst().first?.lowerBound ?? base, part: "GIF plain text"))
        case 0xFF:
            guard let identifier = blocks.first else { return }
            if bytes[identifier].elementsEqual("XMP DataXMP".utf8) {
                // XMP is stored raw: its bytes double as sub-block sizes, ended by a "magic
                // trailer". The packet is everything up to its closing `?>`.
                let raw = identifier.upperBound..<rawEnd
                let end = bytes.lastIndex(of: Array("?>".utf8), in: raw).map { $0 + 2 } ?? raw.upperBound
                view.add(XMPPacket.view(bytes, raw.lowerBound..<end))
            } else if bytes[identifier].elementsEqual("NETSCAPE2.0".utf8) || bytes[identifier].elementsEqual("ANIMEXTS1.0".utf8) {
                return  // loop count
            } else {
                var text = ReaderText(part: "GIF application")
                MetadataTextDecoder.appendLenient(bytes, identifier, to: &text)
                text.appendWall(at: identifier.upperBound)
                let data = blocks.dropFirst().flatMap { bytes[$0] }
                var runs = ReaderText()
                PrintableRuns.append(data, 0..<data.count, to: &runs)
                for (scalar, offset) in zip(runs.scalars, runs.offsets) {
                    text.append(scalar, at: offset + identifier.upperBound)
                }
                view.add(text)
            }
        default:
            return  // graphic control (0xF9) and unknown labels hold no text
        }
    }
}
