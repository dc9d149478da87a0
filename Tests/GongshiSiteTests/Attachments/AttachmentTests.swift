import Foundation
import Testing
@testable import GongshiCore
@testable import GongshiSite

/// Files beside documents, through the real binary: published at their content path beside the
/// page, linked relative, listed at the end of the document, images with their size and without
/// their metadata; a link to a missing file or to source data is an error with its position.
@Suite struct AttachmentTests {
    static let article = """
        ---
        title: 申请审核确认程序
        date: 2024-03-01
        ---

        请填写[申请表](附件1.txt)，现场照片如下：

        ![受理窗口](photos/窗口.jpg)

        <p><img src="photos/窗口.jpg" alt="窗口原图"></p>

        再看一次[申请表第二页](附件1.txt#p2)。

        """

    static let nested = """
        ---
        title: 2024年标准
        date: 2024-01-05
        ---

        标准表见[标准表](../../files/标准表.txt)，示意图：![示意](../../files/图.png)

        """

    /// A photo as a phone saves it: turned a quarter (orientation 6), with the owner and GPS.
    static let photo = ImageFixtures.jpeg(inserting: ImageFixtures.exifSegment(orientation: 6))

    static func site() throws -> SiteFixture {
        let site = try SiteFixture([
            "content/articles/procedure.md": article,
            "content/articles/2024/standards.md": nested,
            "content/articles/附件1.txt": "申请表\n姓名：________\n",
            "content/files/标准表.txt": "城市低保 667 元\n",
            "content/files/旧表.txt": "不再使用\n",
            "static/favicon.ico": "",
            "static/baidu_verify_code-abc.html": "abc123\n",
        ])
        try site.write("content/articles/photos/窗口.jpg", bytes: Data(photo))
        try site.write("content/files/图.png", bytes: Data(ImageFixtures.png(extra: [
            ImageFixtures.pngChunk("tEXt", Array("Author\u{0}Zhang San".utf8)),
            ImageFixtures.pngChunk("tIME", [0x07, 0xE8, 1, 2, 3, 4, 5]),
        ])))
        return site
    }

    @Test func attachmentsArePublishedBesideTheirPagesListedAndCleaned() throws {
        let site = try Self.site()
        let result = try CLI.run(["build", "--source", site.siteFolder.path])
        #expect(result.status == 0)
        #expect(result.stderr == warningLine("content/files/旧表.txt", Messages.unusedContentFile) + "\n")
        let page = try #require(site.text("articles/procedure.html"))
        // Chinese names kept on disk, percent-encoded in links; the fragment kept.
        #expect(page.contains("<p>请填写<a href=\"%E9%99%84%E4%BB%B61.txt\">申请表</a>，现场照片如下：</p>"))
        #expect(page.contains("<a href=\"%E9%99%84%E4%BB%B61.txt#p2\">申请表第二页</a>"))
        // The photo is shown upright: 12 wide and 24 high, as its orientation turns it.
        #expect(page.contains("<p><img src=\"photos/%E7%AA%97%E5%8F%A3.jpg\" alt=\"受理窗口\" width=\"12\" height=\"24\" loading=\"lazy\" /></p>"))
        // Raw HTML is resolved the same way.
        #expect(page.contains("<p><img src=\"photos/%E7%AA%97%E5%8F%A3.jpg\" alt=\"窗口原图\" width=\"12\" height=\"24\" loading=\"lazy\" /></p>"))
        let published = try Data(contentsOf: site.publicFolder.appendingPathComponent("articles/photos/窗口.jpg"))
        #expect(published.count == ImageFixtures.jpeg.count + 36)
        #expect(published.range(of: Data("13912345678".utf8)) == nil)
        #expect(published.range(of: Data("Zhang San".utf8)) == nil)
        let rows = page.split(separator: "\n").filter { $0.hasPrefix("<tr><td><a href=") }.map(String.init)
        #expect(rows == [
            "<tr><td><a href=\"%E9%99%84%E4%BB%B61.txt\" download>附件1.txt</a></td><td>文本</td><td class=\"num\">28 字节</td></tr>",
            "<tr><td><a href=\"photos/%E7%AA%97%E5%8F%A3.jpg\" download>窗口.jpg</a></td><td>JPEG 图片</td><td class=\"num\">\(published.count) 字节</td></tr>",
        ])
        // A document in a subfolder: its page is `articles/standards.html`, its links lead from there.
        let standards = try #require(site.text("articles/standards.html"))
        #expect(standards.contains("<a href=\"../files/%E6%A0%87%E5%87%86%E8%A1%A8.txt\">标准表</a>"))
        #expect(standards.contains("<img src=\"../files/%E5%9B%BE.png\" alt=\"示意\" width=\"3\" height=\"2\" loading=\"lazy\" />"))
        let png = try Data(contentsOf: site.publicFolder.appendingPathComponent("files/图.png"))
        #expect(Array(png) == ImageFixtures.png())
        #expect(site.text("files/标准表.txt") == "城市低保 667 元\n")
        #expect(site.text("articles/附件1.txt") == "申请表\n姓名：________\n")
        // Not linked: not published. Static files: as they are, at their path.
        #expect(!FileManager.default.fileExists(atPath: site.publicFolder.appendingPathComponent("files/旧表.txt").path))
        #expect(site.text("baidu_verify_code-abc.html") == "abc123\n")
        #expect(FileManager.default.fileExists(atPath: site.publicFolder.appendingPathComponent("favicon.ico").path))
        #expect(try CLI.run(["verify", "--source", site.siteFolder.path]).status == 0)
    }

    @Test func thePublishedPhotoKeepsOnlyItsOrientation() throws {
        let clean = try CleanImage.clean(Self.photo, extension: "jpg")
        #expect(clean.width == 12 && clean.height == 24)
        // JFIF, then an EXIF block of the orientation alone, then the picture as Chromium wrote it.
        let jfifEnd = 2 + 2 + (Int(ImageFixtures.jpeg[4]) << 8 | Int(ImageFixtures.jpeg[5]))
        #expect(clean.bytes == Array(ImageFixtures.jpeg[0..<jfifEnd]) + JPEGCleaner.orientationSegment(6)
            + Array(ImageFixtures.jpeg[jfifEnd...]))
        #expect(JPEGCleaner.exifOrientation(Array(JPEGCleaner.orientationSegment(6).dropFirst(4))) == 6)
        // Cleaning twice changes nothing more.
        #expect(try CleanImage.clean(clean.bytes, extension: "jpg") == clean)
        // An upright photo gets no EXIF block at all.
        let upright = try CleanImage.clean(ImageFixtures.jpeg(inserting: ImageFixtures.exifSegment(orientation: 1)), extension: "jpg")
        #expect(upright.bytes == ImageFixtures.jpeg && upright.width == 24 && upright.height == 12)
    }

    @Test func badLinksAreErrorsAtTheirPositionAndTheSiteIsLeftAsItWas() throws {
        let site = try Self.site()
        #expect(try CLI.run(["build", "--source", site.siteFolder.path, "--quiet"]).status == 0)
        let before = SiteFixture.snapshot(site.publicFolder)
        try site.write("content/articles/procedure.md", Self.article + """

            [缺少的表](附件2.pdf) [名册](../rosters/2026-09/410829101201.csv)
            <a href="../regions.csv">区划</a> [网页](附件.html) [首页](../index.html) [标准页](standards.html)

            """)
        try site.write("content/articles/附件.html", "<script>alert(1)</script>")
        let result = try CLI.run(["build", "--source", site.siteFolder.path])
        #expect(result.status == 1)
        let file = "content/articles/procedure.md"
        let expected: [String] = [
            // At the destination as written: after `[缺少的表](`, after `<a href="`.
            errorLine("\(file):14:8", Messages.missingLinkTarget("articles/附件2.pdf")),
            errorLine("\(file):14:22", Messages.linkToPrivateSource),
            errorLine("\(file):15:10", Messages.linkToPrivateSource),
            errorLine("\(file):15:38", Messages.attachmentTypeRefused("HTML")),
            // Refused, so not published, and said so.
            warningLine("content/articles/附件.html", Messages.unusedContentFile),
            warningLine("content/files/旧表.txt", Messages.unusedContentFile),
            Messages.buildFailed(errors: 4, warnings: 2).line(.error),
        ]
        #expect(result.stderr.trimmingCharacters(in: .newlines) == expected.joined(separator: "\n"))
        #expect(SiteFixture.snapshot(site.publicFolder) == before)
    }

    @Test func anAttachmentWithAnIDNumberIsRefusedAndNotQuoted() throws {
        let site = try Self.site()
        try site.write("content/articles/附件1.txt", "申请人 11010519491231002X\n")
        var result = try CLI.run(["build", "--source", site.siteFolder.path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("(输出)/articles/附件1.txt:1:5: 错误 GS3004"))
        #expect(!result.stderr.contains("11010519491231002X"))
        // In a PDF, read through pdftotext.
        try site.write("content/articles/附件1.txt", "申请表\n")
        try site.write("content/articles/申请表.pdf", bytes: Data(ImageFixtures.pdf(text: "ID 11010519491231002X")))
        try site.write("content/articles/procedure.md", Self.article + "\n[打印版](申请表.pdf)\n")
        result = try CLI.run(["build", "--source", site.siteFolder.path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("(输出)/articles/申请表.pdf（PDF 文本）"))
        #expect(result.stderr.contains("GS3004"))
        #expect(!result.stderr.contains("11010519491231002X"))
        #expect(!FileManager.default.fileExists(atPath: site.publicFolder.path))
    }

    @Test func anImageThatCannotBeCleanedIsRefused() throws {
        let site = try Self.site()
        try site.write("content/articles/photos/窗口.jpg", bytes: Data(Self.photo.prefix(400)))
        let failure = try #require(site.buildFailure())
        #expect(failure.map(\.description) == [
            errorLine("content/articles/photos/窗口.jpg", Messages.imageNotCleanable("JPEG", reason: CleanImage.truncated)),
            warningLine("content/files/旧表.txt", Messages.unusedContentFile),
        ])
    }

    @Test func aStaticFileWhereAPageIsPublishedIsAnError() throws {
        let site = try Self.site()
        try site.write("static/index.html", "<p>自制首页</p>")
        try site.write("static/assets/site.css", "body{}")
        try site.write("content/robots.txt", "User-agent: *\n")
        try site.write("content/articles/procedure.md", Self.article + "\n[规则](../robots.txt)\n")
        let failure = try #require(site.buildFailure())
        #expect(failure.filter { $0.severity == .error }.map(\.description) == [
            errorLine("content/robots.txt", Messages.publishedPathTaken("robots.txt", by: Messages.publishedPathTakenByPage)),
            errorLine("static/assets/site.css", Messages.publishedPathTaken("assets/site.css", by: Messages.publishedPathTakenByAsset)),
            errorLine("static/index.html", Messages.publishedPathTaken("index.html", by: Messages.publishedPathTakenByPage)),
        ])
    }

    @Test func anEditedAttachmentChangesItsDocumentsPageInTheNextBuild() throws {
        let site = try Self.site()
        try site.build()
        #expect(site.text("articles/procedure.html")?.contains("<td class=\"num\">28 字节</td>") == true)
        try site.write("content/articles/附件1.txt", "申请表（2024年修订）\n姓名：________\n")
        let report = try site.build()
        #expect(site.text("articles/procedure.html")?.contains("<td class=\"num\">47 字节</td>") == true)
        #expect(site.text("articles/附件1.txt") == "申请表（2024年修订）\n姓名：________\n")
        // Rendered again: its page, and the lists and home page, which are keyed on every file of
        // the documents' folders. The other document, 404 and 监督举报 are linked as they were.
        #expect(report.pages == 7 && report.reusedPages == 3)
    }

    @Test func noLinkMakesSourceDataOrContentAFileOfTheSite() throws {
        let copy = try IncrementalBuildTests.SampleCopy()
        defer { copy.cleanUp() }
        let fm = FileManager.default
        // A folder of the articles that is the rosters, under another name; a static file that is
        // the regions; one that is an article's source.
        try fm.createSymbolicLink(atPath: copy.site.appendingPathComponent("content/articles/r").path, withDestinationPath: "../rosters")
        try fm.createDirectory(at: copy.site.appendingPathComponent("static"), withIntermediateDirectories: true)
        try fm.createSymbolicLink(atPath: copy.site.appendingPathComponent("static/regions.txt").path, withDestinationPath: "../content/regions.csv")
        try fm.createSymbolicLink(atPath: copy.site.appendingPathComponent("static/a.md").path,
                                  withDestinationPath: "../content/articles/payment-yikatong.md")
        try copy.edit("content/articles/privacy-disclosure.md") { $0 + "\n[名单](r/2026-09/410829101201.csv)\n" }
        let result = try copy.build()
        #expect(result.status == 1)
        let lines = result.stderr.split(separator: "\n").filter { $0.contains("GS1072") }.map(String.init)
        #expect(lines == [
            "content/articles/r/2026-09/410829101201.csv: " + Messages.linkToPrivateSource.line(.error).split(separator: "\n")[0],
            "static/a.md: " + Messages.linkToPrivateSource.line(.error).split(separator: "\n")[0],
            "static/regions.txt: " + Messages.linkToPrivateSource.line(.error).split(separator: "\n")[0],
        ])
    }

    @Test func aPhotoIsCleanedByWhatItIsNotByItsName() throws {
        let site = try Self.site()
        try site.write("content/articles/photos/窗口.jfif", bytes: Data(Self.photo))
        try site.write("content/articles/procedure.md", Self.article + "\n![原图](photos/窗口.jfif)\n")
        try site.build()
        let published = try Data(contentsOf: site.publicFolder.appendingPathComponent("articles/photos/窗口.jfif"))
        #expect(Array(published) == (try CleanImage.clean(Self.photo, extension: "jpg")).bytes)
        #expect(site.text("articles/procedure.html")?.contains("alt=\"原图\" width=\"12\" height=\"24\" loading=\"lazy\"") == true)
    }

    @Test func aPageWhoseLinkedPageWentAwayIsRenderedAgainAndItsLinkReported() throws {
        let site = try Self.site()
        try site.write("content/articles/procedure.md", Self.article + "\n[监督举报](../supervision.html) [核验](../baidu_verify_code-abc.html)\n")
        try site.build()
        try site.remove("static/baidu_verify_code-abc.html")
        // With the cache, as without: the page is not linked from the last build.
        #expect(site.buildFailure()?.filter { $0.severity == .error }.map(\.description) == [
            errorLine("content/articles/procedure.md:14:34", Messages.missingLinkTarget("baidu_verify_code-abc.html")),
        ])
    }

    @Test func aFragmentInAnyScriptLeadsToTheSameAttachment() throws {
        let site = try Self.site()
        // From a document in a subfolder, whose page is not beside it: the fragment must not make
        // the link be resolved a second time, from elsewhere.
        try site.write("content/articles/2024/standards.md", Self.nested + "\n[第二页](../../files/标准表.txt#第二页)\n")
        try site.build()
        #expect(site.text("articles/standards.html")?.contains(
            "<a href=\"../files/%E6%A0%87%E5%87%86%E8%A1%A8.txt#%E7%AC%AC%E4%BA%8C%E9%A1%B5\">第二页</a>") == true)
    }
}
