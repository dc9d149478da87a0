import Foundation
import Testing
@testable import GongshiCore

/// The .xlsx reader on workbooks written part by part: what Excel, WPS and LibreOffice write
/// that openpyxl (the fixture of `ImportExcelTests`) does not, and shapes that must not cost
/// minutes or gigabytes.
@Suite struct XLSXReaderTests {
    static func workbook(sheet: String, strings: String? = nil, styles: String? = nil, date1904: Bool = false) throws -> XLSXWorkbook {
        var parts: [(name: String, bytes: [UInt8])] = [
            ("xl/workbook.xml", Array("""
                <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" \
                xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">\
                <workbookPr date1904="\(date1904 ? 1 : 0)"/><sheets><sheet name="名册" sheetId="1" r:id="rId1"/></sheets></workbook>
                """.utf8)),
            ("xl/_rels/workbook.xml.rels", Array("""
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
                <Relationship Id="rId1" Type="worksheet" Target="worksheets/sheet1.xml"/></Relationships>
                """.utf8)),
            ("xl/worksheets/sheet1.xml", Array(("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">" + sheet + "</worksheet>").utf8)),
        ]
        if let strings { parts.append(("xl/sharedStrings.xml", Array(("<sst>" + strings + "</sst>").utf8))) }
        if let styles { parts.append(("xl/styles.xml", Array(("<styleSheet>" + styles + "</styleSheet>").utf8))) }
        return try XLSXWorkbook(BinaryFixtures.zip(parts))
    }

    static func table(_ workbook: XLSXWorkbook) throws -> XLSXSheetTable {
        let sheet = try #require(workbook.sheets.first)
        return XLSXSheetTable(events: try workbook.events(of: sheet), workbook: workbook)
    }

    static func texts(_ table: XLSXSheetTable) -> [[String]] { table.records.map { $0.fields.map(\.text) } }

    @Test func sharedAndInlineStringsWithoutThePhoneticGuide() throws {
        let workbook = try Self.workbook(sheet: """
            <sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c>\
            <c r="C1" t="inlineStr"><is>
              <r><t>农村</t></r><r><t>低保</t></r><rPh sb="0" eb="2"><t>ノウソン</t></rPh>
            </is></c><c r="D1" t="s"><v>9</v></c></row></sheetData>
            """, strings: "<si><t>户主姓名</t></si><si><r><t>欧阳</t></r><r><t>*娜</t></r><rPh><t>オウヨウ</t></rPh></si>")
        let texts = Self.texts(try Self.table(workbook))
        #expect(texts == [["户主姓名", "欧阳*娜", "农村低保"]])
    }

    @Test func aTitleMergedAcrossTheWholeSheetKeepsTheTableNarrowAndTallMergesAreCheap() throws {
        var rows = "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>标题</t></is></c></row>"
        for row in 2...4 { rows += "<row r=\"\(row)\"><c r=\"A\(row)\"><v>\(row)</v></c><c r=\"B\(row)\"><v>1</v></c></row>" }
        let merges = "<mergeCell ref=\"A1:XFD1\"/>" + String(repeating: "<mergeCell ref=\"B2:B1048576\"/>", count: 3_000)
        let workbook = try Self.workbook(sheet: "<sheetData>" + rows + "</sheetData><mergeCells>" + merges + "</mergeCells>")
        let table = try Self.table(workbook)
        #expect(Self.texts(table) == [["标题", "标题"], ["2", "1"], ["3", "1"], ["4", "1"]])
    }

    @Test func hiddenRowsAreListedAndLongNumbersNeverBecomeText() throws {
        let workbook = try Self.workbook(sheet: """
            <sheetData><row r="1"><c r="A1"><v>1</v></c></row><row r="2" hidden="1"><c r="A2"><v>2</v></c></row>\
            <row r="3" hidden="1"/><row r="4"><c r="A4"><v>4.10829195001011E+17</v></c><c r="B4"><v>13912345678</v></c></row></sheetData>
            """)
        let table = try Self.table(workbook)
        #expect(table.hiddenRows == [2])
        #expect(table.longNumbers.map { [$0.line, $0.column] } == [[4, 1]])
        #expect(Self.texts(table) == [["1", ""], ["2", ""], ["", "13912345678"]])
    }

    @Test("date serials as Excel counts them", arguments: [
        (1.0, false, "1900-01-01"), (59.0, false, "1900-02-28"), (61.0, false, "1900-03-01"), (45306.75, false, "2024-01-15"),
        (0.0, true, "1904-01-01"), (43844.0, true, "2024-01-15"),
    ])
    func dateSerials(serial: Double, date1904: Bool, date: String) {
        #expect(XLSXSheetTable.date(serial: serial, date1904: date1904) == date)
    }

    @Test func numbersAsPeopleWriteThem() {
        #expect(XLSXSheetTable.decimal(1200.3000000000002) == "1200.3")
        #expect(XLSXSheetTable.decimal(0.1 + 0.2) == "0.3")
        #expect(XLSXSheetTable.decimal(410829101201) == "410829101201")
        #expect(XLSXSheetTable.decimal(-5) == "-5")
        #expect(XLSXSheetTable.decimal(1100.1) == "1100.1")
    }

    /// Foundation's `XMLParser(data:)` gives up on a document over 10 MB; a county's sheet can be.
    @Test func aPartOverTenMegabytesIsRead() throws {
        let row = "<row>" + String(repeating: "<c t=\"inlineStr\"><is><t>农村低保农村低保</t></is></c>", count: 20) + "</row>"
        let count = 10_500_000 / row.utf8.count + 1
        let xml = "<worksheet><sheetData>" + String(repeating: row, count: count) + "</sheetData></worksheet>"
        #expect(xml.utf8.count > 10_500_000)
        let events = try #require(XMLEvent.events(of: Array(xml.utf8)))
        #expect(events.filter { $0 == .start("row", [:]) }.count == count)
    }
}
