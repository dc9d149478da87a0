/// A `LoadMemory` cut into parts that are written and read apart (`LoadCache`): one per roster
/// month folder (its CSVs and the month's audit findings) and one for the documents. A build after
/// one roster was saved then writes that month's part (a few megabytes at city scale), not the
/// whole memory (tens), and the parts are read back on every core. Any partition is correct: the
/// parts are only put together again (`merged`), and every result in them is keyed by the SHA-256
/// of the file it came from and by the fingerprint, never by the part it was kept in.
extension LoadMemory {
    /// What a part's file says, in a form that compares equal exactly when the bytes `encode`
    /// writes for it would be equal: the fingerprint, and per kept result the SHA-256 it is keyed
    /// by and which findings it carries (results are a function of those; see `isPerFile`).
    package struct PersistedSummary: Equatable, Sendable {
        var fingerprint: String?
        var files: [String: FileSummary] = [:]
        var months: [YearMonth: MonthSummary] = [:]
        var documents: [String: FileSummary] = [:]

        struct FileSummary: Equatable, Sendable {
            let sha256: String
            let hasPrivacyFindings: Bool
        }

        struct MonthSummary: Equatable, Sendable {
            let signature: [String]
            let hasPrivacyFindings: Bool
            let hasRosterFindings: Bool
        }
    }

    /// The summary of what `encode` would write for this memory.
    package var persistedSummary: PersistedSummary {
        var summary = PersistedSummary(fingerprint: fingerprint)
        for (path, file) in rosterFiles where Self.isPersisted(file) {
            summary.files[path] = .init(sha256: file.sha256, hasPrivacyFindings: file.privacyFindings != nil)
        }
        for (month, kept) in months where Self.isPersisted(kept) {
            summary.months[month] = .init(signature: kept.signature, hasPrivacyFindings: kept.privacyFindings != nil,
                                          hasRosterFindings: kept.rosterFindings != nil)
        }
        for (path, document) in documents {
            summary.documents[path] = .init(sha256: document.sha256, hasPrivacyFindings: document.privacyFindings != nil)
        }
        return summary
    }

    /// This memory cut into parts by name: `rosterPart` names the part of a roster file (by its
    /// site-relative path) and of a month, `documentPart` is the documents' part. Every part
    /// carries the fingerprint; the reuse count is not kept.
    package func parts(
        rosterFilePart: (String) -> String, monthPart: (YearMonth) -> String, documentPart: String
    ) -> [String: LoadMemory] {
        var parts: [String: LoadMemory] = [:]
        func empty() -> LoadMemory {
            var part = LoadMemory()
            part.fingerprint = fingerprint
            return part
        }
        for (path, file) in rosterFiles { parts[rosterFilePart(path), default: empty()].rosterFiles[path] = file }
        for (month, kept) in months { parts[monthPart(month), default: empty()].months[month] = kept }
        for (path, document) in documents { parts[documentPart, default: empty()].documents[path] = document }
        return parts
    }

    /// The parts put together again, when they agree on the fingerprint and share no result
    /// (nil otherwise: the caller then keeps none of them). No parts: an empty memory.
    package static func merged(_ parts: [LoadMemory]) -> LoadMemory? {
        guard var whole = parts.first else { return nil }
        for part in parts.dropFirst() {
            guard part.fingerprint == whole.fingerprint else { return nil }
            for (path, file) in part.rosterFiles {
                guard whole.rosterFiles.updateValue(file, forKey: path) == nil else { return nil }
            }
            for (month, kept) in part.months {
                guard whole.months.updateValue(kept, forKey: month) == nil else { return nil }
            }
            for (path, document) in part.documents {
                guard whole.documents.updateValue(document, forKey: path) == nil else { return nil }
            }
        }
        return whole
    }

    /// Whether `encode` keeps a roster file: every row knows its cells' columns.
    static func isPersisted(_ file: RosterFileMemory) -> Bool { file.isPersistable }

    /// Whether `encode` keeps a month: an audit recorded findings for it.
    static func isPersisted(_ month: RosterMonthMemory) -> Bool {
        month.privacyFindings != nil || month.rosterFindings != nil
    }
}
