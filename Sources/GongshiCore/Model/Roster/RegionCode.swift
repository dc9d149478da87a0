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

    /// The 12 digits as a number: the only stored value, so a code is 8 bytes, and hashing,
    /// comparing (the same order as the digit strings, all of one length) and finding an
    /// ancestor are arithmetic. Half a million households each carry one.
    private let number: UInt64

    public init?(_ text: String) {
        guard text.utf8.count == 12 else { return nil }
        var number: UInt64 = 0
        for byte in text.utf8 {
            guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
            number = number * 10 + UInt64(byte - UInt8(ascii: "0"))
        }
        self.number = number
    }

    private init(number: UInt64) {
        self.number = number
    }

    /// Exactly 12 ASCII digits (a small string: no allocation).
    public var digits: String {
        String(unsafeUninitializedCapacity: 12) { buffer in
            var rest = number
            for index in stride(from: 11, through: 0, by: -1) {
                buffer[index] = UInt8(ascii: "0") + UInt8(truncatingIfNeeded: rest % 10)
                rest /= 10
            }
            return 12
        }
    }

    public static func == (a: RegionCode, b: RegionCode) -> Bool { a.number == b.number }
    public func hash(into hasher: inout Hasher) { hasher.combine(number) }

    public var description: String { digits }

    /// 10^(12 - digits kept) for each level: what an ancestor's code is a multiple of.
    private static func scale(keeping level: Level) -> UInt64 {
        switch level {
        case .province: 10_000_000_000  // 2 digits kept
        case .city: 100_000_000  // 4
        case .county: 1_000_000  // 6
        case .township: 1_000  // 9
        case .village: 1  // 12
        }
    }

    /// The level, from the trailing zeros: province `xx0000000000`, city `xxxx00000000`,
    /// county `xxxxxx000000`, township `xxxxxxxxx000`, otherwise village.
    public var level: Level {
        if number % Self.scale(keeping: .province) == 0 { return .province }
        if number % Self.scale(keeping: .city) == 0 { return .city }
        if number % Self.scale(keeping: .county) == 0 { return .county }
        if number % Self.scale(keeping: .township) == 0 { return .township }
        return .village
    }

    /// The code of the enclosing region at `level` (itself when it is that level).
    public func ancestor(at level: Level) -> RegionCode {
        let scale = Self.scale(keeping: level)
        return RegionCode(number: number / scale * scale)
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

    public static func < (a: RegionCode, b: RegionCode) -> Bool { a.number < b.number }
}
