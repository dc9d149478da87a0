import Foundation
import Testing
@testable import GongshiCore

/// One accepted date text and the instant and site-zone rendering it must give.
struct DateCase: Sendable, CustomTestStringConvertible {
    let text: String
    let epoch: Int64
    let iso8601: String
    var testDescription: String { "“\(text)”" }
}

@Suite("DateParser")
struct DateParserTests {
    static let shanghaiCases: [DateCase] = [
        // A bare date is midnight in the site's zone: 2022-02-22T16:00:00Z.
        DateCase(text: "2022-02-23", epoch: 1_645_545_600, iso8601: "2022-02-23T00:00:00+08:00"),
        // The Hexo/Jekyll form keeps its time (Foundation's .withFullDate would drop it).
        DateCase(text: "2022-02-23 10:46:48", epoch: 1_645_584_408, iso8601: "2022-02-23T10:46:48+08:00"),
        DateCase(text: "2022-02-23T10:46:48", epoch: 1_645_584_408, iso8601: "2022-02-23T10:46:48+08:00"),
        DateCase(text: "2022-02-23T10:46:48+08:00", epoch: 1_645_584_408, iso8601: "2022-02-23T10:46:48+08:00"),
        DateCase(text: "2022-02-23T10:46:48+0800", epoch: 1_645_584_408, iso8601: "2022-02-23T10:46:48+08:00"),
        DateCase(text: "2022-02-23 10:46:48 +08:00", epoch: 1_645_584_408, iso8601: "2022-02-23T10:46:48+08:00"),
        DateCase(text: "2022-02-23T10:46:48Z", epoch: 1_645_613_208, iso8601: "2022-02-23T18:46:48+08:00"),
        DateCase(text: "2022-02-23T10:46:48-05:00", epoch: 1_645_631_208, iso8601: "2022-02-23T23:46:48+08:00"),
        // Fractions of a second are dropped, not rounded.
        DateCase(text: "2022-02-23T10:46:48.123+08:00", epoch: 1_645_584_408, iso8601: "2022-02-23T10:46:48+08:00"),
        DateCase(text: "2022-02-23T10:46:48.999Z", epoch: 1_645_613_208, iso8601: "2022-02-23T18:46:48+08:00"),
        // Minutes without seconds.
        DateCase(text: "2022-02-23T10:46+08:00", epoch: 1_645_584_360, iso8601: "2022-02-23T10:46:00+08:00"),
        DateCase(text: "2022-02-23 10:46", epoch: 1_645_584_360, iso8601: "2022-02-23T10:46:00+08:00"),
        // Surrounding spaces (as YAML may leave them) are ignored.
        DateCase(text: "  2022-02-23  ", epoch: 1_645_545_600, iso8601: "2022-02-23T00:00:00+08:00"),
        // Leap day.
        DateCase(text: "2024-02-29", epoch: 1_709_136_000, iso8601: "2024-02-29T00:00:00+08:00"),
        // RFC 2822, with and without weekday and zone.
        DateCase(text: "Wed, 23 Feb 2022 10:46:48 GMT", epoch: 1_645_613_208, iso8601: "2022-02-23T18:46:48+08:00"),
        DateCase(text: "Wed, 23 Feb 2022 10:46:48 +0800", epoch: 1_645_584_408, iso8601: "2022-02-23T10:46:48+08:00"),
        DateCase(text: "Wed, 23 Feb 2022 10:46:48 -0500", epoch: 1_645_631_208, iso8601: "2022-02-23T23:46:48+08:00"),
        DateCase(text: "23 Feb 2022 10:46:48 GMT", epoch: 1_645_613_208, iso8601: "2022-02-23T18:46:48+08:00"),
        DateCase(text: "Wed, 23 Feb 2022 10:46:48", epoch: 1_645_584_408, iso8601: "2022-02-23T10:46:48+08:00"),
        DateCase(text: "Wed, 23 Feb 2022 10:46 GMT", epoch: 1_645_613_160, iso8601: "2022-02-23T18:46:00+08:00"),
        DateCase(text: "wed, 23 feb 2022 10:46:48 utc", epoch: 1_645_613_208, iso8601: "2022-02-23T18:46:48+08:00"),
        DateCase(text: "Wed, 23 Feb 2022 10:46:48 EST", epoch: 1_645_631_208, iso8601: "2022-02-23T23:46:48+08:00"),
        DateCase(text: "Thu, 3 Feb 2022 10:46:48 GMT", epoch: 1_643_885_208, iso8601: "2022-02-03T18:46:48+08:00"),
    ]

    @Test("accepted forms, site zone Asia/Shanghai", arguments: shanghaiCases)
    func acceptedInShanghai(_ c: DateCase) throws {
        let date = try #require(DateParser.parse(c.text, timeZone: .shanghai))
        #expect(date.epochSeconds == c.epoch)
        #expect(date.iso8601 == c.iso8601)
        #expect(date.utcOffsetSeconds == 8 * 3600)
    }

    @Test func dateOnlyDisplaysInChinese() throws {
        let date = try #require(DateParser.parse("2022-02-23", timeZone: .shanghai))
        #expect(date.chineseDisplay == "2022年2月23日")
        #expect(date.isoDay == "2022-02-23")
        #expect((date.year, date.month, date.day, date.hour, date.minute, date.second) == (2022, 2, 23, 0, 0, 0))
    }

    @Test func timeOfHexoFormIsKeptInFields() throws {
        let date = try #require(DateParser.parse("2022-02-23 10:46:48", timeZone: .shanghai))
        #expect((date.hour, date.minute, date.second) == (10, 46, 48))
    }

    @Test func instantBeforeMidnightUTCIsNextDayInShanghai() throws {
        // 16:30 UTC on the 22nd is 00:30 on the 23rd in Shanghai: pages must show the 23rd.
        let date = try #require(DateParser.parse("2022-02-22T16:30:00Z", timeZone: .shanghai))
        #expect(date.epochSeconds == 1_645_547_400)
        #expect(date.iso8601 == "2022-02-23T00:30:00+08:00")
        #expect(date.isoDay == "2022-02-23")
        #expect(date.chineseDisplay == "2022年2月23日")
    }

    @Test func leapSecondIsReadAsTheSecondBefore() throws {
        let date = try #require(DateParser.parse("2016-12-31T23:59:60Z", timeZone: .utc))
        #expect(date.epochSeconds == 1_483_228_799)
    }

    static let newYorkCases: [DateCase] = [
        // Summer: EDT (-04:00).
        DateCase(text: "2022-07-01 12:00:00", epoch: 1_656_691_200, iso8601: "2022-07-01T12:00:00-04:00"),
        // Winter: EST (-05:00).
        DateCase(text: "2022-01-15 12:00:00", epoch: 1_642_266_000, iso8601: "2022-01-15T12:00:00-05:00"),
        // Either side of the spring-forward gap on 2022-03-13 (02:00 EST → 03:00 EDT).
        DateCase(text: "2022-03-13 01:30:00", epoch: 1_647_153_000, iso8601: "2022-03-13T01:30:00-05:00"),
        DateCase(text: "2022-03-13 03:30:00", epoch: 1_647_156_600, iso8601: "2022-03-13T03:30:00-04:00"),
        // An explicit offset wins over the site zone; the rendering is in the site zone.
        DateCase(text: "2022-02-23T10:46:48+08:00", epoch: 1_645_584_408, iso8601: "2022-02-22T21:46:48-05:00"),
        DateCase(text: "2022-02-23", epoch: 1_645_592_400, iso8601: "2022-02-23T00:00:00-05:00"),
    ]

    @Test("site zone America/New_York, with daylight saving", arguments: newYorkCases)
    func acceptedInNewYork(_ c: DateCase) throws {
        let date = try #require(DateParser.parse(c.text, timeZone: .newYork))
        #expect(date.epochSeconds == c.epoch)
        #expect(date.iso8601 == c.iso8601)
    }

    @Test("rejected texts", arguments: [
        "2022-02-30", "2021-02-29", "2022-13-01", "2022-00-10", "2022-02-00", "2022-04-31",
        "23/02/2022", "2022/02/23", "2022年2月23日", "20220223", "2022-2-3", "2022-02-3", "22-02-23",
        "", "   ", "2022-02-23T", "2022-02-23T25:00:00", "2022-02-23T24:00:00", "2022-02-23T10:60:00",
        "2022-02-23T10:46:61", "2022-02-23T10", "2022-02-23T10:46:48.+08:00", "2022-02-23T10:46:48+15:00",
        "2022-02-23T10:46:48+08:60", "2022-02-23T10:46:48 Asia/Shanghai", "2022-02-23T10:46:48+08:00 extra",
        "2022-02-23x", "２０２２-02-23", "2022-０2-23",
        "Wed, 23 Foo 2022 10:46:48 GMT", "Xyz, 23 Feb 2022 10:46:48 GMT", "Wed 23 Feb 2022 10:46:48 GMT",
        "Wed, 23 Feb 22 10:46:48 GMT", "Wed, 30 Feb 2022 10:46:48 GMT", "Wed, 23 Feb 2022 GMT",
        "Wed, 23 Feb 2022 10:46:48 +08:00", "Wed, 23 Feb 2022 10:46:48 CCT", "Wed, 23 Feb 2022 1046 GMT",
        "Wed, 23 Feb 2022 10:46:48 GMT extra", "today", "tomorrow",
    ])
    func rejected(_ text: String) {
        #expect(DateParser.parse(text, timeZone: .shanghai) == nil)
    }

    @Test("RFC 2822 day and year are plain digits", arguments: [
        "Wed, +3 Feb 2022 10:46:48 GMT", "Wed, 23 Feb -202 10:46:48 GMT", "Wed, 23 Feb +202 10:46:48 GMT",
    ])
    func rfc2822SignedNumbersRejected(_ text: String) {
        #expect(DateParser.parse(text, timeZone: .shanghai) == nil)
    }

    @Test func acceptedFormsListedForMessages() {
        #expect(DateParser.acceptedForms == [
            "2022-02-23", "2022-02-23 10:46:48", "2022-02-23T10:46:48+08:00", "Wed, 23 Feb 2022 10:46:48 GMT",
        ])
        // Every form the message offers must itself parse.
        for form in DateParser.acceptedForms {
            #expect(DateParser.parse(form, timeZone: .shanghai) != nil, "\(form)")
        }
    }
}
