/// An icon (ICO/CUR): a directory of images, each a bitmap (no text) or a whole PNG, whose
/// metadata is read like any PNG's.
enum ICOReader {
    static let type = "ICO"

    /// Whether the bytes start like an icon directory with at least one image.
    static func looksLikeIcon(_ bytes: [UInt8]) -> Bool {
        guard bytes.has([0x00, 0x00, 0x01, 0x00]) || bytes.has([0x00, 0x00, 0x02, 0x00]),
              let count = bytes.uint16(at: 4, .little)
        else { return false }
        return count >= 1 && 6 + count * 16 <= bytes.count
    }

    static func view(_ bytes: [UInt8], budget: InflationBudget) -> ReaderView {
        guard let count = bytes.uint16(at: 4, .little) else { return .unscannable(type) }
        var view = ReaderView()
        for index in 0..<count {
            let entry = 6 + index * 16
            guard let size = bytes.uint32(at: entry + 8, .little), let offset = bytes.uint32(at: entry + 12, .little),
                  let image = bytes.span(at: offset, count: size)
            else { return .unscannable(type, at: entry) }
            let imageBytes = Array(bytes[image])
            guard imageBytes.has(PNGMetadataReader.signature) else { continue }
            let png = PNGMetadataReader.view(imageBytes, budget: budget)
            for text in png.texts { view.add(text.relocated(by: offset, part: text.part)) }
            view.problems += png.problems.map { ReaderViewProblem(.unscannable(type: type), at: $0.offset + offset) }
        }
        return view
    }
}
