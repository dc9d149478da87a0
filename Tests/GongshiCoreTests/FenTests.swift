import Testing
@testable import GongshiCore

@Suite("Fen")
struct FenTests {
    @Test("accepted yuan amounts", arguments: [
        ("600", 60_000),
        ("600.5", 60_050),
        ("600.50", 60_050),
        ("600.05", 60_005),
        ("0", 0),
        ("0.00", 0),
        ("0.0", 0),
        ("0.01", 1),
        ("1234.56", 123_456),
        (" 600 ", 60_000),
        ("\t600.50\t", 60_050),
        ("\u{3000}600\u{3000}", 60_000),  // ideographic spaces from a Chinese IME
        ("0600", 60_000),
        ("999999999999.99", 99_999_999_999_999),  // 12 integer digits
    ] as [(String, Int64)])
    func accepted(_ text: String, _ fen: Int64) {
        #expect(Fen.parseYuan(text) == Fen(fen))
    }

    @Test("refused yuan amounts", arguments: [
        "600.505", "-1", "-0", "六百", "1,200.00", "1，200", "600元", "￥600", "¥600", "６００", "600．00",
        "+600", ".5", "600.", "1e3", "", " ", "\u{3000}", "1000000000000", "0000000000001",
        "600 .5", "6 00", "600.5.0", "0x10", "600\n", "NaN", "600,5",
    ])
    func refused(_ text: String) {
        #expect(Fen.parseYuan(text) == nil)
    }

    @Test func display() {
        #expect(Fen(123_400).yuanDisplay == "1,234.00")
        #expect(Fen(0).yuanDisplay == "0.00")
        #expect(Fen(1_234_567_890).yuanDisplay == "12,345,678.90")
        #expect(Fen(5).yuanDisplay == "0.05")
        #expect(Fen(60_050).yuanDisplay == "600.50")
        #expect(Fen(100_000).yuanDisplay == "1,000.00")
        #expect(Fen(99_999_999_999_999).yuanDisplay == "999,999,999,999.99")
        #expect(Fen(-123_456_789).yuanDisplay == "-1,234,567.89")
        #expect(Fen(Int64.max).yuanDisplay == "92,233,720,368,547,758.07")
        #expect(Fen(Int64.min).yuanDisplay == "-92,233,720,368,547,758.08")
    }

    @Test func plain() {
        #expect(Fen(123_400).yuanPlain == "1234.00")
        #expect(Fen(0).yuanPlain == "0.00")
        #expect(Fen(1_234_567_890).yuanPlain == "12345678.90")
        #expect(Fen(-7).yuanPlain == "-0.07")
        #expect(Fen(60_050).description == "600.50")
    }

    @Test func parseAndDisplayRoundTrip() {
        for text in ["0.00", "0.01", "600.50", "1234.00", "999999999999.99"] {
            #expect(Fen.parseYuan(text)?.yuanPlain == text)
        }
    }

    @Test func arithmetic() {
        #expect(Fen(60_000) + Fen(50) == Fen(60_050))
        #expect(Fen(60_000) - Fen(60_050) == Fen(-50))
        #expect(Fen(60_050) * 3 == Fen(180_150))
        #expect(3 * Fen(60_050) == Fen(180_150))
        #expect(Fen.zero == Fen(0))
        #expect(Fen(yuan: 600) == Fen(60_000))
        #expect(Fen(value: 60_000) == Fen(60_000))
        #expect(Fen(value: 60_000).value == 60_000)
        var total = Fen.zero
        total += Fen(1)
        total -= Fen(3)
        #expect(total == Fen(-2))
        #expect(total.isNegative)
        #expect(Fen.zero.isZero)
    }

    @Test func sums() {
        let amounts = ["600.50", "0.10", "0.20", "1234"].compactMap(Fen.parseYuan)
        #expect(Fen.sum(amounts) == Fen(183_480))
        #expect(Fen.sum([Fen]()) == .zero)
        // 0.1 + 0.2 is exactly 0.3 in fen.
        #expect(Fen.sum([Fen.parseYuan("0.1"), Fen.parseYuan("0.2")].compactMap { $0 }) == Fen.parseYuan("0.3"))
        // 540,000 rows of 600.50 yuan.
        #expect(Fen.sum(Array(repeating: Fen(60_050), count: 540_000))?.yuanDisplay == "324,270,000.00")
    }

    @Test func overflowIsNilNotACrash() {
        #expect(Fen.sum([Fen(Int64.max), Fen(1)]) == nil)
        #expect(Fen(Int64.max).adding(Fen(1)) == nil)
        #expect(Fen(Int64.max / 2 + 1).multiplied(by: 2) == nil)
        #expect(Fen(60_050).multiplied(by: 4) == Fen(240_200))
        #expect(Fen(60_050).multiplied(by: 0) == .zero)
        // Largest accepted amount, summed 90,000 times, still fits.
        let largest = Fen.parseYuan("999999999999.99") ?? .zero
        #expect(Fen.sum(Array(repeating: largest, count: 90_000)) != nil)
    }

    @Test func comparison() {
        #expect(Fen(1) < Fen(2))
        #expect(Fen(-1) < Fen.zero)
        #expect([Fen(300), Fen(-5), Fen(20)].sorted() == [Fen(-5), Fen(20), Fen(300)])
        #expect([Fen(300), Fen(20)].max() == Fen(300))
    }

    @Test func acceptedFormsMessage() {
        #expect(Fen.acceptedFormsMessage == "金额应为不带单位和千位分隔符的数字，最多两位小数，例如 600、600.5、600.50")
        #expect(Fen.acceptedFormsMessage == Messages.yuanAcceptedForms)
    }
}
