import GongshiCore

/// A `RosterMonthSummary` as bytes, for the load cache's `month-YYYY-MM` files (`LoadCache`):
/// variable-length integers and texts (`MemoryByteWriter`), digests as their 32 bytes, tables in
/// sorted order so that the same summary always gives the same bytes. Read back only when it is
/// exactly what `write` writes (positions checked against the row count where they index the
/// month's rows), nil otherwise.
extension RosterMonthSummary {
    func write(to writer: inout MemoryByteWriter) {
        writer.count(month.year)
        writer.count(month.month)
        writer.raw(key.bytes)
        writer.count(villages.count)
        for village in villages { writer.text(village.digits) }
        Self.write(totals, to: &writer)
        writer.count(regions.codes.count)
        for (index, code) in regions.codes.enumerated() {
            writer.text(code.digits)
            Self.write(regions.totals[index], to: &writer)
            let counts = regions.counts[index]
            writer.count(counts.added)
            writer.count(counts.stopped)
            writer.count(counts.adjusted)
        }
        writer.byte(hasPrevious ? 1 : 0)
        writer.count(rowCount)
        writer.count(changes.added.count)
        for position in changes.added { writer.count(position) }
        writer.count(changes.stopped.count)
        for position in changes.stopped { writer.count(position) }
        writer.count(changes.adjusted.count)
        for pair in changes.adjusted {
            writer.count(pair.before)
            writer.count(pair.after)
        }
        writer.count(changes.villages.count)
        for (village, ranges) in changes.villages.sorted(by: { $0.key < $1.key }) {
            writer.text(village.digits)
            for range in [ranges.added, ranges.stopped, ranges.adjusted] {
                writer.count(range.lowerBound)
                writer.count(range.upperBound)
            }
        }
        writer.byte(keyParts.keyed ? 1 : 0)
        writer.raw(keyParts.notice.bytes)
        writer.raw(keyParts.summary.bytes)
        writer.raw(keyParts.whole.bytes)
        for table in [keyParts.villages, keyParts.townships] {
            writer.count(table.count)
            for (code, digest) in table.sorted(by: { $0.key < $1.key }) {
                writer.text(code.digits)
                writer.raw(digest.bytes)
            }
        }
    }

    static func read(_ reader: inout MemoryByteReader) -> RosterMonthSummary? {
        guard let year = reader.count(limit: 9999), let number = reader.count(limit: 12),
              let month = YearMonth(year: year, month: number), let key = digest(&reader),
              let villageCount = reader.count(limit: 1 << 24) else { return nil }
        var villages: [RegionCode] = []
        villages.reserveCapacity(min(villageCount, 1 << 16))
        for _ in 0..<villageCount {
            guard let code = code(&reader) else { return nil }
            villages.append(code)
        }
        guard let totals = totals(&reader), let regionCount = reader.count(limit: 1 << 24) else { return nil }
        var codes: [RegionCode] = [], regionTotals: [RosterTotals] = [], counts: [RosterIndex.ChangeCounts] = []
        for _ in 0..<regionCount {
            guard let code = code(&reader), let sums = Self.totals(&reader), let added = reader.count(),
                  let stopped = reader.count(), let adjusted = reader.count() else { return nil }
            codes.append(code)
            regionTotals.append(sums)
            counts.append(RosterIndex.ChangeCounts(added: added, stopped: stopped, adjusted: adjusted))
        }
        guard let regions = RosterRegionTotals(codes: codes, totals: regionTotals, counts: counts),
              let previousFlag = reader.byte(), previousFlag <= 1, let rowCount = reader.count(),
              let added = positions(&reader, below: rowCount), let stopped = positions(&reader, below: Int.max),
              let adjustedCount = reader.count(limit: rowCount) else { return nil }
        var adjusted: [RosterChangePositions.Adjusted] = []
        adjusted.reserveCapacity(adjustedCount)
        for _ in 0..<adjustedCount {
            guard let before = reader.count(), let after = reader.count(), after < rowCount else { return nil }
            adjusted.append(.init(before: before, after: after))
        }
        guard let rangeCount = reader.count(limit: 1 << 24) else { return nil }
        var ranges: [RegionCode: RosterChangeIndex.Ranges] = [:]
        for _ in 0..<rangeCount {
            guard let code = code(&reader), ranges[code] == nil else { return nil }
            var bounds: [Range<Int>] = []
            for _ in 0..<3 {
                guard let lower = reader.count(), let upper = reader.count(), lower <= upper else { return nil }
                bounds.append(lower..<upper)
            }
            ranges[code] = RosterChangeIndex.Ranges(added: bounds[0], stopped: bounds[1], adjusted: bounds[2])
        }
        guard let changes = RosterChangeIndex(added: added, stopped: stopped, adjusted: adjusted, villages: ranges),
              let keyedFlag = reader.byte(), keyedFlag <= 1, let notice = digest(&reader), let summary = digest(&reader),
              let whole = digest(&reader), let villageDigests = digests(&reader),
              let townshipDigests = digests(&reader) else { return nil }
        let parts = RosterKeyParts.Month(keyed: keyedFlag == 1, notice: notice, summary: summary, whole: whole,
                                         villages: villageDigests, townships: townshipDigests)
        return RosterMonthSummary(month: month, key: key, villages: villages, totals: totals, regions: regions,
                                  hasPrevious: previousFlag == 1, rowCount: rowCount, changes: changes, keyParts: parts)
    }

    private static func write(_ totals: RosterTotals, to writer: inout MemoryByteWriter) {
        writer.count(totals.households)
        writer.count(totals.persons)
        writer.signed(totals.amount.value)
    }

    private static func totals(_ reader: inout MemoryByteReader) -> RosterTotals? {
        guard let households = reader.count(), let persons = reader.count(), let amount = reader.signed() else { return nil }
        return RosterTotals(households: households, persons: persons, amount: Fen(value: amount))
    }

    private static func code(_ reader: inout MemoryByteReader) -> RegionCode? {
        reader.text(limit: 12).flatMap(RegionCode.init)
    }

    static func digest(_ reader: inout MemoryByteReader) -> Digest32? {
        guard let bytes = reader.peek(32), let digest = Digest32(bytes) else { return nil }
        reader.skip(32)
        return digest
    }

    private static func positions(_ reader: inout MemoryByteReader, below limit: Int) -> [Int]? {
        guard let count = reader.count(limit: 1 << 26) else { return nil }
        var positions: [Int] = []
        positions.reserveCapacity(min(count, 1 << 20))
        for _ in 0..<count {
            guard let position = reader.count(), position < limit else { return nil }
            positions.append(position)
        }
        return positions
    }

    private static func digests(_ reader: inout MemoryByteReader) -> [RegionCode: Digest32]? {
        guard let count = reader.count(limit: 1 << 24) else { return nil }
        var table: [RegionCode: Digest32] = [:]
        table.reserveCapacity(min(count, 1 << 16))
        for _ in 0..<count {
            guard let code = code(&reader), let digest = digest(&reader), table.updateValue(digest, forKey: code) == nil else {
                return nil
            }
            table[code] = digest
        }
        return table
    }
}
