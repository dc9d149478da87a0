import GongshiCore

/// Which notices name a region (`region:` in their front matter: the 幸福清单 of a county, a
/// township or a village). A village's pages list the notices of the village and of every region
/// above it; a township's, those of the township and above.
struct RegionNotices: Sendable {
    /// Positions in `SitePlan.notices` (display order) by the code their `region:` names.
    let byRegion: [RegionCode: [Int]]

    init(_ notices: [Document]) {
        var byRegion: [RegionCode: [Int]] = [:]
        for (position, notice) in notices.enumerated() {
            if let region = notice.region { byRegion[region, default: []].append(position) }
        }
        self.byRegion = byRegion
    }

    var isEmpty: Bool { byRegion.isEmpty }

    /// The notices for `code` and the regions above it, in display order (newest first).
    func notices(for code: RegionCode) -> [Int] {
        guard !byRegion.isEmpty else { return [] }
        let levels: [RegionCode.Level] = [.province, .city, .county, .township, .village].filter { $0 <= code.level }
        let codes = Set(levels.map { code.ancestor(at: $0) })
        return codes.flatMap { byRegion[$0] ?? [] }.sorted()
    }
}
