/// A `LoadMemory` cut into parts that are written and read apart (`LoadCache`): one per roster
/// month folder (its CSVs and the month's audit findings) and one for the documents. A build after
/// one roster was saved then writes that month's part (a few megabytes at city scale), not the
/// whole memory (tens), and the parts are read back on every core. Any partition is correct: the
/// parts are only put together again (`merged`), and every result in them is keyed by the SHA-256
/// of the file it came from and by the fingerprint, never by the part it was kept in.
extension LoadMemory {
    /// Whether `encode` would write for this memory what it wrote for `old`: the same
    /// fingerprint, and the same kept results, each under the same SHA-256 (or month signature)
    /// with the same findings recorded (results are a function of those; see `isPerFile`).
    /// Compared in place, without building anything: a save asks this of every part.
    package func persistsAs(_ old: LoadMemory) -> Bool {
        guard fingerprint == old.fingerprint, documents.count == old.documents.count, listedOrder == old.listedOrder else { return false }
        var files = 0
        for (path, file) in rosterFiles where Self.isPersisted(file) {
            files += 1
            guard let before = old.rosterFiles[path], Self.isPersisted(before), before.sha256 == file.sha256,
                  (before.privacyFindings == nil) == (file.privacyFindings == nil) else { return false }
        }
        guard files == old.rosterFiles.values.count(where: Self.isPersisted) else { return false }
        var months = 0
        for (month, kept) in self.months where Self.isPersisted(kept) {
            months += 1
            guard let before = old.months[month], Self.isPersisted(before), before.signature == kept.signature,
                  (before.privacyFindings == nil) == (kept.privacyFindings == nil),
                  (before.rosterFindings == nil) == (kept.rosterFindings == nil) else { return false }
        }
        guard months == old.months.values.count(where: Self.isPersisted) else { return false }
        for (path, document) in documents {
            guard let before = old.documents[path], before.sha256 == document.sha256,
                  (before.privacyFindings == nil) == (document.privacyFindings == nil) else { return false }
        }
        return true
    }

    /// This memory cut into parts by name: `rosterPart` names the part of a roster file (by its
    /// site-relative path) and of a month, `documentPart` is the documents' part. Every part
    /// carries the fingerprint; the documents' part also the listed order; the reuse count is not kept.
    package func parts(
        rosterFilePart: (String) -> String, monthPart: (YearMonth) -> String, documentPart: String
    ) -> [String: LoadMemory] {
        // Parts are filled in an array (changed in place) and named at the end: a dictionary of
        // parts changed through its default subscript copied a part's tables on every insertion.
        var names: [String: Int] = [:]
        var parts: [LoadMemory] = []
        func position(_ name: String) -> Int {
            if let known = names[name] { return known }
            var part = LoadMemory()
            part.fingerprint = fingerprint
            parts.append(part)
            names[name] = parts.count - 1
            return parts.count - 1
        }
        // Each file's part first, then every part's table sized once: 24,000 files at city scale
        // grew their tables step by step, most of what a one-roster build's save spent.
        var fileParts: [Int] = []
        fileParts.reserveCapacity(rosterFiles.count)
        for path in rosterFiles.keys { fileParts.append(position(rosterFilePart(path))) }
        var sizes = [Int](repeating: 0, count: parts.count)
        for index in fileParts { sizes[index] += 1 }
        for (index, size) in sizes.enumerated() { parts[index].rosterFiles.reserveCapacity(size) }
        for ((path, file), index) in zip(rosterFiles, fileParts) { parts[index].rosterFiles[path] = file }
        for (month, kept) in months {
            let index = position(monthPart(month))
            parts[index].months[month] = kept
        }
        for (path, document) in documents {
            let index = position(documentPart)
            parts[index].documents[path] = document
        }
        if let listedOrder { parts[position(documentPart)].listedOrder = listedOrder }
        return names.mapValues { parts[$0] }
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
            if let order = part.listedOrder {
                guard whole.listedOrder == nil else { return nil }
                whole.listedOrder = order
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
