/// The text a person gets out of an opaque binary payload (a maker note, an unknown metadata
/// chunk, trailing bytes) with a `strings`-like tool: runs of printable text, as UTF-8 and as
/// UTF-16 in either byte order, each run set apart by a wall.
///
/// A run counts when it has at least four characters, or at least two CJK characters (a name).
/// UTF-16 runs with CJK must end with a NUL unit, may not consist of printable ASCII bytes only
/// (ASCII text read two bytes at a time looks like CJK) and may not have a zero low byte in every
/// unit (big-endian numbers read as little-endian do): such junk must not be judged.
/// Where UTF-16 runs overlap (the same bytes read at another alignment or order), the longest
/// wins; bytes that read as both ASCII and UTF-16 CJK give both.
enum PrintableRuns {
    static let minimumLength = 4

    static func append(_ bytes: [UInt8], _ range: Range<Int>, to text: inout ReaderText) {
        var wide = [Run]()
        for order in [ByteOrder.little, .big] {
            for alignment in 0...1 {
                wide += utf16Runs(bytes, range, order: order, alignment: alignment)
            }
        }
        // Longest first; a UTF-16 run over bytes another one already took misreads them (another
        // alignment or byte order). UTF-8 runs are all kept: the same bytes may be both.
        wide.sort { $0.scalars.count > $1.scalars.count }
        var taken = [Bool](repeating: false, count: range.count)
        wide = wide.filter { run in
            let bytes = (run.start - range.lowerBound)..<(run.end - range.lowerBound)
            guard !taken[bytes].contains(true) else { return false }
            for index in bytes { taken[index] = true }
            return true
        }
        let runs = (utf8Runs(bytes, range) + wide).sorted { $0.start < $1.start }
        for run in runs {
            text.appendWall(at: run.start)
            for (scalar, offset) in zip(run.scalars, run.offsets) { text.append(scalar, at: offset) }
        }
        if !runs.isEmpty { text.appendWall(at: range.upperBound) }
    }

    private struct Run {
        var scalars: [Unicode.Scalar] = []
        var offsets: [Int] = []
        var cjkCount = 0
        /// Offset after the run's last byte.
        var end = 0
        var start: Int { offsets.first ?? 0 }

        mutating func add(_ scalar: Unicode.Scalar, at offset: Int, width: Int) {
            scalars.append(scalar)
            offsets.append(offset)
            end = offset + width
            if isCJK(scalar.value) { cjkCount += 1 }
        }
    }

    private static func utf8Runs(_ bytes: [UInt8], _ range: Range<Int>) -> [Run] {
        var runs = [Run]()
        var run = Run()
        func flush() {
            if run.scalars.count >= minimumLength || run.cjkCount >= 2 { runs.append(run) }
            run = Run()
        }
        var index = range.lowerBound
        while index < range.upperBound {
            if let (scalar, length) = StrictUTF8.decode(bytes, at: index, end: range.upperBound), isPrintable(scalar) {
                run.add(scalar, at: index, width: length)
                index += length
            } else {
                flush()
                index += 1
            }
        }
        flush()
        return runs
    }

    private static func utf16Runs(_ bytes: [UInt8], _ range: Range<Int>, order: ByteOrder, alignment: Int) -> [Run] {
        var runs = [Run]()
        var run = Run()
        var allBytesASCII = true
        var allLowBytesZero = true
        func flush(terminated: Bool) {
            defer { run = Run(); allBytesASCII = true; allLowBytesZero = true }
            if run.cjkCount > 0 {
                // Real UTF-16 CJK text: NUL-terminated, not ASCII bytes read in pairs, not numbers.
                guard terminated, run.cjkCount >= 2 || run.scalars.count >= minimumLength, !allBytesASCII,
                      !allLowBytesZero
                else { return }
                runs.append(run)
            } else if order == .little, run.scalars.count >= minimumLength {
                // ASCII as UTF-16 big-endian is the little-endian run one byte later: keep one.
                runs.append(run)
            }
        }
        var index = range.lowerBound + alignment
        while index + 1 < range.upperBound {
            guard let unit = bytes.uint16(at: index, order) else { break }
            if isPrintableUTF16(unit) {
                if !(0x20...0x7E).contains(bytes[index]) || !(0x20...0x7E).contains(bytes[index + 1]) {
                    allBytesASCII = false
                }
                if unit & 0xFF != 0 { allLowBytesZero = false }
                if let scalar = Unicode.Scalar(UInt32(unit)) { run.add(scalar, at: index, width: 2) }
            } else {
                flush(terminated: unit == 0)
            }
            index += 2
        }
        flush(terminated: false)
        return runs
    }

    private static func isPrintable(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return (0x20...0x7E).contains(scalar.value) || scalar == "\t" }
        switch scalar.properties.generalCategory {
        case .control, .format, .surrogate, .privateUse, .unassigned, .lineSeparator, .paragraphSeparator:
            return false
        default:
            return scalar.value >= 0xA0
        }
    }

    /// Printable ASCII, or the CJK and full-width ranges names and numbers are written in.
    private static func isPrintableUTF16(_ unit: Int) -> Bool {
        (0x20...0x7E).contains(unit) || isCJK(UInt32(unit))
    }

    private static func isCJK(_ value: UInt32) -> Bool {
        (0x3000...0x303F).contains(value) || (0x3400...0x4DBF).contains(value)
            || (0x4E00...0x9FFF).contains(value) || (0xFF01...0xFF5E).contains(value)
    }
}
