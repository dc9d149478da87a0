/// A Hexo tag (`{% name args %}`) or Hugo shortcode (`{{< name args >}}`, `{{% name args %}}`,
/// closing `{{< /name >}}`) at the start of a text, closed on the same line.
struct InlineTag {
    let name: String
    let hugo: Bool
    let closing: Bool
    let arguments: TagArguments
    /// Characters from the opening `{` to the closing `}`.
    let length: Int

    /// What converting it is called in the import's report.
    var label: String { (hugo ? "{{< \(name) >}}" : "{% \(name) %}") + " 改为 Markdown" }

    init?(_ text: Substring) {
        let opener: String
        let closer: String
        if text.hasPrefix("{{<") {
            (opener, closer) = ("{{<", ">}}")
        } else if text.hasPrefix("{{%") {
            (opener, closer) = ("{{%", "%}}")
        } else if text.hasPrefix("{%") {
            (opener, closer) = ("{%", "%}")
        } else {
            return nil
        }
        guard let end = text.range(of: closer, range: text.index(text.startIndex, offsetBy: opener.count)..<text.endIndex) else {
            return nil
        }
        var inside = text[text.index(text.startIndex, offsetBy: opener.count)..<end.lowerBound]
        // Whitespace-trimming markers: `{%- … -%}`, `{{<- … ->}}`.
        inside = inside.drop { $0 == "-" || $0 == " " }
        while inside.last == "-" || inside.last == " " { inside = inside.dropLast() }
        closing = inside.first == "/"
        if closing { inside = inside.dropFirst().drop { $0 == " " } }
        let word = inside.prefix { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_" || $0 == "-") }
        guard !word.isEmpty else { return nil }
        name = String(word)
        hugo = opener != "{%"
        arguments = TagArguments(inside.dropFirst(word.count))
        length = text[text.startIndex..<end.upperBound].count
    }
}
