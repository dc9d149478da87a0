/// The host part of a `Host` header (or of an `--allow-host` name) in one comparable spelling:
/// lower case, IPv6 literals without brackets or zone, a final dot dropped, the port ignored.
/// Anything that is not a plain host (a path, user info, spaces, an unbracketed IPv6 literal, a
/// port that is not digits) is `nil`, and a `nil` host is never allowed.
enum HostName {
    static func normalized(_ value: String) -> String? {
        let lowered = value.lowercased()
        guard !lowered.isEmpty, lowered.unicodeScalars.allSatisfy(isAllowed) else { return nil }
        let host: Substring
        let rest: Substring
        if lowered.hasPrefix("[") {
            guard let close = lowered.firstIndex(of: "]") else { return nil }
            host = lowered[lowered.index(after: lowered.startIndex)..<close]
            rest = lowered[lowered.index(after: close)...]
            guard host.contains(":"), !host.contains("[") else { return nil }
        } else if let colon = lowered.firstIndex(of: ":") {
            host = lowered[..<colon]
            rest = lowered[colon...]
        } else {
            host = lowered[...]
            rest = ""
        }
        // Only a bracketed IPv6 literal may carry a zone; a name never has `%` or brackets.
        if !lowered.hasPrefix("["), host.contains(where: { "%[]".contains($0) }) { return nil }
        if !rest.isEmpty {
            let port = rest.dropFirst()
            guard rest.first == ":", port.count <= 5, port.allSatisfy(\.isASCIIDigit) else { return nil }
        }
        return plain(String(host))
    }

    /// An address as the system spells it (`fe80::1%eth0`, `::1`, `192.168.1.20`, `Box.local.`).
    static func plain(_ host: String) -> String? {
        var host = host.lowercased()
        if host.hasPrefix("["), host.hasSuffix("]") { host = String(host.dropFirst().dropLast()) }
        if let zone = host.firstIndex(of: "%") { host = String(host[..<zone]) }
        if host.hasSuffix("."), !host.contains(":") { host = String(host.dropLast()) }
        guard !host.isEmpty, !host.hasSuffix(".") else { return nil }
        return host
    }

    /// Letters, digits and the punctuation of names, IPv4 and IPv6 literals (and `%` for a zone).
    private static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "a"..."z", "0"..."9", ".", "-", "_", ":", "[", "]", "%": return true
        default: return false
        }
    }
}

extension Character {
    fileprivate var isASCIIDigit: Bool { ("0"..."9").contains(self) }
}

/// What `gongshi serve --allow-host` accepts: a host name or IP address (a port is ignored).
public enum AllowedHostName {
    public static func isValid(_ value: String) -> Bool { HostName.normalized(value) != nil }
}
