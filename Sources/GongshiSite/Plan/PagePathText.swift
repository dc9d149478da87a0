import GongshiCore

/// The path of a month-and-region page (`rosters/2024-12/430102001001.html`) written in one
/// allocation. A `Page` works its path out each time it is asked (`Page.outputPath`: a stored path
/// per page was 155 MB at province scale), and a one-roster build asks for every page's path
/// three times (its key, the staging tree, linking it unchanged): with string interpolation that
/// was 6% of the build's CPU.
enum PagePathText {
    /// `prefix` + `YYYY-MM` (when `month` is given) + `middle` + the region's 12 digits + `suffix`.
    /// `prefix`, `middle` and `suffix` are ASCII literals of the plan.
    static func make(
        _ prefix: StaticString, month: YearMonth?, _ middle: StaticString, region: RegionCode, suffix: StaticString = ".html"
    ) -> String {
        guard month.map({ (0...9999).contains($0.year) }) ?? true else {
            // Out of the 4-digit range (never a loaded month): the general form.
            return "\(prefix)\(month.map(\.description) ?? "")\(middle)\(region.digits)\(suffix)"
        }
        let count = prefix.utf8CodeUnitCount + (month == nil ? 0 : 7) + middle.utf8CodeUnitCount + 12 + suffix.utf8CodeUnitCount
        return String(unsafeUninitializedCapacity: count) { buffer in
            var at = 0
            func put(_ text: StaticString) {
                text.withUTF8Buffer { bytes in
                    for byte in bytes {
                        buffer[at] = byte
                        at += 1
                    }
                }
            }
            func put(_ number: Int, digits: Int) {
                var rest = number
                for index in stride(from: at + digits - 1, through: at, by: -1) {
                    buffer[index] = UInt8(ascii: "0") + UInt8(truncatingIfNeeded: rest % 10)
                    rest /= 10
                }
                at += digits
            }
            put(prefix)
            if let month {
                put(month.year, digits: 4)
                buffer[at] = UInt8(ascii: "-")
                at += 1
                put(month.month, digits: 2)
            }
            put(middle)
            var digits = region.digits  // 12 bytes: a small string, no allocation
            digits.withUTF8 { bytes in
                for byte in bytes {
                    buffer[at] = byte
                    at += 1
                }
            }
            put(suffix)
            return at
        }
    }
}
