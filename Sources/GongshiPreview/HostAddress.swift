/// The address the preview binds to: whether it is loopback (only this machine can connect), and
/// how it is written in a URL.
enum HostAddress {
    static let defaultHost = "127.0.0.1"

    static func isLoopback(_ host: String) -> Bool {
        let lowered = host.lowercased()
        if lowered == "localhost" || lowered == "::1" || lowered == "[::1]" { return true }
        let parts = lowered.split(separator: ".", omittingEmptySubsequences: false)
        return parts.count == 4 && parts[0] == "127" && parts.allSatisfy { UInt8($0) != nil }
    }

    /// `http://127.0.0.1:1313/`; IPv6 literals in brackets.
    static func url(host: String, port: Int) -> String {
        let written = host.contains(":") && !host.hasPrefix("[") ? "[\(host)]" : host
        return "http://\(written):\(port)/"
    }
}
