import Foundation
import Testing
@testable import GongshiCore

@Suite("ContentDate")
struct ContentDateTests {
    @Test func epochZeroInShanghai() {
        let date = ContentDate(epochSeconds: 0, timeZone: .shanghai)
        #expect(date.iso8601 == "1970-01-01T08:00:00+08:00")
        #expect(date.utcOffsetSeconds == 28_800)
    }

    @Test func negativeEpochRendersPreviousDay() {
        let date = ContentDate(epochSeconds: -1, timeZone: .utc)
        #expect(date.iso8601 == "1969-12-31T23:59:59+00:00")
        #expect(date.isoDay == "1969-12-31")
        #expect(date.chineseDisplay == "1969年12月31日")
    }

    @Test func halfHourZoneOffsetIsRendered() {
        let kolkata = TimeZone(identifier: "Asia/Kolkata")!
        let date = ContentDate(epochSeconds: 1_645_613_208, timeZone: kolkata)
        #expect(date.iso8601 == "2022-02-23T16:16:48+05:30")
    }

    @Test func chineseDisplayHasNoLeadingZeros() {
        // 2022-02-03T00:00:00+08:00
        let date = ContentDate(epochSeconds: 1_643_817_600, timeZone: .shanghai)
        #expect(date.chineseDisplay == "2022年2月3日")
        #expect(date.isoDay == "2022-02-03")
    }

    @Test func ordersByInstantNotByWallClock() {
        // 10:00 in Shanghai (02:00Z) is earlier than 09:00 in New York (14:00Z) the same day.
        let shanghai = ContentDate(epochSeconds: 1_645_581_600, timeZone: .shanghai)
        let newYork = ContentDate(epochSeconds: 1_645_624_800, timeZone: .newYork)
        #expect(shanghai.hour == 10)
        #expect(newYork.hour == 9)
        #expect(shanghai < newYork)
    }

    @Test func lastModifiedIsTheLaterOfDateAndUpdated() {
        let early = ContentDate(epochSeconds: 1_645_545_600, timeZone: .shanghai)
        let late = ContentDate(epochSeconds: 1_646_064_000, timeZone: .shanghai)
        func document(date: ContentDate?, updated: ContentDate?) -> Document {
            Document(kind: .article, sourcePath: "content/articles/a.md", contentPath: "articles/a.md",
                     slug: "a", title: "a", date: date, updated: updated, body: "")
        }
        #expect(document(date: early, updated: late).lastModified == late)
        #expect(document(date: late, updated: early).lastModified == late)
        #expect(document(date: early, updated: nil).lastModified == early)
        #expect(document(date: nil, updated: late).lastModified == late)
        #expect(document(date: nil, updated: nil).lastModified == nil)
    }
}
