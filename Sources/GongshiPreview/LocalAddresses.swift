#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// This machine's own IP addresses and name. A preview bound to every address (`--host 0.0.0.0`)
/// is opened by colleagues on the LAN as `http://192.168.1.20:1313/` or by the machine's name, so
/// those `Host` values are the machine's own and are allowed; a name some web page chose is not.
enum LocalAddresses {
    /// The addresses of every network interface, as `HostName.plain` spells them (IPv6 without
    /// zone). Read again when a `Host` is an IP literal not seen at start, so that a new DHCP
    /// lease does not lock the LAN out.
    static func interfaceAddresses() -> [String] {
        var first: UnsafeMutablePointer<ifaddrs>?
        guard getifaddrs(&first) == 0, let head = first else { return [] }
        defer { freeifaddrs(head) }
        var addresses: [String] = []
        var cursor: UnsafeMutablePointer<ifaddrs>? = head
        while let entry = cursor {
            defer { cursor = entry.pointee.ifa_next }
            guard let address = entry.pointee.ifa_addr else { continue }
            let family = Int32(address.pointee.sa_family)
            guard family == AF_INET || family == AF_INET6 else { continue }
            let length = socklen_t(family == AF_INET ? MemoryLayout<sockaddr_in>.size : MemoryLayout<sockaddr_in6>.size)
            var text = [CChar](repeating: 0, count: Int(NI_MAXHOST))
            guard getnameinfo(address, length, &text, socklen_t(text.count), nil, 0, NI_NUMERICHOST) == 0 else { continue }
            let spelled = String(decoding: text.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
            if let plain = HostName.plain(spelled), !addresses.contains(plain) { addresses.append(plain) }
        }
        return addresses
    }

    /// The machine's name and its mDNS spelling (`box` and `box.local`), lower case.
    static func machineNames() -> [String] {
        var buffer = [CChar](repeating: 0, count: 256)
        guard gethostname(&buffer, buffer.count) == 0 else { return [] }
        let name = String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        guard let plain = HostName.plain(name), plain != "localhost" else { return [] }
        let short = plain.split(separator: ".").first.map(String.init) ?? plain
        return Array(Set([plain, short, short + ".local"])).sorted()
    }

    static func isLoopbackAddress(_ plain: String) -> Bool {
        plain == "::1" || plain.hasPrefix("127.")
    }
}
