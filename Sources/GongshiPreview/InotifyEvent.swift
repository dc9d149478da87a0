#if canImport(Glibc)
import Glibc

/// One event as `read` returns it from an inotify descriptor: the watch it came from, what
/// happened, and the name of the entry in the watched folder (none for the folder itself).
struct InotifyEvent: Equatable {
    var watch: Int32
    var mask: UInt32
    var name: String?

    /// The fixed part of `struct inotify_event`; the name (NUL-padded, `len` bytes) follows it.
    static let headerSize = MemoryLayout<inotify_event>.size

    /// Every whole event in `bytes`, in order. A record cut short (never, from the kernel) ends the list.
    static func parse(_ bytes: UnsafeRawBufferPointer) -> [InotifyEvent] {
        var events: [InotifyEvent] = []
        var offset = 0
        while offset + headerSize <= bytes.count {
            let header = bytes.loadUnaligned(fromByteOffset: offset, as: inotify_event.self)
            let length = Int(header.len)
            guard offset + headerSize + length <= bytes.count else { break }
            var name: String?
            if length > 0 {
                let field = UnsafeRawBufferPointer(rebasing: bytes[(offset + headerSize)..<(offset + headerSize + length)])
                let used = field.firstIndex(of: 0) ?? length
                if used > 0 { name = String(decoding: field[0..<used], as: UTF8.self) }
            }
            events.append(InotifyEvent(watch: header.wd, mask: header.mask, name: name))
            offset += headerSize + length
        }
        return events
    }
}
#endif
