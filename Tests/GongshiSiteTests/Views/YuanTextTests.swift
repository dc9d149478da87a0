import GongshiCore
import Testing
@testable import GongshiSite

/// `YuanText.display` must print every amount exactly as `Fen.yuanDisplay` does: pages show it.
@Suite struct YuanTextTests {
    @Test func edgeAmountsMatchYuanDisplay() {
        var values: [Int64] = [0, 1, 9, 10, 99, 100, 101, 999, 1_000, 99_999, 100_000, 123_456, 99_999_999, 100_000_000,
                               Int64.max, Int64.min, Int64.max - 1, Int64.min + 1]
        var power: Int64 = 1
        for _ in 0..<18 {
            values += [power - 1, power, power + 1]
            power *= 10
        }
        for value in values + values.map { $0 == Int64.min ? Int64.max : -$0 } {
            #expect(YuanText.display(Fen(value)) == Fen(value).yuanDisplay, "\(value)")
        }
    }

    @Test func generatedAmountsMatchYuanDisplay() {
        var random = SplitMix64(seed: 0x59_55_41_4E)
        for _ in 0..<40_000 {
            let digits = Int(random.next() % 19) + 1
            var magnitude: Int64 = 1
            for _ in 0..<(digits - 1) { magnitude *= 10 }
            let value = Int64(bitPattern: random.next()) % magnitude
            #expect(YuanText.display(Fen(value)) == Fen(value).yuanDisplay, "\(value)")
        }
    }

    @Test func examples() {
        #expect(YuanText.display(Fen(123_456)) == "1,234.56")
        #expect(YuanText.display(Fen(-530)) == "-5.30")
        #expect(YuanText.display(Fen(0)) == "0.00")
        #expect(YuanText.display(Fen(Int64.min)) == "-92,233,720,368,547,758.08")
    }
}
