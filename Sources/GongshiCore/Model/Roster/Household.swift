/// 保障类别: the closed list of categories a roster may show.
public enum BenefitCategory: String, Sendable, Hashable, CaseIterable, Comparable {
    case urbanDibao = "城市低保"
    case ruralDibao = "农村低保"
    case urbanTekun = "城市特困"
    case ruralTekun = "农村特困"

    public var isTekun: Bool { self == .urbanTekun || self == .ruralTekun }

    /// The position in `allCases`: the order, and what hashing and comparing use (a
    /// `String`-backed enum otherwise hashes its Chinese raw value, normalised, every time).
    var ordinal: Int {
        switch self {
        case .urbanDibao: 0
        case .ruralDibao: 1
        case .urbanTekun: 2
        case .ruralTekun: 3
        }
    }

    /// The case at `ordinal` (0–3); `.urbanDibao` for any other number.
    init(ordinal: Int) {
        switch ordinal {
        case 1: self = .ruralDibao
        case 2: self = .urbanTekun
        case 3: self = .ruralTekun
        default: self = .urbanDibao
        }
    }

    public static func == (a: BenefitCategory, b: BenefitCategory) -> Bool { a.ordinal == b.ordinal }
    public func hash(into hasher: inout Hasher) { hasher.combine(ordinal) }

    public static func < (a: BenefitCategory, b: BenefitCategory) -> Bool { a.ordinal < b.ordinal }
}

/// One row of a roster: a household receiving benefits in a month. Only what may be public.
///
/// Half a million rows at city scale and eleven million at province scale are held at once, so
/// the stored form is compact (`MemoryLayout<Household>.stride` is pinned by `HouseholdLayoutTests`
/// at 112 bytes; it was 192): the numbers as 32-bit values, 起始月份 and 保障类别 packed in one
/// word, the row's column (always 1 for a loaded row) implied, and what most rows lack
/// (供养方式, 备注, cells elsewhere, a number too large for its 32 bits) in one shared side box,
/// `HouseholdExtra`. The public properties are those of the plain form, with the same values.
public struct Household: Sendable, Hashable {
    /// 记录编号: opaque, stable across months, never derived from an ID number.
    public var recordID: String
    /// 户主姓名, already masked (张*丰).
    public var headName: String
    /// The file of `location`.
    private let file: String
    public var village: RegionCode
    /// 月保障金额.
    public var amount: Fen
    /// Columns of the cells on the row's line (the usual case: every cell of a loaded row).
    private var cellColumns = RosterCellColumns()
    /// The line of `location`; `HouseholdExtra.wideMark`: in the side box.
    private let storedLine: Int32
    /// `persons`; `wideMark`: in the side box.
    private var storedPersons: Int32
    /// `householdSize`; `absentMark`: nil, `wideMark`: in the side box.
    private var storedHouseholdSize: Int32
    /// `category` and `startMonth` (`HouseholdExtra.MonthAndCategory`).
    private var storedMonthAndCategory: UInt32
    /// What most rows lack; nil when the row has none of it.
    private var extra: HouseholdExtra?

    /// 保障人数, at least 1.
    public var persons: Int {
        get { storedPersons == HouseholdExtra.wideMark ? extra?.fields.widePersons ?? 0 : Int(storedPersons) }
        set {
            let narrow = HouseholdExtra.narrow(newValue)
            storedPersons = narrow ?? HouseholdExtra.wideMark
            updateExtra { $0.widePersons = narrow == nil ? newValue : nil }
        }
    }

    /// 家庭人口, when given.
    public var householdSize: Int? {
        get {
            switch storedHouseholdSize {
            case HouseholdExtra.absentMark: nil
            case HouseholdExtra.wideMark: extra?.fields.wideHouseholdSize
            default: Int(storedHouseholdSize)
            }
        }
        set {
            let narrow = newValue.flatMap(HouseholdExtra.narrow)
            storedHouseholdSize = newValue == nil ? HouseholdExtra.absentMark : narrow ?? HouseholdExtra.wideMark
            updateExtra { $0.wideHouseholdSize = narrow == nil ? newValue : nil }
        }
    }

    public var category: BenefitCategory {
        get { HouseholdExtra.MonthAndCategory(storedMonthAndCategory).category }
        set { storedMonthAndCategory = HouseholdExtra.MonthAndCategory(storedMonthAndCategory).with(category: newValue).word }
    }

    /// 起始月份.
    public var startMonth: YearMonth? {
        get {
            let packed = HouseholdExtra.MonthAndCategory(storedMonthAndCategory)
            return packed.isWide ? extra?.fields.wideStartMonth : packed.month
        }
        set {
            let packed = HouseholdExtra.MonthAndCategory(storedMonthAndCategory).with(month: newValue)
            storedMonthAndCategory = packed.word
            updateExtra { $0.wideStartMonth = packed.isWide ? newValue : nil }
        }
    }

    /// 供养方式 (分散 / 集中), 特困 only.
    public var careMode: String? {
        get { extra?.fields.careMode }
        set { updateExtra { $0.careMode = newValue } }
    }

    /// 备注, from the closed list in site.yaml.
    public var note: String? {
        get { extra?.fields.note }
        set { updateExtra { $0.note = newValue } }
    }

    /// The row in its roster file (line of the row, column 1). Cell locations are kept relative
    /// to it, so it is set once, at creation.
    public var location: SourceLocation {
        SourceLocation(file: file, line: line, column: extra?.fields.column ?? 1)
    }

    /// `location.line`.
    private var line: Int { storedLine == HouseholdExtra.wideMark ? extra?.fields.wideLine ?? 0 : Int(storedLine) }

    /// Where each column of the row was, by canonical column name, for messages.
    public var cellLocations: [RosterColumn: SourceLocation] {
        get {
            var locations = extra?.fields.otherCellLocations ?? [:]
            for column in RosterColumn.allCases {
                if let at = cellColumns[column] { locations[column] = SourceLocation(file: file, line: line, column: at) }
            }
            return locations
        }
        set {
            cellColumns = RosterCellColumns()
            var others: [RosterColumn: SourceLocation] = [:]
            let line = self.line
            for (column, at) in newValue {
                if at.file == file, at.line == line, at.column >= 0, at.column <= RosterCellColumns.maximumColumn {
                    cellColumns[column] = at.column
                } else {
                    others[column] = at
                }
            }
            updateExtra { $0.otherCellLocations = others.isEmpty ? nil : others }
        }
    }

    public init(
        recordID: String, village: RegionCode, headName: String, persons: Int, householdSize: Int? = nil,
        category: BenefitCategory, careMode: String? = nil, amount: Fen, startMonth: YearMonth? = nil,
        note: String? = nil, location: SourceLocation, cellLocations: [RosterColumn: SourceLocation] = [:]
    ) {
        self.init(
            recordID: recordID, village: village, headName: headName, persons: persons, householdSize: householdSize,
            category: category, careMode: careMode, amount: amount, startMonth: startMonth, note: note,
            location: location, cellColumns: RosterCellColumns())
        if !cellLocations.isEmpty { self.cellLocations = cellLocations }
    }

    /// The roster loader's initialiser: cells at these columns of the row's line.
    init(
        recordID: String, village: RegionCode, headName: String, persons: Int, householdSize: Int?,
        category: BenefitCategory, careMode: String?, amount: Fen, startMonth: YearMonth?,
        note: String?, location: SourceLocation, cellColumns: RosterCellColumns
    ) {
        var unshared = HouseholdExtra.Shared(sharing: false)
        self.init(
            recordID: recordID, village: village, headName: headName, persons: persons, householdSize: householdSize,
            category: category, careMode: careMode, amount: amount, startMonth: startMonth, note: note,
            location: location, cellColumns: cellColumns, boxes: &unshared)
    }

    /// The roster loader's initialiser, its side box taken from `boxes` (shared with equal rows).
    init(
        recordID: String, village: RegionCode, headName: String, persons: Int, householdSize: Int?,
        category: BenefitCategory, careMode: String?, amount: Fen, startMonth: YearMonth?,
        note: String?, location: SourceLocation, cellColumns: RosterCellColumns, boxes: inout HouseholdExtra.Shared
    ) {
        self.recordID = recordID
        self.village = village
        self.headName = headName
        self.amount = amount
        self.file = location.file
        self.cellColumns = cellColumns
        var fields = HouseholdExtra.Fields(careMode: careMode, note: note)
        let line = HouseholdExtra.narrow(location.line)
        storedLine = line ?? HouseholdExtra.wideMark
        if line == nil { fields.wideLine = location.line }
        if location.column != 1 { fields.column = location.column }
        let narrowPersons = HouseholdExtra.narrow(persons)
        storedPersons = narrowPersons ?? HouseholdExtra.wideMark
        if narrowPersons == nil { fields.widePersons = persons }
        let narrowSize = householdSize.flatMap(HouseholdExtra.narrow)
        storedHouseholdSize = householdSize == nil ? HouseholdExtra.absentMark : narrowSize ?? HouseholdExtra.wideMark
        if narrowSize == nil { fields.wideHouseholdSize = householdSize }
        let packed = HouseholdExtra.MonthAndCategory(category: category, month: startMonth)
        storedMonthAndCategory = packed.word
        if packed.isWide { fields.wideStartMonth = startMonth }
        extra = fields.isEmpty ? nil : boxes.box(fields)
    }

    /// Changes the side box (a new one: boxes are shared between copies), dropping it when empty.
    private mutating func updateExtra(_ change: (inout HouseholdExtra.Fields) -> Void) {
        var fields = extra?.fields ?? HouseholdExtra.Fields()
        let before = fields
        change(&fields)
        guard fields != before else { return }
        extra = fields.isEmpty ? nil : HouseholdExtra(fields)
    }

    /// The packed cell columns of a row whose every cell is on its own line (every row the roster
    /// loader makes), for the load cache (`LoadMemory+Bytes`); nil when a cell is elsewhere.
    var cellColumnsOnRowLine: RosterCellColumns? { hasCellsOnRowLine ? cellColumns : nil }

    /// Whether every cell is on the row's own line (`cellColumnsOnRowLine` is not nil).
    var hasCellsOnRowLine: Bool { extra?.fields.otherCellLocations == nil }

    public func location(of column: RosterColumn) -> SourceLocation {
        if let at = cellColumns[column] { return SourceLocation(file: file, line: line, column: at) }
        return extra?.fields.otherCellLocations?[column] ?? location
    }

    public static func == (a: Household, b: Household) -> Bool {
        a.recordID == b.recordID && a.village == b.village && a.amount == b.amount && a.storedLine == b.storedLine
            && a.storedPersons == b.storedPersons && a.storedHouseholdSize == b.storedHouseholdSize
            && a.storedMonthAndCategory == b.storedMonthAndCategory && a.cellColumns == b.cellColumns
            && a.headName == b.headName && a.file == b.file && a.extra?.fields == b.extra?.fields
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(recordID)
        hasher.combine(village)
        hasher.combine(amount)
        hasher.combine(storedLine)
        hasher.combine(storedPersons)
        hasher.combine(storedHouseholdSize)
        hasher.combine(storedMonthAndCategory)
        hasher.combine(cellColumns)
        hasher.combine(headName)
        hasher.combine(file)
        hasher.combine(extra?.fields)
    }
}

extension Household: CustomReflectable {
    /// The stored fields, with the side box's values in place of the box: boxes are shared
    /// between rows (`HouseholdExtra.Shared`), so which box a row holds is no part of its value,
    /// and `dump` of equal rows must read the same however their boxes were shared.
    public var customMirror: Mirror {
        Mirror(self, children: [
            "recordID": recordID, "headName": headName, "file": file, "village": village, "amount": amount,
            "cellColumns": cellColumns, "storedLine": storedLine, "storedPersons": storedPersons,
            "storedHouseholdSize": storedHouseholdSize, "storedMonthAndCategory": storedMonthAndCategory,
            "extra": extra?.fields as Any,
        ], displayStyle: .struct)
    }

    /// The side box itself (for tests of its sharing).
    var sideBox: HouseholdExtra? { extra }
}

/// 户数 / 人数 / 金额合计, always computed by the generator.
public struct RosterTotals: Sendable, Hashable {
    public var households: Int
    public var persons: Int
    public var amount: Fen

    public init(households: Int = 0, persons: Int = 0, amount: Fen = .zero) {
        self.households = households
        self.persons = persons
        self.amount = amount
    }

    public init<S: Sequence>(_ households: S) where S.Element == Household {
        self.init()
        for household in households { add(household) }
    }

    public mutating func add(_ household: Household) {
        households += 1
        persons += household.persons
        amount += household.amount
    }

    public static func + (a: RosterTotals, b: RosterTotals) -> RosterTotals {
        RosterTotals(households: a.households + b.households, persons: a.persons + b.persons, amount: a.amount + b.amount)
    }
}
