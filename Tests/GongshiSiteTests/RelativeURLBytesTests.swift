import Testing
@testable import GongshiSite

/// `RelativeURL.between` works on bytes for speed: it must give exactly what the plain
/// segment-by-segment definition gives, for every pair of paths a site has.
@Suite struct RelativeURLBytesTests {
    /// The definition: folders of `from`, minus the common ones, as `..`, then the rest of `to`,
    /// each segment percent-encoded.
    static func reference(from: String, to: String) -> String {
        var fromDirs = from.split(separator: "/").map(String.init)
        fromDirs.removeLast()
        let toParts = to.split(separator: "/").map(String.init)
        var common = 0
        while common < fromDirs.count, common < toParts.count - 1, fromDirs[common] == toParts[common] { common += 1 }
        let ups = Array(repeating: "..", count: fromDirs.count - common)
        return (ups + toParts[common...].map(RelativeURL.percentEncodePathSegment)).joined(separator: "/")
    }

    @Test func examples() {
        #expect(RelativeURL.between(from: "index.html", to: "articles/a.html") == "articles/a.html")
        #expect(RelativeURL.between(from: "articles/a.html", to: "notices/b.html") == "../notices/b.html")
        #expect(RelativeURL.between(from: "articles/a.html", to: "articles/a.html") == "a.html")
        #expect(RelativeURL.between(from: "rosters/2024-05/410829101201.html", to: "rosters/2024-05/index.html") == "index.html")
        #expect(RelativeURL.between(from: "print/2024-05/1.html", to: "assets/print.css") == "../../assets/print.css")
        #expect(RelativeURL.between(from: "articles/a.html", to: "articles/政策 解读.html") == "%E6%94%BF%E7%AD%96%20%E8%A7%A3%E8%AF%BB.html")
    }

    @Test func everyPairOfGeneratedPathsMatchesTheDefinition() {
        let segments = ["a", "b", "rosters", "2024-05", "政策", "x y", "index.html", "p~q.html", "%"]
        var generator = SystemRandomNumberGenerator()
        var paths: [String] = []
        for _ in 0..<300 {
            let depth = Int.random(in: 1...4, using: &generator)
            paths.append((0..<depth).map { _ in segments.randomElement(using: &generator) ?? "a" }.joined(separator: "/"))
        }
        for from in paths.prefix(60) {
            for to in paths {
                #expect(RelativeURL.between(from: from, to: to) == Self.reference(from: from, to: to), "\(from) → \(to)")
            }
        }
    }
}
