import Testing
@testable import GongshiCore

/// A CSV file as a spreadsheet shows it: fields and records read like table cells and rows (a
/// boundary, across which a number may continue once), amounts of money apart (a wall).
@Suite struct CSVTextReaderTests {
    static func read(_ text: String) -> ReaderText {
        CSVTextReader.view(of: Array(text.utf8)).texts[0]
    }

    static let boundary = "\u{2029}"
    static let wall = "\u{FFFC}"

    @Test func fieldsAndRecordsAreReadAsCellsAndRows() {
        let text = Self.read("\u{FEFF}区划代码,名称,金额\r\n410829101201,柳林村,2100.50\r\n")
        #expect(text.string == "区划代码\(Self.boundary)名称\(Self.boundary)金额\(Self.boundary)410829101201\(Self.boundary)柳林村\(Self.wall)2100.50\(Self.wall)")
        // Offsets point into the file: the first 区 after the 3-byte mark.
        #expect(text.offsets.first == 3)
    }

    @Test func quotesComeOffAndDoubledQuotesAreOne() {
        let text = Self.read("\"张,三\",\"说\"\"好\"\"\",\"两\n行\"\nx")
        #expect(text.string == "张,三\(Self.boundary)说\"好\"\(Self.boundary)两\n行\(Self.boundary)x")
        let bytes = Array("\"张,三\",\"说\"\"好\"\"\",\"两\n行\"\nx".utf8)
        // 好 is read at its own byte.
        let good = text.scalars.firstIndex(of: "好") ?? 0
        #expect(Array(bytes[text.offsets[good]..<text.offsets[good] + 3]) == Array("好".utf8))
        // An unterminated quote reads to the end.
        #expect(Self.read("a,\"bc").string == "a\(Self.boundary)bc")
    }

    @Test func aValueIsFoundSplitOverTwoFieldsOrWrappedOntoTheNextRecord() {
        let rules = PrivacyRuleSet(context: PrivacyContext())
        for csv in ["名,13812345678\r\n", "名,138,1234 5678\r\n", "名,\"138 1234 5678\"\r\n", "410102199001011234,名\r\n",
                    "王*,13812\r\n345678\r\n", "王*,13812\n345678,备注\n"] {
            let found = rules.findings(in: Self.read(csv))
            #expect(!found.isEmpty, "\(csv)")
        }
    }

    @Test func anOpenDataTableOfCodesAndAmountsIsNotOneLongNumber() {
        let rules = PrivacyRuleSet(context: PrivacyContext(regionCodes: ["410829000000", "410829101000", "410829101201"]))
        let csv = "\u{FEFF}区划代码,名称,户数,人数,金额\r\n410829000000,云台县,172,373,153260.50\r\n410829101000,柳林镇,58,116,54500.00\r\n410829101201,柳林村,17,28,15554.00\r\n"
        #expect(rules.findings(in: Self.read(csv)).isEmpty)
        // Read as plain text, the same bytes run an amount into the next row's code.
        #expect(!rules.findings(in: PlainTextReader.view(of: Array(csv.utf8), escapes: .none).texts[0]).isEmpty)
    }

    @Test func anAmountOfMoneyStandsApartFromTheCountBeforeIt() {
        let rules = PrivacyRuleSet(context: PrivacyContext())
        // 184 persons, 106,124.50 yuan (a village of the city benchmark): not 184-1061-2450.
        #expect(Self.read("霞星社区,101,184,106124.50\r\n").string
            == "霞星社区\(Self.boundary)101\(Self.boundary)184\(Self.wall)106124.50\(Self.wall)")
        // A row's last amount and the next row's region code are apart too.
        #expect(Self.read("184,106124.50\r\n430182002002,名\r\n").string
            == "184\(Self.wall)106124.50\(Self.wall)430182002002\(Self.boundary)名\(Self.boundary)")
        #expect(rules.findings(in: Self.read("霞星社区,101,184,106124.50\r\n")).isEmpty)
        // The same digits without the decimal point are a number split over two cells.
        #expect(rules.findings(in: Self.read("霞星社区,101,184,10612450\r\n")).map(\.kind) == [.mobileNumber])
        #expect(rules.findings(in: Self.read("霞星社区,184,1061245.0\r\n")).map(\.kind) == [.mobileNumber])
        #expect(CSVTextReader.isAmount(ArraySlice("-12.30".unicodeScalars)) && !CSVTextReader.isAmount(ArraySlice(".30".unicodeScalars)))
        #expect(!CSVTextReader.isAmount(ArraySlice("1.2.30".unicodeScalars)) && !CSVTextReader.isAmount(ArraySlice("12.3".unicodeScalars)))
    }

    @Test func publishedCSVFilesAreReadAsGrids() {
        let reader = PublishedFileReader(reviewedSHA256: [], pdftotext: nil)
        let view = reader.view(of: Array("a,b\r\nc".utf8), path: "rosters/2026-11/totals.csv")
        #expect(view.texts.map(\.string) == ["a\(Self.boundary)b\(Self.boundary)c"])
        #expect(view.problems.isEmpty)
    }
}
