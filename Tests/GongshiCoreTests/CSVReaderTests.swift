import Foundation
import Testing
@testable import GongshiCore

@Suite("CSVReader")
struct CSVReaderTests {
    static let file = "content/dibao/2026-11/roster.csv"

    /// Records as `[[text]]`, or the thrown diagnostics rendered.
    func texts(_ text: String) -> [[String]]? {
        (try? CSVReader.parse(text, file: Self.file))?.map(\.texts)
    }

    /// Each field as `line:column=text`.
    func positions(_ text: String) throws -> [[String]] {
        try CSVReader.parse(text, file: Self.file).map { $0.fields.map { "\($0.line):\($0.column)=\($0.text)" } }
    }

    func parseErrors(_ text: String) -> [String] {
        do {
            _ = try CSVReader.parse(text, file: Self.file)
            return []
        } catch {
            return error.diagnostics.map(\.description)
        }
    }

    func readErrors(_ bytes: [UInt8], _ encoding: CSVEncoding) -> [String] {
        do {
            _ = try CSVReader.read(Data(bytes), encoding: encoding, file: Self.file)
            return []
        } catch {
            return error.diagnostics.map(\.description)
        }
    }

    func gb18030(_ text: String) -> [UInt8] {
        Array(text.data(using: TextEncodingDetector.gb18030) ?? Data())
    }

    // MARK: Records and fields

    @Test func plainRecords() throws {
        #expect(texts("记录编号,户主姓名\nA1,张*丰\n") == [["记录编号", "户主姓名"], ["A1", "张*丰"]])
        let records = try CSVReader.parse("a,b\nc,d\n", file: Self.file)
        #expect(records.map(\.line) == [1, 2])
    }

    @Test func emptyInputHasNoRecords() throws {
        #expect(try CSVReader.parse("", file: Self.file) == [])
        #expect(try CSVReader.read(Data(), encoding: .utf8, file: Self.file) == [])
        #expect(try CSVReader.read(Data(), encoding: .gb18030, file: Self.file) == [])
        #expect(try CSVReader.read(Data([0xEF, 0xBB, 0xBF]), encoding: .utf8, file: Self.file) == [])
        #expect(try CSVReader.parse("\n\r\n\n", file: Self.file) == [])
    }

    @Test func finalRecordWithoutLineBreak() {
        #expect(texts("a,b\nc,d") == [["a", "b"], ["c", "d"]])
        #expect(texts("a") == [["a"]])
        #expect(texts("\"a\"") == [["a"]])
    }

    @Test func crlfLineEnds() throws {
        #expect(try positions("a,b\r\nc,d\r\n") == [["1:1=a", "1:3=b"], ["2:1=c", "2:3=d"]])
        #expect(texts("a,\"b\"\r\nc,\"\"\r\n") == [["a", "b"], ["c", ""]])
    }

    @Test func loneCRIsALineEnd() throws {
        #expect(try positions("a,b\rc,d\r") == [["1:1=a", "1:3=b"], ["2:1=c", "2:3=d"]])
    }

    @Test func blankLinesAreSkipped() throws {
        let records = try CSVReader.parse("\n\na,b\n\n\r\nc,d\n\n", file: Self.file)
        #expect(records.map(\.texts) == [["a", "b"], ["c", "d"]])
        #expect(records.map(\.line) == [3, 6])
    }

    @Test func commasOnlyIsARecordOfEmptyFields() throws {
        #expect(try positions(",,\n") == [["1:1=", "1:2=", "1:3="]])
        #expect(texts("a,\n,b") == [["a", ""], ["", "b"]])
        #expect(texts("a,") == [["a", ""]])
    }

    @Test func spacesAreData() {
        #expect(texts(" a , b \n") == [[" a ", " b "]])
        #expect(texts(" \n") == [[" "]])
    }

    @Test func quotedCommasAndDoubledQuotes() throws {
        #expect(texts("\"a,b\",c\n") == [["a,b", "c"]])
        #expect(texts("\"他说\"\"好\"\"\",x\n") == [["他说\"好\"", "x"]])
        #expect(texts("\"\"\"\"\n") == [["\""]])
        #expect(texts("\"\",\"\"\n") == [["", ""]])
        #expect(try positions("\"a,b\",\"c\"\"d\",e") == [["1:1=a,b", "1:7=c\"d", "1:14=e"]])
    }

    @Test func embeddedLineBreaksKeepLaterPositionsRight() throws {
        let text = "编号,地址,备注\nA1,\"幸福路\n12号\",好\nA2,\"x\r\ny\r\nz\",\"q\"\r\nA3,b,c"
        #expect(try positions(text) == [
            ["1:1=编号", "1:4=地址", "1:7=备注"],
            ["2:1=A1", "2:4=幸福路\n12号", "3:6=好"],
            ["4:1=A2", "4:4=x\ny\nz", "6:4=q"],
            ["7:1=A3", "7:4=b", "7:6=c"],
        ])
        let records = try CSVReader.parse(text, file: Self.file)
        #expect(records.map(\.line) == [1, 2, 4, 7])
    }

    @Test func loneCRInsideAQuotedFieldBecomesLF() {
        #expect(texts("\"a\rb\",c") == [["a\nb", "c"]])
    }

    @Test func chineseCharactersAreOneColumnEach() throws {
        #expect(try positions("张*丰,城关镇幸福社区,600.00\n") == [["1:1=张*丰", "1:5=城关镇幸福社区", "1:13=600.00"]])
        // A character outside the BMP is one column too.
        #expect(try positions("𠀀x,y") == [["1:1=𠀀x", "1:4=y"]])
    }

    @Test func fieldLocation() throws {
        let field = try #require(try CSVReader.parse("a,张三", file: Self.file).first?.fields.last)
        #expect(field.location(file: Self.file).description == "\(Self.file):1:3")
    }

    // MARK: Syntax errors

    @Test func unterminatedQuoteIsReportedAtTheOpeningQuote() {
        #expect(parseErrors("a,b\n张三,\"幸福路\n12号,600\n") == [
            errorLine("\(Self.file):2:4", Messages.csvUnterminatedQuote)
        ])
        #expect(parseErrors("\"") == [errorLine("\(Self.file):1:1", Messages.csvUnterminatedQuote)])
        // `""` inside does not close it.
        #expect(parseErrors("x\n\"ab\"\"") == [errorLine("\(Self.file):2:1", Messages.csvUnterminatedQuote)])
    }

    @Test func quoteInsideAnUnquotedField() {
        #expect(parseErrors("ab\"c,d\n") == [errorLine("\(Self.file):1:3", Messages.csvQuoteInUnquotedField)])
        #expect(parseErrors("x,y\n张三,王\"五\n") == [errorLine("\(Self.file):2:5", Messages.csvQuoteInUnquotedField)])
        // A space before the opening quote makes the field unquoted.
        #expect(parseErrors("a, \"b\"") == [errorLine("\(Self.file):1:4", Messages.csvQuoteInUnquotedField)])
    }

    @Test func textAfterAClosingQuote() {
        #expect(parseErrors("\"ab\"c,d\n") == [errorLine("\(Self.file):1:5", Messages.csvTextAfterClosingQuote)])
        #expect(parseErrors("1,\"张\n三\" ,x") == [errorLine("\(Self.file):2:3", Messages.csvTextAfterClosingQuote)])
    }

    @Test func errorIsAContentErrorWithOneDiagnostic() {
        do {
            _ = try CSVReader.parse("\"ab\"c", file: Self.file)
            Issue.record("expected an error")
        } catch {
            #expect(error.diagnostics.count == 1)
            #expect(error.diagnostics.first?.isError == true)
            #expect(error.diagnostics.first?.location == SourceLocation(file: Self.file, line: 1, column: 5))
        }
    }

    // MARK: Encodings

    @Test func utf8WithAndWithoutBOM() throws {
        let plain = Array("记录编号,户主姓名\nA1,张*丰\n".utf8)
        let withoutBOM = try CSVReader.read(Data(plain), encoding: .utf8, file: Self.file)
        let withBOM = try CSVReader.read(Data([0xEF, 0xBB, 0xBF] + plain), encoding: .utf8, file: Self.file)
        #expect(withoutBOM == withBOM)
        #expect(withBOM.first?.fields.first == CSVField(text: "记录编号", line: 1, column: 1))
        #expect(withBOM.first?.fields.last == CSVField(text: "户主姓名", line: 1, column: 6))
    }

    @Test func bomInDecodedTextIsDropped() throws {
        #expect(try positions("\u{FEFF}a,b") == [["1:1=a", "1:3=b"]])
        // Only the first one.
        #expect(texts("\u{FEFF}\u{FEFF}a") == [["\u{FEFF}a"]])
    }

    @Test func gb18030Decoding() throws {
        let bytes = gb18030("记录编号,户主姓名\nA1,张*丰\n")
        #expect(bytes.prefix(4) == [0xBC, 0xC7, 0xC2, 0xBC])  // 记录, really GB18030
        let records = try CSVReader.read(Data(bytes), encoding: .gb18030, file: Self.file)
        #expect(records.map(\.texts) == [["记录编号", "户主姓名"], ["A1", "张*丰"]])
        #expect(records.last?.fields.last == CSVField(text: "张*丰", line: 2, column: 4))
    }

    @Test func gbkBytesDecodeAsGB18030() throws {
        // “低保” in GBK/GB2312: B5CD B1A3.
        let records = try CSVReader.read(Data([0xB5, 0xCD, 0xB1, 0xA3, 0x2C, 0x31]), encoding: .gb18030, file: Self.file)
        #expect(records.map(\.texts) == [["低保", "1"]])
    }

    @Test func gb18030FourByteCharactersAndBOM() throws {
        // U+20000 𠀀 is four bytes in GB18030 (95 32 82 36); 84 31 95 33 is GB18030's BOM.
        let records = try CSVReader.read(
            Data([0x84, 0x31, 0x95, 0x33] + gb18030("𠀀,x")), encoding: .gb18030, file: Self.file)
        #expect(records.first?.fields == [CSVField(text: "𠀀", line: 1, column: 1), CSVField(text: "x", line: 1, column: 3)])
    }

    @Test func gb18030BytesReadAsUTF8() {
        // GB18030 bytes after valid text on line 2: the column counts characters before them.
        let bytes = Array("编号,姓名\nA1,".utf8) + gb18030("张*丰") + Array("\n".utf8)
        #expect(readErrors(bytes, .utf8) == [
            errorLine("\(Self.file):2:4", Messages.csvNotUTF8(looksLikeGB18030: true))
        ])
        #expect(Messages.csvNotUTF8(looksLikeGB18030: true).hint?.contains("encoding: gb18030") == true)
        // A whole GB18030 file, with a UTF-8 BOM in front that does not count as a column.
        #expect(readErrors([0xEF, 0xBB, 0xBF] + gb18030("户主,x"), .utf8) == [
            errorLine("\(Self.file):1:1", Messages.csvNotUTF8(looksLikeGB18030: true))
        ])
    }

    @Test func notUTF8AndNotGB18030() {
        // Latin-1 “café” then a line break: E9 0A is not GB18030 either.
        #expect(readErrors(Array("Name\ncaf".utf8) + [0xE9, 0x0A], .utf8) == [
            errorLine("\(Self.file):2:4", Messages.csvNotUTF8(looksLikeGB18030: false))
        ])
        #expect(readErrors([0x61, 0xFF], .utf8) == [
            errorLine("\(Self.file):1:2", Messages.csvNotUTF8(looksLikeGB18030: false))
        ])
    }

    @Test func encodingErrorComesBeforeSyntaxErrors() {
        // A stray quote before the bad byte: the encoding is the real problem.
        #expect(readErrors(Array("a\"b\n".utf8) + gb18030("张三"), .utf8) == [
            errorLine("\(Self.file):2:1", Messages.csvNotUTF8(looksLikeGB18030: true))
        ])
    }

    @Test func syntaxErrorsThroughRead() {
        #expect(readErrors(gb18030("姓名,\"张三"), .gb18030) == [
            errorLine("\(Self.file):1:4", Messages.csvUnterminatedQuote)
        ])
    }

    @Test func invalidGB18030() {
        // FF is never part of GB18030.
        #expect(readErrors(gb18030("编号\n张三") + [0xFF], .gb18030) == [
            errorLine("\(Self.file):2:3", Messages.csvNotGB18030)
        ])
        // A lead byte cut off at the end of the file.
        #expect(readErrors(Array("a,b\r\nc,".utf8) + [0xB5], .gb18030) == [
            errorLine("\(Self.file):2:3", Messages.csvNotGB18030)
        ])
    }

    @Test func unmistakableUTF8IsReadAsUTF8EvenWhenSetToGB18030() throws {
        // One village's clerk saved UTF-8 while the month says gb18030: no mojibake.
        let utf8 = try CSVReader.read(Data("户主,张*丰\n".utf8), encoding: .gb18030, file: Self.file)
        #expect(utf8.map(\.texts) == [["户主", "张*丰"]])
        #expect(utf8.first?.fields.last?.column == 4)
        let bom = try CSVReader.read(Data([0xEF, 0xBB, 0xBF] + Array("a,b\n".utf8)), encoding: .gb18030, file: Self.file)
        #expect(bom.map(\.texts) == [["a", "b"]])
        #expect(bom.first?.fields.first?.column == 1)
        // ASCII is the same in both.
        #expect(try CSVReader.read(Data("a,b\n".utf8), encoding: .gb18030, file: Self.file).map(\.texts) == [["a", "b"]])
        // GB18030 Chinese text is not valid UTF-8, so it is still read as GB18030.
        #expect(!TextEncodingDetector.looksLikeNonASCIIUTF8(Data(gb18030("记录编号,户主姓名\nA1,张*丰\n"))))
    }

    @Test func encodingRawValues() {
        #expect(CSVEncoding(rawValue: "utf-8") == .utf8)
        #expect(CSVEncoding(rawValue: "gb18030") == .gb18030)
    }

    @Test("first invalid UTF-8 byte", arguments: [
        ([0x61, 0xC0, 0x80], 1, 2),  // overlong
        ([0x78, 0xED, 0xA0, 0x80], 1, 2),  // surrogate
        ([0x61, 0x62, 0xE4, 0xBD], 1, 3),  // cut off
        ([0x61, 0x0D, 0x0A, 0x62, 0x80], 2, 2),  // after CRLF
        ([0x61, 0x0D, 0x62, 0x80], 2, 2),  // after a lone CR
        ([0xF4, 0x90, 0x80, 0x80], 1, 1),  // above U+10FFFF
    ] as [([UInt8], Int, Int)])
    func invalidUTF8Position(_ bytes: [UInt8], _ line: Int, _ column: Int) {
        let position = TextEncodingDetector.firstInvalidUTF8Position(bytes)
        #expect(position?.line == line)
        #expect(position?.column == column)
    }

    @Test func validUTF8HasNoInvalidPosition() {
        #expect(TextEncodingDetector.firstInvalidUTF8Position(Array("张*丰 𠀀 é\r\n".utf8)) == nil)
    }

    // MARK: Scale

    @Test func manyRecordsKeepLinesAndColumns() throws {
        var text = "编号,姓名,金额\n"
        for n in 1...20_000 { text += "A\(n),\"张\(n)\",\(n).50\n" }
        let records = try CSVReader.parse(text, file: Self.file)
        #expect(records.count == 20_001)
        let last = try #require(records.last)
        #expect(last.line == 20_001)
        #expect(last.fields.map(\.text) == ["A20000", "张20000", "20000.50"])
        #expect(last.fields.map(\.column) == [1, 8, 17])
    }
}
