/// ID numbers masked too little: 15 or 18 characters of digits and mask characters (`*`, `x`,
/// `●`, `×`, `#` … all `*` or `#` after normalising; `X`/`x` inside a group is a mask too) that
/// still show more than six digits. Written in groups, a masked ID has a block of at least two
/// masks (410821 ******** 0040), not a star here and there.
struct PartialIDRule: TextPrivacyRule {
    static let needs: NormalizedText.Features = [.digit, .mask]

    private struct Unit {
        var index: Int
        var isDigit: Bool
        var isMask: Bool
        var isX: Bool
        var value: UInt8
    }

    func findings(in text: NormalizedText, context: PrivacyContext, into findings: inout [RuleFinding]) {
        let scalars = text.scalars
        let n = scalars.count
        var i = 0
        // One chain's units, and where each of its finished groups ends in them: most chains are
        // plain numbers (amounts, dates), so groups are made only for a chain with a mask.
        var units: [Unit] = []
        var groupEnds: [Int] = []
        while i < n {
            guard Self.isChainStart(scalars[i]) else {
                i += 1
                continue
            }
            // One chain: groups of units joined by single separator gaps.
            units.removeAll(keepingCapacity: true)
            groupEnds.removeAll(keepingCapacity: true)
            var groupStart = 0
            var hasMask = false
            while i < n {
                let scalar = scalars[i]
                if let digit = NormalizedText.digitValue(scalar) {
                    units.append(Unit(index: i, isDigit: true, isMask: false, isX: false, value: digit))
                } else if scalar == "*" || scalar == "#" {
                    units.append(Unit(index: i, isDigit: false, isMask: true, isX: false, value: 0))
                    hasMask = true
                } else if scalar == "X" || scalar == "x", units.count > groupStart || !groupEnds.isEmpty {
                    units.append(Unit(index: i, isDigit: false, isMask: false, isX: true, value: 0))
                    hasMask = true
                } else if NormalizedText.isSeparator(scalar), units.count > groupStart, units[units.count - 1].isMask,
                          Self.masksContinue(scalars, i) {
                    // Masks spaced out (`* * * *`, `\#\#\#\#`) are still one block: no new group.
                    i += 1
                    continue
                } else if NormalizedText.isSeparator(scalar), units.count > groupStart, i + 1 < n, Self.continuesChain(scalars, i + 1) {
                    groupEnds.append(units.count)
                    groupStart = units.count
                    i += 1
                    while i < n, NormalizedText.isSeparator(scalars[i]) { i += 1 }
                    continue
                } else {
                    break
                }
                i += 1
                if units.count - groupStart > 40 { break }
            }
            // Only a chain with a mask is judged (so only then are its groups made).
            if hasMask {
                if units.count > groupStart { groupEnds.append(units.count) }
                var groups: [[Unit]] = []
                var start = 0
                for end in groupEnds {
                    groups.append(Array(units[start..<end]))
                    start = end
                }
                evaluate(groups, scalars: scalars, into: &findings)
            }
            if i < n, !Self.isChainStart(scalars[i]) { i += 1 }
        }
    }

    /// The rule as it read before the output scan was made faster: each group of a chain its
    /// own array (a copy at every separator, though most chains hold no mask).
    func referenceFindings(in text: NormalizedText, context: PrivacyContext, into findings: inout [RuleFinding]) {
        let scalars = text.scalars
        let n = scalars.count
        var i = 0
        var groups: [[Unit]] = []
        // Kept between chains: most chains are plain numbers (amounts, dates) that need no new buffer.
        var group: [Unit] = []
        while i < n {
            guard Self.isChainStart(scalars[i]) else {
                i += 1
                continue
            }
            // One chain: groups of units joined by single separator gaps.
            groups.removeAll(keepingCapacity: true)
            group.removeAll(keepingCapacity: true)
            var hasMask = false
            while i < n {
                let scalar = scalars[i]
                if let digit = NormalizedText.digitValue(scalar) {
                    group.append(Unit(index: i, isDigit: true, isMask: false, isX: false, value: digit))
                } else if scalar == "*" || scalar == "#" {
                    group.append(Unit(index: i, isDigit: false, isMask: true, isX: false, value: 0))
                    hasMask = true
                } else if scalar == "X" || scalar == "x", !group.isEmpty || !groups.isEmpty {
                    group.append(Unit(index: i, isDigit: false, isMask: false, isX: true, value: 0))
                    hasMask = true
                } else if NormalizedText.isSeparator(scalar), group.last?.isMask == true, Self.masksContinue(scalars, i) {
                    // Masks spaced out (`* * * *`, `\#\#\#\#`) are still one block: no new group.
                    i += 1
                    continue
                } else if NormalizedText.isSeparator(scalar), !group.isEmpty, i + 1 < n, Self.continuesChain(scalars, i + 1) {
                    groups.append(group)
                    group.removeAll(keepingCapacity: true)
                    i += 1
                    while i < n, NormalizedText.isSeparator(scalars[i]) { i += 1 }
                    continue
                } else {
                    break
                }
                i += 1
                if group.count > 40 { break }
            }
            // Only a chain with a mask is judged (so only then are its groups collected whole).
            if hasMask {
                if !group.isEmpty { groups.append(group) }
                evaluate(groups, scalars: scalars, into: &findings)
            }
            if i < n, !Self.isChainStart(scalars[i]) { i += 1 }
        }
    }

    static func isChainStart(_ scalar: Unicode.Scalar) -> Bool {
        NormalizedText.digitValue(scalar) != nil || scalar == "*" || scalar == "#"
    }

    /// Whether only separators lie between `start` and the next mask character.
    static func masksContinue(_ scalars: [Unicode.Scalar], _ start: Int) -> Bool {
        var j = start
        while j < scalars.count, j - start < 3, NormalizedText.isSeparator(scalars[j]) { j += 1 }
        return j < scalars.count && (scalars[j] == "*" || scalars[j] == "#")
    }

    static func continuesChain(_ scalars: [Unicode.Scalar], _ start: Int) -> Bool {
        var j = start
        while j < scalars.count, NormalizedText.isSeparator(scalars[j]) { j += 1 }
        return j < scalars.count && (isChainStart(scalars[j]) || scalars[j] == "X" || scalars[j] == "x")
    }

    private func evaluate(_ groups: [[Unit]], scalars: [Unicode.Scalar], into findings: inout [RuleFinding]) {
        var groups = groups
        // Markdown emphasis is no masking: one to three `*` opening the chain and as many closing it.
        if let first = groups.first, let last = groups.last {
            let opening = first.prefix { $0.isMask }.count
            let closing = last.reversed().prefix { $0.isMask }.count
            if (1...3).contains(opening), closing >= opening, !(groups.count == 1 && opening == first.count) {
                groups[0].removeFirst(opening)
                groups[groups.count - 1].removeLast(opening)
                groups.removeAll { $0.isEmpty }
            }
        }
        evaluateWindows(groups, scalars: scalars, into: &findings)
        // `**` that cmark left as written (`62**12 2625 184**8 ****`: unmatched delimiters) is
        // no masking either: judged once more as the digits a reader reads through it.
        if let throughEmphasis = Self.withoutInnerEmphasis(groups, scalars: scalars) {
            evaluateWindows(throughEmphasis, scalars: scalars, into: &findings)
        }
    }

    /// The chain without pairs of short `*` runs inside it that Markdown would have read as
    /// emphasis (an opener glued to the digit after it, then a closer of the same length glued to
    /// the digit before it) but left as literal text; nil when it has none. Longer runs, runs
    /// between separators and `#` are masks and stay (`1234** 1234**` has no opener).
    private static func withoutInnerEmphasis(_ groups: [[Unit]], scalars: [Unicode.Scalar]) -> [[Unit]]? {
        var removed: [Set<Int>] = Array(repeating: [], count: groups.count)
        var opener: (group: Int, range: Range<Int>)?
        var pairs = 0
        for (g, group) in groups.enumerated() {
            var k = 0
            while k < group.count {
                guard group[k].isMask, scalars[group[k].index] == "*" else {
                    k += 1
                    continue
                }
                var end = k + 1
                while end < group.count, group[end].isMask, scalars[group[end].index] == "*",
                      group[end].index == group[end - 1].index + 1 { end += 1 }
                let gluedBefore = k > 0 && group[k - 1].isDigit && group[k - 1].index + 1 == group[k].index
                let gluedAfter = end < group.count && group[end].isDigit && group[end].index == group[end - 1].index + 1
                if end - k <= 3 {
                    if gluedBefore, let open = opener, open.range.count == end - k {
                        removed[open.group].formUnion(open.range)
                        removed[g].formUnion(k..<end)
                        pairs += 1
                        opener = nil
                    } else if gluedAfter {
                        opener = (g, k..<end)
                    }
                }
                k = end
            }
        }
        guard pairs > 0 else { return nil }
        return groups.enumerated().map { g, group in
            removed[g].isEmpty ? group : group.enumerated().filter { !removed[g].contains($0.offset) }.map(\.element)
        }.filter { !$0.isEmpty }
    }

    private func evaluateWindows(_ groups: [[Unit]], scalars: [Unicode.Scalar], into findings: inout [RuleFinding]) {
        for s in groups.indices {
            var total = 0
            for e in s..<groups.count {
                total += groups[e].count
                if total > 19 { break }
                let shaped = total <= 18 && (s == e ? total >= 15 : (total == 15 || total == 18) && e - s < 6)
                if shaped { evaluate(Array(groups[s...e]), scalars: scalars, singleGroup: s == e, into: &findings) }
                if total >= 16, e - s < 6 { evaluateAccount(Array(groups[s...e]), scalars: scalars, into: &findings) }
            }
        }
    }

    private func evaluate(_ window: [[Unit]], scalars: [Unicode.Scalar], singleGroup: Bool, into findings: inout [RuleFinding]) {
        var visible = 0
        var masks = 0
        var xAsMask = false
        var run = 0
        var longestRun = 0
        var echo = ""
        for (groupIndex, group) in window.enumerated() {
            for (offset, unit) in group.enumerated() {
                // Only the window's very last `X` can be the check character.
                let last = groupIndex == window.count - 1 && offset == group.count - 1
                let isMask = unit.isMask || (unit.isX && !last)
                run = isMask ? run + 1 : 0
                longestRun = max(longestRun, run)
                if unit.isDigit {
                    visible += 1
                    echo.unicodeScalars.append(Unicode.Scalar(0x30 + unit.value))
                } else if isMask {
                    masks += 1
                    if unit.isX { xAsMask = true }
                    echo.append("*")
                } else {
                    visible += 1
                    echo.append("X")
                }
            }
        }
        guard masks > 0, visible > 6 else { return }
        if !singleGroup, longestRun < 2 { return }
        guard let start = window.first?.first?.index, let end = window.last?.last?.index else { return }
        // `X` as a mask only where the run does not touch ASCII letters (product codes).
        if xAsMask {
            if start > 0, Self.isASCIILetter(scalars[start - 1]) { return }
            if end + 1 < scalars.count, Self.isASCIILetter(scalars[end + 1]) { return }
        }
        findings.append(RuleFinding(.partialIDNumber, start..<(end + 1), echo: maskMiddle(echo)))
    }

    /// An account number masked too little: 16–19 digits and masks, starting with a digit, that
    /// show more than the 6 + 4 digits bank statements show (`6217 0012 3456 7890 ***`).
    private func evaluateAccount(_ window: [[Unit]], scalars: [Unicode.Scalar], into findings: inout [RuleFinding]) {
        // An account has no check character: every `X`/`x` in it is a mask.
        let units = window.flatMap { $0 }.map { unit in
            unit.isX ? Unit(index: unit.index, isDigit: false, isMask: true, isX: true, value: 0) : unit
        }
        guard let first = units.first, first.isDigit, first.value != 0 else { return }
        let visible = units.filter(\.isDigit).count
        let masks = units.count - visible
        guard masks > 0, visible > 10, let last = units.last else { return }
        // One block of masks (`7890 ***`, `132x`), not a star after each group (12* 12* 12* …).
        var blocks = 0
        var previousWasMask = false
        for unit in units {
            if unit.isMask, !previousWasMask { blocks += 1 }
            previousWasMask = unit.isMask
        }
        if blocks != 1 { return }
        if units.contains(where: \.isX), let lastUnit = units.last {
            // `X` as a mask only where the run does not touch ASCII letters (product codes).
            if first.index > 0, Self.isASCIILetter(scalars[first.index - 1]) { return }
            if lastUnit.index + 1 < scalars.count, Self.isASCIILetter(scalars[lastUnit.index + 1]) { return }
        }
        let echo = String(units.map { $0.isDigit ? Character(Unicode.Scalar(0x30 + $0.value)) : "*" })
        findings.append(RuleFinding(.bankCardNumber, first.index..<(last.index + 1), echo: maskMiddle(echo)))
    }

    static func isASCIILetter(_ scalar: Unicode.Scalar) -> Bool { (scalar.value | 0x20) &- 0x61 < 26 }
}
