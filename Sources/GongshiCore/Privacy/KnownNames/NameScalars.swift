/// Which scalars a known name is made of, and which ones may stand between its characters in a
/// text without hiding it from a reader. Shared by what `gongshi import` hashes and what
/// `KnownNames.matches` looks for, so the two always agree.
package enum NameScalars {
    /// A CJK unified or compatibility ideograph (BMP, Extension A and the supplementary blocks
    /// B to I). A range test: it runs for every scalar of every published text.
    @inline(__always)
    package static func isIdeograph(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x3400 { return false }
        if value <= 0x4DBF { return true }
        if value < 0x4E00 { return false }
        if value <= 0x9FFF { return true }
        if value < 0xF900 { return false }
        if value <= 0xFAFF { return true }
        return value >= 0x20000 && value <= 0x323AF
    }

    /// What may sit between two characters of a name that a reader still reads as one name: a
    /// space or line break (张　三 padded to the width of three-character names, a hard-wrapped
    /// paragraph, two adjacent table cells: `ReaderText.boundary` is LINE FEED), the `·` of
    /// minority names and what is typed for it (`•` `・` `‧` `･` `.`), and the separators `-`
    /// `_` `/`. A wall (`ReaderText.wall`) and any other character end a name.
    @inline(__always)
    package static func isGap(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A, 0x0D, 0x20, 0x2D, 0x2E, 0x2F, 0x5F: return true  // tab, LF, CR, space, - . / _
        case 0xA0, 0xB7, 0x2022, 0x2027, 0x3000, 0x30FB, 0xFF65: return true  // NBSP · • ‧ ideographic space ・ ･
        default: return false
        }
    }

    /// At most this many gap scalars in a row between two characters of one name.
    package static let maxGap = 3

    /// A `·` of a minority name or a variant of it (after NFKC, which maps `･` to `・` and `．` to `.`).
    package static func isDot(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x2E, 0xB7, 0x2022, 0x2027, 0x30FB, 0xFF0E, 0xFF65: return true
        default: return false
        }
    }
}
