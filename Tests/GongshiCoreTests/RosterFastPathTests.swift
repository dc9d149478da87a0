import Testing
@testable import GongshiCore

/// The load, audit and plan stages read half a million roster rows through fast paths (scalars
/// instead of Characters, indexes instead of copies, compact cell locations). Each fast path
/// must give exactly what the general code gives: these tests compare the two on many texts.
@Suite("RosterFastPaths")
struct RosterFastPathTests {
    /// A small deterministic generator (xorshift), so failures reproduce.
    struct Generator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state ^= state << 13
            state ^= state >> 7
            state ^= state << 17
            return state
        }
        mutating func pick<T>(_ items: [T]) -> T { items[Int(next() % UInt64(items.count))] }
    }

    /// Characters cells are made of, including ones outside the fast paths' ranges (combining
    /// marks, compatibility ideographs, CR, emoji with ZWJ, the Greek ano teleia that equals `·`).
    static let alphabet: [String] = [
        "张", "王", "*", "＊", "×", "某", "·", "•", "・", "．", "‧", "･", ".", " ", "\u{3000}", "\t",
        "欧", "阳", "娜", "三", "丰", "精", "神", "病", "残", "疾", "号", "楼", "单", "元", "室", "门", "牌",
        "栋", "幢", "弄", "3", "１", "二", "H", "h", "I", "i", "V", "v", "X", "a", "艾", "滋", "聋", "哑",
        "\u{0301}", "\u{F9B4}", "\u{2F800}", "\u{0387}", "\r", "👨\u{200D}👩", "\u{FE00}", "İ", "\u{302A}", "〇",
    ]

    static func samples(count: Int, seed: UInt64) -> [String] {
        var generator = Generator(state: seed)
        return (0..<count).map { _ in
            let length = Int(generator.next() % 9)
            return (0..<length).map { _ in generator.pick(alphabet) }.joined()
        }
    }

    @Test func cellWordsReadScalarsAsCharacters() {
        var checked = 0
        for text in Self.samples(count: 40_000, seed: 0x9E37_79B9_7F4A_7C15)
        where text.unicodeScalars.allSatisfy(RosterCellWords.isWholeCharacter) {
            let scalars = RosterCellWords.ScalarWords.findings(in: Array(text.unicodeScalars))
            let characters = RosterCellWords.findings(characters: text)
            #expect(scalars == characters, "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
            checked += 1
        }
        #expect(checked > 1_000)
    }

    @Test func nameMaskingReadsScalarsAsCharacters() {
        var checked = 0
        for text in Self.samples(count: 40_000, seed: 0x2545_F491_4F6C_DD1D)
        where text.unicodeScalars.allSatisfy(NameMasking.isWholeNameCharacter) {
            #expect(NameMasking.isCorrectlyMasked(scalars: text.unicodeScalars) == NameMasking.isCorrectlyMasked(characters: text),
                    "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
            checked += 1
        }
        #expect(checked > 1_000)
        for name in ["张*丰", "欧阳*娜", "张三*", "买买提·**", "张三丰·*", "张某某", "司马**", "张 * 丰"] {
            #expect(NameMasking.isCorrectlyMasked(name) == NameMasking.isCorrectlyMasked(characters: name))
        }
    }

    @Test func canonicallyPlainTextsCompareByBytes() {
        #expect(RosterValueKind.sameText("分散", "分散"))
        #expect(!RosterValueKind.sameText("分散", "集中"))
        // A compatibility ideograph is canonically equivalent to the unified one: String `==` says so.
        #expect(RosterValueKind.sameText("\u{F9B4}", "\u{6A02}") == ("\u{F9B4}" == "\u{6A02}"))
        #expect(RosterValueKind.sameText("e\u{0301}", "\u{00E9}"))
        #expect(RosterValueKind.category.parse("农村特困")?.category == .ruralTekun)
        #expect(RosterValueKind.category.parse("农村特困 ")?.category == nil)
    }

    @Test func normalizerFastPathsMapAsMapDoes() {
        var normalizer = PrivacyNormalizer()
        for value in UInt32(0)..<0x80 {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let fast = PrivacyNormalizer.mapASCII(scalar)
            switch normalizer.map(scalar) {
            case .drop: #expect(!fast.isSeparator && fast.scalar.value == 0, "\(value)")
            case .separator(let mapped): #expect(fast.isSeparator && fast.scalar == mapped, "\(value)")
            case .scalar(let mapped): #expect(!fast.isSeparator && fast.scalar == mapped && mapped.value != 0, "\(value)")
            case .wall, .scalars: Issue.record("ASCII \(value) has no fast answer")
            }
        }
        for value in Array(UInt32(0x3400)...0x4DBF) + Array(UInt32(0x4E00)...0x9FFF) {
            guard let scalar = Unicode.Scalar(value) else { continue }
            guard case .scalar(let mapped) = normalizer.map(scalar), mapped == scalar else {
                Issue.record("CJK \(String(value, radix: 16)) is not kept as written")
                return
            }
        }
    }

    @Test func regionCodesAreArithmetic() throws {
        let village = try #require(RegionCode("410829101201"))
        #expect(village.digits == "410829101201")
        #expect(village.level == .village)
        #expect(village.ancestor(at: .township).digits == "410829101000")
        #expect(village.ancestor(at: .county).digits == "410829000000")
        #expect(village.ancestor(at: .city).digits == "410800000000")
        #expect(village.ancestor(at: .province).digits == "410000000000")
        #expect(village.parent?.digits == "410829101000")
        let first = try #require(RegionCode("000000000001"))
        #expect(first.digits == "000000000001" && first.level == .village)
        #expect(try #require(RegionCode("000000000000")).level == .province)
        #expect(try #require(RegionCode("999999999999")).digits == "999999999999")
        #expect(RegionCode("41082910120") == nil && RegionCode("41082910120a") == nil && RegionCode("４10829101201") == nil)
        #expect(try #require(RegionCode("410829101000")) < village)
    }

    @Test func householdsKeepEveryCellLocation() throws {
        let village = try #require(RegionCode("410829101201"))
        let row = SourceLocation(file: "content/rosters/2026-11/a.csv", line: 7, column: 1)
        let cells: [RosterColumn: SourceLocation] = [
            .recordID: row.with(line: 7, column: 1),
            .headName: row.with(line: 7, column: 10),
            .note: SourceLocation(file: "other.csv", line: 7, column: 3),  // another file
            .amount: row.with(line: 8, column: 2),  // another line
            .persons: row.with(line: 7, column: 70_000),  // beyond a compact slot
            .category: row.with(line: 7, column: 0),
        ]
        let household = Household(
            recordID: "R1", village: village, headName: "张*丰", persons: 1, category: .ruralDibao,
            amount: Fen(value: 100), location: row, cellLocations: cells)
        #expect(household.cellLocations == cells)
        for column in RosterColumn.allCases {
            #expect(household.location(of: column) == (cells[column] ?? row))
        }
        var changed = household
        changed.cellLocations = [.note: row.with(line: 7, column: 5)]
        #expect(changed.location(of: .note) == row.with(line: 7, column: 5))
        #expect(changed.location(of: .headName) == row)
        #expect(changed != household)
        changed.cellLocations = cells
        #expect(changed == household && changed.hashValue == household.hashValue)
    }

    /// The changes between months by the definition: by 记录编号, rows in roster order; 停保 is
    /// every previous row whose 记录编号 is gone (repeated ones included).
    @Test func changesMatchTheirDefinition() throws {
        let village = try #require(RegionCode("410829101201"))
        let other = try #require(RegionCode("410829101202"))
        func row(_ id: String, _ amount: Int64, _ persons: Int = 1, in code: RegionCode? = nil, line: Int) -> Household {
            Household(recordID: id, village: code ?? village, headName: "张*", persons: persons, category: .ruralDibao,
                      amount: Fen(value: amount), location: SourceLocation(file: "a.csv", line: line))
        }
        let previous = [row("A", 1, line: 2), row("B", 2, line: 3), row("C", 3, line: 4), row("B", 5, line: 5),
                        row("D", 4, line: 6), row("E", 4, line: 7), row("E", 9, line: 8)]
        let current = [row("A", 1, line: 2), row("B", 2, line: 3), row("C", 3, 2, line: 4), row("D", 4, in: other, line: 5),
                       row("F", 7, line: 6), row("F", 8, line: 7)]
        let changes = RosterChanges.between(previous: previous, current: current)
        var last: [String: Household] = [:]
        for household in previous { last[household.recordID] = household }
        let ids = Set(current.map(\.recordID))
        #expect(changes.added == current.filter { last[$0.recordID] == nil })
        #expect(changes.stopped == previous.filter { !ids.contains($0.recordID) })
        #expect(changes.adjusted.map(\.after.recordID) == ["B", "C", "D"])  // B: the last previous B (5)
        #expect(changes.adjusted.first?.before.location.line == 5)
        #expect(RosterChanges.between(previous: nil, current: current) == RosterChanges())
    }
}
