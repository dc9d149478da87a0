import Foundation
import Yams

/// Reads the `privacy:` block of `site.yaml` into `SiteConfig`: the official numbers and mailboxes
/// that may be published, and the files a person reviewed. Each entry is checked for its shape
/// here, so a typo is an error at its line and column rather than an allow-list that matches nothing.
enum PrivacySettingsParser {
    static let knownKeys = ["allowed_numbers", "allowed_emails", "reviewed_files"]
    static let reviewedFileKeys = ["sha256", "reason"]

    static func parse(_ node: Node, file: SourceLocation, into config: inout SiteConfig, log: inout DiagnosticLog) {
        let reader = YAMLMappingReader(file: file.file)
        reader.read(node, known: knownKeys, log: &log) { key, value, at, log in
            switch key {
            case "allowed_numbers":
                config.allowedNumbers = reader.textList(value, key: "privacy." + key, at: at, log: &log) ?? []
            case "allowed_emails":
                config.allowedEmails = emails(value, reader: reader, at: at, log: &log)
            case "reviewed_files":
                config.reviewedFiles = reviewedFiles(value, reader: reader, log: &log)
            default:
                break
            }
        }
    }

    /// Trimmed and lowercased; an entry without `@` (or with nothing on one side of it) is an error.
    private static func emails(_ node: Node, reader: YAMLMappingReader, at: SourceLocation, log: inout DiagnosticLog) -> [String] {
        if YAMLReader.isNull(node) { return [] }
        let items: [Node]
        switch node {
        case .scalar: items = [node]
        case .sequence(let list): items = Array(list)
        default:
            log.error(at, Messages.expectedTextList("privacy.allowed_emails"))
            return []
        }
        var emails: [String] = []
        for item in items {
            guard let text = YAMLReader.string(item) else {
                log.error(reader.location(of: item), Messages.expectedTextList("privacy.allowed_emails"))
                continue
            }
            let address = text.trimmingCharacters(in: .whitespaces).lowercased()
            guard isAddress(address) else {
                log.error(reader.location(of: item), Messages.allowedEmailNotAnAddress)
                continue
            }
            emails.append(address)
        }
        return emails
    }

    /// One `@` with text on both sides and no spaces.
    static func isAddress(_ text: String) -> Bool {
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        return parts.count == 2 && parts.allSatisfy { !$0.isEmpty }
            && !text.unicodeScalars.contains { $0.properties.isWhitespace }
    }

    private static func reviewedFiles(_ node: Node, reader: YAMLMappingReader, log: inout DiagnosticLog) -> [ReviewedFile] {
        if YAMLReader.isNull(node) { return [] }
        guard case .sequence(let items) = node else {
            log.error(reader.location(of: node), Messages.reviewedFilesShape)
            return []
        }
        var files: [ReviewedFile] = []
        for item in items {
            let entryAt = reader.location(of: item)
            guard case .mapping = item else {
                log.error(entryAt, Messages.reviewedFilesShape)
                continue
            }
            var hash: String?
            var reason: String?
            var hashWritten = false
            let errorsBefore = log.all.count
            reader.read(item, known: reviewedFileKeys, log: &log) { key, value, at, log in
                switch key {
                case "sha256":
                    hashWritten = true
                    guard let text = YAMLReader.string(value), let digest = sha256(text) else {
                        log.error(at, Messages.reviewedFileHash)
                        return
                    }
                    hash = digest
                case "reason":
                    reason = YAMLReader.string(value)?.trimmingCharacters(in: .whitespacesAndNewlines)
                default:
                    break
                }
            }
            if !hashWritten { log.error(entryAt, Messages.reviewedFileNeedsHash) }
            if reason?.isEmpty ?? true { log.error(entryAt, Messages.reviewedFileNeedsReason) }
            guard log.all.count == errorsBefore, let hash, let reason else { continue }
            files.append(ReviewedFile(sha256: hash, reason: reason, location: entryAt))
        }
        return files
    }

    /// 64 hexadecimal digits, returned lowercased.
    static func sha256(_ text: String) -> String? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard trimmed.utf8.count == 64, trimmed.utf8.allSatisfy({ $0.isHexDigit }) else { return nil }
        return trimmed.lowercased()
    }
}

private extension UInt8 {
    var isHexDigit: Bool {
        (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(self) || (UInt8(ascii: "a")...UInt8(ascii: "f")).contains(self)
            || (UInt8(ascii: "A")...UInt8(ascii: "F")).contains(self)
    }
}
