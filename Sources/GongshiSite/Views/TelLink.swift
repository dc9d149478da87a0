/// A `tel:` URI for an official number as the site writes it (`0391-7123456` → `tel:03917123456`),
/// so that a phone dials it from the page. Only numbers of `site.yaml` and `_month.yaml` (the
/// allow-listed official lines) are ever linked.
enum TelLink {
    /// nil when the number holds anything but digits, a leading `+` and the usual separators
    /// (`转` extensions, words), fewer than 3 digits or more than 15 (E.164's longest: more is two
    /// numbers written together): such a text is shown, not linked.
    static func uri(_ number: String) -> String? {
        var digits = ""
        for scalar in number.unicodeScalars {
            switch scalar {
            case "0"..."9": digits.unicodeScalars.append(scalar)
            case "+" where digits.isEmpty: digits.append("+")
            case "-", " ", "(", ")", "\u{2010}", "\u{2011}", "\u{2012}", "\u{2013}", "\u{FF0D}": continue
            default: return nil
            }
        }
        let count = digits.filter(\.isNumber).count
        return (3...15).contains(count) ? "tel:" + digits : nil
    }
}
