import Foundation
import Testing
@testable import GongshiCore
@testable import GongshiSite

/// `DisplayOrder.sorted(_:previous:)` (the preview's order made from the last plan's) and
/// `DisplayOrder.merged` (the feed's) give exactly what a full sort gives, on generated documents
/// full of ties: shared dates, undated ones, equal titles (slugs decide), titles equal under
/// collation but not in bytes, and edits, additions and removals between two plans.
@Suite struct DisplayOrderTests {
    static let zone = TimeZone(identifier: "Asia/Shanghai") ?? .current
    /// Few values, so that most comparisons tie on the date and many on the title.
    static let titles = ["关于2024年12月低保名单的公示", "关于低保标准调整的通知", "城乡低保", "低保", "阿拉善", "Zebra",
                         "zebra", "e\u{301}", "\u{e9}", "公示", "公示 ", "一", "乙"]
    static let dates: [Int64?] = [nil, 1_733_000_000, 1_733_000_000, 1_733_000_000, 1_700_000_000, 1_735_000_000]

    static func document(_ number: Int, kind: DocumentKind, random: inout SplitMix64) -> Document {
        let title = titles[Int(random.next() % UInt64(titles.count))]
        let date = dates[Int(random.next() % UInt64(dates.count))].map { ContentDate(epochSeconds: $0, timeZone: zone) }
        let folder = kind == .article ? "articles" : "notices"
        return Document(kind: kind, sourcePath: "content/\(folder)/d\(number).md", contentPath: "\(folder)/d\(number).md",
                        slug: "d\(number)", title: title, date: date, body: "正文 \(number)")
    }

    static func paths(_ documents: [Document]) -> [String] { documents.map(\.sourcePath) }

    /// One generated edit of a list: a document's title, date or body changed, one removed, one added.
    static func edited(_ documents: [Document], next: inout Int, random: inout SplitMix64) -> [Document] {
        var documents = documents
        let edits = Int(random.next() % 6)
        for _ in 0..<edits {
            let choice = random.next() % 5
            if choice == 0 || documents.isEmpty {
                next += 1
                documents.insert(document(next, kind: .notice, random: &random),
                                 at: Int(random.next() % UInt64(documents.count + 1)))
                continue
            }
            let index = Int(random.next() % UInt64(documents.count))
            switch choice {
            case 1: documents.remove(at: index)
            case 2: documents[index].title = titles[Int(random.next() % UInt64(titles.count))]
            case 3: documents[index].date = dates[Int(random.next() % UInt64(dates.count))].map { ContentDate(epochSeconds: $0, timeZone: zone) }
            default: documents[index].body += "改"
            }
        }
        return documents
    }

    @Test func theOrderMadeFromTheLastOneIsTheFullSortsAfterEveryEdit() {
        var random = SplitMix64(seed: 11)
        for round in 0..<60 {
            var next = 0
            var documents = (0..<Int(random.next() % 60)).map { _ in next += 1; return Self.document(next, kind: .notice, random: &random) }
            var previous = DisplayOrder.sorted(documents)
            for step in 0..<12 {
                documents = Self.edited(documents, next: &next, random: &random)
                let full = DisplayOrder.sorted(documents)
                let made = DisplayOrder.sorted(documents, previous: previous)
                #expect(Self.paths(made) == Self.paths(full), "round \(round), step \(step)")
                // The current values, not the last plan's (a body edit keeps the place, not the text).
                #expect(made.map(\.body) == full.map(\.body), "round \(round), step \(step)")
                previous = made
            }
        }
    }

    @Test func aLastOrderOfOtherDocumentsOrNoneGivesTheFullSort() {
        var random = SplitMix64(seed: 12)
        let documents = (1...40).map { Self.document($0, kind: .notice, random: &random) }
        let others = (41...80).map { Self.document($0, kind: .notice, random: &random) }
        let full = Self.paths(DisplayOrder.sorted(documents))
        #expect(Self.paths(DisplayOrder.sorted(documents, previous: [])) == full)
        #expect(Self.paths(DisplayOrder.sorted(documents, previous: DisplayOrder.sorted(others))) == full)
        #expect(DisplayOrder.sorted([], previous: DisplayOrder.sorted(documents)).isEmpty)
    }

    @Test func aTieWithAnInsertedDocumentIsLeftToTheFullSort() {
        // Two documents with one date, title and slug (the audit refuses this; the order must still be the sort's).
        let zone = Self.zone
        func notice(_ path: String, _ title: String) -> Document {
            Document(kind: .notice, sourcePath: path, contentPath: path, slug: "same", title: title,
                     date: ContentDate(epochSeconds: 1_733_000_000, timeZone: zone), body: path)
        }
        let first = notice("content/notices/a.md", "公示")
        let second = notice("content/notices/b.md", "通知")
        let previous = DisplayOrder.sorted([first, second])
        let now = [first, notice("content/notices/b.md", "公示")]
        #expect(Self.paths(DisplayOrder.sorted(now, previous: previous)) == Self.paths(DisplayOrder.sorted(now)))
    }

    @Test func theFeedsMergeOfArticlesAndNoticesIsTheFullSortOfBoth() {
        var random = SplitMix64(seed: 13)
        for round in 0..<80 {
            let articles = (0..<Int(random.next() % 20)).map { Self.document($0, kind: .article, random: &random) }
            let notices = (0..<Int(random.next() % 40)).map { Self.document($0, kind: .notice, random: &random) }
            let merged = DisplayOrder.merged(DisplayOrder.sorted(articles), DisplayOrder.sorted(notices))
            // Same slugs in both kinds: ties across kinds, where the article comes first.
            #expect(Self.paths(merged) == Self.paths(DisplayOrder.sorted(articles + notices)), "round \(round)")
        }
    }
}
