/// The arguments of a Hexo tag (`{% asset_img "a b.jpg" 会议现场 %}`) or a Hugo shortcode
/// (`{{< figure src="a.jpg" alt='会议现场' >}}`) as their generators split them: words separated by
/// spaces, `"…"`, `'…'` or `` `…` `` strings as one word, and `name=value` pairs.
struct TagArguments: Equatable {
    var positional: [String] = []
    var named: [String: String] = [:]

    init(positional: [String] = [], named: [String: String] = [:]) {
        self.positional = positional
        self.named = named
    }

    init(_ text: Substring) {
        var rest = text[...]
        while true {
            rest = rest.drop { $0 == " " || $0 == "\t" }
            guard !rest.isEmpty else { break }
            // name=value, where the name is a bare word.
            let word = rest.prefix { $0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" }
            if !word.isEmpty, rest.dropFirst(word.count).first == "=" {
                rest = rest.dropFirst(word.count + 1)
                named[String(word)] = Self.value(&rest)
            } else {
                positional.append(Self.value(&rest))
            }
        }
    }

    /// One word or quoted string at the start of `rest`, consumed.
    private static func value(_ rest: inout Substring) -> String {
        guard let quote = rest.first, quote == "\"" || quote == "'" || quote == "`" else {
            let word = rest.prefix { $0 != " " && $0 != "\t" }
            rest = rest.dropFirst(word.count)
            return String(word)
        }
        rest = rest.dropFirst()
        var text = ""
        while let character = rest.first {
            rest = rest.dropFirst()
            if character == quote { break }
            if character == "\\", quote == "\"", let next = rest.first {
                text.append(next)
                rest = rest.dropFirst()
            } else {
                text.append(character)
            }
        }
        return text
    }
}
