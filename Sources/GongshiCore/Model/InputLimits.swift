import Foundation

/// Limits on the site's input, checked before any work is done on it, so that no file (a roster
/// exported by mistake with a million rows, a YAML alias bomb) can make a build take all the
/// memory or run for minutes. `site.yaml` `limits:` changes the file size; site.yaml itself is
/// always read under the default.
public struct InputLimits: Sendable, Equatable {
    /// 64 MiB: a whole county's roster for a month is a few MiB.
    public static let defaultMaxFileSize: Int64 = 64 << 20
    /// The smallest and largest `limits.max_file_size` a site may set.
    public static let allowedMaxFileSize: ClosedRange<Int64> = (1 << 10)...(1 << 30)
    /// Articles and notices (Markdown): 4 MiB, whatever `max_file_size` says. A long notice is
    /// 50 KiB; Markdown costs the renderer up to 200 bytes of memory per byte of text (`[[[[…`),
    /// so this bound keeps a build under 2 GiB (bench/limits.sh).
    public static let maxDocumentSize: Int64 = 4 << 20
    /// Records of one CSV file (the header counts): a village's roster for a month has tens to
    /// hundreds of households, a raw export of a whole county a few tens of thousands. A bound
    /// here keeps a mistaken export (a million rows) from taking gigabytes before any check runs.
    public static let maxCSVRows = 100_000
    /// Fields of one CSV record: a roster has about ten columns, a raw export a few dozen.
    public static let maxCSVColumns = 256
    /// Bytes of one CSV cell: a name is a few characters, a 备注 a sentence; 2 KiB is about 680
    /// Chinese characters. A cell of megabytes would cost every check that reads cells.
    public static let maxCSVCellBytes = 2048
    /// Nesting depth of YAML collections (`[`, `{`, indentation). Site YAML needs about 4.
    public static let maxYAMLDepth = 32

    /// Largest size of any one file the site reads, in bytes.
    public var maxFileSize: Int64
    /// Whether these are the limits for a Markdown document (their message differs: raising
    /// `max_file_size` does not help).
    public var isDocumentLimit = false

    /// The limits for an article or notice.
    public var forDocuments: InputLimits {
        var limits = InputLimits(maxFileSize: min(maxFileSize, Self.maxDocumentSize))
        limits.isDocumentLimit = Self.maxDocumentSize < maxFileSize
        return limits
    }

    public init(maxFileSize: Int64 = InputLimits.defaultMaxFileSize) {
        self.maxFileSize = maxFileSize
    }

    /// `64MiB`, `512KiB`, `1GiB` or a plain number of bytes (`1048576`); nil for anything else.
    public static func parseSize(_ text: String) -> Int64? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        let units: [(suffix: String, shift: Int64)] = [("KiB", 10), ("MiB", 20), ("GiB", 30)]
        var digits = Substring(trimmed)
        var shift: Int64 = 0
        for unit in units where trimmed.hasSuffix(unit.suffix) {
            digits = trimmed.dropLast(unit.suffix.count)
            shift = unit.shift
        }
        digits = Substring(digits.trimmingCharacters(in: .whitespaces))
        guard !digits.isEmpty, digits.count <= 10, digits.utf8.allSatisfy({ $0 >= 48 && $0 <= 57 }),
              let value = Int64(digits)
        else { return nil }
        let (scaled, overflow) = value.multipliedReportingOverflow(by: Int64(1) << shift)
        return overflow ? nil : scaled
    }

    /// A size the way a clerk reads it: `64 MiB`, `1.5 MiB`, `900 字节`.
    public static func describe(bytes: Int64) -> String {
        let units: [(String, Int64)] = [("GiB", 1 << 30), ("MiB", 1 << 20), ("KiB", 1 << 10)]
        for (name, size) in units where bytes >= size {
            let tenths = (bytes * 10 + size - 1) / size  // rounded up: never shown equal to a limit it exceeds
            return tenths % 10 == 0 ? "\(tenths / 10) \(name)" : "\(tenths / 10).\(tenths % 10) \(name)"
        }
        return Messages.byteCount(bytes)
    }
}
