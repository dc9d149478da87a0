import Foundation

/// The process's memory as the kernel counts it (`/proc/self/status`), for `--verbose`: what it
/// holds now (`VmRSS`) and the most it has held (`VmHWM`). nil where there is no such file.
package enum ResidentMemory {
    package static func current() -> Int? { read("VmRSS:") }
    package static func peak() -> Int? { read("VmHWM:") }

    /// `1,234 MiB`.
    package static func display(_ bytes: Int) -> String {
        let mebibytes = (bytes + (1 << 19)) >> 20
        let digits = String(mebibytes)
        var grouped = ""
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { grouped += "," }
            grouped.append(digit)
        }
        return grouped + " MiB"
    }

    private static func read(_ field: String) -> Int? {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return nil }
        for line in status.split(separator: "\n") where line.hasPrefix(field) {
            // "VmRSS:	  123456 kB"
            let number = line.dropFirst(field.count).split(separator: " ").first { !$0.isEmpty && $0 != "\t" }
            guard let kilobytes = number.flatMap({ Int($0.trimmingCharacters(in: .whitespaces)) }) else { return nil }
            return kilobytes * 1024
        }
        return nil
    }
}
