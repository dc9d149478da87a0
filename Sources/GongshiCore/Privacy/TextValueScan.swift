/// The state machine behind `PrivateValueScanner.scanText`: one pass over the UTF-8 bytes.
///
/// The main loop skips every byte that cannot start a value (for CJK text: all of them) and stops
/// at digits, `*`, `X`, `@` and the lead bytes of `×` and of the full-width forms. From a digit,
/// mask character or `X` it reads a *chain*: digits, mask characters and `X` (a lowercase `x`
/// only as the last character of a group), in groups joined by exactly one space or dash (or
/// U+3000, `－`). A chain of fewer than 11 characters (every date, amount and 12-digit code) is
/// dropped at once — the quick reject. Longer chains are read two ways:
/// - numbers: maximal digit runs (bounded by non-digits by construction) and windows of
///   consecutive runs joined by one separator: resident IDs (18 with check character, 15 legacy),
///   mobiles (11 digits, 3-4-4, `86`/`0086` prefix), bank cards (16–19 digits, Luhn);
/// - partial IDs: groups of digits and mask characters, 15–18 characters (exactly 15 or 18 when
///   written in up to six groups, which then need a block of at least two mask characters), with
///   at least one mask character and more than six digits showing. `X` inside a group is a mask
///   character too (410821XXXXXXXX0040), except next to ASCII letters (product codes).
/// E-mail addresses are read around each `@`. Overlapping candidates keep the highest priority
/// (ID > partial ID > bank card > mobile > e-mail), then the longest.
struct TextValueScan {
    typealias Kind = PrivateValueFinding.Kind

    enum UnitKind: UInt8 {
        /// `0`–`9`, `０`–`９`
        case digit
        /// `*`, `＊`, `×`
        case mask
        /// `X`, `Ｘ`: the check character at the end of a group, a mask character elsewhere
        case upperX
        /// `x`, `ｘ`: only ever the last character of a group (the check character)
        case lowerX
        /// ` `, `-`, U+3000, `－`
        case separator
        case other
        /// A group too long to be any value (see `longestGroup`).
        case overlong
    }

    struct Unit {
        var start: Int
        var kind: UnitKind
        var value: UInt8
        var length: UInt8
        var end: Int { start + Int(length) }

        init(kind: UnitKind, value: UInt8, start: Int, end: Int) {
            self.start = start
            self.kind = kind
            self.value = value
            self.length = UInt8(end - start)
        }
    }

    /// A maximal run of digits inside a chain, with an `X`/`x` right after it when that is the
    /// last character of its group.
    struct DigitRun {
        var first: Int  // index into units
        var digits: Int
        var hasX: Bool
        var joinsNext: Bool
    }

    struct Candidate {
        var kind: Kind
        var start: Int  // byte offsets
        var end: Int
        var echo: String

        var priority: Int {
            switch kind {
            case .idNumber: 0
            case .partialIDNumber: 1
            case .bankCardNumber: 2
            case .mobileNumber: 3
            default: 4
            }
        }
    }

    let bytes: UnsafeBufferPointer<UInt8>
    let allowedDigits: Set<String>
    let allowedEmails: Set<String>
    var units: [Unit] = []
    var runs: [DigitRun] = []
    var groups: [(first: Int, end: Int, length: Int)] = []
    var digits: [UInt8] = []
    var candidates: [Candidate] = []

    init(bytes: UnsafeBufferPointer<UInt8>, allowedDigits: Set<String>, allowedEmails: Set<String>) {
        self.bytes = bytes
        self.allowedDigits = allowedDigits
        self.allowedEmails = allowedEmails
    }

    static func findings(in text: String, allowedDigits: Set<String>, allowedEmails: Set<String>) -> [PrivateValueFinding] {
        var text = text
        let found: [(candidate: Candidate, matched: String)] = text.withUTF8 { bytes in
            var scan = TextValueScan(bytes: bytes, allowedDigits: allowedDigits, allowedEmails: allowedEmails)
            scan.run()
            return scan.resolved().map { candidate in
                let slice = UnsafeBufferPointer(rebasing: bytes[candidate.start..<candidate.end])
                return (candidate, String(decoding: slice, as: UTF8.self))
            }
        }
        guard !found.isEmpty else { return [] }
        // Byte offsets → Character offsets, counting forward from the previous finding.
        var findings: [PrivateValueFinding] = []
        findings.reserveCapacity(found.count)
        var index = text.startIndex
        var offset = 0
        for (candidate, matched) in found {
            let next = text.utf8.index(text.utf8.startIndex, offsetBy: candidate.start)
            offset += text.distance(from: index, to: next)
            index = next
            findings.append(PrivateValueFinding(kind: candidate.kind, offset: offset, matched: matched, maskedEcho: candidate.echo))
        }
        return findings
    }

    // MARK: - Main loop

    mutating func run() {
        let count = bytes.count
        var i = 0
        while i < count {
            let byte = bytes[i]
            if byte &- 0x30 < 10 || byte == 0x2A || byte == 0x58 {  // digit, `*`, `X`
                i = readChain(from: i)
            } else if byte == 0x40 {  // `@`
                readEmail(at: i)
                i += 1
            } else if byte == 0xC3 || byte == 0xEF {  // `×`, full-width digits, `＊`, `Ｘ`
                switch unit(at: i).kind {
                case .digit, .mask, .upperX: i = readChain(from: i)
                default: i += 1
                }
            } else {
                i += 1
            }
        }
    }

    /// Classifies the character at byte `i` (only the few that matter; everything else is `.other`
    /// with length 1, which is safe because no continuation byte starts a value).
    @inline(__always)
    func unit(at i: Int) -> (kind: UnitKind, value: UInt8, length: Int) {
        let byte = bytes[i]
        if byte < 0x80 {
            switch byte {
            case 0x30...0x39: return (.digit, byte &- 0x30, 1)
            case 0x2A: return (.mask, 0, 1)
            case 0x58: return (.upperX, 0, 1)
            case 0x78: return (.lowerX, 0, 1)
            case 0x20, 0x2D: return (.separator, 0, 1)
            default: return (.other, 0, 1)
            }
        }
        let count = bytes.count
        switch byte {
        case 0xC3:  // × U+00D7
            if i + 1 < count, bytes[i + 1] == 0x97 { return (.mask, 0, 2) }
        case 0xE3:  // U+3000 ideographic space
            if i + 2 < count, bytes[i + 1] == 0x80, bytes[i + 2] == 0x80 { return (.separator, 0, 3) }
        case 0xEF:
            guard i + 2 < count else { break }
            let second = bytes[i + 1]
            let third = bytes[i + 2]
            if second == 0xBC {
                switch third {
                case 0x90...0x99: return (.digit, third &- 0x90, 3)  // ０–９
                case 0x8A: return (.mask, 0, 3)  // ＊
                case 0xB8: return (.upperX, 0, 3)  // Ｘ
                case 0x8D: return (.separator, 0, 3)  // －
                default: break
                }
            } else if second == 0xBD, third == 0x98 {  // ｘ
                return (.lowerX, 0, 3)
            }
        default: break
        }
        return (.other, 0, 1)
    }

    /// Longest group kept character by character: no value is longer (19 digits; 18 characters of
    /// a partial ID, with up to three emphasis stars each side). A longer group becomes one
    /// `.overlong` unit, so a megabyte of digits costs no memory and yields nothing.
    static let longestGroup = 24

    /// Reads the chain starting at `start` into `units`, evaluates it if it is long enough, and
    /// returns the byte where scanning resumes.
    mutating func readChain(from start: Int) -> Int {
        units.removeAll(keepingCapacity: true)
        let count = bytes.count
        var j = start
        var characters = 0
        var hasMask = false
        var groupStart = 0  // index in `units` of the current group's first unit
        reading: while j < count {
            let u = unit(at: j)
            switch u.kind {
            case .digit, .mask, .upperX:
                j += u.length
                if units.last?.kind == .overlong { continue }
                units.append(Unit(kind: u.kind, value: u.value, start: j - u.length, end: j))
                characters += 1
                if u.kind != .digit { hasMask = true }
                if units.count - groupStart > Self.longestGroup { collapseGroup(from: groupStart) }
            case .lowerX:
                // Only as the last character of a group, right after a digit or mask character.
                guard let last = units.last, last.kind != .separator else { break reading }
                let after = j + u.length
                if after < count {
                    switch unit(at: after).kind {
                    case .digit, .mask, .upperX, .lowerX: break reading
                    default: break
                    }
                }
                if last.kind != .overlong {
                    units.append(Unit(kind: .lowerX, value: 0, start: j, end: after))
                    characters += 1
                }
                j = after
            case .separator:
                // Exactly one separator between two groups.
                guard let last = units.last, last.kind != .separator else { break reading }
                let after = j + u.length
                guard after < count else { break reading }
                switch unit(at: after).kind {
                case .digit, .mask, .upperX:
                    units.append(Unit(kind: .separator, value: 0, start: j, end: after))
                    groupStart = units.count
                    j = after
                default:
                    break reading
                }
            case .other, .overlong:
                break reading
            }
        }
        if characters >= 11 {
            findNumbers()
            if hasMask { findPartialIDs() }
        }
        return j
    }

    mutating func collapseGroup(from groupStart: Int) {
        let first = units[groupStart].start
        units.removeSubrange(groupStart...)
        units.append(Unit(kind: .overlong, value: 0, start: first, end: first))
    }

    // MARK: - Numbers

    mutating func findNumbers() {
        runs.removeAll(keepingCapacity: true)
        let count = units.count
        var k = 0
        while k < count {
            guard units[k].kind == .digit else {
                k += 1
                continue
            }
            let first = k
            while k < count, units[k].kind == .digit { k += 1 }
            var run = DigitRun(first: first, digits: k - first, hasX: false, joinsNext: false)
            if k < count, units[k].kind == .upperX || units[k].kind == .lowerX,
               k + 1 == count || units[k + 1].kind == .separator {
                run.hasX = true
                k += 1
            } else if k + 1 < count, units[k].kind == .separator, units[k + 1].kind == .digit {
                run.joinsNext = true
            }
            runs.append(run)
        }
        for s in runs.indices {
            var total = 0
            var e = s
            while e < runs.count {
                total += runs[e].digits
                if total > 19 { break }
                if total >= 11 { evaluate(from: s, to: e, digitCount: total) }
                if !runs[e].joinsNext { break }
                e += 1
            }
        }
    }

    /// Evaluates the digits of runs `s...e` (joined by single separators) as each kind of number.
    mutating func evaluate(from s: Int, to e: Int, digitCount total: Int) {
        let hasX = runs[e].hasX
        guard total == 11 || total == 13 || total >= 15 else { return }
        digits.removeAll(keepingCapacity: true)
        for r in s...e {
            for u in runs[r].first..<(runs[r].first + runs[r].digits) { digits.append(units[u].value) }
        }
        let start = units[runs[s].first].start
        let lastDigit = units[runs[e].first + runs[e].digits - 1]
        let end = lastDigit.end
        let all = digits[...]

        // Resident ID, 18 characters.
        if total == 18, ChineseIDNumber.isValid18(first17: all.prefix(17), check: 0x30 + all[17]) {
            add(.idNumber, start, end, echo: Self.maskMiddle(asciiDigits(all)), key: asciiDigits(all))
        } else if total == 17, hasX, ChineseIDNumber.isValid18(first17: all, check: 0x58) {
            let xEnd = units[runs[e].first + runs[e].digits].end
            let text = asciiDigits(all) + "X"
            add(.idNumber, start, xEnd, echo: Self.maskMiddle(text), key: text)
        }
        // Resident ID, 15-digit legacy form.
        if total == 15, ChineseIDNumber.isValid15(all) {
            add(.idNumber, start, end, echo: Self.maskMiddle(asciiDigits(all)), key: asciiDigits(all))
        }
        // Bank card: 16–19 digits, contiguous or in groups of four (the last may be shorter).
        if total >= 16, all[all.startIndex] != 0, isGroupedInFours(from: s, to: e), LuhnCheck.isValid(all) {
            let text = asciiDigits(all)
            add(.bankCardNumber, start, end, echo: Self.maskMiddle(text), key: text)
        }
        // Mobile: 11 digits or 3-4-4, optionally after 86 / 0086 (and a `+`).
        if let coreStart = mobileCoreStart(from: s, to: e, total: total) {
            let core = all[(all.startIndex + coreStart)...]
            if core[core.startIndex] == 1, (3...9).contains(core[core.startIndex + 1]) {
                var matchStart = start
                if coreStart > 0 {
                    if start >= 1, bytes[start - 1] == 0x2B {  // +
                        matchStart = start - 1
                    } else if start >= 3, bytes[start - 3] == 0xEF, bytes[start - 2] == 0xBC, bytes[start - 1] == 0x8B {  // ＋
                        matchStart = start - 3
                    }
                }
                let text = asciiDigits(core)
                let echo = String(text.prefix(3)) + "****" + String(text.suffix(4))
                add(.mobileNumber, matchStart, end, echo: echo, key: text)
            }
        }
    }

    /// Where the 11 mobile digits start within the window's digits, if the window is shaped like
    /// a mobile number: [11], [3,4,4], or a prefix `86`/`0086` (own group or run together) before them.
    func mobileCoreStart(from s: Int, to e: Int, total: Int) -> Int? {
        guard total == 11 || total == 13 || total == 15 else { return nil }
        let prefixLength = total - 11
        let all = digits
        if prefixLength == 2, !(all[0] == 8 && all[1] == 6) { return nil }
        if prefixLength == 4, !(all[0] == 0 && all[1] == 0 && all[2] == 8 && all[3] == 6) { return nil }
        var lengths: [Int] = []
        for r in s...e { lengths.append(runs[r].digits) }
        if prefixLength > 0 {
            if lengths.count == 1 { return prefixLength }  // 8613812345678, 008613812345678
            guard lengths[0] == prefixLength else { return nil }
            lengths.removeFirst()
        }
        return lengths == [11] || lengths == [3, 4, 4] ? prefixLength : nil
    }

    func isGroupedInFours(from s: Int, to e: Int) -> Bool {
        if s == e { return true }
        for r in s..<e where runs[r].digits != 4 { return false }
        return runs[e].digits <= 4
    }

    func asciiDigits(_ values: ArraySlice<UInt8>) -> String {
        String(decoding: values.map { $0 &+ 0x30 }, as: UTF8.self)
    }

    /// First 4 and last 4 characters, every other one `*`.
    static func maskMiddle(_ text: String) -> String {
        let characters = Array(text)
        guard characters.count > 8 else { return String(repeating: "*", count: characters.count) }
        return String(characters.prefix(4)) + String(repeating: "*", count: characters.count - 8)
            + String(characters.suffix(4))
    }

    mutating func add(_ kind: Kind, _ start: Int, _ end: Int, echo: String, key: String) {
        if allowedDigits.contains(key) { return }
        candidates.append(Candidate(kind: kind, start: start, end: end, echo: echo))
    }

    // MARK: - Partial IDs

    mutating func findPartialIDs() {
        groups.removeAll(keepingCapacity: true)
        // Markdown emphasis is no masking: `**0391-7123456**` is a bold hotline. One to three
        // ASCII `*` at the start of the chain, closed by at least as many at its end, are left out
        // (so `**410821********0040**` is still read as 410821********0040).
        var lower = 0
        var upper = units.count
        let opening = units.prefix { $0.kind == .mask && $0.length == 1 }.count
        if (1...3).contains(opening), opening < units.count,
           units.suffix(opening).allSatisfy({ $0.kind == .mask && $0.length == 1 }) {
            lower = opening
            upper = units.count - opening
        }
        var k = lower
        while k < upper {
            let first = k
            var overlong = false
            while k < upper, units[k].kind != .separator {
                if units[k].kind == .overlong { overlong = true }
                k += 1
            }
            groups.append((first, k, overlong ? Int.max / 2 : k - first))
            k += 1
        }
        for s in groups.indices {
            var total = 0
            for e in s..<groups.count {
                total += groups[e].length
                if total > 18 { break }
                if s == e ? total >= 15 : (total == 15 || total == 18) && e - s < 6 {
                    evaluatePartial(from: s, to: e)
                }
            }
        }
    }

    mutating func evaluatePartial(from s: Int, to e: Int) {
        var visible = 0
        var masks = 0
        var xAsMask = false
        var maskRun = 0
        var longestMaskRun = 0
        var text: [UInt8] = []
        text.reserveCapacity(18)
        for g in s...e {
            for index in groups[g].first..<groups[g].end {
                let u = units[index]
                let last = index == groups[g].end - 1
                let isMask = u.kind == .mask || (u.kind == .upperX && !last)
                maskRun = isMask ? maskRun + 1 : 0
                longestMaskRun = max(longestMaskRun, maskRun)
                switch u.kind {
                case .digit:
                    visible += 1
                    text.append(0x30 &+ u.value)
                case .mask:
                    masks += 1
                    text.append(0x2A)
                case .upperX where !last:
                    masks += 1
                    xAsMask = true
                    text.append(0x2A)
                case .upperX, .lowerX:
                    visible += 1
                    text.append(0x58)
                default:
                    break
                }
            }
        }
        guard masks > 0, visible > 6 else { return }
        // Written in groups, a masked ID has a block of masked digits (410821 ******** 0040), not
        // a star here and there (1* 1* 1* …).
        if s != e, longestMaskRun < 2 { return }
        let start = units[groups[s].first].start
        let end = units[groups[e].end - 1].end
        // `X` as a mask character: only where the run does not touch ASCII letters (product codes).
        if xAsMask {
            if start > 0, Self.isASCIILetter(bytes[start - 1]) { return }
            if end < bytes.count, Self.isASCIILetter(bytes[end]) { return }
        }
        let written = String(decoding: text, as: UTF8.self)
        candidates.append(Candidate(kind: .partialIDNumber, start: start, end: end, echo: Self.maskMiddle(written)))
    }

    static func isASCIILetter(_ byte: UInt8) -> Bool {
        (byte | 0x20) &- 0x61 < 26
    }

    // MARK: - E-mail

    /// File extensions that follow `@` in asset names (`logo@2x.png`), never top-level domains.
    static let fileExtensions: Set<String> = [
        "png", "jpg", "jpeg", "gif", "svg", "webp", "avif", "ico", "bmp", "tif", "tiff",
        "css", "js", "mjs", "json", "map", "html", "htm", "xml", "txt", "pdf", "woff", "woff2", "ttf", "otf",
    ]

    static func isLocalPartByte(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x30...0x39, 0x41...0x5A, 0x61...0x7A, 0x2E, 0x5F, 0x25, 0x2B, 0x2D: true  // . _ % + -
        default: false
        }
    }

    static func isDomainByte(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x30...0x39, 0x41...0x5A, 0x61...0x7A, 0x2E, 0x2D: true
        default: false
        }
    }

    mutating func readEmail(at: Int) {
        var localStart = at
        while localStart > 0, Self.isLocalPartByte(bytes[localStart - 1]) {
            localStart -= 1
            if at - localStart > 64 { return }
        }
        while localStart < at, bytes[localStart] == 0x2E { localStart += 1 }  // leading dots
        guard localStart < at, bytes[at - 1] != 0x2E else { return }
        var domainEnd = at + 1
        while domainEnd < bytes.count, Self.isDomainByte(bytes[domainEnd]) {
            domainEnd += 1
            if domainEnd - at > 254 { return }
        }
        while domainEnd > at + 1, bytes[domainEnd - 1] == 0x2E || bytes[domainEnd - 1] == 0x2D { domainEnd -= 1 }
        let domainBytes = UnsafeBufferPointer(rebasing: bytes[(at + 1)..<domainEnd])
        let labels = domainBytes.split(separator: 0x2E, omittingEmptySubsequences: false)
        guard labels.count >= 2 else { return }
        for label in labels {
            guard !label.isEmpty, label.count <= 63, label.first != 0x2D, label.last != 0x2D else { return }
        }
        let tld = labels[labels.count - 1]
        guard tld.count >= 2, tld.allSatisfy(Self.isASCIILetter) else { return }
        let tldText = String(decoding: tld, as: UTF8.self).lowercased()
        guard !Self.fileExtensions.contains(tldText) else { return }
        let address = String(decoding: UnsafeBufferPointer(rebasing: bytes[localStart..<domainEnd]), as: UTF8.self)
        if allowedEmails.contains(address.lowercased()) { return }
        let domain = String(decoding: domainBytes, as: UTF8.self)
        let first = String(decoding: [bytes[localStart]], as: UTF8.self)
        candidates.append(Candidate(kind: .emailAddress, start: localStart, end: domainEnd, echo: first + "***@" + domain))
    }

    // MARK: - Overlaps

    /// Candidates in order of their start; of overlapping ones, the highest priority, then the
    /// longest, then the first. Overlapping candidates form clusters; within a cluster the ranked
    /// candidates claim bytes, so the work stays linear even for a text of nothing but numbers.
    func resolved() -> [Candidate] {
        guard candidates.count > 1 else { return candidates }
        let sorted = candidates.sorted { ($0.start, $0.priority, $1.end) < ($1.start, $1.priority, $0.end) }
        var result: [Candidate] = []
        var cluster: [Candidate] = []
        var clusterStart = 0
        var clusterEnd = -1
        var claimed: [Bool] = []
        func flush() {
            guard cluster.count > 1 else {
                result.append(contentsOf: cluster)
                return
            }
            let ranked = cluster.sorted {
                ($0.priority, $1.end - $1.start, $0.start) < ($1.priority, $0.end - $0.start, $1.start)
            }
            claimed.removeAll(keepingCapacity: true)
            claimed.append(contentsOf: repeatElement(false, count: clusterEnd - clusterStart))
            var kept: [Candidate] = []
            for candidate in ranked {
                let range = (candidate.start - clusterStart)..<(candidate.end - clusterStart)
                guard !claimed[range].contains(true) else { continue }
                for index in range { claimed[index] = true }
                kept.append(candidate)
            }
            result.append(contentsOf: kept.sorted { $0.start < $1.start })
        }
        for candidate in sorted {
            if candidate.start >= clusterEnd {
                flush()
                cluster.removeAll(keepingCapacity: true)
                clusterStart = candidate.start
                clusterEnd = candidate.end
            } else {
                clusterEnd = max(clusterEnd, candidate.end)
            }
            cluster.append(candidate)
        }
        flush()
        return result
    }
}
