/// A read-only set of 64-bit hash values, for the membership test `KnownNames.matches` makes for
/// every window of CJK text. The values are already uniformly random (keyed SipHash), so their
/// bits index the structures directly: no second hash as `Set<UInt64>` would compute.
///
/// Two levels. A bitmap of about 16 bits per member, indexed by a value's top bits, answers
/// "not a member" for almost every window from the processor's cache (a few hundred KB for a
/// city's names); only the rare window that passes it is looked up in the open-addressing table,
/// which for 100,000 names is 2 MB and would otherwise cost a cache miss per window.
package struct HashSet64: Sendable {
    /// Power-of-two sized, at most half full; 0 marks an empty slot.
    private let slots: [UInt64]
    private let mask: Int
    /// One bit per `1 << filterShift`-th of the hash space.
    private let filter: [UInt64]
    private let filterShift: UInt64
    /// Whether the value 0 (which cannot be stored in a slot) is a member.
    private let containsZero: Bool
    package let count: Int

    package init(_ values: some Sequence<UInt64>) {
        let unique = Set(values)
        var capacity = 8
        while capacity < unique.count * 2 { capacity *= 2 }
        var slots = [UInt64](repeating: 0, count: capacity)
        let mask = capacity - 1
        // 2^filterBits bits, at least 16 per member (false passes about 1 in 16), at least 4096.
        var filterBits: UInt64 = 12
        while (1 << filterBits) < unique.count * 16, filterBits < 30 { filterBits += 1 }
        var filter = [UInt64](repeating: 0, count: 1 << Int(filterBits - 6))
        let filterShift = 64 - filterBits
        var containsZero = false
        for value in unique {
            let bit = Int(truncatingIfNeeded: value >> filterShift)
            filter[bit >> 6] |= 1 << UInt64(bit & 63)
            if value == 0 {
                containsZero = true
                continue
            }
            var index = Int(truncatingIfNeeded: value) & mask
            while slots[index] != 0 { index = (index + 1) & mask }
            slots[index] = value
        }
        self.slots = slots
        self.mask = mask
        self.filter = filter
        self.filterShift = filterShift
        self.containsZero = containsZero
        self.count = unique.count
    }

    @inline(__always)
    package func contains(_ value: UInt64) -> Bool {
        let bit = Int(truncatingIfNeeded: value >> filterShift)
        let passes = filter.withUnsafeBufferPointer { ($0[bit >> 6] >> UInt64(bit & 63)) & 1 != 0 }
        guard passes else { return false }
        if value == 0 { return containsZero }
        return slots.withUnsafeBufferPointer { slots in
            var index = Int(truncatingIfNeeded: value) & mask
            while true {
                let slot = slots[index]
                if slot == value { return true }
                if slot == 0 { return false }
                index = (index + 1) & mask
            }
        }
    }
}
