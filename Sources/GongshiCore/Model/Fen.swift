/// An amount of money in fen (分), the unit the tool computes in: 1 yuan (元) = 100 fen.
/// Never a `Double`, so sums and comparisons are exact.
///
/// `+`, `-` and `*` trap on overflow like `Int64`; with amounts from files, use `sum(_:)` and
/// `multiplied(by:)`, which return nil instead. An amount `parseYuan` accepts is below 10¹⁴ fen,
/// so tens of thousands of them add up safely.
public struct Fen: Sendable, Hashable, Comparable, AdditiveArithmetic, CustomStringConvertible {
    public var value: Int64

    public init(value: Int64) { self.value = value }

    /// Same as `init(value:)`.
    public init(_ value: Int64) { self.value = value }

    /// Whole yuan, e.g. `Fen(yuan: 600)` is 60,000 fen.
    public init(yuan: Int64) { self.value = yuan * 100 }

    public static let zero = Fen(0)

    public static let acceptedFormsMessage = Messages.yuanAcceptedForms

    /// The most integer digits `parseYuan` accepts (just under a trillion yuan).
    public static let maxIntegerDigits = 12

    /// Parses a yuan amount as clerks type it: ASCII digits, optionally a point and one or two
    /// decimals (`600`, `600.5`, `600.50`, `0`, `0.00`). Spaces, tabs and ideographic spaces
    /// (U+3000) around it are ignored. Anything else is nil: signs, units, thousands separators,
    /// full-width digits, Chinese numerals, `.5`, `600.`, exponents, a third decimal, an empty
    /// text, more than 12 integer digits (leading zeros included).
    public static func parseYuan(_ text: String) -> Fen? {
        let bytes = Array(text.utf8)
        var start = 0, end = bytes.count
        while start < end, let width = spaceWidth(bytes, at: start) { start += width }
        while start < end, let width = spaceWidth(bytes, endingAt: end) { end -= width }

        var yuan: Int64 = 0
        var i = start
        while i < end, isDigit(bytes[i]) {
            yuan = yuan * 10 + Int64(bytes[i] - 0x30)
            i += 1
        }
        let integerDigits = i - start
        guard integerDigits >= 1, integerDigits <= maxIntegerDigits else { return nil }

        var fen: Int64 = 0
        if i < end {
            guard bytes[i] == 0x2E else { return nil }  // "."
            i += 1
            let decimalsStart = i
            while i < end, isDigit(bytes[i]) {
                fen = fen * 10 + Int64(bytes[i] - 0x30)
                i += 1
            }
            switch i - decimalsStart {
            case 1: fen *= 10
            case 2: break
            default: return nil
            }
            guard i == end else { return nil }
        }
        return Fen(yuan * 100 + fen)
    }

    private static func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }

    // Space, tab, U+3000 (E3 80 80 in UTF-8).
    private static func spaceWidth(_ bytes: [UInt8], at i: Int) -> Int? {
        if bytes[i] == 0x20 || bytes[i] == 0x09 { return 1 }
        if i + 3 <= bytes.count, bytes[i] == 0xE3, bytes[i + 1] == 0x80, bytes[i + 2] == 0x80 { return 3 }
        return nil
    }

    private static func spaceWidth(_ bytes: [UInt8], endingAt end: Int) -> Int? {
        if bytes[end - 1] == 0x20 || bytes[end - 1] == 0x09 { return 1 }
        if end >= 3, bytes[end - 3] == 0xE3, bytes[end - 2] == 0x80, bytes[end - 1] == 0x80 { return 3 }
        return nil
    }

    // MARK: Display

    /// With thousands separators and two decimals: `1,234.00`, `0.00`, `-5.30`.
    public var yuanDisplay: String { format(groupThousands: true) }

    /// Two decimals, no separators: `1234.00`.
    public var yuanPlain: String { format(groupThousands: false) }

    public var description: String { yuanPlain }

    private func format(groupThousands: Bool) -> String {
        let magnitude = value.magnitude  // UInt64: Int64.min has no positive Int64
        let digits = String(magnitude / 100)
        var integer = ""
        if groupThousands {
            for (offset, digit) in digits.enumerated() {
                if offset > 0 && (digits.count - offset) % 3 == 0 { integer.append(",") }
                integer.append(digit)
            }
        } else {
            integer = digits
        }
        let cents = magnitude % 100
        return (value < 0 ? "-" : "") + integer + (cents < 10 ? ".0" : ".") + String(cents)
    }

    // MARK: Arithmetic

    public static func < (lhs: Fen, rhs: Fen) -> Bool { lhs.value < rhs.value }
    public static func + (lhs: Fen, rhs: Fen) -> Fen { Fen(lhs.value + rhs.value) }
    public static func - (lhs: Fen, rhs: Fen) -> Fen { Fen(lhs.value - rhs.value) }
    public static func * (lhs: Fen, rhs: Int) -> Fen { Fen(lhs.value * Int64(rhs)) }
    public static func * (lhs: Int, rhs: Fen) -> Fen { rhs * lhs }

    /// `self × count` (say, a per-person amount times persons), or nil on overflow.
    public func multiplied(by count: Int) -> Fen? {
        let (result, overflow) = value.multipliedReportingOverflow(by: Int64(count))
        return overflow ? nil : Fen(result)
    }

    /// `self + other`, or nil on overflow.
    public func adding(_ other: Fen) -> Fen? {
        let (result, overflow) = value.addingReportingOverflow(other.value)
        return overflow ? nil : Fen(result)
    }

    /// The total of `amounts` (zero when empty), or nil on overflow.
    public static func sum(_ amounts: some Sequence<Fen>) -> Fen? {
        var total = Fen.zero
        for amount in amounts {
            guard let next = total.adding(amount) else { return nil }
            total = next
        }
        return total
    }

    public var isZero: Bool { value == 0 }
    public var isNegative: Bool { value < 0 }
}
