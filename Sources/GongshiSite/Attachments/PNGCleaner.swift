/// `CleanImage` for PNG (and APNG): keeps the critical chunks and the ancillary ones that say how
/// the picture looks (colour, transparency, pixel size, animation), drops the rest (`tEXt`,
/// `zTXt`, `iTXt`, `eXIf`, `tIME` and any private chunk) and whatever follows `IEND`.
enum PNGCleaner {
    static let signature: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]

    static let keptAncillary: Set<String> = [
        "gAMA", "cHRM", "sRGB", "iCCP", "sBIT", "pHYs", "tRNS", "bKGD", "hIST", "sPLT",
        "acTL", "fcTL", "fdAT", "cICP", "mDCv", "cLLi",
    ]

    static func clean(_ b: [UInt8]) throws(CleanImage.Failure) -> CleanImage {
        func failure(_ reason: String) -> CleanImage.Failure { CleanImage.Failure(type: "PNG", reason: reason) }
        var out = signature
        var size: (width: Int, height: Int)?
        var ended = false
        var i = signature.count
        while i < b.count {
            guard let length = ImageBytes.be32(b, i), i + 12 + length <= b.count else { throw failure(CleanImage.truncated) }
            let typeBytes = b[(i + 4)..<(i + 8)]
            guard typeBytes.allSatisfy({ (0x41...0x5A).contains($0) || (0x61...0x7A).contains($0) }) else {
                throw failure(CleanImage.malformed)
            }
            let type = String(decoding: typeBytes, as: UTF8.self)
            let critical = typeBytes.first.map { $0 < 0x61 } ?? false
            // A critical chunk no decoder knows: the file is not a PNG this can vouch for.
            guard !critical || ["IHDR", "PLTE", "IDAT", "IEND"].contains(type) else { throw failure(CleanImage.malformed) }
            if type == "IHDR", let width = ImageBytes.be32(b, i + 8), let height = ImageBytes.be32(b, i + 12) {
                size = (width, height)
            }
            if critical || keptAncillary.contains(type) { out += b[i..<(i + 12 + length)] }
            i += 12 + length
            if type == "IEND" {
                ended = true
                break
            }
        }
        guard ended else { throw failure(CleanImage.truncated) }
        guard let size, size.width > 0, size.height > 0 else { throw failure(CleanImage.malformed) }
        return CleanImage(bytes: out, width: size.width, height: size.height)
    }
}
