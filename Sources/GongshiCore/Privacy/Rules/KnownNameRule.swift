/// The full names the site's imports have seen (`KnownNames`), wherever they appear: a reader
/// who sees 张三丰 written out has the name, however it was split (`张 三 丰`, `张<span>三</span>丰`).
/// Two-character names count only where they stand apart from Han text on one side at least:
/// inside running text they are as often ordinary words, which no clerk could fix.
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
            // A two-character name inside running Han text is as often a word (高明, 文明, 金华):
            // it counts where it stands apart on at least one side (a cell, a list, 姓名：王五).
            if range.count == 2, range.lowerBound > 0, range.upperBound < compact.count,
               PersonFactRule.isHan(compact[range.lowerBound - 1]), PersonFactRule.isHan(compact[range.upperBound]) {
                return nil
            }
            return positions[range.lowerBound]..<(positions[range.upperBound - 1] + 1)
        }
    }
}
