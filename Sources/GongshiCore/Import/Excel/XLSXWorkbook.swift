/// An Excel workbook (.xlsx: a ZIP of SpreadsheetML parts) as the roster import reads it: its
/// sheets by name, the shared strings, which cell styles are dates, and whether dates count from
/// 1904. Parts are inflated under the same budget as the privacy reader's, so a crafted file is
/// refused rather than filling memory.
struct XLSXWorkbook {
    struct Sheet: Equatable {
        let name: String
        /// The sheet's part in the archive (`xl/worksheets/sheet1.xml`).
        let part: String
    }

    enum Failure: Error, Equatable {
        /// Not a ZIP, or without the parts every workbook has.
        case notWorkbook
        /// A part that is damaged or not XML; its name.
        case unreadablePart(String)
        /// Inflating would pass the budget.
        case tooLarge
    }

    let sheets: [Sheet]
    let sharedStrings: [String]
    /// Indexes into the cell formats (`s="…"`) whose number format shows a date.
    let dateStyles: Set<Int>
    let date1904: Bool
    private let archive: ZipArchive
    private let budget: InflationBudget

    init(_ bytes: [UInt8]) throws(Failure) {
        guard let archive = ZipArchive(bytes) else { throw .notWorkbook }
        self.archive = archive
        budget = InflationBudget(fileSize: bytes.count)
        guard let workbook = try Self.events(archive, "xl/workbook.xml", budget: budget, required: true) else { throw .notWorkbook }
        let relations = try Self.events(archive, "xl/_rels/workbook.xml.rels", budget: budget, required: true) ?? []
        var targets: [String: String] = [:]
        for case .start("Relationship", let attributes) in relations {
            guard let id = attributes["Id"], let target = attributes["Target"] else { continue }
            targets[id] = target.hasPrefix("/") ? String(target.dropFirst()) : "xl/" + target
        }
        var sheets: [Sheet] = []
        var date1904 = false
        for case .start(let name, let attributes) in workbook {
            if name == "workbookPr" { date1904 = ["1", "true"].contains(attributes["date1904"] ?? "") }
            guard name == "sheet", let sheetName = attributes["name"],
                  let id = attributes.first(where: { XMLEvent.localName($0.key) == "id" })?.value, let part = targets[id] else { continue }
            sheets.append(Sheet(name: sheetName, part: part))
        }
        self.sheets = sheets
        self.date1904 = date1904
        sharedStrings = Self.strings(try Self.events(archive, "xl/sharedStrings.xml", budget: budget, required: false) ?? [])
        dateStyles = Self.dateStyles(try Self.events(archive, "xl/styles.xml", budget: budget, required: false) ?? [])
    }

    /// The events of a sheet's part.
    func events(of sheet: Sheet) throws(Failure) -> [XMLEvent] {
        try Self.events(archive, sheet.part, budget: budget, required: true) ?? []
    }

    private static func events(_ archive: ZipArchive, _ name: String, budget: InflationBudget, required: Bool) throws(Failure) -> [XMLEvent]? {
        guard let entry = archive.entries.first(where: { $0.name == name }) else {
            if required { throw .unreadablePart(name) }
            return nil
        }
        switch archive.contents(of: entry, budget: budget) {
        case .success(let bytes):
            guard let events = XMLEvent.events(of: bytes) else { throw .unreadablePart(name) }
            return events
        case .failure(.tooLarge): throw .tooLarge
        case .failure: throw .unreadablePart(name)
        }
    }

    /// Each `<si>`'s text: its `<t>`, or the `<t>` of its runs, never the phonetic `<rPh>` guide.
    static func strings(_ events: [XMLEvent]) -> [String] {
        var strings: [String] = []
        var current: String?
        var inText = false
        var phonetic = 0
        for event in events {
            switch event {
            case .start("si", _): current = ""
            case .end("si"):
                strings.append(current ?? "")
                current = nil
            case .start("rPh", _): phonetic += 1
            case .end("rPh"): phonetic -= 1
            case .start("t", _): inText = true
            case .end("t"): inText = false
            case .text(let text) where inText && phonetic == 0 && current != nil: current? += text
            default: break
            }
        }
        return strings
    }

    /// Built-in date formats (14–22, 27–36, 45–47, 50–58: the CJK ones) and custom formats with
    /// a year, month-and-day or day part outside quotes and brackets.
    static func dateStyles(_ events: [XMLEvent]) -> Set<Int> {
        var custom: [Int: Bool] = [:]
        var inCellFormats = false
        var index = 0
        var dates: Set<Int> = []
        let builtIn = Set(Array(14...22) + Array(27...36) + Array(45...47) + Array(50...58))
        for event in events {
            switch event {
            case .start("numFmt", let attributes):
                if let id = attributes["numFmtId"].flatMap({ Int($0) }), let code = attributes["formatCode"] {
                    custom[id] = isDateFormat(code)
                }
            case .start("cellXfs", _): inCellFormats = true
            case .end("cellXfs"): inCellFormats = false
            case .start("xf", let attributes) where inCellFormats:
                let id = attributes["numFmtId"].flatMap { Int($0) } ?? 0
                if custom[id] ?? builtIn.contains(id) { dates.insert(index) }
                index += 1
            default: break
            }
        }
        return dates
    }

    static func isDateFormat(_ code: String) -> Bool {
        var inQuote = false
        var inBracket = false
        for character in code.lowercased() {
            switch character {
            case "\"": inQuote.toggle()
            case "[": inBracket = true
            case "]": inBracket = false
            case "y", "d", "年", "日": if !inQuote && !inBracket { return true }
            default: break
            }
        }
        return false
    }
}
