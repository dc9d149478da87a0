import Testing
@testable import GongshiSite

/// `POSIXFileWriter.parent(of:)`, which names every folder of the staging tree: the text before
/// the last `/` byte, also where a combining mark follows that `/` (one Character with it).
@Suite struct PathParentTests {
    @Test func theFolderBeforeTheLastSlash() {
        #expect(POSIXFileWriter.parent(of: "rosters/2026-11/410829101201.html") == "rosters/2026-11")
        #expect(POSIXFileWriter.parent(of: "index.html") == ".")
        #expect(POSIXFileWriter.parent(of: "/top") == "/")
        #expect(POSIXFileWriter.parent(of: "articles/\u{301}x.html") == "articles")
        #expect(POSIXFileWriter.parent(of: "公告/通知.html") == "公告")
    }
}
