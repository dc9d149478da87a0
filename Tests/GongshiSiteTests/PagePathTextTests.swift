import Testing
@testable import GongshiCore
@testable import GongshiSite

/// The month-and-region paths written in one allocation (`PagePathText`) are exactly the paths
/// string interpolation gave, for every page kind that has one and at the edges of the year range.
@Suite struct PagePathTextTests {
    static let regions = ["430102001001", "410829101201", "000000000001", "999999999999", "410829000000"].compactMap(RegionCode.init)

    static var months: [YearMonth] {
        let ordinary = [(1, 1), (5, 9), (999, 12), (2024, 1), (2026, 11), (9999, 12)].compactMap { YearMonth(year: $0.0, month: $0.1) }
        // `previous` and `next` step out of 1...9999: the general form is kept there.
        return ordinary + [YearMonth(year: 1, month: 1)!.previous, YearMonth(year: 9999, month: 12)!.next]
    }

    @Test func pathsAreThoseOfStringInterpolation() {
        #expect(Self.regions.count == 5)
        for month in Self.months {
            for region in Self.regions {
                #expect(SitePlan.rosterPath(month, region: region) == "rosters/\(month)/\(region.digits).html")
                #expect(SitePlan.printPath(month, region: region) == "\(SitePlan.printFolder)/\(month)/\(region.digits).html")
                #expect(SitePlan.printPath(month, region: region, standalone: true) == "\(month)/\(region.digits).html")
                #expect(SitePlan.cardsPath(month, region: region) == "\(month)/cards/\(region.digits).html")
            }
        }
        for region in Self.regions {
            #expect(SitePlan.regionHistoryPath(region) == "regions/\(region.digits).html")
        }
        let month = YearMonth(year: 2024, month: 12)!, village = RegionCode("430102001001")!
        #expect(SitePlan.rosterPath(month, region: village) == "rosters/2024-12/430102001001.html")
        #expect(SitePlan.printPath(month, region: village) == "print/2024-12/430102001001.html")
        #expect(SitePlan.cardsPath(month, region: village) == "2024-12/cards/430102001001.html")
        #expect(SitePlan.regionHistoryPath(village) == "regions/430102001001.html")
    }
}
