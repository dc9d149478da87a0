import GongshiCore

/// 新增 / 停保 / 调整 between a month and the one before, exactly as `RosterChanges.between` finds
/// them, without a `[String: Int]` of 45,000 记录编号 per month: that dictionary's hashing was most
/// of the plan stage at city scale. 记录编号 are short ASCII codes, so each is packed into 16 bytes
/// (its bytes and its length: two codes pack alike only when they are equal strings) and found in
/// an open-addressing table of row positions. A month with any 记录编号 that does not pack
/// (non-ASCII, longer than 15 bytes) takes `RosterChanges.between` itself.
enum RosterDiff {
    static func changes(previous: [Household]?, current: [Household]) -> RosterChanges {
        guard let previous else { return RosterChanges() }
        return changes(previous: previous, current: current,
                       previousKeys: PackedRecordID.all(previous), currentKeys: PackedRecordID.all(current))
    }

    /// `positions`, as the households at them.
    static func changes(
        previous: [Household], current: [Household], previousKeys: [PackedRecordID]?, currentKeys: [PackedRecordID]?
    ) -> RosterChanges {
        positions(previous: previous, current: current, previousKeys: previousKeys, currentKeys: currentKeys)
            .changes(previous: previous, current: current)
    }

    /// The changes as positions of rows, with each side's packed 记录编号 (`PackedRecordID.all`
    /// of that side, nil when one does not pack) made by the caller: a month is packed once
    /// though it is compared twice, with the month before it and with the month after.
    static func positions(
        previous: [Household], current: [Household], previousKeys: [PackedRecordID]?, currentKeys: [PackedRecordID]?
    ) -> RosterChangePositions {
        guard let previousKeys, let currentKeys, previousKeys.count == previous.count, currentKeys.count == current.count else {
            return RosterChangePositions.between(previous: previous, current: current)
        }
        // The last row of each 记录编号, as `between` keeps it.
        var table = PositionTable(count: previous.count)
        for (index, key) in previousKeys.enumerated() { table.set(key, index) }
        var seen = [Bool](repeating: false, count: previous.count)
        var positions = RosterChangePositions()
        // Rows read in place (fields compared where they are, not each household copied out).
        previous.withUnsafeBufferPointer { before in
            current.withUnsafeBufferPointer { now in
                for position in now.indices {
                    guard let index = table.find(currentKeys[position]) else {
                        positions.added.append(position)
                        continue
                    }
                    seen[index] = true
                    if before[index].amount != now[position].amount || before[index].persons != now[position].persons
                        || before[index].village != now[position].village {
                        positions.adjusted.append(RosterChangePositions.Adjusted(before: index, after: position))
                    }
                }
                for index in before.indices where !(table.find(previousKeys[index]).map { seen[$0] } ?? false) {
                    positions.stopped.append(index)
                }
            }
        }
        return positions
    }

    /// A 记录编号 of at most 15 ASCII bytes as two words: bytes 0–7, bytes 8–14 and the length.
    struct PackedRecordID: Equatable {
        let low: UInt64
        let high: UInt64

        init?(_ text: String) {
            var low: UInt64 = 0, high: UInt64 = 0, count = 0
            for byte in text.utf8 {
                guard byte < 0x80, count < 15 else { return nil }
                if count < 8 { low |= UInt64(byte) << (8 * count) } else { high |= UInt64(byte) << (8 * (count - 8)) }
                count += 1
            }
            self.low = low
            self.high = high | (UInt64(count) << 56)
        }

        /// Every row's packed 记录编号, or nil when one does not pack.
        static func all(_ households: [Household]) -> [PackedRecordID]? {
            var keys: [PackedRecordID] = []
            keys.reserveCapacity(households.count)
            let packed: Bool = households.withUnsafeBufferPointer { rows in
                for index in rows.indices {
                    guard let key = PackedRecordID(rows[index].recordID) else { return false }
                    keys.append(key)
                }
                return true
            }
            return packed ? keys : nil
        }

        var hash: UInt64 {
            let mixed = (low &* 0x9E37_79B9_7F4A_7C15) ^ (high &* 0xC2B2_AE3D_27D4_EB4F)
            return mixed ^ (mixed >> 29)
        }
    }

    /// Row positions by packed 记录编号: linear probing in a power-of-two table at most half full.
    struct PositionTable {
        private var keys: [PackedRecordID]
        private var positions: [Int32]
        private let mask: Int

        init(count: Int) {
            var capacity = 16
            while capacity < count * 2 { capacity *= 2 }
            keys = Array(repeating: PackedRecordID(low: 0, high: 0), count: capacity)
            positions = Array(repeating: -1, count: capacity)
            mask = capacity - 1
        }

        /// Sets (or replaces) the position of `key`.
        mutating func set(_ key: PackedRecordID, _ position: Int) {
            var slot = Int(truncatingIfNeeded: key.hash) & mask
            while positions[slot] >= 0, keys[slot] != key { slot = (slot + 1) & mask }
            keys[slot] = key
            positions[slot] = Int32(position)
        }

        func find(_ key: PackedRecordID) -> Int? {
            var slot = Int(truncatingIfNeeded: key.hash) & mask
            while positions[slot] >= 0 {
                if keys[slot] == key { return Int(positions[slot]) }
                slot = (slot + 1) & mask
            }
            return nil
        }
    }
}

extension RosterDiff.PackedRecordID {
    fileprivate init(low: UInt64, high: UInt64) {
        self.low = low
        self.high = high
    }
}
