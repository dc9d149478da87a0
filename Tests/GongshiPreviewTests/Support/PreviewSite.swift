import Foundation

/// A small site written inline (path → text) into a fresh temporary folder, with the repository's
/// default theme, for the preview to serve.
struct PreviewSite {
    let root: URL

    var folder: URL { root.appendingPathComponent("site", isDirectory: true) }

    static let siteYAML = """
        title: 测试县低保公示
        publisher: 测试县民政局
        hotlines:
          - name: 监督举报电话
            number: "0391-7123456"

        """

    static let regions = """
        区划代码,名称
        410829000000,云台县
        410829101000,柳林镇
        410829101201,柳林村

        """

    static let monthYAML = """
        notice_type: 长期公示
        publish_from: 2026-11-01
        publish_to: 2026-11-30

        """

    static let rosterHeader = "记录编号,户主姓名,保障人数,保障类别,月保障金额(元)\n"

    /// Two articles, a notice, a draft and one village's roster for one month.
    static let files: [String: String] = [
        "site.yaml": siteYAML,
        "content/articles/a.md": "---\ntitle: 甲文\ndate: 2024-01-05\n---\n甲的正文第一版。\n",
        "content/articles/b.md": "---\ntitle: 乙文\ndate: 2024-01-06\n---\n乙的正文。\n",
        "content/articles/draft.md": "---\ntitle: 草稿文\ndate: 2024-01-07\ndraft: true\n---\n草稿。\n",
        "content/notices/n.md": "---\ntitle: 公告\ndate: 2024-01-08\n---\n公告正文。\n",
        "content/regions.csv": regions,
        "content/standards.yaml": "- from: 2024-01-01\n  region: \"410829\"\n  城市低保: 667\n  农村低保: 550\n  城市特困: 868\n  农村特困: 715\n",
        "content/rosters/2026-11/_month.yaml": monthYAML,
        "content/rosters/2026-11/410829101201.csv": rosterHeader + "A001,张*丰,2,农村低保,1100\n",
    ]

    init(_ files: [String: String] = PreviewSite.files) throws {
        root = FileManager.default.temporaryDirectory
            .appendingPathComponent("gongshi-preview-test-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try FileManager.default.copyItem(
            at: Self.repositoryRoot.appendingPathComponent("themes/default"),
            to: folder.appendingPathComponent("themes/default"))
        for (path, text) in files { try write(path, text) }
    }

    func write(_ path: String, _ text: String) throws {
        let url = folder.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    func remove() {
        try? FileManager.default.removeItem(at: root)
    }

    static let repositoryRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
}
