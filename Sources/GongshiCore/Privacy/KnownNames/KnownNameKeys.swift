import Foundation

/// What of a full name is remembered: the character sequences (2–4 ideographs each) whose
/// appearance in a text means the name is shown unmasked.
///
/// The name is NFKC-normalised; whitespace and invisible characters (variation selectors,
/// zero-width characters) are dropped, as the privacy normaliser drops them from the texts it
/// judges. Then:
/// - a name without `·` of 2–4 ideographs is remembered whole (张三, 张三丰, 欧阳娜娜); longer or
///   shorter ones are not remembered (no window of a text could be compared with them);
/// - a name with `·` (买买提·艾力) is remembered by the characters on both sides of each `·`: the
///   last two of the unit before and the first two of the unit after (买提艾力; 阿·布 → 阿布).
///   The whole name without the dot (5 characters and more) does not fit a window, and a single
///   unit is never remembered: the first unit is what the masked form publishes (买买提·**), and a
///   later unit on its own is a common given name that other people's masked names begin with
///   (艾力·**). The characters around the `·` only appear together where the full name is written
///   (`·` is a gap to `KnownNames.matches`, so 买买提·艾力, 买买提艾力 and 买买提 艾力 all match);
/// - anything with a character other than ideographs (letters, digits, masks) is not a name
///   that can appear in CJK text as written, and is not remembered.
package enum KnownNameKeys {
    package static func keys(for fullName: String) -> [[Unicode.Scalar]] {
        var units: [[Unicode.Scalar]] = [[]]
        for scalar in fullName.precomposedStringWithCompatibilityMapping.unicodeScalars {
            if scalar.properties.isWhitespace || scalar.properties.isDefaultIgnorableCodePoint { continue }
            if NameScalars.isDot(scalar) {
                if units[units.count - 1].isEmpty { continue }
                units.append([])
                continue
            }
            guard NameScalars.isIdeograph(scalar) else { return [] }
            units[units.count - 1].append(scalar)
        }
        units.removeAll(where: \.isEmpty)
        if units.count == 1 {
            return (2...4).contains(units[0].count) ? units : []
        }
        var keys: [[Unicode.Scalar]] = []
        for index in units.indices.dropLast() {
            keys.append(Array(units[index].suffix(2)) + Array(units[index + 1].prefix(2)))
        }
        return keys
    }
}
