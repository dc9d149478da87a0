import Foundation
import Testing
@testable import GongshiCore
@testable import GongshiSite

/// Full names that `gongshi import` has seen are refused wherever they reappear, however they are
/// split, in sources and in what a theme publishes; the message never shows the name.
@Suite struct KnownNameGuardTests {
    /// Imports `ImportTests.raw` (张三丰, 欧阳娜娜, 李四, 买买提·艾力, 王五), builds once, and returns
    /// the site with its published bytes.
    func importedSite() throws -> (SiteFixture, [String: Data]) {
        let (site, rawFile) = try ImportTests().makeSite()
        let imported = try CLI.run(["import", rawFile.path, "--month", "2026-11", "--source", site.siteFolder.path])
        try #require(imported.status == 0, "\(imported.stderr)")
        let built = try CLI.run(["build", "--source", site.siteFolder.path])
        try #require(built.status == 0, "\(built.stderr)")
        return (site, SiteFixture.snapshot(site.publicFolder))
    }

    static let article = "content/articles/known.md"

    @Test("a known full name is refused, wherever and however it is written", arguments: [
        (article, "---\ntitle: 走访记录\n---\n\n本月走访了张三丰家，情况属实。\n", "张三丰"),
        (article, "---\ntitle: 走访记录\n---\n\n走访对象：欧阳 娜娜。\n", "欧阳娜娜"),
        (article, "---\ntitle: 走访记录\n---\n\n<p>走访对象：张<span>三</span>丰</p>\n", "张三丰"),
        (article, "---\ntitle: 走访记录\nsummary: 关于买提艾力\n---\n\n正文。\n", "买提艾力"),
        (article, "---\ntitle: 走访记录\n---\n\n<table><tr><td>王五</td><td>1</td></tr></table>\n", "王五"),
        ("themes/default/assets/note.txt", "联系人：李四\n", "李四"),
    ])
    func isRefused(_ path: String, _ text: String, _ name: String) throws {
        let (site, before) = try importedSite()
        try site.write(path, text)
        let result = try CLI.run(["build", "--source", site.siteFolder.path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("已知的完整姓名（已隐去）"), "\(result.stderr)")
        #expect(!result.stderr.contains(name) && !result.stdout.contains(name))
        #expect(SiteFixture.snapshot(site.publicFolder) == before)
    }

    /// A two-character name inside running Han text is as often a word: it passes there.
    @Test func aTwoCharacterNameInsideRunningTextPasses() throws {
        let (site, _) = try importedSite()
        try site.write(Self.article, "---\ntitle: 说明\n---\n\n张王五金店开业。\n")
        let result = try CLI.run(["build", "--source", site.siteFolder.path])
        #expect(result.status == 0, "\(result.stderr)")
    }
}
