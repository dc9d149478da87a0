/// The output privacy scan normalises every text of every published page (hundreds of megabytes
/// at city scale), so the normaliser's hot loop writes straight into the result's storage:
/// no per-scalar append with its uniqueness and capacity checks, and the pending separator gap
/// is written in place and rewound into a wall when it turns out too long, instead of being
/// kept in a side list. It gives exactly what `normalizeReference` gives (tests compare them on
/// every text of the sample site, the fuzz corpus and the reader tests).
extension PrivacyNormalizer {
    /// Room beyond one output scalar per input scalar, for NFKC expansions (`⑩` → `10`).
    static let expansionSlack = 64

    /// `text` normalised, or nil when NFKC expansions would outgrow `text.count +
    /// expansionSlack` scalars (the caller then takes `normalizeReference`).
    mutating func normalizeInPlace(_ text: ReaderText) -> NormalizedText? {
        let capacity = text.count + Self.expansionSlack
        var overflow = false
        var features = NormalizedText.Features()
        var sources: [Int32] = []
        let scalars = [Unicode.Scalar](unsafeUninitializedCapacity: capacity) { out, outCount in
            sources = [Int32](unsafeUninitializedCapacity: capacity) { from, fromCount in
                text.scalars.withUnsafeBufferPointer { input in
                    var writer = InPlaceWriter(out: out, from: from)
                    overflow = !writer.run(input, normalizer: &self)
                    features = writer.features
                    outCount = overflow ? 0 : writer.count
                    fromCount = outCount
                }
            }
        }
        if overflow { return nil }
        var result = NormalizedText()
        result.scalars = scalars
        result.sources = sources
        result.features = features
        return result
    }
}

/// The state of one in-place normalisation: the output buffers, how much is written, the
/// pending gap (written at `gapStart..<count`) and the features seen.
private struct InPlaceWriter {
    let out: UnsafeMutableBufferPointer<Unicode.Scalar>
    let from: UnsafeMutableBufferPointer<Int32>
    var count = 0
    var features = NormalizedText.Features()
    /// Where the pending gap starts in the output; -1 when there is none.
    var gapStart = -1
    var gapTokens = 0
    var gapInWhiteSpace = false
    var gapIsWall = false

    init(out: UnsafeMutableBufferPointer<Unicode.Scalar>, from: UnsafeMutableBufferPointer<Int32>) {
        self.out = out
        self.from = from
    }

    /// Normalises `input`; false when the output does not fit.
    mutating func run(_ input: UnsafeBufferPointer<Unicode.Scalar>, normalizer: inout PrivacyNormalizer) -> Bool {
        let capacity = out.count
        for index in 0..<input.count {
            let scalar = input[index]
            let value = scalar.value
            if (0x4E00...0x9FFF).contains(value) || (0x3400...0x4DBF).contains(value) {
                flushGap()
                guard count < capacity else { return false }
                appendKept(scalar, value: value, from: index)
                continue
            }
            if value < 0x80 {
                let mapped = PrivacyNormalizer.mapASCII(scalar)
                if mapped.isSeparator {
                    let separator = mapped.scalar
                    if separator == " " {
                        if gapInWhiteSpace { continue }
                        gapInWhiteSpace = true
                    } else {
                        gapInWhiteSpace = false
                    }
                    gapTokens += 1
                    guard count < capacity else { return false }
                    appendGap(separator, from: index)
                } else if mapped.scalar.value != 0 {
                    flushGap()
                    guard count < capacity else { return false }
                    appendKept(mapped.scalar, value: mapped.scalar.value, from: index)
                }
                continue
            }
            let mapped: PrivacyNormalizer.Mapped
            if let slot = CommonScalarMap.slot(of: value) {
                mapped = CommonScalarMap.table[slot]
            } else {
                mapped = normalizer.map(scalar)
            }
            switch mapped {
            case .drop:
                continue
            case .wall:
                if gapStart < 0, !gapIsWall {
                    guard count < capacity else { return false }
                    appendGap(ReaderText.wall, from: index)
                }
                gapIsWall = true
            case .separator(let separator):
                if separator == " " || separator == "\n" {
                    if gapInWhiteSpace {
                        // The gap's last scalar is the white space this run started with.
                        if separator == "\n", gapStart >= 0, out[count - 1] == " " { out[count - 1] = "\n" }
                        continue
                    }
                    gapInWhiteSpace = true
                } else {
                    gapInWhiteSpace = false
                }
                gapTokens += 1
                guard count < capacity else { return false }
                appendGap(separator, from: index)
            case .scalar(let kept):
                flushGap()
                guard count < capacity else { return false }
                appendKept(kept, value: kept.value, from: index)
            case .scalars(let list):
                flushGap()
                guard count + list.count <= capacity else { return false }
                for kept in list { appendKept(kept, value: kept.value, from: index) }
            }
        }
        flushGap()
        return true
    }

    @inline(__always)
    private mutating func appendGap(_ scalar: Unicode.Scalar, from source: Int) {
        if gapStart < 0 { gapStart = count }
        out[count] = scalar
        from[count] = Int32(truncatingIfNeeded: source)
        count += 1
    }

    /// The gap as it stands, or one wall in its place (at its first scalar's source) when it is
    /// one or holds more than `maximumGapTokens` tokens. Only `(` among the separators, and the
    /// wall, are features (as `NormalizedText.append` sees them).
    @inline(__always)
    private mutating func flushGap() {
        guard gapStart >= 0 else { return }
        if gapIsWall || gapTokens > PrivacyNormalizer.maximumGapTokens {
            out[gapStart] = ReaderText.wall  // keeps the first scalar's source
            count = gapStart + 1
            features.insert(.han)
        } else {
            for position in gapStart..<count where out[position] == "(" {
                features.insert(.mailMarker)
                break
            }
        }
        gapStart = -1
        gapTokens = 0
        gapInWhiteSpace = false
        gapIsWall = false
    }

    /// A scalar that is not a separator, with its features (`NormalizedText.append`).
    @inline(__always)
    private mutating func appendKept(_ scalar: Unicode.Scalar, value: UInt32, from source: Int) {
        if value < 0x80 {
            switch value {
            case 0x30...0x39: features.insert(.digit)
            case 0x2A, 0x58, 0x78: features.insert(.mask)
            case 0x23: features.formUnion([.mask, .mailMarker])
            case 0x40, 0x28: features.insert(.mailMarker)
            case 0x51, 0x71: features.insert(.qq)
            case 0x74, 0x54:
                if count >= 2, out[count - 1].value | 0x20 == 0x61, NormalizedText.mayStartAtMarker(out[count - 2]) {
                    features.insert(.mailMarker)
                }
            default: break
            }
        } else if value >= 0x3400 {
            features.insert(.han)
            switch value {
            case 0x67D0: features.insert(.mask)  // 某
            case 0x827E: features.insert(.mailMarker)  // 艾
            case 0x6263: features.insert(.qq)  // 扣
            default: if NormalizedText.chineseDigit(value) != nil { features.insert(.digit) }
            }
        }
        out[count] = scalar
        from[count] = Int32(truncatingIfNeeded: source)
        count += 1
    }
}

/// What `PrivacyNormalizer.map` makes of the non-ASCII scalars outside the ideograph blocks that
/// pages are full of (Latin-1, general punctuation such as `“”—…`, CJK punctuation such as `、。《》`,
/// full-width forms such as `，：（）`), worked out once per process: `map` reaches most of them
/// only after several Unicode property lookups and an NFKC cache.
enum CommonScalarMap {
    /// Code point ranges in the table, in table order.
    static let ranges: [Range<UInt32>] = [0x80..<0x300, 0x2000..<0x2070, 0x3000..<0x3040, 0xFF00..<0xFFF0]

    /// The table index of `value`, or nil when `map` must work it out.
    @inline(__always)
    static func slot(of value: UInt32) -> Int? {
        if value < 0x300 { return value >= 0x80 ? Int(value &- 0x80) : nil }
        if value &- 0x2000 < 0x70 { return 0x280 + Int(value &- 0x2000) }
        if value &- 0x3000 < 0x40 { return 0x2F0 + Int(value &- 0x3000) }
        if value &- 0xFF00 < 0xF0 { return 0x330 + Int(value &- 0xFF00) }
        return nil
    }

    static let table: [PrivacyNormalizer.Mapped] = {
        var normalizer = PrivacyNormalizer()
        var table: [PrivacyNormalizer.Mapped] = []
        for range in ranges {
            for value in range { table.append(Unicode.Scalar(value).map { normalizer.map($0) } ?? .drop) }
        }
        return table
    }()
}
