import Foundation
import Testing
@testable import GongshiCore
@testable import GongshiSite

/// 信息公开 fields (索引号, 文号, 发布机构, 来源, 成文日期, 有效性) and 政策解读 (`interprets:`),
/// through the real binary: on the page, in the lists and in the feed; a 废止 document marked.
@Suite struct DocumentRecordTests {
    static let standard = """
        ---
        title: 2023年低保标准
        date: 2023-01-06
        index_no: 11410829MB1732065X/2023-00003
        doc_no: 云民〔2023〕2号
        issuer: 云台县民政局
        source: 云台县人民政府公报
        written: 2023-01-04
        status: 废止
        status_date: 2024-01-01
        summary: 城市每人每月640元。
        ---

        正文。

        """

    static let interpretation = """
        ---
        title: 2023年标准政策解读
        date: 2023-01-08
        interprets: standards-2023
        ---

        一问一答。

        """

    static func site() throws -> SiteFixture {
        try SiteFixture([
            "content/articles/standards-2023.md": standard,
            "content/articles/standards-2023-qa.md": interpretation,
            "content/notices/n.md": "---\ntitle: 通知\ndate: 2023-01-09\ninterprets: standards-2023\n---\n\n正文。\n",
        ])
    }

    @Test func theRecordTheWithdrawalAndTheInterpretationsAreShown() throws {
        let site = try Self.site()
        let result = try CLI.run(["build", "--source", site.siteFolder.path])
        #expect(result.status == 0)
        #expect(result.stderr == "")
        let page = try #require(site.text("articles/standards-2023.html"))
        let rows = page.split(separator: "\n").filter { $0.hasPrefix("<tr><th scope=\"row\">") }.map(String.init)
        #expect(rows == [
            "<tr><th scope=\"row\">索引号</th><td>11410829MB1732065X/2023-00003</td></tr>",
            "<tr><th scope=\"row\">发布机构</th><td>云台县民政局</td></tr>",
            "<tr><th scope=\"row\">文号</th><td>云民〔2023〕2号</td></tr>",
            "<tr><th scope=\"row\">来源</th><td>云台县人民政府公报</td></tr>",
            "<tr><th scope=\"row\">成文日期</th><td>2023年1月4日</td></tr>",
            "<tr><th scope=\"row\">发布日期</th><td>2023年1月6日</td></tr>",
            "<tr><th scope=\"row\">有效性</th><td>废止（2024年1月1日起）</td></tr>",
        ])
        #expect(page.contains("<p class=\"withdrawn-note\" role=\"note\">本文件已于2024年1月1日废止，不再执行，仅供查阅。</p>"))
        #expect(page.contains("<span class=\"badge withdrawn\">已废止</span>"))
        // Its interpretations, articles then notices, each in display order, linked from it ...
        #expect(page.contains("<li><a href=\"standards-2023-qa.html\">2023年标准政策解读</a></li>\n<li><a href=\"../notices/n.html\">通知</a></li>"))
        // ... and it from them.
        #expect(site.text("articles/standards-2023-qa.html")?.contains(
            "<p class=\"explains\">本文是对<a href=\"standards-2023.html\">《2023年低保标准》</a>的解读。</p>") == true)
        #expect(site.text("notices/n.html")?.contains("<a href=\"../articles/standards-2023.html\">《2023年低保标准》</a>") == true)
        // A document without the fields has no table and no mark.
        let qa = try #require(site.text("articles/standards-2023-qa.html"))
        #expect(!qa.contains("<caption>信息公开</caption>") && !qa.contains("withdrawn"))
        // Lists mark the withdrawn document.
        #expect(site.text("articles/index.html")?.contains(
            "<a href=\"standards-2023.html\">2023年低保标准</a> <span class=\"badge withdrawn\">已废止</span>") == true)
        let feed = try #require(site.text("feed.xml"))
        #expect(feed.contains("    <category term=\"已废止\"/>\n    <summary>〔已废止〕发布机构：云台县民政局；文号：云民〔2023〕2号；来源：云台县人民政府公报；成文日期：2023年1月4日\n城市每人每月640元。</summary>"))
    }

    @Test func badFieldsAreErrorsAtTheirValue() throws {
        let site = try Self.site()
        try site.write("content/articles/standards-2023.md", """
            ---
            title: 2023年低保标准
            doc_no: 云民[2023]2号
            status: 作废
            written: 2023年13月
            ---

            正文。

            """)
        try site.write("content/articles/b.md", "---\ntitle: B\nstatus: 有效\nstatus_date: 2024-01-01\ninterprets: no-such-article\n---\n")
        let a = "content/articles/standards-2023.md", b = "content/articles/b.md"
        #expect(site.buildFailure()?.filter { $0.severity == .error }.map(\.description) == [
            errorLine("\(b):4:14", Messages.statusDateWithoutWithdrawal),
            errorLine("\(a):3:9", Messages.invalidDocumentNumber),
            errorLine("\(a):4:9", Messages.invalidDocumentStatus),
            errorLine("\(a):5:10", Messages.invalidDate("2023年13月", key: "written", accepted: DateParser.acceptedForms)),
        ])
        // Once the files read, the audit finds what `interprets:` names: not an article of the site.
        try site.write(a, Self.standard)
        try site.write(b, "---\ntitle: B\nstatus: 有效\ninterprets: no-such-article\n---\n")
        #expect(site.buildFailure()?.map(\.description) == [errorLine("\(b):4:13", Messages.unknownInterpretedDocument)])
        // A document cannot interpret itself.
        try site.write(b, "---\ntitle: B\ninterprets: b\n---\n")
        #expect(site.buildFailure()?.map(\.description) == [errorLine("\(b):3:13", Messages.unknownInterpretedDocument)])
    }

    @Test(arguments: [
        ("焦民〔2022〕12号", true), ("云政文〔2023〕88号", true), ("豫民办〔2021〕3号", true),
        ("焦民[2022]12号", false), ("焦民（2022）12号", false), ("焦民〔22〕12号", false), ("〔2022〕12号", false),
        ("焦民〔2022〕012号", false), ("焦民〔2022〕12", false), ("焦 民〔2022〕12号", false), ("焦民〔2022〕号", false),
    ])
    func documentNumbers(text: String, valid: Bool) {
        #expect(DocumentNumberForm.isValid(text) == valid)
    }

    @Test func theLoadCacheKeepsEveryField() throws {
        let site = try Self.site()
        try site.build()
        // A template change renders every page again, from documents the load cache kept.
        let template = try String(contentsOf: SiteFixture.repositoryRoot.appendingPathComponent("themes/default/templates/article.mustache"), encoding: .utf8)
        try site.write("templates/article.mustache", template + "\n")
        let cached = try site.build()
        #expect(cached.reusedInputFiles == 3)
        let clean = site.root.appendingPathComponent("clean")
        _ = try SiteBuilder.build(.init(siteFolder: site.siteFolder, outputFolder: clean, useCache: false))
        #expect(SiteFixture.snapshot(site.publicFolder).filter { !$0.key.hasPrefix(".") } == SiteFixture.snapshot(clean).filter { !$0.key.hasPrefix(".") })
    }
}
