import GongshiCore

/// `Fen.yuanDisplay` (`1,234.56`, `-5.30`) written straight into a string's bytes. Every
/// household row and every totals row shows an amount; the general formatter builds the text a
/// `Character` at a time, which at city scale (half a million rows, each on two pages) cost more
/// than rendering the row. `YuanTextTests` checks it against `yuanDisplay`.
enum YuanText {
    static func display(_ amount: Fen) -> String {
        let negative = amount.value < 0
        let magnitude = amount.value.magnitude  // UInt64: Int64.min has no positive Int64
        var integer = magnitude / 100
        let cents = magnitude % 100
        // At most 20 digits, 6 separators, the point, 2 decimals and a sign: 30 bytes. Written
        // from the end of a scratch buffer, then copied to the front of the string's storage.
        var scratch: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
        return withUnsafeMutableBytes(of: &scratch) { raw in
            var position = raw.count
            func put(_ byte: UInt8) {
                position -= 1
                raw[position] = byte
            }
            put(UInt8(ascii: "0") + UInt8(cents % 10))
            put(UInt8(ascii: "0") + UInt8(cents / 10))
            put(UInt8(ascii: "."))
            var digits = 0
            repeat {
                if digits > 0, digits % 3 == 0 { put(UInt8(ascii: ",")) }
                put(UInt8(ascii: "0") + UInt8(integer % 10))
                integer /= 10
                digits += 1
            } while integer > 0
            if negative { put(UInt8(ascii: "-")) }
            let text = UnsafeRawBufferPointer(rebasing: raw[position...])
            return String(unsafeUninitializedCapacity: text.count) { buffer in
                for index in 0..<text.count { buffer[index] = text[index] }
                return text.count
            }
        }
    }
}
