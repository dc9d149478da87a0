/// Photoshop image resources (`8BIM` blocks, in JPEG APP13 and TIFF tag 34377) and the IPTC
/// datasets inside them: captions, by-lines, keywords, places, typed by whoever edited the photo.
enum PhotoshopResources {
    static let part = "Photoshop"

    /// The view of the resource blocks in `range`, or nil when they cannot be walked.
    static func view(_ bytes: [UInt8], _ range: Range<Int>) -> ReaderView? {
        var view = ReaderView()
        var other = ReaderText(part: part)
        var index = range.lowerBound
        while index + 12 <= range.upperBound {
            // Padding at the end is common; anything else that is not a block is corrupt.
            if bytes[index..<range.upperBound].allSatisfy({ $0 == 0 }) { break }
            guard ["8BIM", "PHUT", "AgHg", "DCSR", "MeSa"].contains(where: { bytes.has(ascii: $0, at: index) }),
                  let id = bytes.uint16(at: index + 4, .big), let nameLength = bytes.byte(at: index + 6)
            else { return nil }
            let nameField = (1 + nameLength + 1) & ~1
            let sizeAt = index + 6 + nameField
            guard let size = bytes.uint32(at: sizeAt, .big), sizeAt + 4 <= range.upperBound,
                  size <= range.upperBound - sizeAt - 4
            else { return nil }
            let data = (sizeAt + 4)..<(sizeAt + 4 + size)
            MetadataTextDecoder.appendLenient(bytes, (index + 7)..<(index + 7 + nameLength), to: &other)
            other.appendWall(at: index + 7 + nameLength)
            switch id {
            case 0x0404:
                view.add(IPTCDatasets.view(bytes, data))
            case 0x0422:
                guard let exif = TIFFMetadataReader.view(bytes, data, part: "EXIF") else { return nil }
                view.add(exif)
            case 0x0424:
                view.add(XMPPacket.view(bytes, data))
            case 0x040C, 0x0409:
                break  // the thumbnail image
            default:
                PrintableRuns.append(bytes, data, to: &other)
            }
            index = data.upperBound + (size & 1)
        }
        view.texts.insert(contentsOf: [other].filter(\.hasContent), at: 0)
        return view
    }
}

/// IPTC-IIM datasets (`1C` record dataset length value), each value read as text.
enum IPTCDatasets {
    static let part = "IPTC"

    static func view(_ bytes: [UInt8], _ range: Range<Int>) -> ReaderView {
        var text = ReaderText(part: part)
        var index = range.lowerBound
        while index + 5 <= range.upperBound, bytes[index] == 0x1C {
            guard var length = bytes.uint16(at: index + 3, .big) else { break }
            var start = index + 5
            if length & 0x8000 != 0 {
                // Extended dataset: the low bits say how many bytes hold the length.
                let lengthSize = length & 0x7FFF
                guard lengthSize <= 4, start + lengthSize <= range.upperBound else { break }
                length = bytes[start..<(start + lengthSize)].reduce(0) { $0 << 8 | Int($1) }
                start += lengthSize
            }
            guard length <= range.upperBound - start else { break }
            MetadataTextDecoder.appendLenient(bytes, start..<(start + length), to: &text)
            text.appendWall(at: start + length)
            index = start + length
        }
        // Whatever does not follow the dataset structure is still read, as runs of text.
        if index < range.upperBound, bytes[index..<range.upperBound].contains(where: { $0 != 0 }) {
            PrintableRuns.append(bytes, index..<range.upperBound, to: &text)
        }
        var view = ReaderView()
        view.add(text)
        return view
    }
}
