import Testing
@testable import GongshiCore

/// The output scan's fast paths against the code they replaced: the normaliser
/// (`normalizeInPlace` and the common-scalar table against `normalizeReference`: the same
/// scalars, sources and features), the rules (`findings` against `referenceFindings`) and the
/// readers' UTF-8 runs (`appendUTF8` against `appendUTF8Reference`). Compared on generated texts made of what changes the
/// answer: every kind of separator and white space, boundaries, walls, masks, mail and QQ
/// markers, full-width forms, scalars NFKC expands (enough of them to overflow the buffer),
/// dropped characters and ideographs.
@Suite("PrivacyScanFastPaths")
struct PrivacyScanFastPathTests {
    /// A small deterministic generator (xorshift), so failures reproduce.
    struct Generator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state ^= state << 13
            state ^= state >> 7
            state ^= state << 17
            return state
        }
        mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(bound)) }
    }

    static let alphabet: [Unicode.Scalar] = Array(
        (" \t\n\r-./()_+\\[]{}*#@xXqQtTaA0123456789 at 张三某艾扣一二三零壹幺十百号组栋单元室楼出生于年月日病残疾"
            + "，。：；、（）《》“”—…·•・～－／＼＿＠＃＊０９ＱＸ　\u{2029}\u{FFFC}\u{00AD}\u{200B}\u{FEFF}\u{0301}\u{FE0F}"
            + "①⑩⑳㈠㊿❶➀⼀ﷺ㍻¹²½ᵃ\u{00A0}\u{2028}\u{0085}\u{3000}\u{2212}×●■※★\u{1F600}𠀀Ω")
            .unicodeScalars)

    static let rules = PrivacyRuleSet(context: PrivacyContext(knownNames: KnownNames().adding(fullNames: ["张三丰", "李四"])))

    /// Numbers, dates, addresses and names, so that the rules find things.
    static let ruleAlphabet: [Unicode.Scalar] = Array("0123456789011 -年月日号组栋单元室楼出生于生日张三丰李四*某病残疾@qQ：".unicodeScalars)

    @Test func generatedTextsAreJudgedAsByTheReference() {
        var generator = Generator(state: 0xD1FF_0011)
        for round in 0..<10_000 {
            var text = ReaderText()
            for position in 0..<generator.below(60) {
                let pool = generator.below(4) == 0 ? Self.alphabet : Self.ruleAlphabet
                text.append(pool[generator.below(pool.count)], at: position)
            }
            #expect(Self.rules.findings(in: text) == Self.rules.referenceFindings(in: text), "round \(round): \(text.string)")
        }
    }

    static func assertSame(_ text: ReaderText, _ note: @autoclosure () -> String) {
        var fastNormalizer = PrivacyNormalizer()
        var referenceNormalizer = PrivacyNormalizer()
        let fast = fastNormalizer.normalize(text)
        let reference = referenceNormalizer.normalizeReference(text)
        #expect(fast.scalars == reference.scalars, "\(note())")
        #expect(fast.sources == reference.sources, "\(note())")
        #expect(fast.features.rawValue == reference.features.rawValue, "\(note())")
    }

    @Test func generatedTextsNormaliseAsTheReference() {
        var generator = Generator(state: 0x5EED_0011)
        for round in 0..<8_000 {
            let length = generator.below(round % 10 == 0 ? 400 : 40)
            var text = ReaderText()
            for position in 0..<length {
                // Runs of one class now and then, so long gaps and long expansions occur.
                let scalar = Self.alphabet[generator.below(Self.alphabet.count)]
                let repeats = generator.below(8) == 0 ? 1 + generator.below(12) : 1
                for _ in 0..<repeats { text.append(scalar, at: position) }
            }
            Self.assertSame(text, "round \(round): \(text.string.unicodeScalars.map { String($0.value, radix: 16) })")
            #expect(Self.rules.findings(in: text) == Self.rules.referenceFindings(in: text), "round \(round): \(text.string)")
        }
    }

    @Test func expansionsBeyondTheBufferFallBackToTheReference() {
        // ﷺ expands to 18 scalars: far more than the slack, so the reference answers.
        var text = ReaderText()
        for position in 0..<40 { text.append("\u{FDFA}", at: position) }
        var normalizer = PrivacyNormalizer()
        #expect(normalizer.normalizeInPlace(text) == nil)
        Self.assertSame(text, "ﷺ × 40")
        Self.assertSame(ReaderText.plain("⑩⑪⑫ 12 34"), "circled")
    }

    @Test func commonScalarTableIsMap() {
        var normalizer = PrivacyNormalizer()
        for range in CommonScalarMap.ranges {
            for value in range {
                guard let scalar = Unicode.Scalar(value), let slot = CommonScalarMap.slot(of: value) else {
                    Issue.record("no slot for \(String(value, radix: 16))")
                    continue
                }
                #expect("\(CommonScalarMap.table[slot])" == "\(normalizer.map(scalar))", "\(String(value, radix: 16))")
            }
        }
        #expect(CommonScalarMap.slot(of: 0x7F) == nil && CommonScalarMap.slot(of: 0x300) == nil)
        #expect(CommonScalarMap.slot(of: 0x2070) == nil && CommonScalarMap.slot(of: 0xFFFC) == nil)
    }

    @Test func utf8RunsAppendAsTheReference() {
        var generator = Generator(state: 0xB17E_5011)
        let pieces: [[UInt8]] = [
            [0x41], [0x20], Array("张".utf8), Array("😀".utf8), Array("é".utf8), [0x80], [0xC3], [0xE5, 0xBC], [0xF0, 0x9F],
            [0xFF], [0xED, 0xA0, 0x80], [0xC0, 0xAF],
        ]
        for round in 0..<5_000 {
            var bytes: [UInt8] = []
            for _ in 0..<generator.below(30) { bytes += pieces[generator.below(pieces.count)] }
            let lower = generator.below(bytes.count + 1)
            let upper = lower + generator.below(bytes.count - lower + 1)
            let table = bytes.indices.map { $0 * 3 + 1 }
            bytes.withUnsafeBufferPointer { pointer in
                table.withUnsafeBufferPointer { offsets in
                    for source in [SourceBytes(pointer, base: 7), SourceBytes(pointer, offsets: offsets)] {
                        var fast = ReaderText()
                        var reference = ReaderText()
                        fast.append("a", at: 0)
                        reference.append("a", at: 0)
                        fast.appendUTF8(source, lower..<upper)
                        reference.appendUTF8Reference(source, lower..<upper)
                        #expect(fast == reference, "round \(round): \(bytes) \(lower)..<\(upper)")
                    }
                }
            }
        }
    }

    @Test func chineseDigitBitmapLetsEveryNumeralThrough() {
        let differing = (UInt32(0)...0x10FFFF).filter {
            NormalizedText.chineseDigit($0) != NormalizedText.chineseDigitBySwitch($0)
        }
        #expect(differing.isEmpty, "\(differing.prefix(10).map { String($0, radix: 16) })")
    }

    @Test func utf8CheckAcceptsWhatStringAccepts() {
        var generator = Generator(state: 0x0717_F811)
        let pieces: [[UInt8]] = [
            Array("abcdefghij".utf8), [0x41], Array("张三".utf8), Array("😀".utf8), Array("é".utf8), [0x80], [0xC3], [0xE5, 0xBC],
            [0xF0, 0x9F], [0xFF], [0xED, 0xA0, 0x80], [0xC0, 0xAF], [0xF4, 0x90, 0x80, 0x80], [0xE0, 0x80, 0x80], [0x00],
        ]
        for round in 0..<20_000 {
            var bytes: [UInt8] = []
            for _ in 0..<generator.below(12) { bytes += pieces[generator.below(pieces.count)] }
            #expect(PublishedFileReader.isUTF8(bytes) == (String(validating: bytes, as: UTF8.self) != nil), "round \(round): \(bytes)")
        }
    }
}
