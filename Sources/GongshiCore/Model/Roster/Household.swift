/// 保障类别: the closed list of categories a roster may show.
public enum BenefitCategory: String, Sendable, Hashable, CaseIterable, Comparable {
    case urbanDibao = "城市低保"
    case ruralDibao = "农村低保"
    case urbanTekun = "城市特困"
    case ruralTekun = "农村特困"

    public var isTekun: Bool { self == .urbanTekun || self == .ruralTekun }

    /// The position in `allCases`: the order, and what hashing and comparing use (a
    /// `String`-backed enum otherwise hashes its Chinese raw value, normalised, every time).
    private var ordinal: Int {
        switch self {
        case .urbanDibao: 0
        case .ruralDibao: 1
        case .urbanTekun: 2
        case .ruralTekun: 3
        }
    }

    public static func == (a: BenefitCategory, b: BenefitCategory) -> Bool { a.ordinal == b.ordinal }
    public func hash(into hasher: inout Hasher) { hasher.combine(ordinal) }

    public static func < (a: BenefitCategory, b: BenefitCategory) -> Bool { a.ordinal < b.ordinal }
}

/// One row of a roster: a household receiving benefits in a month. Only what may be public.
public struct Household: Sendable, Hashable {
    /// 记录编号: opaque, stable across months, never derived from an ID number.
    public var recordID: String
    public var village: RegionCode
    /// 户主姓名, already masked (张*丰).
    public var headName: String
    /// 保障人数, at least 1.
    public var persons: Int
    /// 家庭人口, when given.
    public var householdSize: Int?
    public var category: BenefitCategory
    /// 供养方式 (分散 / 集中), 特困 only.
    public var careMode: String?
    /// 月保障金额.
    public var amount: Fen
    /// 起始月份.
    public var startMonth: YearMonth?
    /// 备注, from the closed list in site.yaml.
    public var note: String?
    /// The row in its roster file (line of the row, column 1). Cell locations are kept relative
    /// to it, so it is set once, at creation.
    public private(set) var location: SourceLocation
    /// Columns of the cells on the row's line (the usual case: every cell of a loaded row).
    private var cellColumns = RosterCellColumns()
    /// Cells given at another file or line, or at a column too large for `cellColumns`; nil for
    /// every row the roster loader makes.
    private var otherCellLocations: [RosterColumn: SourceLocation]?

    /// Where each column of the row was, by canonical column name, for messages.
    public var cellLocations: [RosterColumn: SourceLocation] {
        get {
            var locations = otherCellLocations ?? [:]
            for column in RosterColumn.allCases {
                if let at = cellColumns[column] { locations[column] = location.with(line: location.line, column: at) }
            }
            return locations
        }
        set {
            cellColumns = RosterCellColumns()
            otherCellLocations = nil
            for (column, at) in newValue { setLocation(at, of: column) }
        }
    }

    public init(
        recordID: String, village: RegionCode, headName: String, persons: Int, householdSize: Int? = nil,
        category: BenefitCategory, careMode: String? = nil, amount: Fen, startMonth: YearMonth? = nil,
        note: String? = nil, location: SourceLocation, cellLocations: [RosterColumn: SourceLocation] = [:]
    ) {
        self.recordID = recordID
        self.village = village
        self.headName = headName
        self.persons = persons
        self.householdSize = householdSize
        self.category = category
        self.careMode = careMode
        self.amount = amount
        self.startMonth = startMonth
        self.note = note
        self.location = location
        self.cellLocations = cellLocations
    }

    /// The roster loader's initialiser: cells at these columns of the row's line.
    init(
        recordID: String, village: RegionCode, headName: String, persons: Int, householdSize: Int?,
        category: BenefitCategory, careMode: String?, amount: Fen, startMonth: YearMonth?,
        note: String?, location: SourceLocation, cellColumns: RosterCellColumns
    ) {
        self.recordID = recordID
        self.village = village
        self.headName = headName
        self.persons = persons
        self.householdSize = householdSize
        self.category = category
        self.careMode = careMode
        self.amount = amount
        self.startMonth = startMonth
        self.note = note
        self.location = location
        self.cellColumns = cellColumns
    }

    private mutating func setLocation(_ at: SourceLocation, of column: RosterColumn) {
        if at.file == location.file, at.line == location.line, at.column >= 0, at.column <= RosterCellColumns.maximumColumn {
            cellColumns[column] = at.column
        } else {
            otherCellLocations = otherCellLocations ?? [:]
            otherCellLocations?[column] = at
        }
    }

    /// The packed cell columns of a row whose every cell is on its own line (every row the roster
    /// loader makes), for the load cache (`LoadMemory+Bytes`); nil when a cell is elsewhere.
    var cellColumnsOnRowLine: RosterCellColumns? { otherCellLocations == nil ? cellColumns : nil }

    /// Whether every cell is on the row's own line (`cellColumnsOnRowLine` is not nil).
    var hasCellsOnRowLine: Bool { otherCellLocations == nil }

    public func location(of column: RosterColumn) -> SourceLocation {
        if let at = cellColumns[column] { return location.with(line: location.line, column: at) }
        return otherCellLocations?[column] ?? location
    }
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
