/// The registry of privacy rules and the one place they run: normalise, find digit runs once,
/// let every number rule judge every window and every text rule read the text, then keep, of
/// overlapping findings, the most serious (then the longest).
package struct PrivacyRuleSet: Sendable {
    package let context: PrivacyContext

    /// Number rules, most serious first.
    static let numberRules: [any NumberPrivacyRule] = [
        ResidentIDRule(), AccountNumberRule(), MobileNumberRule(), LandlineRule(),
    ]
    static let textRules: [any TextPrivacyRule] = [
        PartialIDRule(), EmailRule(), QQNumberRule(), PersonFactRule(), KnownNameRule(),
    ]

    package init(context: PrivacyContext) {
        self.context = context
    }

    /// A finding located in the source: byte offsets of the reader text's scalars.
    package struct Located: Sendable, Equatable {
        package let kind: PrivateValueFinding.Kind
        /// Byte offset (in the file the reader text came from) of the first and last scalar.
        package let startOffset: Int
        package let lastOffset: Int
        package let echo: String
    }

    package func findings(in text: ReaderText) -> [Located] {
        let normalized = PrivacyNormalizer.normalize(text)
        return located(findings(in: normalized), normalized: normalized, text: text)
    }

    /// What `findings(in:)` gave before the output scan was made faster (one scalar at a time
    /// through the normaliser, each rule walking the text on its own): the differential tests
    /// compare the two on the sample site, the fuzz corpus and generated texts.
    package func referenceFindings(in text: ReaderText) -> [Located] {
        var normalizer = PrivacyNormalizer()
        let normalized = normalizer.normalizeReference(text)
        return located(referenceFindings(in: normalized), normalized: normalized, text: text)
    }

    private func located(_ findings: [RuleFinding], normalized: NormalizedText, text: ReaderText) -> [Located] {
        findings.map { finding in
            let first = Int(normalized.sources[finding.range.lowerBound])
            let last = Int(normalized.sources[finding.range.upperBound - 1])
            return Located(kind: finding.kind, startOffset: text.offsets[first], lastOffset: text.offsets[last], echo: finding.echo)
        }
    }

    package func findings(in text: NormalizedText) -> [RuleFinding] {
        var found: [RuleFinding] = []
        let features = text.features
        if features.contains(.digit) {
            let runs = DigitRuns(text)
            runs.forEachWindow(minimum: 10, maximum: 19) { window in
                for rule in Self.numberRules {
                    if let finding = rule.finding(for: window, context: context) { found.append(finding) }
                }
            }
        }
        for rule in Self.textRules where features.isSuperset(of: type(of: rule).needs) {
            rule.findings(in: text, context: context, into: &found)
        }
        return Self.resolved(found)
    }

    /// The rules as they ran before the scan was made faster (see `referenceFindings(in:)`).
    package func referenceFindings(in text: NormalizedText) -> [RuleFinding] {
        var found: [RuleFinding] = []
        let features = text.features
        if features.contains(.digit) {
            let runs = DigitRuns(text)
            runs.forEachWindow(minimum: 10, maximum: 19) { window in
                for rule in Self.numberRules {
                    if let finding = rule.finding(for: window, context: context) { found.append(finding) }
                }
            }
        }
        for rule in Self.textRules where features.isSuperset(of: type(of: rule).needs) {
            rule.referenceFindings(in: text, context: context, into: &found)
        }
        return Self.resolved(found)
    }

    /// Of overlapping findings, the lowest priority number wins, then the longest, then the first.
    static func resolved(_ findings: [RuleFinding]) -> [RuleFinding] {
        guard findings.count > 1 else { return findings }
        let ranked = findings.sorted {
            ($0.priority, $1.range.count, $0.range.lowerBound) < ($1.priority, $0.range.count, $1.range.lowerBound)
        }
        var kept: [RuleFinding] = []  // sorted by start, never overlapping
        for finding in ranked {
            var low = 0
            var high = kept.count
            while low < high {
                let mid = (low + high) / 2
                if kept[mid].range.lowerBound < finding.range.lowerBound { low = mid + 1 } else { high = mid }
            }
            if low > 0, kept[low - 1].range.overlaps(finding.range) { continue }
            if low < kept.count, kept[low].range.overlaps(finding.range) { continue }
            kept.insert(finding, at: low)
        }
        return kept
    }
}

extension PrivateValueFinding.Kind {
    /// Lower wins when two findings overlap.
    var priority: Int {
        switch self {
        case .idNumber: 0
        case .partialIDNumber: 1
        case .bankCardNumber: 2
        case .mobileNumber: 3
        case .landlineNumber: 4
        case .qqNumber: 5
        case .emailAddress: 6
        case .knownFullName: 7
        case .healthOrStatus: 8
        case .addressDetail: 9
        case .birthDate: 10
        }
    }
}
