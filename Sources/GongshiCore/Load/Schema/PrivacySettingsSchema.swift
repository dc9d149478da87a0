import Foundation

/// The entries of `site.yaml` `privacy:` that are more than text: mailboxes and reviewed files.
/// Each is checked for its shape here, so a typo is an error at its line and column rather than
/// an allow-list that matches nothing.
enum PrivacySettingsSchema {
    /// Trimmed and lowercased; an entry without `@` (or with nothing on one side of it) is an error.
    static func emails(_ value: YAMLValue, _ log: inout DiagnosticLog) -> [String] {
        guard let items = value.items else {
            log.error(value.at, Messages.expectedTextList(value.label))
            return []
        }
        var emails: [String] = []
        for item in items {
            guard let text = item.raw else {
                log.error(item.at, Messages.expectedTextList(value.label))
                continue
            }
            let address = text.trimmingCharacters(in: .whitespaces).lowercased()
            guard isAddress(address) else {
                log.error(item.at, Messages.allowedEmailNotAnAddress)
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

    struct ReviewedFileFields {
        var sha256: String?
        var reason: String?
    }

    static var reviewedFileSchema: YAMLSchema<ReviewedFileFields> {
        YAMLSchema([
            YAMLField(key: "sha256", type: "64 位十六进制", help: "文件的 SHA-256（gongshi check 的提示里给出）", nullIsAbsent: false) {
                value, item, log in
                guard let digest = value.raw.flatMap(sha256) else { return log.error(value.at, Messages.reviewedFileHash) }
                item.sha256 = digest
            },
            YAMLField(key: "reason", type: "文字", help: "谁审核、为什么可以公开") { value, item, _ in
                item.reason = value.raw?.trimmingCharacters(in: .whitespacesAndNewlines)
            },
        ])
    }

    static func reviewedFile(_ item: ReviewedFileFields, _ reading: YAMLSchema<ReviewedFileFields>.Reading,
                             _ log: inout DiagnosticLog) -> ReviewedFile? {
        var errors = reading.errors
        if !reading.written.contains("sha256") {
            log.error(reading.at, Messages.reviewedFileNeedsHash)
            errors += 1
        }
        if item.reason?.isEmpty ?? true {
            log.error(reading.at, Messages.reviewedFileNeedsReason)
            errors += 1
        }
        guard errors == 0, let hash = item.sha256, let reason = item.reason else { return nil }
        return ReviewedFile(sha256: hash, reason: reason, location: reading.at)
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
