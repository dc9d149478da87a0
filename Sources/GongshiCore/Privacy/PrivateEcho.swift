/// Masks the private values inside a text that is about to be shown to someone (a message), the
/// way the privacy guard's findings show them: `1101**********002X`, `138****5678`.
public enum PrivateEcho {
    private static let scanner = PrivateValueScanner()

    public static func masked(_ text: String) -> String {
        let findings = scanner.scanText(text)
        guard !findings.isEmpty else { return text }
        var characters = Array(text)
        for finding in findings.reversed() {
            let start = min(finding.offset, characters.count)
            let end = min(start + finding.matched.count, characters.count)
            characters.replaceSubrange(start..<end, with: Array(finding.maskedEcho))
        }
        return String(characters)
    }
}
