/// A 12-digit 统计用区划代码 (2 province, 2 city, 2 county, 3 township, 3 village digits).
/// The stable key for URLs; names live beside codes, never in them.
public struct RegionCode: Sendable, Hashable, Comparable, CustomStringConvertible {
    public enum Level: Int, Sendable, Comparable {
        case province, city, county, township, village

        public static func < (a: Level, b: Level) -> Bool { a.rawValue < b.rawValue }

        public var chineseName: String {
            switch self {
            case .province: return "省级"
            case .city: return "市级"
            case .county: return "县级"
            case .township: return "乡级"
            case .village: return "村级"
            }
        }
    }

    /// Exactly 12 ASCII digits.
    public let digits: String
    /// The same digits as a number: hashing and comparing it is what makes half a million lookups cheap.
    private let number: UInt64

    public init?(_ text: String) {
        guard text.utf8.count == 12 else { return nil }
        var number: UInt64 = 0
        for byte in text.utf8 {
            guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
            number = number * 10 + UInt64(byte - UInt8(ascii: "0"))
        }
        digits = text
        self.number = number
    }

    public static func == (a: RegionCode, b: RegionCode) -> Bool { a.number == b.number }
    public func hash(into hasher: inout Hasher) { hasher.combine(number) }

    public var description: String { digits }

    /// The level, from the trailing zeros: province `xx0000000000`, city `xxxx00000000`,
    /// county `xxxxxx000000`, township `xxxxxxxxx000`, otherwise village.
    public var level: Level {
        let bytes = Array(digits.utf8)
        func zeros(from index: Int) -> Bool { bytes[index...].allSatisfy { $0 == UInt8(ascii: "0") } }
        if zeros(from: 2) { return .province }
        if zeros(from: 4) { return .city }
        if zeros(from: 6) { return .county }
        if zeros(from: 9) { return .township }
        return .village
    }

    /// The code of the enclosing region at `level` (itself when it is that level).
    public func ancestor(at level: Level) -> RegionCode {
        let keep: Int
        switch level {
        case .province: keep = 2
        case .city: keep = 4
        case .county: keep = 6
        case .township: keep = 9
        case .village: keep = 12
        }
        let prefix = digits.prefix(keep)
        return RegionCode(unchecked: String(prefix) + String(repeating: "0", count: 12 - keep))
    }

    /// The enclosing township of a village, county of a township, and so on; nil for a province.
    public var parent: RegionCode? {
        switch level {
        case .province: return nil
        case .city: return ancestor(at: .province)
        case .county: return ancestor(at: .city)
        case .township: return ancestor(at: .county)
        case .village: return ancestor(at: .township)
        }
    }

    private init(unchecked: String) {
        digits = unchecked
        number = unchecked.utf8.reduce(0) { $0 * 10 + UInt64($1 - UInt8(ascii: "0")) }
    }

    public static func < (a: RegionCode, b: RegionCode) -> Bool { a.number < b.number }
}
