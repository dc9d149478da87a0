/// The full names the site's imports have seen (`KnownNames`), wherever they appear: a reader
/// who sees 张三丰 written out has the name, however it was split (`张 三 丰`, `张<span>三</span>丰`).
struct KnownNameRule: TextPrivacyRule {
    static let needs: NormalizedText.Features = .han

    func findings(in text: NormalizedText, context: PrivacyContext, into findings: inout [RuleFinding]) {
        for range in Self.ranges(in: text, context: context) {
            findings.append(RuleFinding(.knownFullName, range, echo: "已隐去"))
        }
    }

    /// Normalised ranges of known names. Separators between the characters are skipped (a
    /// reader still reads 张 三 丰 as one name); anything else keeps the characters apart.
    static func ranges(in text: NormalizedText, context: PrivacyContext) -> [Range<Int>] {
        guard let names = context.knownNames, !names.isEmpty else { return [] }
        var compact: [Unicode.Scalar] = []
        var positions: [Int] = []
        compact.reserveCapacity(text.count)
        for (index, scalar) in text.scalars.enumerated() where !NormalizedText.isSeparator(scalar) {
            compact.append(scalar)
            positions.append(index)
        }
        return names.matches(in: compact).compactMap { range in
            guard !range.isEmpty else { return nil }
            return positions[range.lowerBound]..<(positions[range.upperBound - 1] + 1)
        }
    }
}
