/// E-mail addresses, also as people write them to dodge harvesters: full-width `＠` and `。`
/// (already `@` and `.` after normalising), `[at]`/`(at)`/`{at}`, `艾特`, `#` or ` at ` before a
/// common mail domain, and `[dot]`/`(dot)`/`点` between domain labels. `privacy.allowed_emails` pass.
struct EmailRule: TextPrivacyRule {
    static let needs: NormalizedText.Features = .mailMarker

    /// File extensions that follow `@` in asset names (`logo@2x.png`), never top-level domains.
    static let fileExtensions: Set<String> = [
        "png", "jpg", "jpeg", "gif", "svg", "webp", "avif", "ico", "bmp", "tif", "tiff",
        "css", "js", "mjs", "json", "map", "html", "htm", "xml", "txt", "pdf", "woff", "woff2", "ttf", "otf",
        "md", "yaml", "yml", "csv", "doc", "docx", "xls", "xlsx", "zip",
    ]
    /// Domains a `#` may stand in front of (`zhang#qq.com`): a `#` elsewhere is a URL fragment.
    static let hashTopLevelDomains: Set<String> = ["com", "cn", "net", "org", "edu", "gov"]

    func findings(in text: NormalizedText, context: PrivacyContext, into findings: inout [RuleFinding]) {
        // The common case costs one pass: only a text where `find` met an escape is read again.
        let before = findings.count
        guard find(in: text.scalars, context: context, into: &findings),
              let (unescaped, origins) = Self.withoutMarkdownEscapes(text.scalars)
        else { return }
        findings.removeSubrange(before...)
        var found: [RuleFinding] = []
        find(in: unescaped, context: context, into: &found)
        for finding in found {
            let range = origins[finding.range.lowerBound]..<(origins[finding.range.upperBound - 1] + 1)
            findings.append(RuleFinding(finding.kind, range, echo: finding.echo))
        }
    }

    /// The text without the backslashes of Markdown escapes that a raw HTML block keeps as
    /// written (`chenjing\_30\[at\]e`, `qq\[dot\]com`: a reader skips them), and for each
    /// scalar left its index in `scalars`; nil when there is no such backslash.
    static func withoutMarkdownEscapes(_ scalars: [Unicode.Scalar]) -> ([Unicode.Scalar], [Int])? {
        func isEscape(_ k: Int) -> Bool {
            scalars[k] == "\\" && k + 1 < scalars.count && isEscapable(scalars[k + 1])
        }
        guard let first = scalars.indices.first(where: isEscape) else { return nil }
        var kept = Array(scalars[..<first])
        var origins = Array(0..<first)
        kept.reserveCapacity(scalars.count)
        origins.reserveCapacity(scalars.count)
        for k in first..<scalars.count where !isEscape(k) {
            kept.append(scalars[k])
            origins.append(k)
        }
        return (kept, origins)
    }

    /// The addresses in `s`; returns whether a backslash stands before ASCII punctuation (a
    /// Markdown escape that `withoutMarkdownEscapes` takes out).
    @discardableResult
    private func find(in s: [Unicode.Scalar], context: PrivacyContext, into findings: inout [RuleFinding]) -> Bool {
        let n = s.count
        var i = 0
        var sawEscape = false
        while i < n {
            let scalar = s[i]
            var markerEnd: Int?
            var strict = false
            switch scalar {
            case "\\":
                if i + 1 < n, Self.isEscapable(s[i + 1]) { sawEscape = true }
            case "@":
                markerEnd = i + 1
            case "#":
                markerEnd = i + 1
                strict = true
            case "(":
                if let end = Self.word(s, i + 1, "at") {
                    var close = end
                    if close < n, s[close] == "\\" { close += 1 }
                    if close < n, s[close] == ")" { markerEnd = close + 1 }
                }
            case "艾":
                if i + 1 < n, s[i + 1] == "特" { markerEnd = i + 2 }
            case " ":
                // ` at ` between a local part and a mail domain (`zhang at sina.com`), or with
                // the space after it lost before a digit (`zhang at163.com`).
                if let end = Self.word(s, i + 1, "at"), end < n, s[end] == " " || Self.isDigit(s[end]),
                   i > 0, Self.isLocal(s[i - 1]) {
                    markerEnd = end
                    strict = true
                }
            case "a", "A":
                // `at` glued to a local part that ends in a digit or `_`, with or without the space
                // after it (`zhang5897at 163.com`, `zhaoliu_8699atsina.com`: CSS escapes swallowed
                // the spaces), which no English word does; the domain must still end in a mail TLD.
                if i > 0, Self.isDigit(s[i - 1]) || s[i - 1] == "_", i + 2 < n, s[i + 1].value | 0x20 == 0x74,
                   s[i + 2] == " " || Self.isLabel(s[i + 2]) {
                    markerEnd = i + 2
                    strict = true
                }
            default:
                break
            }
            if let end = markerEnd,
               let found = address(s, marker: i, after: end, strict: strict, wrapped: false, context: context)
                ?? address(s, marker: i, after: end, strict: strict, wrapped: true, context: context) {
                findings.append(found)
                i = found.range.upperBound
                continue
            }
            i += 1
        }
        return sawEscape
    }

    /// Index after `word` (ASCII, case-insensitive) when it starts at `i`; one space or line
    /// break may stand inside it (`[a⏎t]` wrapped in a text file).
    static func word(_ s: [Unicode.Scalar], _ i: Int, _ word: String) -> Int? {
        var j = i
        var gapUsed = false
        for (offset, letter) in word.unicodeScalars.enumerated() {
            if offset > 0, !gapUsed, j < s.count, s[j] == " " || s[j] == "\n" {
                gapUsed = true
                j += 1
            }
            guard j < s.count, s[j].value | 0x20 == letter.value else { return nil }
            j += 1
        }
        return j
    }

    static func isDigit(_ scalar: Unicode.Scalar) -> Bool { scalar.value &- 0x30 < 10 }

    /// What a Markdown backslash escapes (CommonMark: ASCII punctuation).
    static func isEscapable(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        return value > 0x20 && value < 0x7F && !isLabel(scalar)
    }

    static func isLocal(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        return v &- 0x30 < 10 || (v | 0x20) &- 0x61 < 26 || v == 0x2E || v == 0x5F || v == 0x25 || v == 0x2B || v == 0x2D
    }

    /// Whether a `.` follows after label characters only (the rest of a wrapped domain).
    static func hasDotAhead(_ s: [Unicode.Scalar], from start: Int) -> Bool {
        var k = start
        while k < s.count, k - start < 64, isLabel(s[k]) { k += 1 }
        if k + 1 < s.count, s[k] == ".", isLabel(s[k + 1]) { return true }
        return k < s.count && s[k] == "(" && word(s, k + 1, "dot") != nil
    }

    /// What may stand between the parts of an address a reader still reads as one.
    static func isSoftGap(_ scalar: Unicode.Scalar) -> Bool { scalar == " " || scalar == "\n" || scalar == "\\" }

    static func isLabel(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        return v &- 0x30 < 10 || (v | 0x20) &- 0x61 < 26 || v == 0x2D
    }

    private func address(
        _ s: [Unicode.Scalar], marker: Int, after: Int, strict: Bool, wrapped: Bool, context: PrivacyContext
    ) -> RuleFinding? {
        // Local part, right before the marker (a space, a break or a Markdown escape's `\`
        // allowed between: `zhang\[at\]` shows as written in raw HTML).
        var localEnd = marker
        while localEnd > 0, marker - localEnd < 2, Self.isSoftGap(s[localEnd - 1]) { localEnd -= 1 }
        var localStart = localEnd
        // `*` inside counts as nothing: Markdown emphasis left as written (`zhang**3@qq.c**om`).
        while localStart > 0, Self.isLocal(s[localStart - 1]) || s[localStart - 1] == "*", localEnd - localStart < 64 {
            localStart -= 1
        }
        while localStart < localEnd, s[localStart] == "*" { localStart += 1 }
        while localStart < localEnd, s[localStart] == "." || s[localStart] == "-" { localStart += 1 }
        guard localStart < localEnd else { return nil }
        // Domain labels, separated by `.`, `(dot)`, ` dot ` or `点`.
        var j = after
        while j < s.count, j - after < 2, Self.isSoftGap(s[j]) { j += 1 }
        var labels: [String] = []
        var end = j
        var joinedOverBreak = false
        while j < s.count, labels.count < 10 {
            var label = ""
            while j < s.count, Self.isLabel(s[j]) || (s[j] == "*" && !label.isEmpty), label.unicodeScalars.count < 63 {
                if s[j] != "*" { label.unicodeScalars.append(s[j]) }
                j += 1
                // A domain hard-wrapped once inside a label (`exam⏎ple.com`, `qq.co⏎m`) is one
                // label to a reader who copies it: tried when the address does not stand unwrapped.
                if wrapped, !joinedOverBreak, j + 1 < s.count, s[j] == " " || s[j] == "\n",
                   Self.isLabel(s[j + 1]), !labels.isEmpty || Self.hasDotAhead(s, from: j + 1) {
                    joinedOverBreak = true
                    j += 1
                }
            }
            guard !label.isEmpty else { break }
            labels.append(label)
            end = j
            if j < s.count, s[j] == "." {
                j += 1
            } else if j < s.count, s[j] == "点" {
                j += 1
            } else if j < s.count, s[j] == "(", let close = Self.word(s, j + 1, "dot"), close < s.count, s[close] == ")" {
                j = close + 1
            } else if j < s.count, s[j] == " ", let close = Self.word(s, j + 1, "dot"), close < s.count, s[close] == " " {
                j = close + 1
            } else {
                break
            }
        }
        guard labels.count >= 2, let tld = labels.last?.lowercased(),
              tld.count >= 2, tld.unicodeScalars.allSatisfy({ ($0.value | 0x20) &- 0x61 < 26 }),
              !Self.fileExtensions.contains(tld)
        else { return nil }
        if strict, !Self.hashTopLevelDomains.contains(tld) { return nil }
        var local = ""
        local.unicodeScalars.append(contentsOf: s[localStart..<localEnd].filter { $0 != "*" })
        let domain = labels.joined(separator: ".")
        if context.allowedEmails.contains((local + "@" + domain).lowercased()) { return nil }
        return RuleFinding(.emailAddress, localStart..<end, echo: String(local.prefix(1)) + "***@" + domain)
    }
}
