import Foundation
@testable import GongshiPreview
import Testing

/// The Host rule itself, without a server: how a `Host` value is read, and which ones each kind of
/// bound address accepts.
@Suite struct PreviewSafetyHostNameTests {
    @Test func hostValuesAreNormalisedOrRefused() {
        let cases: [(String, String?)] = [
            ("LocalHost:1313", "localhost"), ("localhost.", "localhost"), ("127.0.0.1:80", "127.0.0.1"),
            ("[::1]:1313", "::1"), ("[FE80::1%25eth0]", "fe80::1"), ("preview.lan:", "preview.lan"),
            ("", nil), ("::1", nil), ("[::1", nil), ("localhost:abc", nil), ("localhost:123456", nil),
            ("a b", nil), ("user@localhost", nil), ("localhost/x", nil), ("localhost%2e", nil),
            ("[localhost]", nil), ("localhost..", nil), ("例子.中国", nil),
        ]
        for (value, expected) in cases { #expect(HostName.normalized(value) == expected, "\(value)") }
    }

    @Test func loopbackBindAcceptsLoopbackNamesOnly() {
        let rule = HostRule(boundHost: "127.0.0.1", allowedNames: [], interfaceAddresses: { ["192.168.1.20"] }, machineNames: { ["box"] })
        for host in ["127.0.0.1:1313", "localhost", "[::1]:1313"] { #expect(rule.allows(host), "\(host)") }
        for host in ["192.168.1.20", "box", "127.0.0.2", "evil.example", "localhost.evil.example"] { #expect(!rule.allows(host), "\(host)") }
        #expect(!rule.allows(nil))
    }

    @Test func addressBindAcceptsThatAddressAndLocalhost() {
        let rule = HostRule(boundHost: "192.168.1.20", allowedNames: ["preview.lan"], interfaceAddresses: { [] }, machineNames: { [] })
        for host in ["192.168.1.20:1313", "localhost", "preview.lan"] { #expect(rule.allows(host), "\(host)") }
        for host in ["127.0.0.1", "192.168.1.21", "evil.example"] { #expect(!rule.allows(host), "\(host)") }
    }

    @Test func wildcardBindAcceptsTheMachinesAddressesAndNames() {
        for bound in ["0.0.0.0", "::", "[::]"] {
            let rule = HostRule(boundHost: bound, allowedNames: [], interfaceAddresses: { ["192.168.1.20", "fe80::1"] }, machineNames: { ["box", "box.local"] })
            for host in ["192.168.1.20:1313", "[fe80::1]:1313", "box:1313", "BOX.local", "127.0.0.1", "[::1]", "localhost"] {
                #expect(rule.allows(host), "\(bound) \(host)")
            }
            for host in ["evil.example", "box.evil.example", "203.0.113.9"] { #expect(!rule.allows(host), "\(bound) \(host)") }
        }
    }
}
