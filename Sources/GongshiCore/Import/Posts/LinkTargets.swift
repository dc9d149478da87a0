/// The link targets of one line of Markdown, each given to a function that may replace it:
/// inline links and images `[…](target)` / `[…](<target>)`, reference definitions
/// `[label]: target`, and raw HTML `src="…"` / `href="…"`. Text in code spans is left alone.
enum LinkTargets {
    static func rewrite(_ line: String, _ replace: (String) -> String?) -> String {
        guard line.contains("](") || line.contains("]:") || line.contains("src=") || line.contains("href=") else { return line }
        var out = ""
        var rest = line[...]
        var inCode = false
        // A reference definition: the whole line is `[label]: target …`.
        let trimmed = line.drop { $0 == " " }
        if line.count - trimmed.count <= 3, trimmed.first == "[", let close = trimmed.range(of: "]: ") {
            let prefix = line[..<close.upperBound]
            let after = line[close.upperBound...].drop { $0 == " " }
            let target = after.prefix { $0 != " " }
            let spaces = line[close.upperBound...].prefix { $0 == " " }
            let new = replace(String(target.hasPrefix("<") && target.hasSuffix(">") ? target.dropFirst().dropLast() : target))
            if let new { return String(prefix) + spaces + new + after.dropFirst(target.count) }
            return line
        }
        while let first = rest.first {
            if first == "`" { inCode.toggle() }
            if !inCode, rest.hasPrefix("](") {
                out += "]("
                rest = rest.dropFirst(2)
                let angled = rest.first == "<"
                let target = angled ? rest.dropFirst().prefix { $0 != ">" } : Self.bareTarget(rest)
                let consumed = target.count + (angled ? 2 : 0)
                if let new = replace(String(target)) {
                    out += angled || new.contains(" ") ? "<\(new)>" : new
                } else {
                    out += rest.prefix(consumed)
                }
                rest = rest.dropFirst(consumed)
                continue
            }
            if !inCode, first == "s" || first == "S" || first == "h" || first == "H",
               let attribute = ["src=", "href="].first(where: { rest.prefix(5).lowercased().hasPrefix($0) }),
               out.last.map({ $0 == " " || $0 == "\t" }) ?? false {
                out += rest.prefix(attribute.count)
                rest = rest.dropFirst(attribute.count)
                if let quote = rest.first, quote == "\"" || quote == "'" {
                    let target = rest.dropFirst().prefix { $0 != quote }
                    out.append(quote)
                    out += replace(String(target)) ?? String(target)
                    rest = rest.dropFirst(target.count + 1)
                }
                continue
            }
            out.append(first)
            rest = rest.dropFirst()
        }
        return out
    }

    /// A target without `<…>`: up to a space or the `)` that closes the link (balanced parentheses inside).
    private static func bareTarget(_ text: Substring) -> Substring {
        var depth = 0
        var end = text.startIndex
        while end < text.endIndex {
            let character = text[end]
            if character == " " || character == "\t" { break }
            if character == "(" { depth += 1 }
            if character == ")" {
                if depth == 0 { break }
                depth -= 1
            }
            end = text.index(after: end)
        }
        return text[..<end]
    }
}
