import Foundation

/// The one normalisation used by the source checks and the reader's view alike, so a value is
/// judged the same however it was written: invisible and formatting characters removed, NFKC,
/// every dash/space/dot/slash/bracket variant a separator, Chinese, 大写 and circled numerals read
/// as digits, every mask character `*`.
///
/// Separator gaps are bounded: a run of separators between two characters counts each
/// non-space separator once and each run of white space (line and cell breaks included) once;
/// more than `maximumGapTokens` of them is a wall, since no one reads the two sides as one number.
package struct PrivacyNormalizer {
    package static let maximumGapTokens = 4

    /// NFKC results of rare characters, per normaliser (one per file scan, never shared).
    private var cache: [UInt32: [Unicode.Scalar]] = [:]

    package init() {}

    package static func normalize(_ text: ReaderText) -> NormalizedText {
        var normalizer = PrivacyNormalizer()
        return normalizer.normalize(text)
    }

    package static func normalize(_ text: String) -> NormalizedText {
        normalize(ReaderText.plain(text))
    }

    package mutating func normalize(_ text: ReaderText) -> NormalizedText {
        normalizeInPlace(text) ?? normalizeReference(text)
    }

    /// The reference implementation: one scalar at a time through `NormalizedText.append`.
    /// `normalize` gives the same result faster (`normalizeInPlace`) and falls back to this when
    /// NFKC expansions outgrow its buffer; tests compare the two.
    package mutating func normalizeReference(_ text: ReaderText) -> NormalizedText {
        var out = NormalizedText()
        out.scalars.reserveCapacity(text.count)
        out.sources.reserveCapacity(text.count)
        // The pending separator gap: its scalars (collapsed), its token count, where it started.
        var gap: [(Unicode.Scalar, Int)] = []
        var gapTokens = 0
        var gapInWhiteSpace = false
        var gapIsWall = false

        func flushGap(into out: inout NormalizedText) {
            guard !gap.isEmpty || gapIsWall else { return }
            if gapIsWall || gapTokens > Self.maximumGapTokens {
                out.append(ReaderText.wall, from: gap.first?.1 ?? 0)
            } else {
                for (scalar, source) in gap { out.append(scalar, from: source) }
            }
            gap.removeAll(keepingCapacity: true)
            gapTokens = 0
            gapInWhiteSpace = false
            gapIsWall = false
        }

        let scalars = text.scalars
        for index in scalars.indices {
            let scalar = scalars[index]
            let value = scalar.value
            // The fast paths, taken by nearly every scalar of a page: a CJK ideograph is kept as
            // written, and ASCII maps by `mapASCII` (the same answers as `map`, without its
            // general result type).
            if (0x4E00...0x9FFF).contains(value) || (0x3400...0x4DBF).contains(value) {
                flushGap(into: &out)
                out.append(scalar, from: index)
                continue
            }
            if value < 0x80 {
                let ascii = Self.mapASCII(scalar)
                if ascii.isSeparator {
                    let separator = ascii.scalar
                    if separator == " " {
                        if gapInWhiteSpace { continue }  // a run of white space is one token
                        gapInWhiteSpace = true
                    } else {
                        gapInWhiteSpace = false
                    }
                    gapTokens += 1
                    gap.append((separator, index))
                } else if ascii.scalar.value != 0 {
                    flushGap(into: &out)
                    out.append(ascii.scalar, from: index)
                }
                continue  // (U+0000 is a control character dropped)
            }
            let mapped = map(scalar)
            switch mapped {
            case .drop:
                continue
            case .wall:
                if gap.isEmpty, !gapIsWall { gap.append((ReaderText.wall, index)) }
                gapIsWall = true
            case .separator(let scalar):
                if scalar == " " || scalar == "\n" {
                    // A run of white space is one token: a line break if it holds one.
                    if gapInWhiteSpace {
                        if scalar == "\n", let last = gap.last, last.0 == " " { gap[gap.count - 1] = ("\n", last.1) }
                        continue
                    }
                    gapInWhiteSpace = true
                } else {
                    gapInWhiteSpace = false
                }
                gapTokens += 1
                gap.append((scalar, index))
            case .scalar(let scalar):
                flushGap(into: &out)
                out.append(scalar, from: index)
            case .scalars(let list):
                flushGap(into: &out)
                for scalar in list { out.append(scalar, from: index) }
            }
        }
        flushGap(into: &out)
        return out
    }

    /// What `map` makes of an ASCII scalar: a separator (`isSeparator`), a scalar kept, or,
    /// as scalar U+0000, dropped (control characters). White space is the separator ` `.
    @inline(__always)
    static func mapASCII(_ scalar: Unicode.Scalar) -> (scalar: Unicode.Scalar, isSeparator: Bool) {
        switch scalar.value {
        case 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x20: (" ", true)
        case 0x2D, 0x2E, 0x2F, 0x28, 0x29, 0x5F, 0x2B, 0x5C: (scalar, true)
        case 0x5B, 0x7B: ("(", true)  // [ {
        case 0x5D, 0x7D: (")", true)  // ] }
        case 0x00...0x1F, 0x7F: ("\u{0}", false)
        default: (scalar, false)
        }
    }

    enum Mapped {
        case drop
        case wall
        case separator(Unicode.Scalar)
        case scalar(Unicode.Scalar)
        case scalars([Unicode.Scalar])
    }

    @inline(__always)
    mutating func map(_ scalar: Unicode.Scalar) -> Mapped {
        let value = scalar.value
        if value < 0x80 {
            switch value {
            // A line feed in a text is white space to a reader (HTML collapses it, Markdown
            // soft-wraps); the breaks a reader sees come as `ReaderText.boundary`.
            case 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x20: return .separator(" ")
            case 0x2D, 0x2E, 0x2F, 0x28, 0x29, 0x5F, 0x2B, 0x5C: return .separator(scalar)
            case 0x5B, 0x7B: return .separator("(")  // [ {
            case 0x5D, 0x7D: return .separator(")")  // ] }
            case 0x00...0x1F, 0x7F: return .drop
            default: return .scalar(scalar)
            }
        }
        // CJK unified ideographs are kept as written (names stay names); the rules read the
        // numerals among them as digits (`NormalizedText.digitValue`).
        if (0x4E00...0x9FFF).contains(value) || (0x3400...0x4DBF).contains(value) {
            return .scalar(scalar)
        }
        if scalar == ReaderText.wall { return .wall }
        if let special = Self.special(value) { return special }
        // Full-width ASCII: arithmetic, then mapped again like the ASCII it stands for.
        if (0xFF01...0xFF5E).contains(value), let ascii = Unicode.Scalar(value - 0xFEE0) {
            return map(ascii)
        }
        let properties = scalar.properties
        switch properties.generalCategory {
        case .format, .nonspacingMark, .enclosingMark, .control, .surrogate, .unassigned, .privateUse:
            return .drop
        case .spaceSeparator:
            return .separator(" ")
        case .lineSeparator, .paragraphSeparator:
            return .separator("\n")
        case .dashPunctuation:
            return .separator("-")
        case .openPunctuation:
            return .separator("(")
        case .closePunctuation:
            return .separator(")")
        default:
            break
        }
        if properties.isVariationSelector || properties.isDefaultIgnorableCodePoint { return .drop }
        if properties.numericType == .decimal, let number = properties.numericValue, number >= 0, number <= 9 {
            return .scalar(Unicode.Scalar(0x30 + UInt8(number)))
        }
        // Everything else through NFKC, then each resulting scalar mapped again (①→1, ⑩→10, ＠→@,
        // ⼀ (Kangxi) → 一 → 1, ㈠ → (一) → (1)).
        let nfkc: [Unicode.Scalar]
        if let cached = cache[value] {
            nfkc = cached
        } else {
            nfkc = Array(String(Character(scalar)).precomposedStringWithCompatibilityMapping.unicodeScalars)
            cache[value] = nfkc
        }
        if nfkc.count == 1, nfkc[0] == scalar {
            if properties.numericType == .digit, let number = properties.numericValue, number >= 0, number <= 9 {
                return .scalar(Unicode.Scalar(0x30 + UInt8(number)))  // ❶ ➀ and other digit forms NFKC keeps
            }
            return .scalar(scalar)
        }
        var result: [Unicode.Scalar] = []
        for part in nfkc {
            switch map(part) {
            case .scalar(let s), .separator(let s): result.append(s)
            case .scalars(let list): result.append(contentsOf: list)
            case .drop, .wall: break
            }
        }
        if result.count == 1 { return .scalar(result[0]) }
        return result.isEmpty ? .drop : .scalars(result)
    }

    /// Characters outside the CJK block with a fixed meaning for the rules.
    static func special(_ value: UInt32) -> Mapped? {
        switch value {
        case 0x3007, 0x25CB, 0x25EF, 0x26AA, 0x2218: return .scalar("0")  // 〇 ○ ◯ ⚪ ∘ written for zero
        case 0x00AD: return .drop  // soft hyphen
        case 0x00B7, 0x2022, 0x2027, 0x30FB, 0xFF65, 0x2219, 0x22C5, 0x2024, 0x3002, 0xFF61, 0xFE52, 0x0387:
            return .separator(".")  // · • ‧ ・ ･ ∙ ⋅ ․ 。 ｡ ﹒ ·
        case 0x2044, 0x2215, 0x29F8, 0xFF0F, 0x3033: return .separator("/")
        case 0xFF3C, 0x29F9, 0xFE68: return .separator("\\")
        case 0x2212, 0x2043, 0xFE63, 0xFF0D, 0x2796, 0x02D7, 0x2010, 0x2011, 0x301C, 0xFF5E, 0x223C, 0x2053:
            return .separator("-")  // minus signs, hyphens, wave dashes
        case 0x3000: return .separator(" ")
        case 0xFF3F, 0xFE4D, 0xFE4E, 0xFE4F: return .separator("_")
        case 0x00D7, 0x2715, 0x2716, 0x2A2F, 0x25CF, 0x25A0, 0x25A1, 0x25AA, 0x25AB, 0x2606, 0x2605, 0x203B,
             0x2217, 0x2731, 0x2732, 0x2733, 0x273A, 0x273B, 0x273C, 0x273D, 0x2749, 0x274B, 0x2743, 0x066D,
             0xFE61, 0x26AB, 0x2B24, 0x25C6, 0x25C7, 0x2588, 0x2592, 0x2593, 0x2591:
            return .scalar("*")  // × ✕ ✖ ⨯ ● ■ □ ▪ ▫ ☆ ★ ※ ∗ ✱ … : what clerks mask with
        case 0xFF0A: return .scalar("*")  // ＊
        case 0xFF03, 0xFE5F: return .scalar("#")
        case 0xFF20, 0xFE6B: return .scalar("@")
        case 0x3010, 0x3014, 0x3016, 0x3018, 0x301A, 0x3008, 0x300A, 0x300C, 0x300E, 0xFF08, 0xFF3B, 0xFF5B, 0xFE59, 0xFE5B, 0xFE5D:
            return .separator("(")
        case 0x3011, 0x3015, 0x3017, 0x3019, 0x301B, 0x3009, 0x300B, 0x300D, 0x300F, 0xFF09, 0xFF3D, 0xFF5D, 0xFE5A, 0xFE5C, 0xFE5E:
            return .separator(")")
        case 0x2028, 0x2029, 0x0085: return .separator("\n")
        default: return nil
        }
    }
}
