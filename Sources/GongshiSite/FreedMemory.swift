import CFreedMemory

/// Gives memory the program has freed back to the system (glibc `malloc_trim`). The stages
/// before render free much of what they made (parse buffers, the load memory once saved), but
/// glibc keeps those pages for later allocations, so they would count in the resident size
/// through the whole render, where a province build reaches its peak. Called once, before the
/// render (`SiteWriter`); it changes no output.
package enum FreedMemory {
    package static func giveBack() {
        _ = gongshi_give_back_freed_memory()
    }

    /// `giveBack` when the process holds at least `threshold` bytes (`ResidentMemory`). A small
    /// build gains nothing from it and pays for it: the pages given back are faulted in again by
    /// the next allocations (in a one-roster city build, a third more time in its render stage).
    package static func giveBack(whenResidentAtLeast threshold: Int) {
        guard let resident = ResidentMemory.current(), resident >= threshold else { return }
        giveBack()
    }

    /// What a build must hold before `giveBack` is worth its faults: 1 GiB (a province-scale
    /// build holds more by its load stage; a city's, about 200 MiB).
    package static let worthwhileResidentSize = 1 << 30
}
