/// Where each cell of a roster row starts, as columns on the row's own line, in 24 bytes stored
/// inline: half a million households each kept a dictionary of full `SourceLocation`s before
/// (a heap allocation and a few hundred bytes per row), and a row's cells share its file and line
/// anyway (`CellLineBreakCheck` refuses a file with a line break in a cell).
///
/// A slot holds column + 1 (0: no cell of that column). A column that does not fit a slot
/// (65,535 or more) is not stored here: `Household` keeps such a location in full instead.
struct RosterCellColumns: Sendable, Hashable {
    /// Four 16-bit slots per word, by `RosterColumn.ordinal`.
    private var words: (UInt64, UInt64, UInt64) = (0, 0, 0)

    static let maximumColumn = Int(UInt16.max) - 1

    init() {}

    /// The three words as stored, for the load cache (`LoadMemory+Bytes`), and back.
    var packed: (UInt64, UInt64, UInt64) { words }
    init(packed: (UInt64, UInt64, UInt64)) { words = packed }

    /// The 1-based column of `column`'s cell, or nil when the row has none stored here.
    subscript(column: RosterColumn) -> Int? {
        get {
            let slot = Int(truncatingIfNeeded: (word(column.ordinal / 4) >> UInt64(column.ordinal % 4 * 16)) & 0xFFFF)
            return slot == 0 ? nil : slot - 1
        }
        set {
            let stored: UInt64
            if let newValue, newValue >= 0, newValue <= Self.maximumColumn {
                stored = UInt64(newValue + 1)
            } else {
                stored = 0
            }
            let shift = UInt64(column.ordinal % 4 * 16)
            let updated = word(column.ordinal / 4) & ~(0xFFFF << shift) | stored << shift
            switch column.ordinal / 4 {
            case 0: words.0 = updated
            case 1: words.1 = updated
            default: words.2 = updated
            }
        }
    }

    private func word(_ index: Int) -> UInt64 {
        switch index {
        case 0: words.0
        case 1: words.1
        default: words.2
        }
    }

    static func == (a: RosterCellColumns, b: RosterCellColumns) -> Bool {
        a.words.0 == b.words.0 && a.words.1 == b.words.1 && a.words.2 == b.words.2
    }

    func hash(into hasher: inout Hasher) {
        hasher.combine(words.0)
        hasher.combine(words.1)
        hasher.combine(words.2)
    }
}
