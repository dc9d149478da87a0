/// The metadata text of a PNG (and APNG): `tEXt`, `zTXt` and `iTXt` chunks (the compressed ones
/// inflated; XMP in `iTXt` read as XML), `eXIf`, the ICC profile's name, any chunk this reader does
/// not know, and anything after `IEND`. Image data (`IDAT`, `fdAT`) is never read.
enum PNGMetadataReader {
    static let type = "PNG"
    static let signature: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]

    /// Chunks that hold pixels or numbers only.
    private static let imageChunks: Set<String> = [
        "IHDR", "PLTE", "IDAT", "IEND", "tRNS", "gAMA", "cHRM", "sRGB", "bKGD", "pHYs", "sBIT", "hIST",
        "sPLT", "tIME", "acTL", "fcTL", "fdAT", "oFFs", "sCAL", "cICP", "mDCv", "cLLi", "vpAg", "CgBI",
    ]

    static func view(_ bytes: [UInt8], budget: InflationBudget) -> ReaderView {
        guard bytes.has(signature) else { return .unscannable(type) }
        var view = ReaderView()
        var index = signature.count
        var ended = false
        while !ended {
            guard let length = bytes.uint32(at: index, .big),
                  let data = bytes.span(at: index + 8, count: length),
                  data.upperBound + 4 <= bytes.count,
                  bytes[(index + 4)..<(index + 8)].allSatisfy({ (0x41...0x5A).contains($0 & ~0x20) })
            else { return .unscannable(type, at: index) }
            let name = String(decoding: bytes[(index + 4)..<(index + 8)], as: UTF8.self)
            switch name {
            case "IEND":
                ended = true
            case "tEXt":
                guard let separator = bytes[data].firstIndex(of: 0) else { return .unscannable(type, at: index) }
                if bytes[data.lowerBound..<separator].starts(with: RawProfile.keywordPrefix) {
                    guard let profile = RawProfile.view(bytes, (separator + 1)..<data.upperBound) else {
                        return .unscannable(type, at: index)
                    }
                    view.add(profile)
                    break
                }
                var text = ReaderText(part: "PNG tEXt")
                MetadataTextDecoder.appendLenient(bytes, data.lowerBound..<separator, to: &text)
                text.appendBoundary(at: separator)
                MetadataTextDecoder.appendLenient(bytes, (separator + 1)..<data.upperBound, to: &text)
                view.add(text)
            case "zTXt":
                guard let chunk = compressedText(bytes, data, part: "PNG zTXt", budget: budget) else { return .unscannable(type, at: index) }
                view.add(chunk)
            case "iTXt":
                guard let chunk = internationalText(bytes, data, budget: budget) else { return .unscannable(type, at: index) }
                view.add(chunk)
            case "eXIf":
                guard let exif = TIFFMetadataReader.view(bytes, data, part: "EXIF") else {
                    return .unscannable(type, at: index)
                }
                view.add(exif)
            case "iCCP":
                // The profile's name; the profile itself is colour data.
                let nameEnd = bytes[data].firstIndex(of: 0) ?? data.upperBound
                var text = ReaderText(part: "PNG iCCP")
                MetadataTextDecoder.appendLenient(bytes, data.lowerBound..<nameEnd, to: &text)
                view.add(text)
            default:
                if !imageChunks.contains(name) {
                    var text = ReaderText(part: "PNG \(name)")
                    PrintableRuns.append(bytes, data, to: &text)
                    view.add(text)
                }
            }
            index = data.upperBound + 4
        }
        if index < bytes.count {
            var trailer = ReaderText(part: "PNG trailer")
            PrintableRuns.append(bytes, index..<bytes.count, to: &trailer)
            view.add(trailer)
        }
        return view
    }

    /// `zTXt`: keyword, NUL, method 0, zlib stream of Latin-1 text. Offsets in the inflated text.
    private static func compressedText(_ bytes: [UInt8], _ data: Range<Int>, part: String, budget: InflationBudget) -> ReaderView? {
        guard let separator = bytes[data].firstIndex(of: 0), separator + 2 <= data.upperBound,
              bytes[separator + 1] == 0
        else { return nil }
        var keyword = ReaderText(part: part)
        MetadataTextDecoder.appendLenient(bytes, data.lowerBound..<separator, to: &keyword)
        guard case .success(let inflated) = ZlibInflater.inflate(
            bytes[(separator + 2)..<data.upperBound], format: .zlib, limit: budget.remaining)
        else { return nil }
        budget.spend(inflated.count)
        if bytes[data.lowerBound..<separator].starts(with: RawProfile.keywordPrefix) {
            return RawProfile.view(inflated, 0..<inflated.count)
        }
        var text = ReaderText(part: part)
        MetadataTextDecoder.appendLenient(inflated, 0..<inflated.count, to: &text)
        var view = ReaderView()
        view.add(keyword)
        view.add(text)
        return view
    }

    /// `iTXt`: keyword, NUL, compression flag, method, language tag, NUL, translated keyword, NUL,
    /// UTF-8 text (zlib-compressed when the flag is 1). XMP is stored here as `XML:com.adobe.xmp`.
    private static func internationalText(_ bytes: [UInt8], _ data: Range<Int>, budget: InflationBudget) -> ReaderView? {
        guard let keywordEnd = bytes[data].firstIndex(of: 0), keywordEnd + 3 <= data.upperBound,
              let languageEnd = bytes[(keywordEnd + 3)..<data.upperBound].firstIndex(of: 0),
              let translatedEnd = bytes[(languageEnd + 1)..<data.upperBound].firstIndex(of: 0)
        else { return nil }
        let compressed = bytes[keywordEnd + 1] == 1
        let isXMP = bytes[data.lowerBound..<keywordEnd].elementsEqual("XML:com.adobe.xmp".utf8)
        var header = ReaderText(part: "PNG iTXt")
        MetadataTextDecoder.appendLenient(bytes, data.lowerBound..<keywordEnd, to: &header)
        header.appendWall(at: keywordEnd)
        MetadataTextDecoder.appendLenient(bytes, (keywordEnd + 3)..<languageEnd, to: &header)
        header.appendWall(at: languageEnd)
        MetadataTextDecoder.appendUTF8(bytes, (languageEnd + 1)..<translatedEnd, to: &header)
        var view = ReaderView()
        view.add(header)

        let body = (translatedEnd + 1)..<data.upperBound
        let source: [UInt8]
        let range: Range<Int>
        if compressed {
            guard case .success(let inflated) = ZlibInflater.inflate(bytes[body], format: .zlib, limit: budget.remaining)
            else { return nil }
            budget.spend(inflated.count)
            source = inflated
            range = 0..<inflated.count
        } else {
            source = bytes
            range = body
        }
        if isXMP {
            view.add(XMPPacket.view(source, range))
        } else {
            var text = ReaderText(part: "PNG iTXt")
            MetadataTextDecoder.appendLenient(source, range, to: &text)
            view.add(text)
        }
        return view
    }
}
