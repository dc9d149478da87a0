/// Whether a text mentions a masked name (`张*丰`, `李*`, `欧阳**`, `王＊`, `赵×明`): a mask
/// character right after a Chinese character. Used where a text outlives the names it could
/// mention (a correction's reason); `某` is left alone, as 某户 and 某村 are ordinary words.
package enum MaskedNameMentions {
    static let maskCharacters: Set<Character> = ["*", "＊", "×", "✱", "∗", "⁎", "﹡"]

    package static func found(in text: String) -> Bool {
        var previous: Character?
        for character in text {
            if maskCharacters.contains(character), let previous,
               previous.unicodeScalars.first.map(NameMasking.isIdeographic) == true {
                return true
            }
            previous = character
        }
        return false
    }
}
