import Foundation
import Testing
@testable import GongshiCore

/// `RosterColumnSpec` is the one description of the roster columns: README's table comes from it,
/// and what the parser and the importer accept cannot contradict the privacy check of headers.
@Suite("RosterColumnSpec")
struct RosterColumnSpecTests {
    static let begin = "<!-- roster-columns:begin (generated from RosterColumnSpec; see RosterColumnSpecTests) -->"
    static let end = "<!-- roster-columns:end -->"

    /// Set GONGSHI_UPDATE_README=1 to rewrite the table after changing the spec.
    @Test func readmeListsEveryColumn() throws {
        let table = RosterColumnSpec.markdownTable()
        try ReadmeGeneratedSection.expect(between: Self.begin, and: Self.end, is: table)
        #expect(table.split(separator: "\n").count == 2 + RosterColumn.allCases.count)
    }

    @Test func oneSpecPerColumnInOrder() {
        #expect(RosterColumnSpec.all.map(\.column) == RosterColumn.allCases)
        for column in RosterColumn.allCases { #expect(column.spec.column == column) }
    }

    /// A header that meant two columns, or one the privacy check refuses, would make the spec lie.
    @Test func everyHeaderMeansOneColumnAndNoneIsPrivate() {
        var seen: [String: RosterColumn] = [:]
        for spec in RosterColumnSpec.all {
            for header in spec.acceptedHeaders + spec.importAliases {
                #expect(seen[header.lowercased()] == nil || seen[header.lowercased()] == spec.column, "\(header)")
                seen[header.lowercased()] = spec.column
                #expect(ForbiddenHeaders.match(header) == nil, "\(header)")
                #expect(RosterColumn.column(forHeader: header) == spec.column || spec.importAliases.contains(header), "\(header)")
                #expect(RawColumn.classify(header) == .roster(spec.column), "\(header)")
            }
        }
    }

    /// Each kind reads its own form, and an import's cleaning gives a form the build reads.
    @Test("kinds", arguments: [
        (RosterValueKind.count, "３人", "3", RosterCellValue?.some(.number(3))),
        (.amount, "1,200.50元", "1200.50", .amount(Fen(value: 120_050))),
        (.month, "2024年1月", "2024-01", YearMonth(year: 2024, month: 1).map(RosterCellValue.month)),
        (.regionCode, "４１０８２９１０１２０１", "410829101201", RegionCode("410829101201").map(RosterCellValue.region)),
    ])
    func importCleaningGivesWhatTheBuildReads(kind: RosterValueKind, raw: String, cleaned: String, value: RosterCellValue?) {
        #expect(value != nil)
        #expect(kind.cleaned(raw) == cleaned)
        #expect(kind.parse(cleaned) == value)
        #expect(kind.parse(raw) == nil)
    }

    /// The file Gongshi writes from an import has every column but 区划代码, in the spec's order.
    @Test func importWritesTheSpecsColumns() {
        #expect(ImportedRow.header == "记录编号,户主姓名,保障人数,家庭人口,保障类别,供养方式,月保障金额(元),起始月份,备注")
    }
}
