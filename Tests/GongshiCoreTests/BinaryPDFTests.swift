import Testing
@testable import GongshiCore

@Suite("BinaryPDF")
struct BinaryPDFTests {
    typealias F = BinaryFixtures
    static let pdftotext = PublishedFileReader.findPDFToText()
    static let pdf = F.pdf(text: "ID 410829195603121234", info: "/Title (Roster \\(2024\\)) /Author <FEFF5F204E094E30>")

    @Test("with pdftotext: the page text as part \"PDF 文本\", and the Info strings",
          .enabled(if: pdftotext != nil, "poppler's pdftotext is not installed"))
    func pageText() {
        let reader = PublishedFileReader(reviewedSHA256: [], pdftotext: Self.pdftotext)
        let view = reader.view(of: Self.pdf, path: "attachments/a.pdf")
        #expect(view.problems.isEmpty)
        #expect(view.partNames == ["PDF 文本", "PDF 文档信息"])
        #expect(view.text(of: "PDF 文本")?.contains("ID 410829195603121234") == true)
        #expect(view.text(of: "PDF 文档信息") == "Roster (2024)\u{FFFC}张三丰")
    }

    @Test("a PDF pdftotext cannot read is unscannable", .enabled(if: pdftotext != nil, "poppler's pdftotext is not installed"))
    func brokenPDF() {
        let reader = PublishedFileReader(reviewedSHA256: [], pdftotext: Self.pdftotext)
        let view = reader.view(of: Array("%PDF-1.4\nnothing here\n".utf8), path: "a.pdf")
        #expect(view.problems == [ReaderViewProblem(.unscannable(type: "PDF"))])
    }

    @Test("without pdftotext a PDF is unscannable; its Info strings are still read")
    func withoutPDFToText() {
        let reader = PublishedFileReader(reviewedSHA256: [], pdftotext: nil)
        let view = reader.view(of: Self.pdf, path: "a.pdf")
        #expect(view.problems == [ReaderViewProblem(.unscannable(type: "PDF"))])
        #expect(view.partNames == ["PDF 文档信息"])
    }

    @Test("a reviewed PDF without pdftotext: no problem, and the readable texts are still returned")
    func reviewedWithoutPDFToText() {
        let reader = PublishedFileReader(reviewedSHA256: [SHA256.hexDigest(Self.pdf)], pdftotext: nil)
        let view = reader.view(of: Self.pdf, path: "a.pdf")
        #expect(view.problems.isEmpty)
        #expect(view.text(of: "PDF 文档信息") == "Roster (2024)\u{FFFC}张三丰")
    }

    @Test("a reviewed hash is matched case-insensitively; another file's hash releases nothing")
    func reviewedHashes() {
        let upper = PublishedFileReader(reviewedSHA256: [SHA256.hexDigest(Self.pdf).uppercased()], pdftotext: nil)
        #expect(upper.view(of: Self.pdf, path: "a.pdf").problems.isEmpty)
        let other = PublishedFileReader(reviewedSHA256: [SHA256.hexDigest([1, 2, 3])], pdftotext: nil)
        #expect(other.view(of: Self.pdf, path: "a.pdf").problemKinds == [.unscannable(type: "PDF")])
    }

    @Test("uncompressed XMP, annotation contents and literal-string escapes")
    func documentStrings() {
        let bytes = Array("%PDF-1.7\n1 0 obj << /Type /Annot /Contents (\\061\\063\\071 1234 5678) /T <FEFF674E56DB> >> endobj\n2 0 obj << /Length 9 >> stream\n<x:xmpmeta><dc:creator>王五</dc:creator></x:xmpmeta>\nendstream".utf8)
        let view = PublishedFileReader(reviewedSHA256: [], pdftotext: nil).view(of: bytes, path: "a.pdf")
        #expect(view.partNames == ["PDF 文档信息", "XMP"])
        #expect(view.text(of: "PDF 文档信息") == "139 1234 5678\u{FFFC}李四")
        #expect(view.text(of: "XMP")?.contains("王五") == true)
    }
}
