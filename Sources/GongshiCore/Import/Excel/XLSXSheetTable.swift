import Foundation

/// One sheet of a workbook as the rows a roster import reads, in the shape of a CSV's records
/// (line = the sheet's row number, column = its column number, both as Excel shows them): shared
/// and inline strings as text, numbers as their decimal text (`667`, not `666.99999999999989`),
/// date-formatted numbers as `2024-01-15`, and a merged range's value in every cell it covers (a
/// village written once for many households). A number too long for Excel to keep exactly (an ID
/// or bank card number typed as a number: `4.10802E+17`) is never turned into text: its cell is
/// left empty and its place listed, for the import to refuse where the column is kept.
struct XLSXSheetTable {
    private(set) var records: [CSVRecord] = []
    /// Cells that held a number of 16 or more digits.
    private(set) var longNumbers: [(line: Int, column: Int)] = []
    /// Rows hidden in Excel (filtered out, or hidden by hand) that hold something.
    private(set) var hiddenRows: [Int] = []

    init(events: [XMLEvent], workbook: XLSXWorkbook) {
        var cells: [Int: [Int: String]] = [:]
        var merges: [(rows: ClosedRange<Int>, columns: ClosedRange<Int>)] = []
        var row = 0
        var nextColumn = 1
        var cell: (column: Int, type: String, style: Int)?
        var value = ""
        var inValue = false
        var inInline = false
        var inInlineText = false
        var phonetic = 0
        var hidden: Set<Int> = []
        for event in events {
            switch event {
            case .start("row", let attributes):
                row = attributes["r"].flatMap { Int($0) } ?? row + 1
                nextColumn = 1
                if ["1", "true"].contains(attributes["hidden"] ?? "") { hidden.insert(row) }
            case .start("c", let attributes):
                let column = attributes["r"].flatMap { Self.reference($0)?.column } ?? nextColumn
                cell = (column, attributes["t"] ?? "n", attributes["s"].flatMap { Int($0) } ?? 0)
                nextColumn = column + 1
                value = ""
            case .start("v", _): inValue = true
            case .end("v"): inValue = false
            case .start("is", _): inInline = true
            case .end("is"): inInline = false
            // An inline string's text is its <t> elements, never the phonetic guide.
            case .start("rPh", _): phonetic += 1
            case .end("rPh"): phonetic -= 1
            case .start("t", _): inInlineText = inInline
            case .end("t"): inInlineText = false
            case .text(let text) where inValue || inInlineText && phonetic == 0:
                value += text
            case .end("c"):
                guard let current = cell else { break }
                cell = nil
                switch Self.text(value, type: current.type, style: current.style, workbook: workbook) {
                case .text(let text) where !text.isEmpty: cells[row, default: [:]][current.column] = text
                case .longNumber: longNumbers.append((row, current.column))
                default: break
                }
            case .start("mergeCell", let attributes):
                let parts = (attributes["ref"] ?? "").split(separator: ":").compactMap { Self.reference(String($0)) }
                if parts.count == 2 {
                    merges.append((min(parts[0].row, parts[1].row)...max(parts[0].row, parts[1].row),
                                   min(parts[0].column, parts[1].column)...max(parts[0].column, parts[1].column)))
                }
            default: break
            }
        }
        // The table is as wide as the cells written: a title merged across the whole row
        // (`A1:XFD1`) must not make every row 16,384 columns wide.
        let width = cells.values.compactMap { $0.keys.max() }.max() ?? 0
        // A merged range's value fills the cells of it within that width, in the rows that exist:
        // a merge down to row 1,048,576 visits only the rows written.
        let rowsPresent = cells.keys.sorted()
        var filled: Set<String> = []
        for merge in merges.prefix(100_000) where merge.columns.lowerBound <= width {
            guard filled.insert("\(merge.rows)|\(merge.columns)").inserted,
                  let text = cells[merge.rows.lowerBound]?[merge.columns.lowerBound] else { continue }
            let columns = merge.columns.lowerBound...min(merge.columns.upperBound, width)
            var low = 0
            var high = rowsPresent.count
            while low < high {
                let middle = (low + high) / 2
                if rowsPresent[middle] < merge.rows.lowerBound { low = middle + 1 } else { high = middle }
            }
            let start = low
            for mergedRow in rowsPresent[start...].prefix(while: { $0 <= merge.rows.upperBound }) {
                for column in columns { cells[mergedRow, default: [:]][column] = text }
            }
        }
        hiddenRows = hidden.filter { cells[$0] != nil }.sorted()
        for line in rowsPresent {
            guard let row = cells[line] else { continue }
            let fields = (1...max(width, 1)).map { CSVField(text: row[$0] ?? "", line: line, column: $0) }
            records.append(CSVRecord(fields: fields, line: line))
        }
    }

    enum CellText: Equatable {
        case text(String)
        case longNumber
    }

    static func text(_ value: String, type: String, style: Int, workbook: XLSXWorkbook) -> CellText {
        switch type {
        case "s":
            guard let index = Int(value), workbook.sharedStrings.indices.contains(index) else { return .text("") }
            return .text(workbook.sharedStrings[index])
        case "inlineStr", "str": return .text(value)
        case "b": return .text(value == "1" ? "TRUE" : "FALSE")
        case "e": return .text("")
        default:
            guard let number = Double(value.trimmingCharacters(in: .whitespaces)), number.isFinite else { return .text(value) }
            if abs(number) >= 1e15 { return .longNumber }
            if workbook.dateStyles.contains(style), let date = date(serial: number, date1904: workbook.date1904) { return .text(date) }
            return .text(decimal(number))
        }
    }

    /// A number as a person would write it: no exponent, no float noise (at most six decimals).
    static func decimal(_ number: Double) -> String {
        if number == number.rounded(), abs(number) < 1e15 { return String(Int64(number)) }
        var text = String(format: "%.6f", number)
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text == "-0" ? "0" : text
    }

    /// An Excel date serial as `YYYY-MM-DD` (days from 1899-12-30, or from 1904-01-01).
    static func date(serial: Double, date1904: Bool) -> String? {
        guard serial >= (date1904 ? 0 : 1), serial < 2_958_466, !(serial >= 60 && serial < 61 && !date1904) else { return nil }
        // Excel's 1900 system counts a 1900-02-29 that never was: serials before it are one day later.
        let whole = Int(serial.rounded(.down))
        let days = date1904 ? whole + 1_462 : (whole < 60 ? whole + 1 : whole)
        // Serial 25569 is 1970-01-01.
        let (year, month, day) = CivilCalendar.civilFromDays(Int64(days - 25_569))
        return String(format: "%04d-%02d-%02d", year, month, day)
    }

    /// `B7` → row 7, column 2; nil when it is not a cell reference.
    static func reference(_ text: String) -> (row: Int, column: Int)? {
        var column = 0
        var digits = Substring(text)
        for character in text {
            guard let ascii = character.asciiValue, (65...90).contains(ascii & ~0x20) else { break }
            column = column * 26 + Int((ascii & ~0x20) - 64)
            digits = digits.dropFirst()
            if column > 16_384 { return nil }
        }
        digits = digits.drop { $0 == "$" }
        guard column > 0, let row = Int(digits), row > 0, row <= 1_048_576 else { return nil }
        return (row, column)
    }
}
