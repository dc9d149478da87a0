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
}
