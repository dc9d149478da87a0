/// Cleans the values of a raw export into the forms a roster accepts.
enum RawValueNormalizer {
    /// Full-width digits and punctuation to ASCII (`６００．５` → `600.5`), spaces trimmed.
    static func asciiDigits(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0xFF10...0xFF19: result.unicodeScalars.append(Unicode.Scalar(scalar.value - 0xFF10 + 0x30) ?? scalar)
            case 0xFF0E: result.append(".")
            case 0xFF0C: result.append(",")
            case 0xFF0D: result.append("-")
            case 0xFF0F: result.append("/")
            case 0x3000: result.append(" ")
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result.trimmingCharacters(in: .whitespaces)
    }

    /// `1,200.00元`, `￥600`, `６００` → Fen; nil when it is still not a plain amount.
    static func amount(_ text: String) -> Fen? {
        var cleaned = asciiDigits(text)
        for junk in [",", "元", "￥", "¥", " "] { cleaned = cleaned.replacingOccurrences(of: junk, with: "") }
        return Fen.parseYuan(cleaned)
    }

    /// A positive whole number of persons (`３` → 3, `3人` → 3).
    static func count(_ text: String) -> Int? {
        let cleaned = asciiDigits(text).replacingOccurrences(of: "人", with: "")
        guard !cleaned.isEmpty, cleaned.utf8.count <= 6, cleaned.utf8.allSatisfy({ $0 >= 48 && $0 <= 57 }),
              let value = Int(cleaned), value >= 1 else { return nil }
        return value
    }

    /// `2024-01`, `2024/1`, `202401`, `2024年1月`, `2024.01` → 2024-01.
    static func month(_ text: String) -> YearMonth? {
        let cleaned = asciiDigits(text)
        if let month = YearMonth(cleaned) { return month }
        let digits = cleaned.split { !$0.isASCII || !$0.isNumber }.map(String.init)
        if digits.count == 1, digits[0].count == 6, let year = Int(digits[0].prefix(4)), let month = Int(digits[0].suffix(2)) {
            return YearMonth(year: year, month: month)
        }
        if digits.count >= 2, digits[0].count == 4, let year = Int(digits[0]), let month = Int(digits[1]), digits[1].count <= 2 {
            return YearMonth(year: year, month: month)
        }
        return nil
    }
}
