/// The Luhn (mod 10) check of bank card numbers. Digits are passed as values 0–9.
enum LuhnCheck {
    static func isValid(_ digits: ArraySlice<UInt8>) -> Bool {
        guard !digits.isEmpty else { return false }
        var sum = 0
        var double = false
        for digit in digits.reversed() {
            var value = Int(digit)
            if double {
                value *= 2
                if value > 9 { value -= 9 }
            }
            sum += value
            double.toggle()
        }
        return sum % 10 == 0
    }
}
