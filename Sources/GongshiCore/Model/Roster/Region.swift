/// A row of `content/regions.csv`.
public struct Region: Sendable, Hashable {
    public let code: RegionCode
    public let name: String
    /// The code that replaced this one when villages merged; a retired code is never reused.
    public let successor: RegionCode?
    public let location: SourceLocation

    public init(code: RegionCode, name: String, successor: RegionCode? = nil, location: SourceLocation) {
        self.code = code
        self.name = name
        self.successor = successor
        self.location = location
    }

    public var level: RegionCode.Level { code.level }
    public var isRetired: Bool { successor != nil }
}

/// Every region the site knows, by code.
public struct RegionDirectory: Sendable {
    public let regions: [RegionCode: Region]

    public init(_ regions: [Region]) {
        var byCode: [RegionCode: Region] = [:]
        for region in regions { byCode[region.code] = region }
        self.regions = byCode
    }

    public static let empty = RegionDirectory([])

    public subscript(code: RegionCode) -> Region? { regions[code] }

    public func name(of code: RegionCode) -> String { regions[code]?.name ?? code.digits }

    /// Sorted codes at one level.
    public func codes(at level: RegionCode.Level) -> [RegionCode] {
        regions.keys.filter { $0.level == level }.sorted()
    }

    /// Full name from the county down: 云台县柳林镇柳林村.
    public func qualifiedName(of code: RegionCode, from top: RegionCode.Level = .county) -> String {
        var parts: [String] = []
        var current: RegionCode? = code
        while let c = current, c.level >= top {
            parts.insert(name(of: c), at: 0)
            current = c.parent
        }
        return parts.joined()
    }
}
