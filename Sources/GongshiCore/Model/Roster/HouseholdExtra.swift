/// What few roster rows have, kept out of `Household`'s inline storage so that the many rows
/// without it stay small: 供养方式 (特困 only), 备注, cells given at another file or line, a
/// row location whose column is not 1, and numbers too large for `Household`'s 32-bit fields.
/// Immutable and shared between copies of a household; a change makes a new box.
final class HouseholdExtra: Sendable {
    /// The side box's values; nil where the row has nothing here.
    struct Fields: Sendable, Hashable {
        var careMode: String?
        var note: String?
        var otherCellLocations: [RosterColumn: SourceLocation]?
        /// `location.column`, when it is not 1.
        var column: Int?
        /// `location.line`, when it does not fit (the inline field holds `wideMark`).
        var wideLine: Int?
        var widePersons: Int?
        var wideHouseholdSize: Int?
        var wideStartMonth: YearMonth?

        var isEmpty: Bool { self == Fields() }
    }

    let fields: Fields

    init(_ fields: Fields) {
        self.fields = fields
    }

    /// Side boxes shared between the rows of a load. The usual box holds only 供养方式 and 备注,
    /// whose values come from short closed lists, so a quarter of the rows (every 特困 row, every
    /// row with a 备注) would otherwise each carry an equal box of their own: about 90 bytes a
    /// row, 250 MB at province scale. Boxes are immutable, so rows may share one.
    struct Shared: Sendable {
        private var boxes: [Fields: HouseholdExtra] = [:]
        /// False: every box is new (a caller with no table to keep).
        private let sharing: Bool
        /// More distinct boxes than this are not kept (notes outside the closed list, say).
        static let limit = 256

        init(sharing: Bool = true) {
            self.sharing = sharing
        }

        /// A box holding `fields`: the one made before for equal fields when they are only
        /// 供养方式 and 备注, else a new one.
        mutating func box(_ fields: Fields) -> HouseholdExtra {
            guard sharing, Fields(careMode: fields.careMode, note: fields.note) == fields else { return HouseholdExtra(fields) }
            if let box = boxes[fields] { return box }
            let box = HouseholdExtra(fields)
            if boxes.count < Self.limit { boxes[fields] = box }
            return box
        }
    }

    /// An inline 32-bit number that means "the value is in the side box".
    static let wideMark = Int32.min
    /// An inline 32-bit number that means "no value" (`householdSize` only).
    static let absentMark = Int32.min + 1

    /// `value` as 32 bits, unless it does not fit or collides with a mark.
    static func narrow(_ value: Int) -> Int32? {
        guard let narrow = Int32(exactly: value), narrow > absentMark else { return nil }
        return narrow
    }

    /// 保障类别 and 起始月份 in one word: bits 0–3 the category's position in `allCases`, bits 4–7
    /// the month (0: no 起始月份, 15: in the side box), bits 8–31 the year.
    struct MonthAndCategory {
        let word: UInt32

        private static let wideMonth: UInt32 = 15

        init(_ word: UInt32) {
            self.word = word
        }

        init(category: BenefitCategory, month: YearMonth?) {
            self = MonthAndCategory(Self.categoryBits(category)).with(month: month)
        }

        var category: BenefitCategory { BenefitCategory(ordinal: Int(word & 0xF)) }

        /// Whether the month is kept in the side box.
        var isWide: Bool { (word >> 4) & 0xF == Self.wideMonth }

        /// The month, when it is stored here (not when `isWide`).
        var month: YearMonth? {
            let number = Int((word >> 4) & 0xF)
            guard number >= 1, number <= 12 else { return nil }
            return YearMonth(year: Int(word >> 8), month: number)
        }

        func with(category: BenefitCategory) -> MonthAndCategory {
            MonthAndCategory(word & ~0xF | Self.categoryBits(category))
        }

        /// The word with `month` stored, or marked as in the side box when it does not fit
        /// (a year `YearMonth(year:month:)` would refuse, or one beyond 24 bits).
        func with(month: YearMonth?) -> MonthAndCategory {
            let kept = word & 0xF
            guard let month else { return MonthAndCategory(kept) }
            guard YearMonth(year: month.year, month: month.month) == month, month.year < 1 << 24 else {
                return MonthAndCategory(kept | Self.wideMonth << 4)
            }
            return MonthAndCategory(kept | UInt32(month.month) << 4 | UInt32(month.year) << 8)
        }

        private static func categoryBits(_ category: BenefitCategory) -> UInt32 { UInt32(category.ordinal) }
    }
}
