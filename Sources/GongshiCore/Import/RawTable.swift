import Foundation

/// The rows of a raw roster export, whichever form it came in: a CSV's records, or one sheet of
/// an .xlsx workbook (`XLSXSheetTable`), with the header found below any title rows (Excel
/// reports open with a merged 标题 row or two: the header is the first row that names at least
/// three roster columns).
struct RawTable {
    var records: [CSVRecord]
    /// Where the header is in `records`.
    var headerIndex: Int
    /// Cells whose number Excel could not keep exactly (16 or more digits).
    var longNumbers: [(line: Int, column: Int)] = []
    /// The sheet read, for a workbook.
    var sheet: String?
    /// Rows Excel hides (a filter, or hidden by hand): never imported silently.
    var hiddenRows: [Int] = []

    init(records: [CSVRecord], longNumbers: [(line: Int, column: Int)] = [], hiddenRows: [Int] = [], sheet: String? = nil) {
        self.records = records
        self.longNumbers = longNumbers
        self.hiddenRows = hiddenRows
        self.sheet = sheet
        headerIndex = Self.headerIndex(records) ?? 0
    }

    /// How many rows above the header were skipped as titles.
    var titleRows: Int { headerIndex }

    /// The first of the first 20 records that names three roster columns.
    static func headerIndex(_ records: [CSVRecord]) -> Int? {
        records.prefix(20).firstIndex { record in
            record.fields.filter { if case .roster = RawColumn.classify($0.text) { true } else { false } }.count >= 3
        }
    }

    static func isWorkbook(_ data: Data, name: String) -> Bool {
        name.lowercased().hasSuffix(".xlsx") || data.starts(with: [0x50, 0x4B, 0x03, 0x04])
    }

    /// The sheet of `data` (an .xlsx) named `sheet`, or else the one sheet that has a roster header.
    static func workbook(_ data: Data, name: String, sheet: String?) throws(ContentErrors) -> RawTable {
        let file = SourceLocation(file: name)
        let workbook: XLSXWorkbook
        do {
            workbook = try XLSXWorkbook([UInt8](data))
        } catch {
            throw ContentErrors([.error(file, Messages.importNotWorkbook)])
        }
        func table(_ sheet: XLSXWorkbook.Sheet) throws(ContentErrors) -> RawTable {
            do {
                let read = XLSXSheetTable(events: try workbook.events(of: sheet), workbook: workbook)
                return RawTable(records: read.records, longNumbers: read.longNumbers, hiddenRows: read.hiddenRows, sheet: sheet.name)
            } catch {
                throw ContentErrors([.error(file, Messages.importNotWorkbook)])
            }
        }
        let names = workbook.sheets.map(\.name)
        if let sheet {
            guard let chosen = workbook.sheets.first(where: { $0.name == sheet }) else {
                throw ContentErrors([.error(file, Messages.importSheetNotFound(available: names))])
            }
            return try table(chosen)
        }
        var tables: [RawTable] = []
        for sheet in workbook.sheets { tables.append(try table(sheet)) }
        let rosters = tables.filter { headerIndex($0.records) != nil }
        if rosters.count > 1 {
            throw ContentErrors([.error(file, Messages.importSeveralSheets(rosters.compactMap(\.sheet)))])
        }
        guard let first = rosters.first ?? tables.first else {
            throw ContentErrors([.error(file, Messages.importNotWorkbook)])
        }
        return first
    }
}
