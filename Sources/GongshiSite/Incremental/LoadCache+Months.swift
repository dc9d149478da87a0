#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import GongshiCore

/// The load cache's month files, `month-YYYY-MM` beside `rosters-YYYY-MM`: each roster month's
/// summary (`RosterMonthSummary`), the load fingerprint it was made under and the trailing SHA-256
/// of the rows part it goes with (a build killed between writing the two, or another build's rows
/// part, must not pair a summary with rows it does not describe). A few hundred kilobytes a month
/// at city scale, read on every build; the rows part is megabytes.
///
/// Layout (after the header, the engine and before the trailing SHA-256 of all before it, like
/// every part): the fingerprint, the rows part's SHA-256 (or none), the summary, and a count of
/// per-file records (none yet: the place where a later stage keeps each CSV's path, SHA-256 and
/// messages, so that the rows part is read only for the months that need rows).
extension LoadCache {
    static let monthHeader = "gongshi-month-summary 1\n"

    /// A month file as read back.
    struct MonthRecord: Sendable, Equatable {
        let fingerprint: String
        let rowsPart: Digest32?
        let summary: RosterMonthSummary
    }

    enum MonthResult {
        case found(MonthRecord)
        case missing
        case unusable
    }

    static func monthFileName(_ month: YearMonth) -> String { "month-" + month.description }

    /// The month files in the folder (not the temporary files of a write in progress).
    static func monthFileNames(in folder: String) -> [String] {
        names(in: folder).filter { $0.hasPrefix("month-") && !$0.contains(".") }
    }

    static func encodedMonth(_ record: MonthRecord, engine: String) -> [UInt8] {
        var writer = MemoryByteWriter()
        writer.raw(Array(monthHeader.utf8))
        writer.text(engine)
        writer.text(record.fingerprint)
        if let rowsPart = record.rowsPart {
            writer.byte(1)
            writer.raw(rowsPart.bytes)
        } else {
            writer.byte(0)
        }
        record.summary.write(to: &writer)
        writer.count(0)  // per-file records
        writer.raw(SHA256.digest(writer.bytes))
        return writer.bytes
    }

    static func decodeMonth(_ bytes: [UInt8], engine: String) -> MonthResult {
        let header = Array(monthHeader.utf8)
        guard bytes.count >= header.count + 32, bytes.starts(with: header),
              SHA256.digest(bytes[..<(bytes.count - 32)]) == Array(bytes[(bytes.count - 32)...]) else { return .unusable }
        var reader = MemoryByteReader(bytes, from: header.count, to: bytes.count - 32)
        guard let writtenBy = reader.text(limit: 4096) else { return .unusable }
        guard writtenBy == engine else { return .missing }
        guard let fingerprint = reader.text(limit: 64), let flag = reader.byte(), flag <= 1 else { return .unusable }
        var rowsPart: Digest32?
        if flag == 1 {
            guard let digest = RosterMonthSummary.digest(&reader) else { return .unusable }
            rowsPart = digest
        }
        guard let summary = RosterMonthSummary.read(&reader), reader.count() == 0, reader.isAtEnd else { return .unusable }
        return .found(MonthRecord(fingerprint: fingerprint, rowsPart: rowsPart, summary: summary))
    }

    /// Writes the month file of each of `summaries` that is not on disk as `read` says (same key,
    /// fingerprint and rows part), with the rows part's SHA-256 from `rowsParts` (what `save`
    /// returned), and removes the month files of other months. Failures are not reported (the
    /// next build indexes those months from their rows).
    static func saveMonths(
        _ summaries: [RosterMonthSummary], fingerprint: String, rowsParts: [String: Digest32], read: [YearMonth: MonthRecord],
        siteFolder: String, engine: String = EngineIdentity.current
    ) {
        let folder = folder(siteFolder: siteFolder)
        var info = stat()
        guard stat(folder, &info) == 0, info.st_mode & S_IFMT == S_IFDIR else { return }
        var kept = Set<String>()
        for summary in summaries {
            let name = monthFileName(summary.month)
            let record = MonthRecord(fingerprint: fingerprint, rowsPart: rowsParts[part(ofMonth: summary.month)], summary: summary)
            if let old = read[summary.month], old.summary.key == summary.key, old.fingerprint == fingerprint,
               old.rowsPart == record.rowsPart {
                kept.insert(name)
                continue
            }
            if place(encodedMonth(record, engine: engine), at: folder + "/" + name) { kept.insert(name) }
        }
        for name in monthFileNames(in: folder) where !kept.contains(name) { unlink(folder + "/" + name) }
    }
}
