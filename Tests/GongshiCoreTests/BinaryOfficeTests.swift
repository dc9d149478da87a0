import Testing
@testable import GongshiCore

@Suite("BinaryOffice")
struct BinaryOfficeTests {
    typealias F = BinaryFixtures
    let reader = PublishedFileReader(reviewedSHA256: [], pdftotext: nil)

    // Every XML part has a text node, so that it has a reader's view with any XML reader.
    static let contentTypes = Array("<?xml version=\"1.0\"?><Types>types</Types>".utf8)

    @Test("DOCX: every XML part is read, named by its entry; an image inside is read as an image")
    func docx() throws {
        let photo = F.png([F.pngChunk("tEXt", F.ascii("Comment\u{0}走访 13712345678"))])
        let docx = try F.zip([
            ("[Content_Types].xml", Self.contentTypes),
            ("_rels/.rels", Array("<Relationships>rels</Relationships>".utf8)),
            ("word/document.xml", Array("<w:document><w:body><w:p><w:r><w:t>张三丰 410829195603121234</w:t></w:r></w:p></w:body></w:document>".utf8)),
            ("docProps/core.xml", Array("<cp:coreProperties><dc:creator>李四</dc:creator></cp:coreProperties>".utf8)),
            ("word/media/image1.png", photo),
        ])
        let view = reader.view(of: docx, path: "attachments/roster.docx")
        #expect(view.problems.isEmpty)
        #expect(view.partNames == ["[Content_Types].xml", "_rels/.rels", "word/document.xml", "docProps/core.xml",
                                   "word/media/image1.png: PNG tEXt"])
        #expect(view.text(of: "word/document.xml")?.contains("张三丰 410829195603121234") == true)
        #expect(view.text(of: "docProps/core.xml")?.contains("李四") == true)
        #expect(view.text(of: "word/media/image1.png: PNG tEXt")?.contains("走访 13712345678") == true)
    }

    @Test("XLSX: shared strings and sheets; the printer settings' UTF-16 printer name")
    func xlsx() throws {
        let devmode = F.utf16LE("HP LaserJet 办公室") + [UInt8](repeating: 0, count: 30)
        let xlsx = try F.zip([
            ("[Content_Types].xml", Self.contentTypes),
            ("xl/sharedStrings.xml", Array("<sst><si><t>王五</t></si><si><t>13912345678</t></si></sst>".utf8)),
            ("xl/worksheets/sheet1.xml", Array("<worksheet><sheetData><row><c><v>13812345678</v></c></row></sheetData></worksheet>".utf8)),
            ("xl/printerSettings/printerSettings1.bin", devmode),
        ])
        let view = reader.view(of: xlsx, path: "a.xlsx")
        #expect(view.problems.isEmpty)
        #expect(view.partNames == ["[Content_Types].xml", "xl/sharedStrings.xml", "xl/worksheets/sheet1.xml",
                                   "xl/printerSettings/printerSettings1.bin"])
        #expect(view.text(of: "xl/sharedStrings.xml")?.contains("13912345678") == true)
        #expect(view.text(of: "xl/worksheets/sheet1.xml")?.contains("13812345678") == true)
        #expect(view.text(of: "xl/printerSettings/printerSettings1.bin") == "HP LaserJet 办公室")
    }

    @Test("ODT: content.xml and the mimetype entry")
    func odt() throws {
        let odt = try F.zip([
            ("mimetype", Array("application/vnd.oasis.opendocument.text".utf8)),
            ("content.xml", Array("<office:text><text:p>410829195603121234</text:p></office:text>".utf8)),
        ])
        let view = reader.view(of: odt, path: "a.odt")
        #expect(view.problems.isEmpty)
        #expect(view.partNames == ["mimetype", "content.xml"])
    }

    @Test("a zip bomb (past 64 MiB inflated) is unscannable, without inflating it")
    func zipBomb() throws {
        // Enough incompressible padding that the ratio stays under 100:1: the total limit decides.
        let bomb = try F.zipBomb(size: 65 << 20, padding: 700_000)
        #expect(bomb.count * 100 > 65 << 20)
        let view = reader.view(of: bomb, path: "a.docx")
        #expect(view.problemKinds == [.unscannable(type: "DOCX")])
    }

    @Test("past 100:1 over the whole file (and over 1 MiB) is a bomb too")
    func ratioBomb() throws {
        let bomb = try F.zipBomb(size: 4 << 20)
        #expect(bomb.count * 100 < 4 << 20)
        #expect(reader.view(of: bomb, path: "a.xlsx").problemKinds == [.unscannable(type: "XLSX")])
    }

    @Test("an encrypted entry makes the document unscannable; the rest is still read")
    func encrypted() throws {
        var docx = try F.zip([
            ("word/document.xml", Array("<w:t>secret</w:t>".utf8)),
            ("docProps/app.xml", Array("<Properties>13912345678</Properties>".utf8)),
        ])
        // Set the "encrypted" flag of the first entry in the central directory.
        let central: [UInt8] = [0x50, 0x4B, 0x01, 0x02]
        let entry = try #require(docx.indices.first { docx[$0...].starts(with: central) })
        docx[entry + 8] |= 1
        let view = reader.view(of: docx, path: "a.docx")
        #expect(view.problems == [ReaderViewProblem(.unscannable(type: "DOCX"), at: 0)])
        #expect(view.partNames == ["docProps/app.xml"])
    }

    @Test("a plain ZIP, or an Office name on something that is no ZIP")
    func notOffice() throws {
        let zip = try F.zip([("a.txt", Array("hello".utf8))])
        #expect(reader.view(of: zip, path: "downloads/a.zip").problemKinds == [.forbiddenType(type: "ZIP")])
        #expect(reader.view(of: zip, path: "downloads/a.epub").problemKinds == [.forbiddenType(type: "ZIP")])
        #expect(reader.view(of: Array("PK\u{3}\u{4}junk".utf8), path: "a.docx").problemKinds == [.unscannable(type: "DOCX")])
    }

    @Test("an old binary Office file (OLE2) cannot be read: unscannable, named by its extension")
    func oldOffice() {
        let ole: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + [UInt8](repeating: 0, count: 504)
        #expect(reader.view(of: ole, path: "a.doc").problemKinds == [.unscannable(type: "DOC")])
        #expect(reader.view(of: ole, path: "a.xls").problemKinds == [.unscannable(type: "XLS")])
    }

    @Test("XLSX: settings in attributes are read apart; a number in a cell or in one attribute is found")
    func officeAttributesAreWalled() throws {
        // Every Office theme has runs like these: 15000 and 350000 must not read as 150-0035-0000.
        let theme = Array("<a:theme><a:gs pos=\"100000\"><a:schemeClr val=\"phClr\"><a:tint val=\"15000\"/><a:satMod val=\"350000\"/></a:schemeClr></a:gs></a:theme>".utf8)
        let rules = PrivacyRuleSet(context: PrivacyContext())
        let clean = try F.zip([("[Content_Types].xml", Self.contentTypes), ("xl/theme/theme1.xml", theme)])
        #expect(reader.view(of: clean, path: "a.xlsx").texts.allSatisfy { rules.findings(in: $0).isEmpty })
        let cell = Array("<sst><si><t>联系电话 13912345678</t></si></sst>".utf8)
        let attribute = Array("<a:theme name=\"13912345678\"/>".utf8)
        for (name, part) in [("xl/sharedStrings.xml", cell), ("xl/theme/theme1.xml", attribute)] {
            let dirty = try F.zip([("[Content_Types].xml", Self.contentTypes), (name, part)])
            #expect(reader.view(of: dirty, path: "a.xlsx").texts.contains { !rules.findings(in: $0).isEmpty }, "\(name)")
        }
    }
}
