#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Which `Host` headers the preview answers. A web page the clerk opens elsewhere can point its
/// own name at 127.0.0.1 (DNS rebinding) and then read the preview as if it were its own site;
/// the browser still sends that page's name as `Host`. So only names that mean this machine are
/// answered: the bound address, `localhost`, loopback literals when bound to loopback, the
/// machine's own addresses and name when bound to every address, and names the clerk allowed.
struct HostRule: Sendable {
    /// Normalised host names and addresses (see `HostName`).
    let allowed: Set<String>
    /// Bound to every address: an IP literal of any interface is this machine, even one that
    /// appeared after the start (a new DHCP lease).
    let acceptsInterfaceAddresses: Bool

    init(
        boundHost: String, allowedNames: [String],
        interfaceAddresses: () -> [String] = LocalAddresses.interfaceAddresses,
        machineNames: () -> [String] = LocalAddresses.machineNames
    ) {
        var allowed: Set<String> = ["localhost"]
        let bound = HostName.plain(boundHost)
        if let bound { allowed.insert(bound) }
        allowed.formUnion(allowedNames.compactMap(HostName.normalized))
        let isWildcard = bound.map(Self.isWildcard) ?? false
        if isWildcard || HostAddress.isLoopback(boundHost) {
            allowed.formUnion(["127.0.0.1", "::1"])
        }
        if isWildcard {
            allowed.formUnion(interfaceAddresses())
            allowed.formUnion(machineNames())
        }
        self.allowed = allowed
        self.acceptsInterfaceAddresses = isWildcard
    }

    /// Whether a request with this `Host` header (nil: none was sent) may be answered.
    func allows(_ hostHeader: String?) -> Bool {
        guard let hostHeader, let host = HostName.normalized(hostHeader) else { return false }
        if allowed.contains(host) { return true }
        guard acceptsInterfaceAddresses, Self.isIPLiteral(host) else { return false }
        return LocalAddresses.interfaceAddresses().contains(host)
    }

    /// `0.0.0.0` or `::`: bound to every address of the machine.
    static func isWildcard(_ plain: String) -> Bool {
        var address4 = in_addr()
        if inet_pton(AF_INET, plain, &address4) == 1 { return address4.s_addr == 0 }
        var address6 = in6_addr()
        if inet_pton(AF_INET6, plain, &address6) == 1 {
            return withUnsafeBytes(of: &address6) { $0.allSatisfy { $0 == 0 } }
        }
        return false
    }

    static func isIPLiteral(_ plain: String) -> Bool {
        var address4 = in_addr()
        var address6 = in6_addr()
        return inet_pton(AF_INET, plain, &address4) == 1 || inet_pton(AF_INET6, plain, &address6) == 1
    }
}
