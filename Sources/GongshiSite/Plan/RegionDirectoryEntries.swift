import GongshiCore

/// What the village directory (`regions/index.html`, 村庄查询) lists, from `regions.csv` and the
/// roster index: every current county, township and village in code order, each village with the
/// latest month it has a roster page in, and each retired code under the current code that
/// replaced it (following a chain of mergers to its end).
struct RegionDirectoryEntries: Sendable {
    struct Village: Sendable {
        let code: RegionCode
        /// The position in `RosterIndex.months` of the latest month with this village's roster; nil: none.
        let latestMonth: Int?
        /// Codes merged into this one (`撤销后代码`), in code order.
        let retired: [RegionCode]
    }

    struct Township: Sendable {
        let code: RegionCode
        /// The latest month with a page for this township (the latest of its villages').
        let latestMonth: Int?
        let villages: [Village]
        /// Townships merged into this one.
        let retired: [RegionCode]
    }

    struct County: Sendable {
        let code: RegionCode
        let townships: [Township]
    }

    let counties: [County]

    /// Whether the directory would list no village: then the site has no directory page.
    static func isEmpty(_ regions: RegionDirectory) -> Bool {
        !regions.regions.values.contains { $0.level == .village && !$0.isRetired }
    }

    init(regions: RegionDirectory, rosters: RosterIndex) {
        // A retired code is listed under the end of its chain of successors, at its own level.
        var retiredUnder: [RegionCode: [RegionCode]] = [:]
        for region in regions.regions.values where region.isRetired {
            guard let current = Self.currentSuccessor(of: region.code, in: regions),
                  current.level == region.level else { continue }
            retiredUnder[current, default: []].append(region.code)
        }
        func latest(_ code: RegionCode) -> Int? { rosters.monthsByVillage[code]?.last }

        var villagesByTownship: [RegionCode: [Village]] = [:]
        for code in regions.codes(at: .village) where regions[code]?.isRetired == false {
            villagesByTownship[code.ancestor(at: .township), default: []].append(
                Village(code: code, latestMonth: latest(code), retired: (retiredUnder[code] ?? []).sorted()))
        }
        var townshipsByCounty: [RegionCode: [Township]] = [:]
        for (township, villages) in villagesByTownship {
            let months = villages.compactMap(\.latestMonth)
            townshipsByCounty[township.ancestor(at: .county), default: []].append(Township(
                code: township, latestMonth: months.max(), villages: villages.sorted { $0.code < $1.code },
                retired: (retiredUnder[township] ?? []).sorted()))
        }
        counties = townshipsByCounty.keys.sorted().map { county in
            County(code: county, townships: (townshipsByCounty[county] ?? []).sorted { $0.code < $1.code })
        }
    }

    /// The current code at the end of `code`'s successors; nil when the chain leaves the
    /// directory or loops.
    static func currentSuccessor(of code: RegionCode, in regions: RegionDirectory) -> RegionCode? {
        var current = code
        var seen: Set<RegionCode> = [code]
        while let next = regions[current]?.successor {
            guard regions[next] != nil, seen.insert(next).inserted else { return nil }
            current = next
        }
        return current == code ? nil : current
    }
}
