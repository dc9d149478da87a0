/// ImageMagick's "Raw profile type …" PNG text chunks: a whole EXIF, XMP, IPTC or Photoshop
/// profile written as hexadecimal text (`\nexif\n    4224\n4578696600…`). The hex is decoded and
/// the profile read as what it is, rather than judging a hex dump as text.
enum RawProfile {
    static let keywordPrefix = Array("Raw profile type ".utf8)

    /// The view of the profile in `range`, or nil when it is not a well-formed raw profile or its
    /// content cannot be walked.
    static func view(_ bytes: [UInt8], _ range: Range<Int>) -> ReaderView? {
        var index = range.lowerBound
        func skipWhitespace() {
            while index < range.upperBound, [0x09, 0x0A, 0x0D, 0x20].contains(bytes[index]) { index += 1 }
        }
        skipWhitespace()
        let nameStart = index
        while index < range.upperBound, bytes[index] > 0x20 { index += 1 }
        let name = String(decoding: bytes[nameStart..<index], as: UTF8.self).lowercased()
        skipWhitespace()
        var length = 0
        while index < range.upperBound, (0x30...0x39).contains(bytes[index]) {
            length = length * 10 + Int(bytes[index] - 0x30)
            guard length <= range.count else { return nil }
            index += 1
        }
        var profile = [UInt8]()
        profile.reserveCapacity(length)
        var high: UInt8?
        while index < range.upperBound, profile.count < length {
            let byte = bytes[index]
            index += 1
            guard let digit = hexValue(byte) else {
                if [0x09, 0x0A, 0x0D, 0x20].contains(byte) { continue }
                return nil
            }
            if let first = high {
                profile.append(first << 4 | digit)
                high = nil
            } else {
                high = digit
            }
        }
        guard profile.count == length else { return nil }
        let all = 0..<profile.count
        switch name {
        case "exif", "app1":
            let tiff = profile.has(ascii: "Exif\0") ? 6..<profile.count : all
            return TIFFMetadataReader.view(profile, tiff, part: "EXIF")
        case "xmp":
            return XMPPacket.view(profile, all)
        case "iptc", "8bim":
            if profile.has(ascii: "8BIM") { return PhotoshopResources.view(profile, all) }
            return IPTCDatasets.view(profile, all)
        default:
            var text = ReaderText(part: "PNG raw profile \(name)")
            PrintableRuns.append(profile, all, to: &text)
            var view = ReaderView()
            view.add(text)
            return view
        }
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case 0x30...0x39: byte - 0x30
        case 0x41...0x46: byte - 0x41 + 10
        case 0x61...0x66: byte - 0x61 + 10
        default: nil
        }
    }
}
